/**
 * Two unsharded bot processes on one token and one Redis (a failover instance, a rolling deploy, a second
 * `npm start`): Discord delivers every interaction to both sessions, and exactly one of them may act on it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../src/bot.js';
import type { Config } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { configSecrets } from '../../src/secrets.js';
import { type InteractionSpec, permissionSets, waitFor } from '../standins/discord.js';
import {
  type Answer,
  CHANNEL_A,
  CHANNEL_B,
  finalAnswer,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';

const MANAGER = { id: '700000000000000002' };

interface LogEntry {
  level: number;
  msg: string;
  subcommand?: string;
  outcome?: string;
}

const entries = (lines: readonly string[]) => lines.map((line) => JSON.parse(line) as LogEntry);
/** pino's level numbers: 40 is warn. */
const WARN = 40;

/** Another bot process on the harness's stand-ins, its log lines kept apart from the harness bot's. */
interface SecondBot {
  bot: RunningBot;
  logs: string[];
}

async function startSecondBot(harness: Harness, config: Config): Promise<SecondBot> {
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, configSecrets(config), { write: (line) => logs.push(line) });
  const bot = await startBot(config, logger, harness.cwd);
  await waitFor(() => harness.discord.readySessions === 2, { description: 'both sessions to be ready' });
  return { bot, logs };
}

/** Where both processes' logs stand now, for {@link bothHandled}. */
const marks = (harness: Harness, second: SecondBot): [number, number] => [
  harness.logs.length,
  second.logs.length,
];

/** Resolves once both processes logged their line for the next interaction of `subcommand`. */
async function bothHandled(
  harness: Harness,
  second: SecondBot,
  subcommand: string,
  before: [number, number],
): Promise<LogEntry[]> {
  const lines = () => [...entries(harness.logs.slice(before[0])), ...entries(second.logs.slice(before[1]))];
  const handled = () =>
    lines().filter((entry) => entry.msg === 'interaction' && entry.subcommand === subcommand);
  await waitFor(() => handled().length === 2, { description: `both processes to log ${subcommand}` });
  return lines();
}

/** CHANNEL_B halted by a moderation flag that Midjourney has since cleared: only a Reset is left to press. */
async function haltedUntilReset(harness: Harness): Promise<void> {
  harness.useapi.flagModeration(CHANNEL_B);
  await harness.run({ subcommand: 'fast', channelId: CHANNEL_B });
  harness.useapi.clearModeration(CHANNEL_B);
  harness.useapi.clear();
}

/** A manager's press of the Reset button `customId` in CHANNEL_B. */
const resetPress = (customId: string): InteractionSpec => ({
  type: 'button',
  customId,
  channelId: CHANNEL_B,
  user: MANAGER,
  permissions: permissionSets.manager,
});

describe.skipIf(redisUnavailableReason())('a second instance on the same token and Redis', () => {
  const redis = redisServerForSuite();
  let harness: Harness;
  let second: SecondBot;

  beforeAll(async () => {
    harness = await startHarness({ env: { STORE_URL: redis().url } });
    second = await startSecondBot(harness, harness.config);
  });
  afterAll(async () => {
    await second?.bot.stop();
    await harness?.close();
  });

  test('one /speed turbo reaches useapi.net once and writes one history line, and neither process logs a failure', async () => {
    const before = marks(harness, second);
    const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });
    expect(answer.content).toContain('Done!');
    const logged = await bothHandled(harness, second, 'turbo', before);

    expect(harness.useapi.requestsTo('/jobs/turbo')).toHaveLength(1);
    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_A });
    expect(history.content.match(/\*\*Turbo\*\* by/g)).toHaveLength(1);
    // The process that did not act says so quietly: no error, nobody else told anything.
    expect(logged.filter((entry) => entry.level >= WARN)).toEqual([]);
    expect(answer.handle.followUps).toHaveLength(0);
  });

  // `speed:reset:solved` is the Reset an admin is offered with a CAPTCHA link (midjourney-proxy): the same claim.
  test.each(['speed:reset', 'speed:reset:solved'])(
    'one press of the %s button resets the account once, without a failure in either log',
    async (customId) => {
      await haltedUntilReset(harness);

      const before = marks(harness, second);
      const answer = await harness.run(resetPress(customId));
      expect(answer.content).toContain('reset the Midjourney account');
      const logged = await bothHandled(harness, second, `button:${customId}`, before);

      expect(harness.useapi.requestsTo(`/account/midjourney/${CHANNEL_B}/reset`)).toHaveLength(1);
      expect(logged.filter((entry) => entry.level >= WARN)).toEqual([]);
    },
  );

  test('with Redis down, Discord decides: only the process whose acknowledgement it accepts switches', async () => {
    await redis().kill();
    try {
      harness.useapi.clear();
      const before = marks(harness, second);
      const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A });
      expect(answer.content).toContain('Done!');
      const logged = await bothHandled(harness, second, 'relax', before);

      expect(harness.useapi.requestsTo('/jobs/relax')).toHaveLength(1);
      expect(logged.filter((entry) => entry.msg === 'interaction failed')).toEqual([]);
    } finally {
      await redis().restart();
    }
  });
});

/**
 * Both processes receive the interaction while their links are held (TCP relays that stop passing bytes):
 * a claim slower than the 1 s wait, a deferral that reaches Discord after the other process's.
 */
describe.skipIf(redisUnavailableReason())('a claim that answers after the acknowledgements', () => {
  const redis = redisServerForSuite();
  let harness: Harness;
  let second: SecondBot;
  let harnessRedisLink: TcpProxy;
  let secondRedisLink: TcpProxy;
  let secondDiscordLink: TcpProxy;
  const links = () => [harnessRedisLink, secondRedisLink, secondDiscordLink];

  beforeAll(async () => {
    harnessRedisLink = await startTcpProxy(redis().port);
    secondRedisLink = await startTcpProxy(redis().port);
    harness = await startHarness({ env: { STORE_URL: harnessRedisLink.url('redis') } });
    secondDiscordLink = await startTcpProxy(Number(new URL(harness.discord.apiUrl).port));
    second = await startSecondBot(harness, {
      ...harness.config,
      storeUrl: secondRedisLink.url('redis'),
      discord: { ...harness.config.discord, apiUrl: `${secondDiscordLink.url('http')}/api` },
    });
  });
  afterAll(async () => {
    await second?.bot.stop();
    await harness?.close();
    await Promise.all(links().map((link) => link?.close()));
  });

  /** What each process logged as the outcome of its interaction of `subcommand` since `before`. */
  function outcomes(subcommand: string, before: [number, number]): (string | undefined)[] {
    const outcome = (lines: readonly string[], mark: number) =>
      entries(lines.slice(mark)).find(
        (entry) => entry.msg === 'interaction' && entry.subcommand === subcommand,
      )?.outcome;
    return [outcome(harness.logs, before[0]), outcome(second.logs, before[1])];
  }

  /**
   * Sends `spec` with the harness bot's Redis link and the second bot's Discord link held until the harness
   * bot's acknowledgement was accepted: the second bot's claim wins at once, the harness bot gives up
   * waiting for its own and acknowledges first, the second bot's deferral then gets 40060.
   */
  async function withLateClaim(spec: InteractionSpec, subcommand: string) {
    const before = marks(harness, second);
    harnessRedisLink.freeze();
    secondDiscordLink.freeze();
    const handle = harness.discord.dispatchInteraction(spec);
    try {
      await handle.acknowledged;
    } finally {
      harnessRedisLink.thaw();
      secondDiscordLink.thaw();
    }
    const answer = await finalAnswer(handle);
    const logged = await bothHandled(harness, second, subcommand, before);
    // The case under test happened: the claim holder's deferral came second and Discord refused it.
    expect(handle.refusedCallbacks).toBe(1);
    expect(logged.filter((entry) => entry.msg === 'interaction failed')).toEqual([]);
    const [acknowledger, holder] = outcomes(subcommand, before);
    return { answer, acknowledger, holder };
  }

  test('one /speed turbo still reaches useapi.net once: the claim holder completes the reply the other process acknowledged', async () => {
    const { answer, acknowledger, holder } = await withLateClaim(
      { subcommand: 'turbo', channelId: CHANNEL_A },
      'turbo',
    );
    expect(answer.content).toContain('Done!');
    expect(harness.useapi.requestsTo('/jobs/turbo')).toHaveLength(1);
    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_A });
    expect(history.content.match(/\*\*Turbo\*\* by/g)).toHaveLength(1);
    expect([acknowledger, holder]).toEqual(['claimed-elsewhere', 'switched']);
  });

  test.each(['speed:reset', 'speed:reset:solved'])(
    'one press of the %s button is acted on by the claim holder alone, in the reply the other process acknowledged',
    async (customId) => {
      await haltedUntilReset(harness);

      const { answer, acknowledger, holder } = await withLateClaim(
        resetPress(customId),
        `button:${customId}`,
      );
      expect(answer.content).toContain('reset the Midjourney account');
      expect(harness.useapi.requestsTo(`/account/midjourney/${CHANNEL_B}/reset`)).toHaveLength(1);
      expect([acknowledger, holder]).toEqual(['claimed-elsewhere', 'reset']);
    },
  );

  test('with both claims slow, the one that lands first decides, even in the process whose deferral Discord refused', async () => {
    const before = marks(harness, second);
    for (const link of links()) link.freeze();
    const handle = harness.discord.dispatchInteraction({ subcommand: 'relax', channelId: CHANNEL_A });
    let answer: Answer;
    try {
      // Both gave up waiting for their claims; only the harness bot's deferral got through.
      await handle.acknowledged;
      secondDiscordLink.thaw();
      await waitFor(() => handle.refusedCallbacks === 1, {
        description: "the second bot's deferral to be refused",
      });
      // The second bot's claim lands first, so it holds the interaction Discord let the other acknowledge.
      secondRedisLink.thaw();
      answer = await finalAnswer(handle);
    } finally {
      for (const link of links()) link.thaw();
    }
    expect(answer.content).toContain('Done!');
    const logged = await bothHandled(harness, second, 'relax', before);
    expect(logged.filter((entry) => entry.msg === 'interaction failed')).toEqual([]);
    expect(harness.useapi.requestsTo('/jobs/relax')).toHaveLength(1);
    expect(outcomes('relax', before)).toEqual(['claimed-elsewhere', 'switched']);
  });
});
