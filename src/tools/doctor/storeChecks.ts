/**
 * The state store, read without changing anything: a SQLite file is opened read-only (never created,
 * never switched to WAL, nothing pruned) and Redis is only read; the channels halted in it are listed for
 * the admin, and the team settings each server chose. A write is never tried, so that it would land is
 * the one thing not checked.
 */
import { constants, existsSync, statSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Config } from '../../config.js';
import { chosenIn, SETTINGS_PREFIX } from '../../settings/SettingsStore.js';
import type { ChosenSettings } from '../../settings/teamSettings.js';
import { ChannelState, type HaltRecord } from '../../state/ChannelState.js';
import { listKeys } from '../../state/listKeys.js';
import { type OpenedStore, openStore } from '../../state/openStore.js';
import { sqliteFileLocked } from '../../state/sqliteFileLock.js';
import { openSqliteReadOnly } from '../../state/sqliteReadOnly.js';
import { withinTime } from '../../timeLimit.js';
import { type CheckName, type CheckResult, failed, oneLine, passed, skipped, warned } from './report.js';
import type { CheckGroup } from './runGroups.js';
import { TEAM_SETTINGS, teamSettingsResult } from './teamSettingsCheck.js';

const STORE: CheckName = { id: 'store', title: 'State store' };
const HALTS: CheckName = { id: 'haltedChannels', title: 'Halted channels' };

const CLOSE_WAIT_MS = 2_000;
/** How ChannelState keys a halt: `halt:<account>`. */
const HALT_KEY = /^(?:.*:)?halt:(\d+)$/;
/** How SettingsStore keys a server's settings: `settings:<guild>`. */
const SETTINGS_KEY = /^(?:.*:)?settings:(\d+)$/;
const NOT_WRITTEN =
  'not checked, since it would take a write: that a write lands (the doctor changes nothing)';

type Report = (result: CheckResult) => void;
type Halt = [account: string, halt: HaltRecord];
type ServerSettings = [guildId: string, chosen: ChosenSettings];

/** The store checks; the halts are read only from a store that could be read. */
export function storeChecks(config: Config, cwd: string): CheckGroup {
  return {
    checks: [STORE, HALTS, TEAM_SETTINGS],
    service: 'the state store (STORE_URL)',
    async run(report) {
      if (config.storeUrl.startsWith('sqlite://')) {
        await checkSqlite(resolve(cwd, config.storeUrl.slice('sqlite://'.length)), config, report);
      } else {
        await checkRedis(config, report);
      }
    },
  };
}

async function checkSqlite(file: string, config: Config, report: Report): Promise<void> {
  if (!existsSync(file)) {
    report(await missingSqliteFile(file, config.storeUrl));
    report(skipped(HALTS, 'no SQLite file yet'));
    report(teamSettingsResult(config.fixedSettings, []));
    return;
  }
  let halts: Halt[];
  let settings: ServerSettings[];
  let botRunning: boolean;
  try {
    botRunning = await sqliteFileLocked(file);
    const store = await openSqliteReadOnly(file, !botRunning && !existsSync(`${file}-wal`));
    try {
      halts = await store.entries<HaltRecord>('halt:');
      settings = (await store.entries<unknown>(SETTINGS_PREFIX)).flatMap(serverSettings);
    } finally {
      await store.close().catch(() => {});
    }
  } catch (error) {
    report(failed(STORE, `cannot read the SQLite file ${file}: ${reason(error)}`, storeFix(config.storeUrl)));
    report(skipped(HALTS, 'needs a readable state store'));
    report(skipped(TEAM_SETTINGS, 'needs a readable state store'));
    return;
  }
  const where = `SQLite file ${file}`;
  const running = botRunning ? 'a bot is running on it (it holds the file)' : 'no bot is running on it';
  if (!(await writable(file))) {
    report(
      warned(STORE, `${where} can be read, but this user may not write it or its folder; ${running}`, {
        fix: 'the bot must be able to write the file and its folder (its -wal and -shm files live there): check their owner and permissions, or run the doctor as the bot’s user',
      }),
    );
  } else {
    report(passed(STORE, `${where}: read without changing it; ${running}`, { details: [NOT_WRITTEN] }));
  }
  report(haltedChannels(halts.filter(([key]) => HALT_KEY.test(key)).map(accountOf), config));
  report(teamSettingsResult(config.fixedSettings, settings));
}

/** A stored server's settings by its guild id; none for a key of another shape. */
function serverSettings([key, value]: [string, unknown]): ServerSettings[] {
  const guildId = SETTINGS_KEY.exec(key)?.[1];
  return guildId === undefined ? [] : [[guildId, chosenIn(value)]];
}

/** The file STORE_URL names is not there: the bot would create it empty, which hides a typo. */
async function missingSqliteFile(file: string, storeUrl: string): Promise<CheckResult> {
  let folder = dirname(file);
  while (!existsSync(folder)) folder = dirname(folder);
  if (!statSync(folder).isDirectory()) {
    return failed(STORE, `cannot open STORE_URL: ${folder} is a file, not a folder`, storeFix(storeUrl));
  }
  if (
    !(await access(folder, constants.W_OK).then(
      () => true,
      () => false,
    ))
  ) {
    return failed(STORE, `cannot open STORE_URL: this user may not create ${file}`, storeFix(storeUrl));
  }
  return warned(
    STORE,
    `the SQLite file ${file} does not exist (the doctor created nothing): the bot creates it, empty, at its first start`,
    {
      fix: 'if the bot has run before, STORE_URL names the wrong file and the bot would start without its halts: correct the path',
    },
  );
}

/** Whether this user may write the file and its folder, asked of the file system without writing. */
async function writable(file: string): Promise<boolean> {
  const canWrite = (path: string) =>
    access(path, constants.W_OK).then(
      () => true,
      () => false,
    );
  return (await canWrite(file)) && (await canWrite(dirname(file)));
}

async function checkRedis(config: Config, report: Report): Promise<void> {
  let store: OpenedStore;
  try {
    store = await openStore(config.storeUrl, () => {});
  } catch (error) {
    report(failed(STORE, `cannot open STORE_URL: ${reason(error)}`, storeFix(config.storeUrl)));
    report(skipped(HALTS, 'needs a working state store'));
    report(skipped(TEAM_SETTINGS, 'needs a working state store'));
    return;
  }
  try {
    const where = `Redis ${store.location}`;
    try {
      await store.probe();
    } catch (error) {
      report(failed(STORE, `${where} does not answer a read (${reason(error)})`, storeFix(config.storeUrl)));
      report(skipped(HALTS, 'needs a working state store'));
      report(skipped(TEAM_SETTINGS, 'needs a working state store'));
      return;
    }
    report(passed(STORE, `${where}: answers a read`, { details: [NOT_WRITTEN] }));
    const keys = await listKeys(store.keyv);
    report(await redisHalts(store, keys, config));
    report(await redisSettings(store, keys, config));
  } finally {
    await withinTime(store.close(), CLOSE_WAIT_MS, () => new Error('close')).catch(() => {});
  }
}

/** The ids in `keys` of the shape `pattern` (its first group), once each, sorted. */
const idsIn = (keys: readonly string[], pattern: RegExp) =>
  [...new Set(keys.flatMap((key) => pattern.exec(key)?.[1] ?? []))].sort();

/** Every halt Redis holds, found by a walk of the keys (it also finds halts a version without the index stored). */
async function redisHalts(
  store: OpenedStore,
  keys: readonly string[] | undefined,
  config: Config,
): Promise<CheckResult> {
  if (!keys) return warned(HALTS, 'this store cannot list its keys, so halts were not looked for');
  const accounts = idsIn(keys, HALT_KEY);
  const state = new ChannelState(store.keyv);
  const halts: Halt[] = [];
  for (const account of accounts) {
    const halt = await state.halt(account);
    if (halt) halts.push([account, halt]);
  }
  return haltedChannels(halts, config);
}

/** Every server's settings Redis holds, found by the same walk of the keys. */
async function redisSettings(
  store: OpenedStore,
  keys: readonly string[] | undefined,
  config: Config,
): Promise<CheckResult> {
  if (!keys)
    return warned(TEAM_SETTINGS, 'this store cannot list its keys, so the servers’ settings were not read');
  const servers: ServerSettings[] = [];
  for (const guildId of idsIn(keys, SETTINGS_KEY)) {
    servers.push([guildId, chosenIn(await store.keyv.get(`${SETTINGS_PREFIX}${guildId}`))]);
  }
  return teamSettingsResult(config.fixedSettings, servers);
}

const accountOf = ([key, halt]: Halt): Halt => [HALT_KEY.exec(key)?.[1] ?? key, halt];

/** The halts for the admin: account, since when, what met the moderation flag. */
function haltedChannels(halts: readonly Halt[], config: Config): CheckResult {
  if (halts.length === 0) return passed(HALTS, 'no channel is halted');
  return warned(
    HALTS,
    `${halts.length} account${halts.length === 1 ? ' is' : 's are'} halted after a moderation flag`,
    {
      fix: 'once the moderation message or CAPTCHA is dealt with in Discord, an admin runs `/speed reset` in a channel of that account',
      details: halts.map(([account, halt]) => describeHalt(account, halt, teamChannels(config, account))),
    },
  );
}

function describeHalt(account: string, halt: HaltRecord, channels: readonly string[]): string {
  const what = halt.command === 'unknown' ? 'the upstream’s account flag' : `/speed ${halt.command}`;
  const by = halt.userId ? ` by user ${halt.userId}` : '';
  const routed = channels.length > 0 ? ` (channels ${channels.join(', ')})` : '';
  const text = halt.upstreamText ? `: “${oneLine(halt.upstreamText, 100)}”` : '';
  return `${account}${routed}: halted since ${halt.since}, met by ${what}${by}${text}`;
}

/** The Discord channels CHANNEL_MAP routes to `account`, so the admin knows where to type the reset. */
function teamChannels(config: Config, account: string): string[] {
  const map = config.channelMap;
  if (!map) return [];
  const listed = [...map.routes].filter(([, to]) => to === account).map(([from]) => from);
  return map.fallback === account ? [...listed, 'every other channel (*)'] : listed;
}

function storeFix(storeUrl: string): string {
  return storeUrl.startsWith('sqlite://')
    ? 'make sure the folder of the SQLite file in STORE_URL exists or can be created, and that this user may write there'
    : 'make sure Redis runs at the address in STORE_URL and accepts this client (password, TLS with rediss://)';
}

/** An error's message or code, on one line. */
function reason(error: unknown): string {
  const target = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  if (target instanceof Error) {
    const code = (target as { code?: unknown }).code;
    return oneLine(target.message || (typeof code === 'string' ? code : target.name), 200);
  }
  return oneLine(String(target), 200);
}
