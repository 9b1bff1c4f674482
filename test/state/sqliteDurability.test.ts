/**
 * The embedded store's write-ahead log (src/state/sqliteJournal.ts): fast writes that only a power failure
 * could undo, except a halt, which is in the database file itself before anyone is told.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ChannelState, type HaltRecord } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';
import { holdSqliteWrites, sqliteHasKey } from '../support/sqliteFaults.js';

const CHANNEL = '222222222222222222';
const halt: HaltRecord = {
  since: '2026-11-25T10:00:00.000Z',
  command: 'fast',
  userId: '111111111111111111',
  upstreamText: 'Pending mod message',
};

/** Another process's connection to a SQLite file (sqlite3's shell, a backup). */
class OtherConnection {
  readonly #db: sqlite3.Database;
  constructor(file: string) {
    this.#db = new sqlite3.Database(file);
  }
  all(sql: string): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) =>
      this.#db.all(sql, (error: Error | null, rows: Record<string, unknown>[]) =>
        error ? reject(error) : resolve(rows),
      ),
    );
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.#db.close(() => resolve()));
  }
}

let cwd: string;
let store: OpenedStore;
let state: ChannelState;
let file: string;
beforeEach(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'mj-wal-'));
  store = await openStore('sqlite://./data/state.sqlite', () => {}, cwd);
  state = new ChannelState(store.keyv, undefined, store.syncDurably);
  file = join(cwd, 'data', 'state.sqlite');
});
afterEach(async () => {
  await store.close();
  rmSync(cwd, { recursive: true, force: true });
});

test('the file is kept in WAL mode, so every process opening it uses the write-ahead log', async () => {
  await state.recordChange(CHANNEL, { mode: 'fast', userId: '1', at: halt.since });
  const other = new OtherConnection(file);
  try {
    expect(await other.all('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  } finally {
    await other.close();
  }
});

test('a recorded halt is in the database file itself, not only in the write-ahead log', async () => {
  await state.recordChange(CHANNEL, { mode: 'fast', userId: '1', at: halt.since });
  await state.recordHalt(CHANNEL, halt);
  // What a power failure could leave at worst: the database file without the unsynced end of the log.
  const survivor = join(cwd, 'survivor.sqlite');
  copyFileSync(file, survivor);
  const other = new OtherConnection(survivor);
  try {
    const rows = await other.all(`SELECT value FROM keyv WHERE key = 'mj-speed:halt:${CHANNEL}'`);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]?.value)).value).toEqual(halt);
  } finally {
    await other.close();
  }
});

test('a halt that cannot be made durable (a reader holds an old snapshot) is not reported as recorded', async () => {
  await state.recordChange(CHANNEL, { mode: 'fast', userId: '1', at: halt.since });
  const reader = new OtherConnection(file);
  try {
    await reader.all('BEGIN');
    await reader.all('SELECT count(*) FROM keyv');
    await expect(state.recordHalt(CHANNEL, halt)).rejects.toThrow(/checkpoint was blocked/);
    await reader.all('COMMIT');
    await state.recordHalt(CHANNEL, halt);
    expect(await state.halt(CHANNEL)).toEqual(halt);
  } finally {
    await reader.close();
  }
});

test('after writes another process held off, later writes reach the file, not only the bot’s own view', async () => {
  await state.recordSwitchBack({
    id: 'pending',
    account: CHANNEL,
    channelId: CHANNEL,
    mode: 'turbo',
    minutes: 30,
    userId: '1',
    requestedAt: halt.since,
    dueAt: halt.since,
  });
  const hold = await holdSqliteWrites(file);
  // A manual change's writes side by side, refused while the other process holds the file.
  const refused = await Promise.allSettled([
    state.clearSwitchBack(CHANNEL),
    state.recordChange(CHANNEL, { mode: 'fast', userId: '1', at: halt.since }),
  ]);
  await hold.release();
  expect(refused.map((result) => result.status)).toEqual(['rejected', 'rejected']);

  await state.clearSwitchBack(CHANNEL);
  expect(await state.switchBack(CHANNEL)).toBeUndefined();
  expect(await sqliteHasKey(file, `switchback:${CHANNEL}`)).toBe(false);
});
