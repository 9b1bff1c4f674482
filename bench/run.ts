/**
 * `npm run bench [-- --quick] [-- --profile <dir>]`: the project's bot against a minimal discord.js bot, in
 * turn, on the same local stand-ins and the same workload (issue 7). Prints a table, then one JSON line.
 * Everything runs on 127.0.0.1 with fixed counts and stops by itself.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { DiscordStandIn } from '../test/standins/discord.js';
import { UseapiStandIn } from '../test/standins/useapi.js';
import { BenchBot, type BotName, type MemoryReading } from './BenchBot.js';
import { printReport, type Report } from './report.js';
import { round } from './stats.js';
import { burst, coalesce, type InteractionSample, type LatencyWorld, steady } from './workloads.js';

/** The fixed counts of a run. */
export interface BenchSettings {
  mode: 'full' | 'quick';
  /** Guilds (and text channels in each) the gateway delivers for the memory and start-up measurement. */
  guilds: number;
  channelsPerGuild: number;
  /** Let the process settle this long after READY before forcing GC and reading memory. */
  settleMs: number;
  /** Starts of each bot for the READY time and memory (alternating who goes first; the best is kept). */
  readyRounds: number;
  warmUp: number;
  /** Latency rounds: each runs the burst, then the steady load, on each bot in turn (alternating order). */
  rounds: number;
  burst: number;
  burstChannels: number;
  steadyPerSecond: number;
  /** Length of the steady load per round. */
  steadyMs: number;
  coalesce: number;
  /** The useapi.net stand-in's fixed delay for every `/jobs/*` call. */
  jobDelayMs: number;
  /** The whole run is abandoned (bots killed, exit 2) after this long. */
  watchdogMs: number;
}

const FULL: BenchSettings = {
  mode: 'full',
  guilds: 2_500,
  channelsPerGuild: 50,
  settleMs: 1_000,
  readyRounds: 2,
  warmUp: 100,
  rounds: 3,
  burst: 500,
  burstChannels: 50,
  steadyPerSecond: 20,
  steadyMs: 5_000,
  coalesce: 50,
  jobDelayMs: 250,
  watchdogMs: 170_000,
};

const QUICK: BenchSettings = {
  ...FULL,
  mode: 'quick',
  guilds: 250,
  channelsPerGuild: 20,
  settleMs: 300,
  readyRounds: 1,
  warmUp: 20,
  rounds: 1,
  burst: 100,
  burstChannels: 10,
  steadyMs: 3_000,
  jobDelayMs: 200,
  // A safety net for CI on a busy machine, not the target (a quick run takes about 20 s).
  watchdogMs: 60_000,
};

const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GBench.bench-discord-bot-token-0123456789abcdef';
const USEAPI_TOKEN = 'bench-useapi-token-0123456789abcdef';
const BOT_ORDER: readonly BotName[] = ['ours', 'baseline'];
const REPLY_TIMEOUT_MS = 30_000;

/** What one bot measured. */
export interface BotFigures {
  readyMs: number;
  memory: MemoryReading;
  /** Burst samples, one list per round. */
  bursts: InteractionSample[][];
  steady: InteractionSample[];
  coalesce: { upstreamCalls: number; samples: InteractionSample[] };
}

interface Args {
  settings: BenchSettings;
  profileDir: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  let settings = FULL;
  let profileDir: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--quick') settings = QUICK;
    else if (arg === '--profile') {
      profileDir = resolve(argv[++index] ?? 'bench-profile');
      mkdirSync(profileDir, { recursive: true });
    } else throw new Error(`unknown argument ${arg}; use --quick and/or --profile <dir>`);
  }
  return { settings, profileDir };
}

const live = new Set<BenchBot>();
const closers = new Set<() => Promise<void>>();

function botEnv(
  name: BotName,
  discord: DiscordStandIn,
  useapi: UseapiStandIn,
  work: string,
  logLevel: string,
) {
  return {
    DISCORD_TOKEN,
    USEAPI_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    USEAPI_BASE_URL: useapi.url,
    STORE_URL: `sqlite://${join(work, `${name}-${Date.now()}.sqlite`)}`,
    LOG_LEVEL: logLevel,
  };
}

async function startStandIns(
  guilds: { count: number; channelsPerGuild: number },
  jobDelayMs: number,
): Promise<{ discord: DiscordStandIn; useapi: UseapiStandIn; close: () => Promise<void> }> {
  const discord = await DiscordStandIn.start({ botToken: DISCORD_TOKEN, guilds });
  const useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN, jobDelayMs });
  const close = async () => {
    closers.delete(close);
    await Promise.all([discord.close(), useapi.close()]);
  };
  closers.add(close);
  return { discord, useapi, close };
}

/**
 * Logs in once with a bare WebSocket and reads every GUILD_CREATE, so the stand-in has built (and cached)
 * its payloads before the first bot is timed: otherwise the first bot would pay for that.
 */
async function primeGateway(discord: DiscordStandIn, guilds: number): Promise<void> {
  const socket = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
  let received = 0;
  await new Promise<void>((done, fail) => {
    socket.on('error', fail);
    socket.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('{"op":10') || text.includes('"op":10,')) {
        socket.send(
          JSON.stringify({
            op: 2,
            d: {
              token: DISCORD_TOKEN,
              intents: 1,
              properties: { os: 'linux', browser: 'bench', device: 'bench' },
            },
          }),
        );
      } else if (text.includes('"t":"GUILD_CREATE"') && ++received >= guilds) done();
    });
  });
  socket.close(1_000);
}

function spawnBot(name: BotName, env: Record<string, string>, work: string, profileDir?: string): BenchBot {
  const bot = BenchBot.spawn(name, { env, cwd: work, ...(profileDir && { profileDir }) });
  live.add(bot);
  return bot;
}

async function stopBot(bot: BenchBot): Promise<void> {
  await bot.stop();
  live.delete(bot);
}

/** Start-up time and memory with the big guild list: each bot `readyRounds` times, alternating who starts. */
async function measureStartAndMemory(
  args: Args,
  work: string,
): Promise<Record<BotName, Pick<BotFigures, 'readyMs' | 'memory'>>> {
  const { settings } = args;
  const world = await startStandIns(
    { count: settings.guilds, channelsPerGuild: settings.channelsPerGuild },
    0,
  );
  try {
    await primeGateway(world.discord, settings.guilds);
    const readings: Record<BotName, { readyMs: number; memory: MemoryReading }[]> = {
      ours: [],
      baseline: [],
    };
    for (let round = 0; round < settings.readyRounds; round++) {
      for (const name of round % 2 === 0 ? BOT_ORDER : [...BOT_ORDER].reverse()) {
        // `info` only here: the bot's "ready" line is an info line. Latency runs use `warn`.
        const env = botEnv(name, world.discord, world.useapi, work, 'info');
        const bot = spawnBot(name, env, work, args.profileDir);
        const ready = await bot.waitForLine('"msg":"ready', 60_000);
        await sleep(settings.settleMs);
        const memory = await bot.memory();
        await stopBot(bot);
        readings[name].push({ readyMs: ready.atMs, memory });
        progress(`${name}: READY after ${Math.round(ready.atMs)} ms, ${memory.rssMb} MB resident`);
      }
    }
    // Best of the rounds: noise from other processes only ever adds time; resident memory varies little.
    const best = (name: BotName) => ({
      readyMs: Math.min(...readings[name].map((reading) => reading.readyMs)),
      memory: readings[name].reduce((low, reading) =>
        reading.memory.rssMb < low.memory.rssMb ? reading : low,
      ).memory,
    });
    return { ours: best('ours'), baseline: best('baseline') };
  } finally {
    await world.close();
  }
}

/** One bot with its own pair of stand-ins for the latency runs. */
interface LatencyRig {
  name: BotName;
  bot: BenchBot;
  world: LatencyWorld;
}

async function startLatencyRig(name: BotName, args: Args, work: string): Promise<LatencyRig> {
  const { settings } = args;
  const stands = await startStandIns(
    { count: 1, channelsPerGuild: settings.burstChannels + 1 },
    settings.jobDelayMs,
  );
  const guild = stands.discord.guilds[0];
  if (!guild) throw new Error('the Discord stand-in has no guild');
  const world: LatencyWorld = {
    discord: stands.discord,
    useapi: stands.useapi,
    guildId: guild.id,
    channels: guild.channelIds.slice(0, settings.burstChannels),
    coalesceChannel: guild.channelIds[settings.burstChannels] ?? '',
  };
  const bot = spawnBot(
    name,
    botEnv(name, stands.discord, stands.useapi, work, 'warn'),
    work,
    args.profileDir,
  );
  await stands.discord.waitFor(() => stands.discord.readySessions > 0, {
    timeoutMs: 30_000,
    description: `${name} to log in`,
  });
  // discord.js holds interactions back until it is ready, so the warm-up also waits for READY.
  const warm = await burst(world, settings.warmUp, REPLY_TIMEOUT_MS);
  if (warm.some((sample) => !sample.answered)) {
    throw new Error(`${name}: the warm-up went unanswered:\n${bot.output()}`);
  }
  return { name, bot, world };
}

/**
 * Both bots run side by side (one idles while the other is measured), each on its own stand-ins, and the
 * runs alternate between them round by round, so a noisy neighbour on a shared machine hits both alike.
 */
async function measureLatency(
  args: Args,
  work: string,
): Promise<Record<BotName, Pick<BotFigures, 'bursts' | 'steady' | 'coalesce'>>> {
  const { settings } = args;
  const rigs: LatencyRig[] = [];
  try {
    for (const name of BOT_ORDER) rigs.push(await startLatencyRig(name, args, work));
    const samples: Record<BotName, { bursts: InteractionSample[][]; steady: InteractionSample[] }> = {
      ours: { bursts: [], steady: [] },
      baseline: { bursts: [], steady: [] },
    };
    for (let round = 0; round < settings.rounds; round++) {
      const order = round % 2 === 0 ? rigs : [...rigs].reverse();
      for (const rig of order) {
        await sleep(200);
        samples[rig.name].bursts.push(await burst(rig.world, settings.burst, REPLY_TIMEOUT_MS));
      }
      for (const rig of order) {
        await sleep(200);
        const run = await steady(rig.world, settings.steadyPerSecond, settings.steadyMs, REPLY_TIMEOUT_MS);
        samples[rig.name].steady.push(...run);
      }
      progress(`latency round ${round + 1} of ${settings.rounds} done`);
    }
    const coalesced = {} as Record<BotName, Awaited<ReturnType<typeof coalesce>>>;
    for (const rig of rigs) {
      await sleep(200);
      coalesced[rig.name] = await coalesce(rig.world, settings.coalesce, REPLY_TIMEOUT_MS);
    }
    return {
      ours: { ...samples.ours, coalesce: coalesced.ours },
      baseline: { ...samples.baseline, coalesce: coalesced.baseline },
    };
  } finally {
    for (const rig of rigs) await stopBot(rig.bot);
  }
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

function armWatchdog(ms: number, work: string): NodeJS.Timeout {
  return setTimeout(() => {
    process.stderr.write(`bench: gave up after ${ms / 1_000} s; killing the bots\n`);
    for (const bot of live) bot.kill();
    rmSync(work, { recursive: true, force: true });
    process.exit(2);
  }, ms);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { settings } = args;
  // Profiling slows both bots down several times over.
  const work = mkdtempSync(join(tmpdir(), 'mj-bench-'));
  const watchdog = armWatchdog(args.profileDir ? settings.watchdogMs * 4 : settings.watchdogMs, work);
  const startedAt = performance.now();
  const loadStart = loadavg()[0] ?? Number.NaN;
  try {
    progress(`start-up and memory: ${settings.guilds} guilds × ${settings.channelsPerGuild} channels`);
    const startAndMemory = await measureStartAndMemory(args, work);
    progress(`latency: ${settings.rounds} round(s), both bots side by side`);
    const latency = await measureLatency(args, work);
    const figures = {
      ours: { ...startAndMemory.ours, ...latency.ours },
      baseline: { ...startAndMemory.baseline, ...latency.baseline },
    };
    const report: Report = {
      settings,
      figures,
      elapsedMs: performance.now() - startedAt,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        load: [round(loadStart, 2), round(loadavg()[0] ?? Number.NaN, 2)],
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
      },
      profileDir: args.profileDir,
    };
    printReport(report);
  } finally {
    clearTimeout(watchdog);
    for (const bot of live) await bot.stop();
    for (const close of closers) await close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  for (const bot of live) bot.kill();
  process.exitCode = 1;
});
