import { pathToFileURL } from 'node:url';
import Keyv from 'keyv';
import sqlite3 from 'sqlite3';
import { NAMESPACE, SQLITE_TABLE } from './openStore.js';

/** A SQLite store file opened read-only, for a look that must change nothing (`npm run doctor`). */
export interface ReadOnlySqliteStore {
  /**
   * Every value of the bot's whose key starts with `prefix` (keys given without the namespace), as keyv
   * would read it; values whose time to live has passed are left out, and left in the file.
   */
  entries<T>(prefix: string): Promise<Array<[key: string, value: T]>>;
  close(): Promise<void>;
}

/** How long a read waits for a write transaction of the bot's to end (a file in rollback-journal mode). */
const BUSY_WAIT_MS = 1_000;

/**
 * Opens the existing SQLite store `file` read-only: never created, never switched to WAL, nothing pruned.
 * Rejects when the file does not exist or cannot be read as a database.
 *
 * @param settled the caller knows no process has the file open and it has no `-wal` file, so all of it is
 *   in the database file: it is then read as immutable, without the `-wal` and `-shm` files a read-only
 *   connection to a WAL database would otherwise create and leave behind.
 */
export async function openSqliteReadOnly(file: string, settled: boolean): Promise<ReadOnlySqliteStore> {
  const path = settled ? `${pathToFileURL(file).href}?immutable=1` : file;
  const mode = sqlite3.OPEN_READONLY | (settled ? sqlite3.OPEN_URI : 0);
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(path, mode, (error) => (error ? reject(error) : resolve(opened)));
  });
  db.configure('busyTimeout', BUSY_WAIT_MS);
  const all = <Row>(sql: string, ...parameters: unknown[]) =>
    new Promise<Row[]>((resolve, reject) =>
      db.all<Row>(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows))),
    );
  // keyv's own reading of the text it stores (its JSON, with its escapes).
  const { deserialize } = new Keyv();
  return {
    async entries<T>(prefix: string) {
      const tables = await all(
        'SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?',
        'table',
        SQLITE_TABLE,
      );
      if (tables.length === 0) return [];
      const rows = await all<{ key: string; value: string }>(
        `SELECT key, value FROM ${SQLITE_TABLE} WHERE instr(key, ?) = 1 ORDER BY key`,
        `${NAMESPACE}:${prefix}`,
      );
      const found: Array<[string, T]> = [];
      for (const row of rows) {
        const data = (await deserialize?.(row.value)) as { value?: T; expires?: number } | undefined;
        if (data?.value === undefined || (typeof data.expires === 'number' && data.expires < Date.now()))
          continue;
        found.push([row.key.slice(NAMESPACE.length + 1), data.value]);
      }
      return found;
    },
    close: () => new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve()))),
  };
}
