import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DiscordStandIn, permissionSets } from '../standins/discord.js';
import { finalAnswer } from '../standins/finalAnswer.js';
import { UseapiStandIn } from '../standins/useapi.js';
import { DISCORD_TOKEN, USEAPI_TOKEN } from '../support/botHarness.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { freeConsecutivePorts } from '../support/freePorts.js';
import { type RedisServer, redisUnavailableReason, startRedisServer } from '../support/redisServer.js';
import { runCompiled } from '../support/runScript.js';

// Discord puts a guild on shard (id >> 22) % count: these two land on shards 0 and 1 of 2.
const GUILD_ON_SHARD_0 = String(190_734_863_282n << 22n);
const GUILD_ON_SHARD_1 = String(190_734_863_283n << 22n);
const CHANNEL_ON_SHARD_0 = '820000000000000001';
const CHANNEL_ON_SHARD_1 = '820000000000000002';
// Both Discord channels drive the same Midjourney account.
const ACCOUNT = '830000000000000001';

describe.skipIf(redisUnavailableReason())('npm run start:sharded: two shard processes sharing Redis', () => {
  let redis: RedisServer;
  let discord: DiscordStandIn;
  let useapi: UseapiStandIn;
  let bots: BotProcess;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await freeConsecutivePorts(2);
    redis = await startRedisServer();
    discord = await DiscordStandIn.start({
      botToken: DISCORD_TOKEN,
      guilds: [
        { id: GUILD_ON_SHARD_0, channels: [CHANNEL_ON_SHARD_0] },
        { id: GUILD_ON_SHARD_1, channels: [CHANNEL_ON_SHARD_1] },
      ],
    });
    useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN });
    bots = await startBotProcess(
      process.cwd(),
      {
        DISCORD_TOKEN,
        USEAPI_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        USEAPI_BASE_URL: useapi.url,
        STORE_URL: redis.url,
        CHANNEL_MAP: `*=${ACCOUNT}`,
        ALLOWED_GUILD_IDS: `${GUILD_ON_SHARD_0},${GUILD_ON_SHARD_1}`,
        SHARD_COUNT: '2',
        METRICS_PORT: String(metricsPort),
      },
      { entry: 'sharded.js', readyCount: 2 },
    );
  }, 60_000);
  afterAll(async () => {
    bots?.child.kill('SIGTERM');
    await bots?.exited;
    await Promise.all([discord?.close(), useapi?.close(), redis?.stop()]);
  });

  const run = (channelId: string, guildId: string, subcommand: string, extra = {}) =>
    finalAnswer(discord.dispatchInteraction({ guildId, channelId, subcommand, ...extra }));

  test('each shard process identifies with its own shard and serves its own guild', async () => {
    expect(discord.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect((await run(CHANNEL_ON_SHARD_0, GUILD_ON_SHARD_0, 'fast')).content).toContain('Done!');
    expect((await run(CHANNEL_ON_SHARD_1, GUILD_ON_SHARD_1, 'relax')).content).toContain('Done!');
    expect(useapi.requests.map((request) => request.body)).toEqual([
      { channel: ACCOUNT },
      { channel: ACCOUNT },
    ]);
    useapi.clear();
  });

  test('each shard serves /healthz on its own port, METRICS_PORT + its shard id, and the manager stays up', async () => {
    for (const port of [metricsPort, metricsPort + 1]) {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(response.status).toBe(200);
    }
    expect(bots.output()).not.toContain('EADDRINUSE');
    expect(bots.child.exitCode).toBeNull();
  });

  test('a 596 met through one process halts the account in the other, and a reset in the other lifts it', async () => {
    useapi.flagModeration(ACCOUNT, 'job');
    expect((await run(CHANNEL_ON_SHARD_0, GUILD_ON_SHARD_0, 'turbo')).content).toContain(
      'Midjourney flagged',
    );
    useapi.clear();

    const refused = await run(CHANNEL_ON_SHARD_1, GUILD_ON_SHARD_1, 'fast');
    expect(refused.content).toMatch(/halted/);
    expect(useapi.requests).toHaveLength(0);

    const reset = await run(CHANNEL_ON_SHARD_1, GUILD_ON_SHARD_1, 'reset', {
      permissions: permissionSets.manager,
    });
    expect(reset.content).toContain('reset the Midjourney account');
    expect((await run(CHANNEL_ON_SHARD_0, GUILD_ON_SHARD_0, 'fast')).content).toContain('Done!');
    useapi.clear();
  });

  test('requests for one account through both processes reach useapi.net one at a time', async () => {
    useapi.setJobDelay(150);
    try {
      const answers = await Promise.all(
        ['fast', 'turbo', 'relax', 'fast', 'turbo', 'relax'].map((mode, index) =>
          index % 2
            ? run(CHANNEL_ON_SHARD_1, GUILD_ON_SHARD_1, mode)
            : run(CHANNEL_ON_SHARD_0, GUILD_ON_SHARD_0, mode),
        ),
      );
      expect(answers.every((answer) => answer.content.includes('Done!'))).toBe(true);
      expect(useapi.maxInFlight(ACCOUNT)).toBe(1);
    } finally {
      useapi.setJobDelay(0);
    }
  });
});

test.each([
  ['the default SQLite file', {}],
  ['a sqlite:// STORE_URL', { STORE_URL: 'sqlite://./data/state.sqlite' }],
])(
  'npm run start:sharded refuses %s, which several processes cannot share, and exits 1',
  async (_what, env) => {
    const cwd = mkdtempSync(join(tmpdir(), 'mj-sharded-'));
    try {
      const run = await runCompiled(
        'sharded.js',
        { DISCORD_TOKEN, USEAPI_TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api', SHARD_COUNT: '2', ...env },
        cwd,
      );
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toContain(
        'STORE_URL: npm run start:sharded runs one process per shard, and they must share their state and lock',
      );
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  },
);
