import type KeyvSqlite from '@keyv/sqlite';

/**
 * How the embedded SQLite store writes, and which writes must survive a power failure.
 *
 * The file runs in WAL mode with `synchronous=NORMAL`. In SQLite's default rollback journal with
 * `synchronous=FULL`, every write is its own transaction with several fsyncs (journal, database, journal
 * removal): 10–12 ms per write on the development machine's disk under load, and an answer waits for a
 * change's writes (the full `npm run bench` measured reply p50 1.8–2.3 × the baseline's). In WAL mode a
 * commit appends to the `-wal` file; with `synchronous=FULL` that is one fsync per commit (0.7–5 ms
 * measured under load), with `NORMAL` none (0.15 ms): the WAL is synced at checkpoints only.
 *
 * What NORMAL risks: a crash or SIGKILL of the bot loses nothing (the operating system has the write), and
 * the database never corrupts; only a power failure or kernel crash can undo the last commits (those the
 * operating system had not yet written back, up to about 30 s). For the last change, the history,
 * cooldowns and a pending switch back that costs at most a history line or one missed automatic switch
 * back, which the team sees. A halt is different: losing it
 * would let the team send requests into a flagged account. So a halt is made durable before anyone is
 * told ({@link syncSqliteDurably}: a FULL checkpoint, which fsyncs the WAL and then the database); halts
 * are rare, so its cost does not matter. Clearing a halt needs no sync: if a reset is lost, the channel is
 * halted again, the safe side.
 */

/** One row of `PRAGMA wal_checkpoint`: `busy` is 0 when every frame of the WAL reached the database. */
interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Switches the file to WAL (a setting stored in the file, so every later connection uses it) and this
 * connection to `synchronous=NORMAL`. If the switch does not happen (a file another process holds locked),
 * the connection keeps SQLite's fully synced rollback journal, slower but just as safe, and `onProblem`
 * says so; NORMAL is only set together with WAL, since in rollback mode it could corrupt the file on power
 * failure.
 */
export async function useWriteAheadLog(sqlite: KeyvSqlite, onProblem: (error: Error) => void): Promise<void> {
  const [row] = (await sqlite.query('PRAGMA journal_mode=WAL')) as { journal_mode: string }[];
  if (row?.journal_mode !== 'wal') {
    onProblem(
      new Error(`the SQLite file stayed in ${row?.journal_mode ?? 'an unknown'} journal mode, not WAL`),
    );
    return;
  }
  await sqlite.query('PRAGMA synchronous=NORMAL');
}

/**
 * Resolves once every write made so far survives a power failure: a FULL checkpoint waits for readers in
 * other processes (up to the busy timeout), copies the WAL into the database and fsyncs both. Throws when
 * the checkpoint could not finish, so a halt is never announced as recorded unless it is durable. In the
 * rollback journal (WAL refused) every commit is already synced and the checkpoint does nothing.
 */
export async function syncSqliteDurably(sqlite: KeyvSqlite): Promise<void> {
  const [row] = (await sqlite.query('PRAGMA wal_checkpoint(FULL)')) as CheckpointRow[];
  if (row && row.busy !== 0) {
    throw new Error(
      `the SQLite checkpoint was blocked by another connection (${row.checkpointed} of ${row.log} WAL frames copied)`,
    );
  }
}
