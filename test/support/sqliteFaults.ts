import sqlite3 from 'sqlite3';

/** Another process's hold on a SQLite file: the bot's writes fail while it lasts, its reads go on. */
export interface SqliteWriteHold {
  /** Ends the hold; the bot's writes work again. */
  release(): Promise<void>;
}

/**
 * Holds a write transaction on the SQLite `file` from a connection of its own, as an operator's sqlite3
 * shell would (a second bot cannot: it is refused at start). The store runs in WAL mode, so the hold
 * blocks the bot's writes (they fail once SQLite's busy wait is over) but not its reads.
 */
export async function holdSqliteWrites(file: string): Promise<SqliteWriteHold> {
  const holder = new sqlite3.Database(file);
  const run = (sql: string) =>
    new Promise<void>((resolve, reject) => holder.exec(sql, (error) => (error ? reject(error) : resolve())));
  await run('BEGIN EXCLUSIVE');
  return {
    async release() {
      await run('ROLLBACK');
      await new Promise((resolve) => holder.close(resolve));
    },
  };
}

/**
 * Whether the SQLite `file` holds `key` of the bot's state, read from the file itself on a connection of its
 * own: a second store would answer from its own read cache, which another process's writes never reach.
 */
export async function sqliteHasKey(file: string, key: string): Promise<boolean> {
  const reader = new sqlite3.Database(file);
  try {
    const rows = await new Promise<unknown[]>((resolve, reject) =>
      reader.all('SELECT key FROM keyv WHERE key = ?', [`mj-speed:${key}`], (error, found) =>
        error ? reject(error) : resolve(found),
      ),
    );
    return rows.length > 0;
  } finally {
    await new Promise((resolve) => reader.close(resolve));
  }
}
