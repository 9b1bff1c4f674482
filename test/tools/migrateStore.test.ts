import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ChannelState, type HaltRecord, type SpeedChange } from '../../src/state/ChannelState.js';
import { openStore } from '../../src/state/openStore.js';
import { MigrateStoreError, migrateStore } from '../../src/tools/migrateStore.js';
import { runMigrateStoreCli } from '../../src/tools/migrateStoreCli.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

const CHANNELS = ['1181234567890123456', '1181234567890123457', '1181234567890123458'] as const;
const halt = (channel: string): HaltRecord => ({
  since: '2026-11-25T10:00:00.000Z',
  command: 'turbo',
  userId: '111111111111111111',
  // Untrusted text with quotes, newlines and non-ASCII must come through byte for byte.
  upstreamText: `Pending mod message for ${channel}:\n"Action needed" — vérifiez 🚫`,
});
const change: SpeedChange = { mode: 'relax', userId: '222222222222222222', at: '2026-11-25T09:00:00.000Z' };

/** A temp folder holding a SQLite store with two halts (and their index) and one last change, written by the bot's own code. */
async function sqliteWithState(): Promise<{ cwd: string; url: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'mj-migrate-'));
  const url = 'sqlite://./data/old.sqlite';
  const store = await openStore(url, () => {}, cwd);
  const state = new ChannelState(store.keyv);
  await state.recordHalt(CHANNELS[0], halt(CHANNELS[0]));
  await state.recordHalt(CHANNELS[1], halt(CHANNELS[1]));
  await state.recordChange(CHANNELS[2], change);
  await store.close();
  return { cwd, url };
}

/** Reads the three channels back through `ChannelState` on the store at `url`. */
async function readBack(url: string, cwd: string) {
  const store = await openStore(url, () => {}, cwd);
  try {
    const state = new ChannelState(store.keyv);
    // One read at a time: a fresh Redis store fails concurrent first commands ("The client is offline").
    const halts: Array<HaltRecord | undefined> = [];
    for (const channel of CHANNELS) halts.push(await state.halt(channel));
    return { halts, change: await state.lastChange(CHANNELS[2]) };
  } finally {
    await store.close();
  }
}

test('halts and last changes move from one SQLite file to another unchanged', async () => {
  const { cwd, url } = await sqliteWithState();
  const result = await migrateStore(url, 'sqlite://./data/new.sqlite', { cwd });
  expect(result).toEqual({
    copied: 4,
    replaced: 0,
    from: `SQLite file ${join(cwd, 'data/old.sqlite')}`,
    to: `SQLite file ${join(cwd, 'data/new.sqlite')}`,
  });
  expect(await readBack('sqlite://./data/new.sqlite', cwd)).toEqual({
    halts: [halt(CHANNELS[0]), halt(CHANNELS[1]), undefined],
    change,
  });
  // The source is left as it was.
  expect((await readBack(url, cwd)).halts[0]).toEqual(halt(CHANNELS[0]));
});

test('migrating again onto the same target reports the keys it replaced', async () => {
  const { cwd, url } = await sqliteWithState();
  await migrateStore(url, 'sqlite://./data/new.sqlite', { cwd });
  const again = await migrateStore(url, 'sqlite://./data/new.sqlite', { cwd });
  expect(again).toMatchObject({ copied: 4, replaced: 4 });
});

test('a key stored with a TTL keeps its expiry in the new store', async () => {
  const { cwd, url } = await sqliteWithState();
  const source = await openStore(url, () => {}, cwd);
  const expires = Date.now() + 60_000;
  await source.keyv.set('note', { hello: 'world' }, expires - Date.now());
  await source.close();

  await migrateStore(url, 'sqlite://./data/ttl.sqlite', { cwd });
  const target = await openStore('sqlite://./data/ttl.sqlite', () => {}, cwd);
  const raw = await target.keyv.getRaw<{ hello: string }>('note');
  await target.close();
  expect(raw?.value).toEqual({ hello: 'world' });
  expect(raw?.expires).toBeGreaterThan(expires - 5_000);
  expect(raw?.expires).toBeLessThanOrEqual(expires + 5_000);
});

test('migrating a store onto itself is refused before anything is opened', async () => {
  const { cwd, url } = await sqliteWithState();
  await expect(
    migrateStore(url, `sqlite://${join(cwd, 'data/../data/old.sqlite')}`, { cwd }),
  ).rejects.toThrow(
    new MigrateStoreError('--from and --to name the same store; there is nothing to migrate.'),
  );
  await expect(migrateStore('redis://localhost:6379', 'redis://127.0.0.1', { cwd })).rejects.toThrow(
    MigrateStoreError,
  );
});

test('an invalid store URL is refused with the option it came from', async () => {
  await expect(migrateStore('postgres://db/x', 'sqlite://./a.sqlite')).rejects.toThrow(/^--from must be/);
  await expect(migrateStore('sqlite://./a.sqlite', 'redis://')).rejects.toThrow(/^--to must be/);
});

test('a mistyped source SQLite path is refused instead of creating an empty store', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'mj-migrate-'));
  await expect(
    migrateStore('sqlite://./data/typo.sqlite', 'sqlite://./data/new.sqlite', { cwd }),
  ).rejects.toThrow(/--from names a SQLite file that does not exist/);
  expect(existsSync(join(cwd, 'data/typo.sqlite'))).toBe(false);
  expect(existsSync(join(cwd, 'data/new.sqlite'))).toBe(false);
});

test('a migration into or out of a SQLite file a running bot uses is refused, and nothing is copied', async () => {
  const { cwd, url } = await sqliteWithState();
  // The bot's own opening of its file, as startBot does.
  const bot = await openStore('sqlite://./data/live.sqlite', () => {}, cwd);
  try {
    const live = join(cwd, 'data/live.sqlite');
    await expect(migrateStore(url, 'sqlite://./data/live.sqlite', { cwd })).rejects.toThrow(
      new MigrateStoreError(
        `--to names the SQLite file ${live}, which a running bot (or another migration) is using: stop the bot first, then migrate.`,
      ),
    );
    const { out, err, output } = captured();
    const code = await runMigrateStoreCli(
      ['--from', 'sqlite://./data/live.sqlite', '--to', url],
      output,
      cwd,
    );
    expect({ code, out }).toEqual({ code: 1, out: [] });
    expect(err).toEqual([
      `Not migrating: --from names the SQLite file ${live}, which a running bot (or another migration) is using: stop the bot first, then migrate.`,
    ]);
    expect(await new ChannelState(bot.keyv).halt(CHANNELS[0])).toBeUndefined();
  } finally {
    await bot.close();
  }
  expect((await readBack('sqlite://./data/live.sqlite', cwd)).halts).toEqual([
    undefined,
    undefined,
    undefined,
  ]);
});

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    output: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) },
  };
}

test('the command prints how many keys it copied and exits 0', async () => {
  const { cwd, url } = await sqliteWithState();
  const { out, err, output } = captured();
  const code = await runMigrateStoreCli(['--from', url, '--to', 'sqlite://./data/cli.sqlite'], output, cwd);
  expect({ code, err }).toEqual({ code: 0, err: [] });
  expect(out).toEqual([
    `Copied 4 keys from SQLite file ${join(cwd, 'data/old.sqlite')} to SQLite file ${join(cwd, 'data/cli.sqlite')}.`,
  ]);
});

test('the command refuses the same store twice with a clear message and exit 1', async () => {
  const { cwd, url } = await sqliteWithState();
  const { out, err, output } = captured();
  const code = await runMigrateStoreCli(['--from', url, '--to', url], output, cwd);
  expect({ code, out }).toEqual({ code: 1, out: [] });
  expect(err).toEqual(['Not migrating: --from and --to name the same store; there is nothing to migrate.']);
});

test('the command explains its usage when an option is missing or unknown, and exits 1', async () => {
  for (const argv of [['--from', 'sqlite://./a.sqlite'], ['--from', 'x', '--to', 'y', '--force'], []]) {
    const { err, output } = captured();
    expect(await runMigrateStoreCli(argv, output), argv.join(' ')).toBe(1);
    expect(err.join('\n')).toContain('Usage: npm run migrate-store -- --from <store url> --to <store url>');
  }
});

test('the command reports an unreachable Redis as a failure without echoing its password', async () => {
  const { cwd, url } = await sqliteWithState();
  const { err, output } = captured();
  // Port 1 on loopback: nothing listens there, so the connection is refused at once.
  const code = await runMigrateStoreCli(
    ['--from', url, '--to', 'redis://:s3cret-pass@127.0.0.1:1'],
    output,
    cwd,
  );
  expect(code).toBe(1);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(/^Migration failed: /);
  expect(err[0]).not.toContain('s3cret-pass');
});

describe.skipIf(redisUnavailableReason())('with a real redis-server', () => {
  const redisServer = redisServerForSuite();

  test('halts written to SQLite are read back through ChannelState on Redis after the migration', async () => {
    const { cwd, url } = await sqliteWithState();
    const result = await migrateStore(url, redisServer().url, { cwd });
    expect(result).toMatchObject({ copied: 4, replaced: 0, to: `Redis at ${redisServer().url}` });
    expect(await readBack(redisServer().url, cwd)).toEqual({
      halts: [halt(CHANNELS[0]), halt(CHANNELS[1]), undefined],
      change,
    });
  });

  test('state moves back from Redis to a fresh SQLite file', async () => {
    const { cwd, url } = await sqliteWithState();
    await migrateStore(url, redisServer().url, { cwd });
    const result = await migrateStore(redisServer().url, 'sqlite://./data/back.sqlite', { cwd });
    expect(result.copied).toBeGreaterThanOrEqual(4);
    expect(await readBack('sqlite://./data/back.sqlite', cwd)).toEqual({
      halts: [halt(CHANNELS[0]), halt(CHANNELS[1]), undefined],
      change,
    });
  });
});
