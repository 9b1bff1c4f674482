import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningBot, type StartOptions, startBot } from '../../src/bot.js';
import type { Clock } from '../../src/clock.js';
import { type Config, parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import {
  DiscordStandIn,
  type DiscordStandInOptions,
  type InteractionSpec,
  waitFor,
} from '../standins/discord.js';
import { type Answer, finalAnswer } from '../standins/finalAnswer.js';
import { UseapiStandIn } from '../standins/useapi.js';
import { type BotProcess, startBotProcess } from './botProcess.js';

export const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GStand.in-discord-bot-token-do-not-leak_0123456789';
export const USEAPI_TOKEN = 'user:4242-standin-useapi-token-do-not-leak-9876543210';
export const ADMIN_ROLE_ID = '900000000000000001';
export const GUILD_ID = '800000000000000001';
export const CHANNEL_A = '810000000000000001';
export const CHANNEL_B = '810000000000000002';

export { type Answer, finalAnswer };

export interface HarnessOptions {
  env?: Record<string, string>;
  discord?: DiscordStandInOptions;
  jobDelayMs?: number;
  /** The clock the bot is wired with (default: the system clock); see `ManualClock`. */
  clock?: Clock;
  /** How long the bot's `stop()` waits (default: the bot's own budget). */
  shutdown?: StartOptions['shutdown'];
}

/** The real bot (from `src/`) wired to a local Discord and a local useapi.net, with its logs captured. */
export interface Harness {
  discord: DiscordStandIn;
  useapi: UseapiStandIn;
  bot: RunningBot;
  config: Config;
  /** Every log line the bot wrote. */
  logs: string[];
  /** The folder the bot runs in (its SQLite file lives under `data/`). */
  cwd: string;
  /** Sends an interaction and resolves with what the invoker ends up seeing. */
  run(spec: InteractionSpec, timeoutMs?: number): Promise<Answer>;
  /** Stops the bot gracefully and starts a new one on the same store; `whileDown` runs in between. */
  restartBot(whileDown?: () => void | Promise<void>): Promise<void>;
  /**
   * Stops the in-process bot and starts the compiled one (as `npm start` runs it) in a child process on the
   * same stand-ins and store, for what only a real process shows: signals, a SIGKILL, exit codes.
   */
  switchToBotProcess(): Promise<BotProcess>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B], roles: [ADMIN_ROLE_ID] }],
    ...options.discord,
  });
  const useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN, jobDelayMs: options.jobDelayMs ?? 0 });
  const cwd = mkdtempSync(join(tmpdir(), 'mj-bot-'));
  const logs: string[] = [];
  const config = parseConfig({
    DISCORD_TOKEN,
    USEAPI_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    USEAPI_BASE_URL: useapi.url,
    ADMIN_ROLE_IDS: ADMIN_ROLE_ID,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const launch = async () => {
    const logger = createLogger(config.logLevel, [DISCORD_TOKEN, USEAPI_TOKEN], {
      write: (line) => logs.push(line),
    });
    const bot = await startBot(config, logger, cwd, { clock: options.clock, shutdown: options.shutdown });
    await waitFor(() => bot.client.isReady(), { description: 'the bot to be ready' });
    return bot;
  };
  const harness: Harness = {
    discord,
    useapi,
    bot: await launch(),
    config,
    logs,
    cwd,
    run: (spec, timeoutMs) => finalAnswer(discord.dispatchInteraction(spec), timeoutMs),
    async restartBot(whileDown) {
      await harness.bot.stop();
      await whileDown?.();
      harness.bot = await launch();
    },
    async switchToBotProcess() {
      await harness.bot.stop();
      return startBotProcess(cwd, {
        DISCORD_TOKEN,
        USEAPI_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        USEAPI_BASE_URL: useapi.url,
      });
    },
    async close() {
      await harness.bot.stop();
      await Promise.all([discord.close(), useapi.close()]);
      rmSync(cwd, { recursive: true, force: true });
    },
  };
  return harness;
}
