/** The SQLite adapter's connection with prepared statements (src/state/sqliteConnection.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type KeyvSqlite from '@keyv/sqlite';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openKeyvSqlite } from '../../src/state/sqliteConnection.js';

let dir: string;
let file: string;
let adapter: KeyvSqlite;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mj-conn-'));
  file = join(dir, 'state.sqlite');
  adapter = await openKeyvSqlite(file, 1_000, 'keyv');
});
afterEach(async () => {
  await adapter.close();
  rmSync(dir, { recursive: true, force: true });
});

test('writes land in the file under the adapter’s own table, read back by any connection', async () => {
  await adapter.set('mj-speed:halt:1', '{"value":{"since":"then"}}');
  await adapter.set('mj-speed:halt:1', '{"value":{"since":"later"}}');
  expect(await adapter.get('mj-speed:halt:1')).toBe('{"value":{"since":"later"}}');
  const other = new sqlite3.Database(file);
  const rows = await new Promise<unknown[]>((resolve, reject) =>
    other.all('SELECT key, value FROM keyv', (error, found) => (error ? reject(error) : resolve(found))),
  );
  await new Promise((resolve) => other.close(resolve));
  expect(rows).toEqual([{ key: 'mj-speed:halt:1', value: '{"value":{"since":"later"}}' }]);
});

test('a statement that cannot be prepared fails its call instead of leaving it waiting, and others still run', async () => {
  await expect(adapter.query('SELEC nothing')).rejects.toThrow(/syntax error/);
  await expect(adapter.query('SELEC nothing')).rejects.toThrow(/syntax error/);
  expect(await adapter.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
});

test('writes asked for together are committed together: each lands, the later of two to one key wins', async () => {
  const keys = Array.from({ length: 40 }, (_, index) => `mj-speed:history:${index}`);
  await Promise.all([
    ...keys.map((key) => adapter.set(key, `"${key}"`)),
    adapter.set('mj-speed:change:1', '"first"'),
    adapter.set('mj-speed:change:1', '"second"'),
  ]);
  for (const key of keys) expect(await adapter.get(key)).toBe(`"${key}"`);
  expect(await adapter.get('mj-speed:change:1')).toBe('"second"');
});

test('when the file refuses a batch of writes, every write in it fails and none of them lands', async () => {
  const holder = new sqlite3.Database(file);
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) => holder.exec(sql, (error) => (error ? reject(error) : resolve())));
  try {
    await exec('BEGIN EXCLUSIVE');
    const results = await Promise.allSettled([
      adapter.set('mj-speed:change:1', '"a"'),
      adapter.set('mj-speed:history:1', '"b"'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await exec('ROLLBACK');
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
  expect(await adapter.get('mj-speed:change:1')).toBeUndefined();
  expect(await adapter.get('mj-speed:history:1')).toBeUndefined();
});
