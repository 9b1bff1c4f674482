import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type RunningBot, type StartOptions, startBot } from '../../src/bot.js';
import type { Clock } from '../../src/clock.js';
import { type Config, parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { configSecrets } from '../../src/secrets.js';
import {
  DiscordStandIn,
  type DiscordStandInOptions,
  type InteractionSpec,
  waitFor,
} from '../standins/discord.js';
import { type Answer, finalAnswer } from '../standins/finalAnswer.js';
import type { MidjourneyProxyStandIn } from '../standins/midjourneyProxy.js';
import type { UseapiStandIn } from '../standins/useapi.js';
import { type BotProcess, startBotProcess } from './botProcess.js';
import { startUpstreamDouble, type UpstreamDouble, type UpstreamKind } from './upstreamDouble.js';

export { MJ_PROXY_TOKEN, UPSTREAMS, type UpstreamKind, USEAPI_TOKEN } from './upstreamDouble.js';

export const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GStand.in-discord-bot-token-do-not-leak_0123456789';
export const ADMIN_ROLE_ID = '900000000000000001';
export const GUILD_ID = '800000000000000001';
export const CHANNEL_A = '810000000000000001';
export const CHANNEL_B = '810000000000000002';

export { type Answer, finalAnswer };

export interface HarnessOptions {
  /** Which upstream stand-in the bot talks to (default: useapi.net). */
  upstream?: UpstreamKind;
  env?: Record<string, string>;
  discord?: DiscordStandInOptions;
  jobDelayMs?: number;
  /** The clock the bot is wired with (default: the system clock); see `ManualClock`. */
  clock?: Clock;
  /** How long the bot's `stop()` waits (default: the bot's own budget). */
  shutdown?: StartOptions['shutdown'];
  /** How long the bot gathers changes before editing live panels (default: the bot's own). */
  panelCoalesceMs?: number;
}

/** The real bot (from `src/`) wired to a local Discord and a local upstream, with its logs captured. */
export interface Harness {
  discord: DiscordStandIn;
  /** The upstream, whichever it is. */
  upstream: UpstreamDouble;
  /** The useapi.net stand-in; only in a harness started for useapi.net. */
  readonly useapi: UseapiStandIn;
  /** The midjourney-proxy stand-in; only in a harness started for it. */
  readonly proxy: MidjourneyProxyStandIn;
  bot: RunningBot;
  config: Config;
  /** Every log line the bot wrote. */
  logs: string[];
  /** The folder the bot runs in (its SQLite file lives under `data/`). */
  cwd: string;
  /** The environment of a bot process on the same stand-ins (see `startBotProcess`), with `extra` on top. */
  processEnv(extra?: Record<string, string>): Record<string, string>;
  /** Sends an interaction and resolves with what the invoker ends up seeing. */
  run(spec: InteractionSpec, timeoutMs?: number): Promise<Answer>;
  /** Stops the bot gracefully and starts a new one on the same store; `whileDown` runs in between. */
  restartBot(whileDown?: () => void | Promise<void>): Promise<void>;
  /**
   * Stops the in-process bot and starts the compiled one (as `npm start` runs it) in a child process on the
   * same stand-ins and store, for what only a real process shows: signals, a SIGKILL, exit codes.
   */
  switchToBotProcess(options?: { env?: Record<string, string>; until?: string }): Promise<BotProcess>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B], roles: [ADMIN_ROLE_ID] }],
    ...options.discord,
  });
  const clock = options.clock;
  const upstream = await startUpstreamDouble(options.upstream ?? 'useapi', [CHANNEL_A, CHANNEL_B], {
    jobDelayMs: options.jobDelayMs,
    // The proxy's host keeps the same time as the bot, whatever time zone it shows it in.
    now: clock && (() => clock.now()),
  });
  const cwd = mkdtempSync(join(tmpdir(), 'mj-bot-'));
  const logs: string[] = [];
  const config = parseConfig({
    DISCORD_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    ...upstream.env(),
    ADMIN_ROLE_IDS: ADMIN_ROLE_ID,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const launch = async () => {
    const logger = createLogger(config.logLevel, configSecrets(config), {
      write: (line) => logs.push(line),
    });
    const bot = await startBot(config, logger, cwd, {
      clock: options.clock,
      shutdown: options.shutdown,
      panelCoalesceMs: options.panelCoalesceMs,
    });
    await waitFor(() => bot.client.isReady(), { description: 'the bot to be ready' });
    return bot;
  };
  const harness: Harness = {
    discord,
    upstream,
    get useapi() {
      if ('useapi' in upstream) return upstream.useapi as UseapiStandIn;
      throw new Error('this harness runs midjourney-proxy, not useapi.net');
    },
    get proxy() {
      if ('proxy' in upstream) return upstream.proxy as MidjourneyProxyStandIn;
      throw new Error('this harness runs useapi.net, not midjourney-proxy');
    },
    bot: await launch(),
    config,
    logs,
    cwd,
    processEnv: (extra) => ({ DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl, ...upstream.env(), ...extra }),
    run: (spec, timeoutMs) => finalAnswer(discord.dispatchInteraction(spec), timeoutMs),
    async restartBot(whileDown) {
      await harness.bot.stop();
      await whileDown?.();
      harness.bot = await launch();
    },
    async switchToBotProcess({ env, until } = {}) {
      await harness.bot.stop();
      return startBotProcess(cwd, harness.processEnv(env), { until });
    },
    async close() {
      await harness.bot.stop();
      await Promise.all([discord.close(), upstream.close()]);
      rmSync(cwd, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * For a `describe` block: the bot started with `options` before its tests, the stand-in's accounts and the
 * Discord requests put back after each, closed after them. Returns a getter, since the harness exists only
 * once the suite's hooks have run.
 */
export function harnessForSuite(options: HarnessOptions): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.upstream.clear();
    harness?.discord.clearRequests();
  });
  return () => {
    if (!harness) throw new Error('the suite’s bot has not started');
    return harness;
  };
}

/** {@link harnessForSuite} on midjourney-proxy with `clock` (the proxy's host keeps the same time). */
export function proxyHarnessForSuite(clock: Clock): () => Harness {
  return harnessForSuite({ upstream: 'midjourney-proxy', clock });
}
