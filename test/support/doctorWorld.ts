import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import { loadCommands } from '../../src/discord/loadCommands.js';
import { openStore } from '../../src/state/openStore.js';
import type { CheckId, CheckResult, DoctorReport } from '../../src/tools/doctor/report.js';
import { type DoctorOptions, runDoctor } from '../../src/tools/doctor/runDoctor.js';
import { DiscordStandIn, type DiscordStandInOptions } from '../standins/discord.js';
import { MidjourneyProxyStandIn } from '../standins/midjourneyProxy.js';
import { DISCORD_TOKEN, GUILD_ID, USEAPI_TOKEN } from './botHarness.js';

export const APPLICATION_ID = '100000000000000001';
export const PROXY_TOKEN = 'mjproxy-admin-token-do-not-leak-0123456789abcdef';
/** The Midjourney account's Discord channel, as midjourney-proxy knows it. */
export const ACCOUNT = '1181234567890123456';
/** The SQLite store of the setup where every check passes, relative to the world's folder. */
export const STORE_URL = 'sqlite://./data/doctor.sqlite';
export const TEAM_CHANNEL = '810000000000000001';
/** ALERT_CHANNEL_ID of the setup where every check passes (named `#channel-2` by the stand-in). */
export const ALERT_CHANNEL = '810000000000000002';

/** Local Discord and midjourney-proxy for the doctor, with /speed deployed and one healthy account. */
export interface DoctorWorld {
  readonly discord: DiscordStandIn;
  readonly proxy: MidjourneyProxyStandIn;
  /** A fresh folder per world: the SQLite store lives under it, as the bot left it at its first stop. */
  readonly cwd: string;
  /** The variables of a setup where every check passes, with `overrides` on top. */
  env(overrides?: Record<string, string>): Record<string, string>;
  /** Runs the real doctor in this process against `env(overrides)`. */
  run(overrides?: Record<string, string>, options?: DoctorOptions): Promise<DoctorReport>;
  /** Registers `commands` (default: the current definitions) as `npm run deploy` does. */
  deploy(commands?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

/** The line of check `id`; throws when the report has none. */
export function lineOf(report: DoctorReport, id: CheckId): CheckResult {
  const found = report.checks.find((check) => check.id === id);
  if (!found) throw new Error(`no ${id} line in ${JSON.stringify(report)}`);
  return found;
}

/** The current command definitions, as deploy sends them. */
export async function definedCommands(): Promise<Record<string, unknown>[]> {
  return [...(await loadCommands()).values()].map(
    (command) => command.data.toJSON() as unknown as Record<string, unknown>,
  );
}

export async function startDoctorWorld(
  discordOptions: DiscordStandInOptions = {},
  { deployed = true } = {},
): Promise<DoctorWorld> {
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    applicationId: APPLICATION_ID,
    guilds: [{ id: GUILD_ID, name: 'The Team', channels: [TEAM_CHANNEL, ALERT_CHANNEL] }],
    ...discordOptions,
  });
  const proxy = await MidjourneyProxyStandIn.start({ token: PROXY_TOKEN });
  proxy.addAccount({ channelId: ACCOUNT, remark: 'team account' });
  const cwd = mkdtempSync(join(tmpdir(), 'mj-doctor-'));
  // The doctor creates nothing: the store is there because a bot ran once.
  await (await openStore(STORE_URL, () => {}, cwd)).close();
  const rest = new REST({ api: discord.apiUrl, retries: 0 }).setToken(DISCORD_TOKEN);
  const env = (overrides: Record<string, string> = {}) => ({
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: discord.apiUrl,
    USEAPI_TOKEN,
    UPSTREAM: 'midjourney-proxy',
    MJ_PROXY_URL: proxy.url,
    MJ_PROXY_TOKEN: PROXY_TOKEN,
    STORE_URL,
    ALERT_CHANNEL_ID: ALERT_CHANNEL,
    ...overrides,
  });
  const world: DoctorWorld = {
    discord,
    proxy,
    cwd,
    env,
    run: (overrides, options) => runDoctor(env(overrides), { cwd, ...options }),
    async deploy(commands) {
      const body = commands ?? (await definedCommands());
      await rest.put(Routes.applicationGuildCommands(APPLICATION_ID, GUILD_ID), { body });
    },
    async close() {
      await Promise.all([discord.close(), proxy.close()]);
      rmSync(cwd, { recursive: true, force: true });
    },
  };
  if (deployed) await world.deploy();
  return world;
}
