import { existsSync, realpathSync } from 'node:fs';
import sqlite3 from 'sqlite3';

/**
 * One bot process per SQLite file.
 *
 * The bot answers reads from memory once the file confirmed them (./readCache.ts), which is only right while
 * no other process writes the file: a second bot on it would record halts the first never sees. So whoever
 * opens the store for writing first takes an exclusive lock, held for the life of the process, and a second
 * opener is refused.
 *
 * How: Node has no flock, so the lock is SQLite's own, taken on a companion file beside the database
 * (`<file>.lock`, empty): a connection with no journal holds `BEGIN EXCLUSIVE` on it and never ends it.
 * SQLite's lock is a POSIX byte-range lock (fcntl), which the kernel drops when the process ends however it
 * ends (a SIGKILL, a crash, an OOM kill), so a restart never meets a stale lock; it is a lock on the file
 * itself, not on a pid written into it, so it holds across containers that share the volume (other pid
 * namespaces, other host names) on one machine. Nothing is written to the companion file; its presence means
 * nothing, only the lock does.
 *
 * Why not on the database itself (`PRAGMA locking_mode=EXCLUSIVE`): that shuts every other connection out,
 * readers too, so `sqlite3 … ".backup"` of a running bot, the doctor's read of its halts and an operator's
 * look at the file would all fail. Why not a pid file: a crash leaves it behind, and a pid means nothing in
 * another container. What this does not stop: a process that does not ask, such as an operator's own
 * sqlite3 shell writing into the file (docs/operating.md#the-sqlite-file: do not).
 *
 * POSIX locks belong to the process, and closing any descriptor of the file in the process drops them all:
 * only SQLite (which keeps such descriptors open while a lock is held) may open the companion file here.
 */

/** Another process holds the lock of the SQLite file: a second bot, or a migration into or out of it. */
export class StoreInUseError extends Error {
  override readonly name = 'StoreInUseError';
  constructor(readonly file: string) {
    super(`another process holds the lock of the SQLite file ${file}`);
  }
}

/** The lock of one SQLite file, held until released or until the process ends. */
export interface SqliteFileLock {
  release(): Promise<void>;
}

/**
 * How long taking the lock waits for a doctor that is reading it at that moment (milliseconds): a holder
 * that is another bot never lets go, so this only has to outlast such a read.
 */
const TAKE_WAIT_MS = 1_000;

/** The companion file whose lock stands for `file`; one for every spelling of the same database. */
export function lockFileOf(file: string): string {
  return `${existsSync(file) ? realpathSync(file) : file}.lock`;
}

function open(path: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}

function run(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

const isBusy = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';

/**
 * Takes the lock of the SQLite database `file` (its folder must exist) for this process.
 *
 * @throws StoreInUseError when another process (or another store in this one) holds it.
 * @throws SQLite's error when the companion file cannot be created or locked (a read-only folder, a file
 *   system without locks).
 */
export async function lockSqliteFile(file: string): Promise<SqliteFileLock> {
  const db = await open(lockFileOf(file), sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
  try {
    db.configure('busyTimeout', TAKE_WAIT_MS);
    // No journal: the transaction writes nothing, so no `-journal` file is left beside it.
    await run(db, 'PRAGMA journal_mode=OFF; BEGIN EXCLUSIVE');
  } catch (error) {
    await close(db).catch(() => {});
    throw isBusy(error) ? new StoreInUseError(file) : error;
  }
  return { release: () => close(db) };
}

/**
 * Whether a process holds the lock of `file`, asked without taking it or creating anything: a shared
 * lock for the time of one read, refused at once while a bot holds the file.
 */
export async function sqliteFileLocked(file: string): Promise<boolean> {
  const path = lockFileOf(file);
  if (!existsSync(path)) return false;
  const db = await open(path, sqlite3.OPEN_READONLY);
  try {
    await new Promise<void>((resolve, reject) =>
      db.get('SELECT count(*) FROM sqlite_master', (error) => (error ? reject(error) : resolve())),
    );
    return false;
  } catch (error) {
    if (isBusy(error)) return true;
    throw error;
  } finally {
    await close(db).catch(() => {});
  }
}
