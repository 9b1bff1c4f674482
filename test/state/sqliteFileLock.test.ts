/**
 * One bot process per SQLite file (src/state/sqliteFileLock.ts): the store answers reads from memory, so a
 * second writer on the file would record halts the first never sees. A second opening is refused instead.
 * The lock as a real second process meets it, and after a SIGKILL: test/e2e/sqliteOneProcess.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { explainStartupFailure } from '../../src/fatal.js';
import { ChannelState, type HaltRecord } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';
import { openKeyvSqlite } from '../../src/state/sqliteConnection.js';
import { StoreInUseError, sqliteFileLocked } from '../../src/state/sqliteFileLock.js';

const ACCOUNT = '222222222222222222';
const halt: HaltRecord = {
  since: '2026-12-06T10:00:00.000Z',
  command: 'fast',
  userId: '111111111111111111',
  upstreamText: 'Pending mod message',
};
const URL = 'sqlite://./data/shared.sqlite';

let cwd: string;
let first: OpenedStore;
beforeEach(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'mj-lock-'));
  first = await openStore(URL, () => {}, cwd);
});
afterEach(async () => {
  await first.close();
  rmSync(cwd, { recursive: true, force: true });
});

test('a second opening of a file in use is refused, explained at start in a sentence naming the file and Redis', async () => {
  const file = join(cwd, 'data', 'shared.sqlite');
  const refusal = await openStore(URL, () => {}, cwd).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(StoreInUseError);
  expect(explainStartupFailure(refusal)).toBe(
    `Another bot process (or a running \`npm run migrate-store\`) is using the SQLite file ${file}, and only one process may use a SQLite file: stop the other one first, or put the state in Redis (STORE_URL=redis://…) to run several bot processes.`,
  );
  // The same file through another spelling is the same file.
  await expect(openStore(`sqlite://${cwd}/data/../data/shared.sqlite`, () => {}, cwd)).rejects.toThrow(
    StoreInUseError,
  );
});

test('so a halt can only be written by the process that reads it, and its reads stay true', async () => {
  const state = new ChannelState(first.keyv);
  expect(await state.halt(ACCOUNT)).toBeUndefined();
  // What the review's second writer did: record a halt behind the first store's read cache.
  await expect(openStore(URL, () => {}, cwd)).rejects.toThrow(StoreInUseError);
  await state.recordHalt(ACCOUNT, halt);
  expect(await state.halt(ACCOUNT)).toEqual(halt);
});

test('once the holder closes, the next opening gets the file with everything it wrote', async () => {
  await new ChannelState(first.keyv).recordHalt(ACCOUNT, halt);
  await first.close();
  expect(await sqliteFileLocked(join(cwd, 'data', 'shared.sqlite'))).toBe(false);
  first = await openStore(URL, () => {}, cwd);
  expect(await new ChannelState(first.keyv).halt(ACCOUNT)).toEqual(halt);
});

test('whether a file is in use can be asked without taking it or creating anything', async () => {
  expect(await sqliteFileLocked(join(cwd, 'data', 'shared.sqlite'))).toBe(true);
  expect(await sqliteFileLocked(join(cwd, 'data', 'other.sqlite'))).toBe(false);
  // Asking did not get in the holder's way.
  await new ChannelState(first.keyv).recordHalt(ACCOUNT, halt);
  expect(await new ChannelState(first.keyv).halt(ACCOUNT)).toEqual(halt);
});

test('a file whose lock cannot be taken for another reason still opens, without the read cache', async () => {
  // Something other than a lock where the companion file belongs: SQLite cannot open it at all.
  mkdirSync(join(cwd, 'data', 'unlockable.sqlite.lock'));
  const errors: unknown[] = [];
  const store = await openStore('sqlite://./data/unlockable.sqlite', (error) => errors.push(error), cwd);
  try {
    expect(errors).toEqual([expect.objectContaining({ code: 'SQLITE_CANTOPEN' })]);
    const state = new ChannelState(store.keyv);
    expect(await state.halt(ACCOUNT)).toBeUndefined();
    // Not this process's alone, so every read asks the file: another writer's halt is seen.
    const other = await openKeyvSqlite(join(cwd, 'data', 'unlockable.sqlite'), 1_000, 'keyv');
    await other.set(`mj-speed:halt:${ACCOUNT}`, JSON.stringify({ value: halt }));
    await other.close();
    expect(await state.halt(ACCOUNT)).toEqual(halt);
  } finally {
    await store.close();
  }
});
