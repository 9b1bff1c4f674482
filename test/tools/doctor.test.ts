import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs/index.js';
import { startHealthServer } from '../../src/ops/healthServer.js';
import { ChannelState } from '../../src/state/ChannelState.js';
import { openStore } from '../../src/state/openStore.js';
import { StoreInUseError } from '../../src/state/sqliteFileLock.js';
import { runDoctorCli } from '../../src/tools/doctorCli.js';
import { proxyFaults } from '../standins/midjourneyProxy.js';
import { CHANNEL_A, GUILD_ID, startHarness } from '../support/botHarness.js';
import {
  ACCOUNT,
  APPLICATION_ID,
  type DoctorWorld,
  definedCommands,
  lineOf,
  startDoctorWorld,
  TEAM_CHANNEL,
} from '../support/doctorWorld.js';
import { freeConsecutivePorts } from '../support/freePorts.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

let world: DoctorWorld;

beforeAll(async () => {
  world = await startDoctorWorld();
});
afterAll(async () => {
  await world.close();
});
beforeEach(async () => {
  world.discord.clearFaults();
  await world.deploy();
});
afterEach(() => {
  world.proxy.account(ACCOUNT).lock = false;
});

test('a setup where everything is right: every line is ✓ and the exit code is 0', async () => {
  let printed = '';
  const env = world.env();
  const code = await runDoctorCli(
    [],
    env,
    {
      out: (text) => {
        printed += text;
      },
      err: (text) => {
        printed += text;
      },
    },
    { cwd: world.cwd },
  );
  expect(printed).not.toMatch(/^[✗!-] /m);
  expect(code).toBe(0);
  const lines = printed.split('\n').filter((line) => /^[✓✗!-] /.test(line));
  expect(lines.map((line) => line.slice(0, 1))).toEqual(Array(13).fill('✓'));
  expect(printed).toContain(`✓ Discord token: valid: bot mj-speed-bot (${APPLICATION_ID})`);
  expect(printed).toContain(`✓ Servers: in 1 of 1 allowed server`);
  expect(printed).toContain('✓ Alert channel: the bot can post in #channel-2 (The Team)');
  expect(printed).toContain('Ready: nothing to fix.');
});

test('a configuration that does not parse is listed, and nothing else is checked', async () => {
  world.discord.clearRequests();
  const report = await world.run({ DISCORD_TOKEN: '', COOLDOWN_SECONDS: 'soon' });
  expect(report.ok).toBe(false);
  expect(report.checks).toHaveLength(1);
  const line = lineOf(report, 'config');
  expect(line.status).toBe('fail');
  expect(line.details?.join('\n')).toMatch(/DISCORD_TOKEN: is required[\s\S]*COOLDOWN_SECONDS/);
  expect(world.discord.requests()).toHaveLength(0);
});

test('the configuration line says in which language channels read the bot (BOT_LOCALE)', async () => {
  const summary = async (env: Record<string, string>) => lineOf(await world.run(env), 'config').summary;
  expect(await summary({})).toContain("BOT_LOCALE unset: channels read each server's language");
  expect(await summary({ BOT_LOCALE: 'en-US' })).toMatch(/BOT_LOCALE=en-US\)$/);
  // Until its catalog lands a language reads English, which the operator who chose it should know.
  expect(await summary({ BOT_LOCALE: 'ja' })).toContain(
    CATALOGS.ja ? 'BOT_LOCALE=ja)' : 'BOT_LOCALE=ja, no catalog yet: channels read English',
  );
});

test('a token Discord refuses: ✗ with how to get a new one, and the checks that need it are skipped', async () => {
  const report = await world.run({
    DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.Wrong0.not-the-right-token-at-all_0123456789',
  });
  expect(report.ok).toBe(false);
  expect(lineOf(report, 'discordToken')).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining('Discord refused DISCORD_TOKEN'),
    fix: expect.stringContaining('Reset Token'),
  });
  expect(lineOf(report, 'slashCommand').status).toBe('skip');
  expect(lineOf(report, 'servers').status).toBe('skip');
  expect(lineOf(report, 'alertChannel').status).toBe('skip');
});

test('a token of another application than DISCORD_APPLICATION_ID: ✗ naming both', async () => {
  const report = await world.run({ DISCORD_APPLICATION_ID: '100000000000000999' });
  const line = lineOf(report, 'discordToken');
  expect(line.status).toBe('fail');
  expect(line.summary).toContain(
    `application ${APPLICATION_ID}, not of DISCORD_APPLICATION_ID 100000000000000999`,
  );
  expect(report.ok).toBe(false);
});

test('without DISCORD_APPLICATION_ID the token line warns and says which id to set', async () => {
  const report = await world.run({ DISCORD_APPLICATION_ID: '' });
  expect(lineOf(report, 'discordToken')).toMatchObject({
    status: 'warn',
    fix: expect.stringContaining(`DISCORD_APPLICATION_ID=${APPLICATION_ID}`),
  });
  expect(report.ok).toBe(true);
});

test('/speed not registered: ✗ run `npm run deploy`', async () => {
  await world.deploy([]);
  const line = lineOf(await world.run(), 'slashCommand');
  expect(line).toMatchObject({ status: 'fail', fix: 'run `npm run deploy`' });
  expect(line.summary).toContain(`/speed is not registered in server ${GUILD_ID}`);
});

test('/speed registered from an older definition: ✗ naming what changed, run `npm run deploy`', async () => {
  const [speed = {}] = await definedCommands();
  const options = (speed.options as { name: string }[]).filter((option) => option.name !== 'history');
  await world.deploy([{ ...speed, options }]);
  const line = lineOf(await world.run(), 'slashCommand');
  expect(line).toMatchObject({ status: 'fail', fix: 'run `npm run deploy`' });
  expect(line.summary).toContain('options (history)');
});

test('/speed registered with translations of its descriptions that commands/ no longer has: ✗, run `npm run deploy`', async () => {
  const [speed = {}] = await definedCommands();
  await world.deploy([{ ...speed, description_localizations: { ja: '古い説明' } }]);
  const line = lineOf(await world.run(), 'slashCommand');
  expect(line).toMatchObject({ status: 'fail', fix: 'run `npm run deploy`' });
  expect(line.summary).toContain('older than commands/: description_localizations');
});

test('/speed checked globally when DISCORD_GUILD_ID is not set', async () => {
  const report = await world.run({ DISCORD_GUILD_ID: '', ALLOWED_GUILD_IDS: GUILD_ID });
  expect(lineOf(report, 'slashCommand')).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining('not registered globally'),
  });
});

test('allowed servers the bot is not in are named, with the invite link', async () => {
  const report = await world.run({ ALLOWED_GUILD_IDS: `${GUILD_ID},800000000000000999` });
  expect(lineOf(report, 'servers')).toMatchObject({
    status: 'warn',
    summary: 'in 1 of 2 allowed servers',
    details: [`allowed: The Team (${GUILD_ID})`, 'allowed: 800000000000000999, but the bot is not in it'],
    fix: expect.stringContaining(`client_id=${APPLICATION_ID}`),
  });
});

test('a bot in no server: ✗ with the invite link', async () => {
  const lonely = await startDoctorWorld({ guilds: [] }, { deployed: false });
  try {
    const report = await lonely.run({ DISCORD_GUILD_ID: '' });
    expect(lineOf(report, 'servers')).toMatchObject({
      status: 'fail',
      summary: 'the bot is in no server',
      fix: expect.stringContaining('https://discord.com/oauth2/authorize'),
    });
  } finally {
    await lonely.close();
  }
});

test('a Discord that never answers costs its checks a ✗ each, and the run still ends in time', async () => {
  world.discord.failNext({ route: 'getCurrentUser' }, { delayMs: 60_000 });
  const report = await world.run();
  expect(lineOf(report, 'discordToken')).toMatchObject({
    status: 'fail',
    summary: expect.stringMatching(/did not answer within \d+ s/),
  });
  // The other groups ran meanwhile.
  expect(lineOf(report, 'upstream').status).toBe('ok');
  expect(lineOf(report, 'store').status).toBe('ok');
}, 30_000);

test('the upstream is down: ✗ could not reach it, and the account checks are skipped', async () => {
  const report = await world.run({ MJ_PROXY_URL: 'http://127.0.0.1:9' });
  expect(lineOf(report, 'upstream')).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining('could not reach midjourney-proxy at http://127.0.0.1:9'),
    fix: expect.stringContaining('MJ_PROXY_URL'),
  });
  expect(lineOf(report, 'channelMap').status).toBe('skip');
  expect(lineOf(report, 'flaggedAccounts').status).toBe('skip');
});

test('an upstream that never answers: ✗ within the run’s bound, the other checks unaffected', async () => {
  world.proxy.fail(proxyFaults.hang(), { route: 'search', times: 10 });
  try {
    const report = await world.run();
    expect(lineOf(report, 'upstream')).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('did not answer'),
    });
    expect(lineOf(report, 'discordToken').status).toBe('ok');
  } finally {
    world.proxy.clear();
    world.proxy.addAccount({ channelId: ACCOUNT, remark: 'team account' });
  }
}, 30_000);

test('the upstream refuses the token: ✗ naming the variable', async () => {
  const report = await world.run({ MJ_PROXY_TOKEN: 'not-the-admin-token-0000000000' });
  expect(lineOf(report, 'upstream')).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining('midjourney-proxy refused MJ_PROXY_TOKEN'),
    fix: expect.stringContaining('admin user'),
  });
});

test('the upstream lists its accounts; without CHANNEL_MAP each channel is its own account', async () => {
  const report = await world.run();
  expect(lineOf(report, 'upstream').details).toEqual([`${ACCOUNT} “team account”: enabled`]);
  expect(lineOf(report, 'channelMap')).toMatchObject({
    status: 'ok',
    summary: expect.stringContaining(`no CHANNEL_MAP: each channel is its own account`),
  });
  expect(lineOf(report, 'channelMap').summary).toContain(ACCOUNT);
});

test('a CHANNEL_MAP target the upstream does not have: ✗ naming it and the channels sent there', async () => {
  const report = await world.run({ CHANNEL_MAP: `${TEAM_CHANNEL}=1181234567890000000,*=${ACCOUNT}` });
  const line = lineOf(report, 'channelMap');
  expect(line.status).toBe('fail');
  expect(line.summary).toContain(`1181234567890000000 (from ${TEAM_CHANNEL})`);
  expect(line.summary).not.toContain(`${ACCOUNT} (from`);
  expect(line.fix).toContain(ACCOUNT);
});

test('an account locked by a CAPTCHA at midjourney-proxy: ✗ with what to do', async () => {
  world.proxy.account(ACCOUNT).lock = true;
  const report = await world.run({ CHANNEL_MAP: `${TEAM_CHANNEL}=${ACCOUNT}` });
  const line = lineOf(report, 'flaggedAccounts');
  expect(line).toMatchObject({ status: 'fail', fix: expect.stringContaining('/speed reset') });
  expect(line.details).toEqual([`${ACCOUNT} “team account”: flagged: a CAPTCHA waits`]);
  // Read-only: nothing was clicked, synced, enabled or solved.
  expect(world.proxy.requests.filter((request) => !['search', 'account'].includes(request.route))).toEqual(
    [],
  );
});

test("midjourney-proxy's clock, the age of each account's /info reading and card, and whether it runs", async () => {
  world.proxy.setTimeZone('America/New_York');
  Object.assign(world.proxy.account(ACCOUNT), {
    infoUpdated: Date.now() - (3 * 60 + 5) * 60_000,
    cardSentAt: Date.now() - 2 * 24 * 3_600_000,
  });
  const running = lineOf(await world.run({ CHANNEL_MAP: `${TEAM_CHANNEL}=${ACCOUNT}` }), 'proxyReadings');
  expect(running).toMatchObject({
    status: 'ok',
    summary: "midjourney-proxy's clock runs at UTC-5; every account the bot uses is running",
    details: [`${ACCOUNT} “team account”: running; /info read 3 h 5 min ago; /settings card from 48 h ago`],
  });

  world.proxy.account(ACCOUNT).online = false;
  const stopped = lineOf(await world.run({ CHANNEL_MAP: `${TEAM_CHANNEL}=${ACCOUNT}` }), 'proxyReadings');
  expect(stopped).toMatchObject({
    status: 'warn',
    summary: expect.stringContaining('1 account is not running there (no live Discord session)'),
    fix: expect.stringContaining("midjourney-proxy's admin page"),
  });
  expect(stopped.details?.[0]).toContain(': NOT running;');
  // Read-only: nothing was synced, whatever the age of the readings.
  expect(world.proxy.requestsTo('sync')).toEqual([]);
  world.proxy.setTimeZone('Asia/Shanghai');
  world.proxy.account(ACCOUNT).online = undefined;
});

test('a channel halted in the store is listed for the admin (a warning: the bot handles it)', async () => {
  const store = await openStore('sqlite://./data/doctor.sqlite', () => {}, world.cwd);
  await new ChannelState(store.keyv).recordHalt(ACCOUNT, {
    since: '2026-12-01T10:00:00.000Z',
    command: 'turbo',
    userId: '111111111111111111',
    upstreamText: 'Pending mod message\n\u001b[31mred',
  });
  await store.close();
  try {
    const report = await world.run({ CHANNEL_MAP: `${TEAM_CHANNEL}=${ACCOUNT}` });
    expect(lineOf(report, 'haltedChannels')).toMatchObject({
      status: 'warn',
      details: [
        `${ACCOUNT} (channels ${TEAM_CHANNEL}): halted since 2026-12-01T10:00:00.000Z, met by /speed turbo by user 111111111111111111: “Pending mod message [31mred”`,
      ],
    });
    expect(report.ok).toBe(true);
  } finally {
    const cleanup = await openStore('sqlite://./data/doctor.sqlite', () => {}, world.cwd);
    await new ChannelState(cleanup.keyv).clearHalt(ACCOUNT);
    await cleanup.close();
  }
});

test('a store that cannot be written: ✗ with where to look, and halts are not looked for', async () => {
  writeFileSync(join(world.cwd, 'blocker'), 'a file where the folder should be');
  const report = await world.run({ STORE_URL: 'sqlite://./blocker/state.sqlite' });
  expect(lineOf(report, 'store')).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining('cannot open STORE_URL'),
    fix: expect.stringContaining('folder of the SQLite file'),
  });
  expect(lineOf(report, 'haltedChannels').status).toBe('skip');
});

test('a mistyped STORE_URL is reported as a missing file, and nothing is created', async () => {
  const report = await world.run({ STORE_URL: 'sqlite://./typo/nested/doctor.sqlite' });
  expect(lineOf(report, 'store')).toMatchObject({
    status: 'warn',
    summary: expect.stringContaining(
      `the SQLite file ${join(world.cwd, 'typo/nested/doctor.sqlite')} does not exist (the doctor created nothing)`,
    ),
    fix: expect.stringContaining('STORE_URL names the wrong file'),
  });
  expect(lineOf(report, 'haltedChannels').status).toBe('skip');
  expect(existsSync(join(world.cwd, 'typo'))).toBe(false);
});

/** Runs `sql` on a connection of its own to `file` (created if missing) and gives back the rows. */
async function onFile(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = new sqlite3.Database(file);
  try {
    return await new Promise((resolve, reject) =>
      db.all<Record<string, unknown>>(sql, (error, rows) => (error ? reject(error) : resolve(rows))),
    );
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}

test('the doctor changes nothing in the file: expired rows stay, the journal mode stays, no file appears', async () => {
  // A store as a version before the write-ahead log left it: rollback journal, an expired cooldown, a halt.
  const file = join(world.cwd, 'data', 'old.sqlite');
  await onFile(file, 'CREATE TABLE keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)');
  const expired = JSON.stringify({ value: { at: '2026-12-01T10:00:00.000Z' }, expires: Date.now() - 60_000 });
  const halt = JSON.stringify({
    value: { since: '2026-12-01T10:00:00.000Z', command: 'fast', userId: '', upstreamText: '' },
  });
  const settings = JSON.stringify({
    value: { chosen: { turboRoleIds: [TURBO_ROLE], cooldownSeconds: 60 }, history: [] },
  });
  await onFile(
    file,
    `INSERT INTO keyv VALUES ('mj-speed:cooldown:${ACCOUNT}:1', '${expired}'), ('mj-speed:halt:${ACCOUNT}', '${halt}'), ('mj-speed:settings:${GUILD_ID}', '${settings}')`,
  );
  const before = { bytes: hash(file), files: readdirSync(join(world.cwd, 'data')).sort() };

  const report = await world.run({
    STORE_URL: 'sqlite://./data/old.sqlite',
    FAST_MAX_MINUTES: '30',
    ALERT_CHANNEL_ID: '',
  });
  expect(lineOf(report, 'store')).toMatchObject({
    status: 'ok',
    summary: `SQLite file ${file}: read without changing it; no bot is running on it`,
    details: [expect.stringContaining('not checked, since it would take a write: that a write lands')],
  });
  expect(lineOf(report, 'haltedChannels').details).toEqual([
    `${ACCOUNT}: halted since 2026-12-01T10:00:00.000Z, met by /speed fast`,
  ]);
  expect(lineOf(report, 'teamSettings')).toEqual(teamSettingsLine);

  expect({ bytes: hash(file), files: readdirSync(join(world.cwd, 'data')).sort() }).toEqual(before);
  expect(await onFile(file, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'delete' }]);
  expect(await onFile(file, 'SELECT count(*) AS rows FROM keyv')).toEqual([{ rows: 3 }]);
});

const TURBO_ROLE = '900000000000000021';

/** The team settings line of a store where the server chose Turbo roles and a cooldown, with FAST_MAX_MINUTES=30. */
const teamSettingsLine = {
  id: 'teamSettings',
  title: 'Team settings',
  status: 'ok',
  summary: 'FAST_MAX_MINUTES fixed by the operator; 1 server chose some with /speed settings',
  details: [
    "every server, unless it chose otherwise: Turbo roles everyone (default), Fast roles everyone (default), Turbo max no limit (default), Fast max 30 min (FAST_MAX_MINUTES), cooldown off (default), alert channel none (default), language the server's Discord language (default)",
    `server ${GUILD_ID} chose with /speed settings: Turbo roles ${TURBO_ROLE}, cooldown 60 s`,
  ],
};

function hash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

test('next to a running bot: says a bot is running, still lists its halts, and the bot goes on', async () => {
  const harness = await startHarness({ env: { METRICS_PORT: '0' } });
  try {
    harness.useapi.flagModeration(CHANNEL_A);
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    harness.useapi.clear();
    const port = String(harness.bot.metricsPort);
    const file = join(harness.cwd, 'data', 'mj-speed-bot.sqlite');
    const report = await world.run({ STORE_URL: `sqlite://${file}`, METRICS_PORT: port });
    expect(lineOf(report, 'store')).toMatchObject({
      status: 'ok',
      summary: `SQLite file ${file}: read without changing it; a bot is running on it (it holds the file)`,
    });
    expect(lineOf(report, 'haltedChannels').details).toEqual([
      expect.stringMatching(new RegExp(`^${CHANNEL_A}: halted since .* met by /speed fast`)),
    ]);
    expect(lineOf(report, 'metricsPort')).toMatchObject({
      status: 'ok',
      summary: `127.0.0.1:${port} is served by a running bot (healthz: ok)`,
    });
    expect(report.ok).toBe(true);
    // The bot still holds its file and serves: its halt is enforced, a reset is recorded.
    expect((await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A })).content).toMatch(
      /halted in this channel/,
    );
    await expect(openStore(`sqlite://${file}`, () => {})).rejects.toThrow(StoreInUseError);
  } finally {
    await harness.close();
  }
});

describe.skipIf(redisUnavailableReason())('with a real redis-server', () => {
  const redis = redisServerForSuite();

  test('a Redis store is read, never written, and its halts and team settings are listed', async () => {
    const store = await openStore(redis().url, () => {});
    await new ChannelState(store.keyv).recordHalt(ACCOUNT, {
      since: '2026-12-01T10:00:00.000Z',
      command: 'unknown',
      userId: '',
      upstreamText: '',
    });
    await store.keyv.set(`settings:${GUILD_ID}`, {
      chosen: { turboRoleIds: [TURBO_ROLE], cooldownSeconds: 60 },
      history: [],
    });
    await store.close();
    const report = await world.run({ STORE_URL: redis().url, FAST_MAX_MINUTES: '30', ALERT_CHANNEL_ID: '' });
    expect(lineOf(report, 'teamSettings')).toEqual(teamSettingsLine);
    expect(lineOf(report, 'store')).toMatchObject({
      status: 'ok',
      summary: `Redis ${redis().url}: answers a read`,
      details: [expect.stringContaining('not checked, since it would take a write')],
    });
    expect(lineOf(report, 'haltedChannels').details).toEqual([
      `${ACCOUNT}: halted since 2026-12-01T10:00:00.000Z, met by the upstream’s account flag`,
    ]);
  });

  test('a Redis that is down: ✗ with where to look', async () => {
    const report = await world.run({ STORE_URL: 'redis://:a-redis-password-1234@127.0.0.1:9' });
    const line = lineOf(report, 'store');
    expect(line).toMatchObject({ status: 'fail', fix: expect.stringContaining('Redis runs at the address') });
    expect(JSON.stringify(report)).not.toContain('a-redis-password-1234');
  });
});

test('METRICS_PORT taken by something else: ✗ saying to choose another', async () => {
  // Not HTTP at all: it greets and hangs up.
  const other = createServer((socket) => socket.write('SSH-2.0-OpenSSH_9.2\r\n', () => socket.destroy()));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const port = String((other.address() as { port: number }).port);
  try {
    expect(lineOf(await world.run({ METRICS_PORT: port }), 'metricsPort')).toMatchObject({
      status: 'fail',
      summary: `127.0.0.1:${port} is taken by something other than this bot`,
      fix: expect.stringContaining('METRICS_PORT'),
    });
  } finally {
    await new Promise<void>((resolve) => other.close(() => resolve()));
  }
  expect(lineOf(await world.run({ METRICS_PORT: port }), 'metricsPort').summary).toBe(
    `127.0.0.1:${port} is free for the health and metrics listener`,
  );
});

test('METRICS_PORT served by a running bot of ours: ✓', async () => {
  const health = await startHealthServer({
    port: 0,
    metrics: { render: async () => ({ contentType: 'text/plain', body: '' }) },
    checkHealth: async () => ({ ok: true }),
  });
  try {
    expect(lineOf(await world.run({ METRICS_PORT: String(health.port) }), 'metricsPort')).toMatchObject({
      status: 'ok',
      summary: `127.0.0.1:${health.port} is served by a running bot (healthz: ok)`,
    });
  } finally {
    await health.close();
  }
});

test('the doctor never listens on METRICS_PORT, not even for a moment, so a bot starting meanwhile can', async () => {
  const port = await freeConsecutivePorts(1);
  const listens = vi.spyOn(Server.prototype, 'listen');
  try {
    const report = await world.run({ METRICS_PORT: String(port) });
    const ports = listens.mock.calls.map(([first]) =>
      typeof first === 'object' && first !== null ? (first as { port?: unknown }).port : first,
    );
    expect(ports).not.toContain(port);
    expect(lineOf(report, 'metricsPort')).toMatchObject({
      status: 'ok',
      summary: `127.0.0.1:${port} is free for the health and metrics listener`,
      details: [expect.stringContaining('asked by connecting, never by listening')],
    });
  } finally {
    listens.mockRestore();
  }
});
