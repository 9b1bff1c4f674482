/**
 * Everything a benchmark run starts (bot processes, stand-ins), kept in one place so a finished, failed or
 * abandoned run stops all of it.
 */
import { join } from 'node:path';
import { DiscordStandIn } from '../test/standins/discord.js';
import {
  startUpstreamDouble,
  type UpstreamDouble,
  type UpstreamKind,
} from '../test/support/upstreamDouble.js';
import { BenchBot, type BotName } from './BenchBot.js';

/** The bot token the Discord stand-in accepts. */
export const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GBench.bench-discord-bot-token-0123456789abcdef';

const live = new Set<BenchBot>();
const closers = new Set<() => Promise<void>>();

/** A local Discord and one upstream stand-in. */
export interface StandIns {
  discord: DiscordStandIn;
  upstream: UpstreamDouble;
  close(): Promise<void>;
}

/** Starts the stand-ins; with midjourney-proxy every channel of every guild gets an account. */
export async function startStandIns(
  guilds: { count: number; channelsPerGuild: number },
  upstreamKind: UpstreamKind,
  jobDelayMs: number,
): Promise<StandIns> {
  const discord = await DiscordStandIn.start({ botToken: DISCORD_TOKEN, guilds });
  const upstream = await startUpstreamDouble(
    upstreamKind,
    discord.guilds.flatMap((guild) => guild.channelIds),
    { jobDelayMs },
  );
  const close = async () => {
    closers.delete(close);
    await Promise.all([discord.close(), upstream.close()]);
  };
  closers.add(close);
  return { discord, upstream, close };
}

/** The environment a bot runs with: the same variables for ours and the baseline. */
export function botEnv(
  name: BotName,
  standIns: StandIns,
  work: string,
  logLevel: string,
): Record<string, string> {
  return {
    DISCORD_TOKEN,
    DISCORD_API_URL: standIns.discord.apiUrl,
    ...standIns.upstream.env(),
    STORE_URL: `sqlite://${join(work, `${name}-${Date.now()}.sqlite`)}`,
    LOG_LEVEL: logLevel,
  };
}

export function spawnBot(
  name: BotName,
  env: Record<string, string>,
  work: string,
  profileDir?: string,
): BenchBot {
  const bot = BenchBot.spawn(name, { env, cwd: work, ...(profileDir && { profileDir }) });
  live.add(bot);
  return bot;
}

export async function stopBot(bot: BenchBot): Promise<void> {
  await bot.stop();
  live.delete(bot);
}

/** Stops every bot still running, then every stand-in. */
export async function stopEverything(): Promise<void> {
  for (const bot of live) await stopBot(bot);
  for (const close of closers) await close();
}

/** Kills every bot at once, for a run that is being abandoned. */
export function killEveryBot(): void {
  for (const bot of live) bot.kill();
}

/** A progress line on stderr (stdout carries the report alone). */
export function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}
