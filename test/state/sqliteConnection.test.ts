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
  adapter = await openKeyvSqlite(file, 1_000);
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
