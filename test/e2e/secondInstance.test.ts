/**
 * Two unsharded bot processes on one token and one Redis (a failover instance, a rolling deploy, a second
 * `npm start`): Discord delivers every interaction to both sessions, and exactly one of them may act on it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../src/bot.js';
import { createLogger } from '../../src/log.js';
import { configSecrets } from '../../src/secrets.js';
import { permissionSets, waitFor } from '../standins/discord.js';
import { CHANNEL_A, CHANNEL_B, type Harness, startHarness } from '../support/botHarness.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

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

describe.skipIf(redisUnavailableReason())('a second instance on the same token and Redis', () => {
  const redis = redisServerForSuite();
  let harness: Harness;
  let second: RunningBot;
  const secondLogs: string[] = [];

  beforeAll(async () => {
    harness = await startHarness({ env: { STORE_URL: redis().url } });
    const logger = createLogger(harness.config.logLevel, configSecrets(harness.config), {
      write: (line) => secondLogs.push(line),
    });
    second = await startBot(harness.config, logger, harness.cwd);
    await waitFor(() => harness.discord.readySessions === 2, { description: 'both sessions to be ready' });
  });
  afterAll(async () => {
    await second?.stop();
    await harness?.close();
  });

  /** Resolves once both processes logged their line for the next interaction of `subcommand`. */
  async function bothHandled(subcommand: string, before: [number, number]): Promise<LogEntry[]> {
    const lines = () => [...entries(harness.logs.slice(before[0])), ...entries(secondLogs.slice(before[1]))];
    const handled = () =>
      lines().filter((entry) => entry.msg === 'interaction' && entry.subcommand === subcommand);
    await waitFor(() => handled().length === 2, { description: `both processes to log ${subcommand}` });
    return lines();
  }

  const marks = (): [number, number] => [harness.logs.length, secondLogs.length];

  test('one /speed turbo reaches useapi.net once and writes one history line, and neither process logs a failure', async () => {
    const before = marks();
    const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });
    expect(answer.content).toContain('Done!');
    const logged = await bothHandled('turbo', before);

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
      harness.useapi.flagModeration(CHANNEL_B);
      await harness.run({ subcommand: 'fast', channelId: CHANNEL_B });
      harness.useapi.clearModeration(CHANNEL_B);
      harness.useapi.clear();

      const before = marks();
      const answer = await harness.run({
        type: 'button',
        customId,
        channelId: CHANNEL_B,
        user: MANAGER,
        permissions: permissionSets.manager,
      });
      expect(answer.content).toContain('reset the Midjourney account');
      const logged = await bothHandled(`button:${customId}`, before);

      expect(harness.useapi.requestsTo(`/account/midjourney/${CHANNEL_B}/reset`)).toHaveLength(1);
      expect(logged.filter((entry) => entry.level >= WARN)).toEqual([]);
    },
  );

  test('with Redis down, Discord decides: only the process whose acknowledgement it accepts switches', async () => {
    await redis().kill();
    try {
      harness.useapi.clear();
      const before = marks();
      const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A });
      expect(answer.content).toContain('Done!');
      const logged = await bothHandled('relax', before);

      expect(harness.useapi.requestsTo('/jobs/relax')).toHaveLength(1);
      expect(logged.filter((entry) => entry.msg === 'interaction failed')).toEqual([]);
    } finally {
      await redis().restart();
    }
  });
});
