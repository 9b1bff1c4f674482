import type KeyvSqlite from '@keyv/sqlite';

/** Rows per statement at most; each row count is its own prepared statement, so this also bounds those. */
const MAX_ROWS = 16;

interface PendingWrite {
  key: string;
  value: unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Makes the adapter's `set` write everything asked for in one turn of the event loop as one statement.
 *
 * A speed change records the change and the history entry side by side (and a timed one its switch back). As two
 * statements they are two trips through Node's thread pool, one after the other on the one connection; as
 * one multi-row upsert (the adapter's own statement with more rows) they are one trip and one transaction.
 * Each `set` still resolves only once its row is committed, and fails if the statement fails, so the
 * store's durability rules hold for every caller. A write waits for the current turn to end, not for time.
 */
export function batchWrites(adapter: KeyvSqlite): void {
  const table = adapter.opts.table;
  const statementFor = (rows: number) =>
    `INSERT INTO ${table} (key, value) VALUES ${Array.from({ length: rows }, () => '(?, ?)').join(', ')}
      ON CONFLICT(key) DO UPDATE SET value=excluded.value`;
  let pending: PendingWrite[] = [];

  const write = async (batch: PendingWrite[]) => {
    try {
      const result: unknown = await adapter.query(
        statementFor(batch.length),
        ...batch.flatMap(({ key, value }) => [key, value]),
      );
      for (const entry of batch) entry.resolve(result);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  };
  const flush = () => {
    const all = pending;
    pending = [];
    for (let start = 0; start < all.length; start += MAX_ROWS) void write(all.slice(start, start + MAX_ROWS));
  };

  adapter.set = (key: string, value: unknown) =>
    new Promise((resolve, reject) => {
      pending.push({ key, value, resolve, reject });
      if (pending.length === 1) setImmediate(flush);
    });
}
