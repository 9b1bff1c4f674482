/**
 * The state store failing under the running bot. Policy (docs/when-things-go-wrong.md, "When the state store
 * fails"): speed changes keep working, because useapi.net itself answers 596 for a flagged account, but the reply
 * says plainly that the halt could not be read or recorded; a reset never claims a success it did not
 * store; when the store is back, nothing it held is lost.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import { CHANNEL_A, CHANNEL_B, type Harness, startHarness } from '../support/botHarness.js';
import { type RedisServer, redisUnavailableReason, startRedisServer } from '../support/redisServer.js';
import { holdSqliteWrites, type SqliteWriteHold } from '../support/sqliteFaults.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';

const ADMIN = { permissions: permissionSets.manager, user: { id: '700000000000000002' } };
const NOT_RECORDED = /state store is not answering, so this halt could not be recorded/;
const NOT_CHECKED = /state store is not answering, so it could not check for a moderation halt/;
const CHANGE_NOT_RECORDED = /state store is not answering, so this change is missing from `\/speed status`/;
const RESET_NOT_STORED = /useapi\.net reset the account, but the bot's state store is not answering/;

async function halt(harness: Harness, channelId: string) {
  harness.useapi.flagModeration(channelId);
  return harness.run({ subcommand: 'fast', channelId });
}

describe('a SQLite file another process holds a write transaction on', () => {
  let harness: Harness;
  let hold: SqliteWriteHold | undefined;

  beforeAll(async () => {
    harness = await startHarness();
    await harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: { id: '700000000000000099' } });
    expect((await halt(harness, CHANNEL_A)).content).toContain('Midjourney flagged the shared account');
    harness.useapi.clear();
    // Another process (an operator's sqlite3 shell; a second bot is refused at start) in a
    // write transaction. The store is in WAL mode, so it blocks the bot's writes but not its reads.
    hold = await holdSqliteWrites(join(harness.cwd, 'data', 'mj-speed-bot.sqlite'));
  });
  afterAll(async () => {
    await hold?.release();
    await harness?.close();
  });

  test('a halt recorded before is still enforced without calling useapi.net', async () => {
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A }, 15_000);
    expect(answer.content).toMatch(/halted in this channel/);
    expect(answer.content).not.toMatch(NOT_CHECKED);
    expect(harness.useapi.requestsFor(CHANNEL_A)).toHaveLength(0);
  });

  test('a speed change is answered at once, then the answer adds that it is missing from /speed status', async () => {
    const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B }, 15_000);
    // The reply does not wait for the change's records, which wait for the held file to give up (1 s).
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('Done!');
    expect(answer.content).not.toMatch(CHANGE_NOT_RECORDED);
    const corrected = await answer.handle.waitForReply(
      (message) => CHANGE_NOT_RECORDED.test(message.content),
      15_000,
    );
    expect(corrected.content).toContain('Done!');
    expect(corrected.content).not.toMatch(NOT_CHECKED);
    expect(answer.handle.writes.filter((write) => write.route === 'editOriginal')).toHaveLength(2);
  });

  test('a reset does not claim success it could not store, and the channel stays halted', async () => {
    const answer = await harness.run({ subcommand: 'reset', channelId: CHANNEL_A, ...ADMIN }, 15_000);
    expect(answer.content).toMatch(RESET_NOT_STORED);
    expect(answer.content).not.toContain('speed changes are allowed again');
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A }, 15_000);
    expect(status.content).toContain('**Halted**');
  });

  test('a new 596 still posts the instructions and says plainly the halt could not be recorded', async () => {
    const answer = await halt(harness, CHANNEL_B);
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('Midjourney flagged the shared account');
    expect(answer.content).toMatch(NOT_RECORDED);
    harness.useapi.clear();
  });

  test('once the transaction ends, what was recorded before is still there and new changes are recorded', async () => {
    await hold?.release();
    hold = undefined;
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
    expect(status.content).toMatch(/Last speed change: \*\*Relax\*\* by <@700000000000000099>/);
    expect(status.content).not.toContain('**Halted**');
    expect((await harness.run({ subcommand: 'status', channelId: CHANNEL_A })).content).toContain(
      '**Halted**',
    );
    const reset = await harness.run({ subcommand: 'reset', channelId: CHANNEL_A, ...ADMIN });
    expect(reset.content).toContain('speed changes are allowed again');
    const change = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(change.content).toContain('Done!');
    const after = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(after.content).toMatch(/Last speed change: \*\*Fast\*\*/);
    expect(change.handle.writes.filter((write) => write.route === 'editOriginal')).toHaveLength(1);
  });
});

describe.skipIf(redisUnavailableReason())('a Redis server that is killed and restarted', () => {
  let redis: RedisServer;
  let harness: Harness;
  beforeAll(async () => {
    redis = await startRedisServer();
    harness = await startHarness({ env: { STORE_URL: redis.url } });
    // A bot that has served the server knows its team settings, and keeps using them while Redis is down.
    await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
    await redis.kill();
  });
  afterAll(async () => {
    await harness?.close();
    await redis?.stop();
  });

  test('while it is down, a speed change still goes through and says the halt could not be checked', async () => {
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B });
    expect(answer.content).toContain('Done!');
    expect(answer.content).toMatch(NOT_CHECKED);
  });

  test('while it is down, a 596 still posts the instructions and says the halt could not be recorded', async () => {
    const answer = await halt(harness, CHANNEL_A);
    expect(answer.content).toContain('Midjourney flagged the shared account');
    expect(answer.content).toMatch(NOT_RECORDED);
  });

  test('while it is down, a reset does not claim success', async () => {
    const answer = await harness.run({ subcommand: 'reset', channelId: CHANNEL_A, ...ADMIN });
    expect(answer.content).toMatch(RESET_NOT_STORED);
    harness.useapi.clear();
  });

  test('while it is down, /speed status says the store is not answering', async () => {
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).toMatch(NOT_CHECKED);
  });

  test('after it restarts, the bot records and enforces halts again', async () => {
    await redis.restart();
    await harness.discord.waitFor(
      async () =>
        !(await harness.run({ subcommand: 'status', channelId: CHANNEL_B })).content.includes(
          'not answering',
        ),
      10_000,
    );
    const answer = await halt(harness, CHANNEL_B);
    expect(answer.content).not.toMatch(NOT_RECORDED);
    harness.useapi.clear();
    expect((await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B })).content).toMatch(/halted/);
    expect(harness.useapi.requests).toHaveLength(0);
  });
});

describe.skipIf(redisUnavailableReason())('a Redis server that is down when the bot starts', () => {
  let redis: RedisServer;
  let harness: Harness;
  beforeAll(async () => {
    redis = await startRedisServer();
    await redis.kill();
    harness = await startHarness({ env: { STORE_URL: redis.url } });
  });
  afterAll(async () => {
    await harness?.close();
    await redis?.stop();
  });

  test('the bot still starts and serves speed changes, saying the halt could not be checked', async () => {
    const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_B });
    expect(answer.content).toContain('Done!');
    expect(answer.content).toMatch(NOT_CHECKED);
  });

  test("Fast and Turbo wait for the team's settings, which only the store knows: members are told to try again", async () => {
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain("could not read this server's team settings");
    expect(harness.useapi.requests.filter((request) => request.path === '/jobs/fast')).toHaveLength(0);
  });

  test('once Redis is up, halts are recorded and enforced', async () => {
    await redis.restart();
    await harness.discord.waitFor(
      async () =>
        !(await harness.run({ subcommand: 'status', channelId: CHANNEL_B })).content.includes(
          'not answering',
        ),
      10_000,
    );
    expect((await halt(harness, CHANNEL_A)).content).not.toMatch(NOT_RECORDED);
    harness.useapi.clear();
    expect((await harness.run({ subcommand: 'fast', channelId: CHANNEL_A })).content).toMatch(/halted/);
  });
});

describe.skipIf(redisUnavailableReason())('a Redis server that stops answering', () => {
  let redis: RedisServer;
  let proxy: TcpProxy;
  let harness: Harness;
  beforeAll(async () => {
    redis = await startRedisServer();
    proxy = await startTcpProxy(redis.port);
    harness = await startHarness({ env: { STORE_URL: proxy.url('redis') } });
    await halt(harness, CHANNEL_A);
    harness.useapi.clear();
    proxy.freeze();
  });
  afterAll(async () => {
    proxy?.thaw();
    await harness?.close();
    await proxy?.close();
    await redis?.stop();
  });

  test('a speed change is still answered, saying the halt could not be checked', async () => {
    const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B }, 15_000);
    expect(answer.content).toContain('Done!');
    expect(answer.content).toMatch(NOT_CHECKED);
  });

  test('/speed status is still answered, saying the store is not answering', async () => {
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A }, 15_000);
    expect(status.content).toMatch(NOT_CHECKED);
  });

  test('once it answers again, the halt recorded before is still enforced', async () => {
    proxy.thaw();
    await harness.discord.waitFor(
      async () =>
        (await harness.run({ subcommand: 'status', channelId: CHANNEL_A }, 15_000)).content.includes(
          '**Halted**',
        ),
      15_000,
    );
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(answer.content).toMatch(/halted in this channel/);
  });
});

describe('changes answered while their records are still on their way to the SQLite file', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test('every change keeps its history line, in order, and status shows the last one', async () => {
    // The file held for a moment: the replies go out, their records wait for it (SQLite waits up to 1 s).
    const hold = await holdSqliteWrites(join(harness.cwd, 'data', 'mj-speed-bot.sqlite'));
    const first = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    const second = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });
    await hold.release();
    expect(first.content).toContain('Done!');
    expect(second.content).toContain('Done!');
    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_A });
    expect(history.content.indexOf('Turbo')).toBeGreaterThan(-1);
    expect(history.content.indexOf('Fast')).toBeGreaterThan(history.content.indexOf('Turbo'));
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).toMatch(/Last speed change: \*\*Turbo\*\*/);
  });
});
