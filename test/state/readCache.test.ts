/**
 * The SQLite store answers reads from memory once the file confirmed a value (src/state/readCache.ts).
 * What it answers must always be what the file holds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';

let cwd: string;
let store: OpenedStore;
beforeEach(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'mj-cache-'));
  store = await openStore('sqlite://./data/state.sqlite', () => {}, cwd);
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
  rmSync(cwd, { recursive: true, force: true });
});

test('a write the file refused is not answered from memory: reads give what the file holds', async () => {
  await store.keyv.set('change:1', { mode: 'relax' });
  expect(await store.keyv.get('change:1')).toEqual({ mode: 'relax' });
  const holder = new sqlite3.Database(join(cwd, 'data', 'state.sqlite'));
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) => holder.exec(sql, (error) => (error ? reject(error) : resolve())));
  try {
    await exec('BEGIN EXCLUSIVE');
    await expect(store.keyv.set('change:1', { mode: 'turbo' })).rejects.toThrow();
    expect(await store.keyv.get('change:1')).toEqual({ mode: 'relax' });
    await expect(store.keyv.delete('change:1')).rejects.toThrow();
    expect(await store.keyv.get('change:1')).toEqual({ mode: 'relax' });
    await exec('ROLLBACK');
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
  await store.keyv.set('change:1', { mode: 'fast' });
  expect(await store.keyv.get('change:1')).toEqual({ mode: 'fast' });
  expect(await store.keyv.delete('change:1')).toBe(true);
  expect(await store.keyv.get('change:1')).toBeUndefined();
});

test('a value kept with a time to live (a cooldown) still expires after it was read', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  await store.keyv.set('cooldown:1:2', { at: 'now' }, 60_000);
  expect(await store.keyv.get('cooldown:1:2')).toEqual({ at: 'now' });
  vi.setSystemTime(Date.now() + 61_000);
  expect(await store.keyv.get('cooldown:1:2')).toBeUndefined();
});

test('a value read from memory is a copy: changing it changes nothing stored', async () => {
  await store.keyv.set('history:1', [{ action: 'fast' }]);
  const first = await store.keyv.get<{ action: string }[]>('history:1');
  first?.push({ action: 'turbo' });
  expect(await store.keyv.get('history:1')).toEqual([{ action: 'fast' }]);
});

test('the next opening of the file, once this one closed, sees every write', async () => {
  await store.keyv.set('halt:1', { since: 'then' });
  await store.close();
  store = await openStore('sqlite://./data/state.sqlite', () => {}, cwd);
  expect(await store.keyv.get('halt:1')).toEqual({ since: 'then' });
});

test('a key the file does not hold is read from the file once, like one it holds', async () => {
  const adapter = store.keyv.store as { query: (sql: string, ...parameters: unknown[]) => Promise<unknown> };
  const query = vi.spyOn(adapter, 'query');
  const fileReads = (key: string) =>
    query.mock.calls.filter(([sql, parameter]) => sql.startsWith('SELECT') && String(parameter).endsWith(key))
      .length;
  await store.keyv.set('history:1', [{ action: 'fast' }]);
  for (let read = 0; read < 3; read++) {
    expect(await store.keyv.get('halt:1')).toBeUndefined();
    expect(await store.keyv.get('history:1')).toEqual([{ action: 'fast' }]);
  }
  expect(fileReads('halt:1')).toBe(1);
  expect(fileReads('history:1')).toBe(0);
  // Remembering that a key is missing never hides a later write.
  await store.keyv.set('halt:1', { since: 'now' });
  expect(await store.keyv.get('halt:1')).toEqual({ since: 'now' });
});
