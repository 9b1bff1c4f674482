/**
 * `npm run bench [-- --quick] [-- --profile <dir>]`: the project's bot against a minimal discord.js bot, in
 * turn, on the same local stand-ins and the same workload (issue 7), plus the project's bot on the
 * midjourney-proxy stand-in for its reply time. Prints a table, then one JSON line. Everything runs on
 * 127.0.0.1 with fixed counts and stops by itself.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import type { DiscordStandIn } from '../test/standins/discord.js';
import type { BotName, MemoryReading } from './BenchBot.js';
import { placeStandIns } from './cores.js';
import {
  botEnv,
  DISCORD_TOKEN,
  killEveryBot,
  progress,
  spawnBot,
  startStandIns,
  stopBot,
  stopEverything,
} from './fleet.js';
import { measureLatency } from './latency.js';
import { type BotFigures, printReport, type Report } from './report.js';
import { type BenchSettings, FULL, QUICK } from './settings.js';
import { round } from './stats.js';

const BOT_ORDER: readonly BotName[] = ['ours', 'baseline'];

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

/** Start-up time and memory with the big guild list: each bot `readyRounds` times, alternating who starts. */
async function measureStartAndMemory(
  args: Args,
  work: string,
): Promise<Record<BotName, Pick<BotFigures, 'readyMs' | 'memory'>>> {
  const { settings } = args;
  const world = await startStandIns(
    { count: settings.guilds, channelsPerGuild: settings.channelsPerGuild },
    'useapi',
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
        const bot = spawnBot(name, botEnv(name, world, work, 'info'), work, args.profileDir);
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

function armWatchdog(ms: number, work: string): NodeJS.Timeout {
  return setTimeout(() => {
    process.stderr.write(`bench: gave up after ${ms / 1_000} s; killing the bots\n`);
    killEveryBot();
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
  placeStandIns();
  const startedAt = performance.now();
  const loadStart = loadavg()[0] ?? Number.NaN;
  try {
    progress(`start-up and memory: ${settings.guilds} guilds × ${settings.channelsPerGuild} channels`);
    const startAndMemory = await measureStartAndMemory(args, work);
    progress(`latency: ${settings.rounds} round(s), the bots side by side`);
    const latency = await measureLatency(settings, work, args.profileDir);
    const report: Report = {
      settings,
      figures: {
        ours: { ...startAndMemory.ours, ...latency.ours },
        baseline: { ...startAndMemory.baseline, ...latency.baseline },
      },
      proxy: latency.proxy,
      elapsedMs: performance.now() - startedAt,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        load: [round(loadStart, 2), round(loadavg()[0] ?? Number.NaN, 2)],
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cores: placeStandIns(),
      },
      profileDir: args.profileDir,
    };
    printReport(report);
  } finally {
    clearTimeout(watchdog);
    await stopEverything();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  killEveryBot();
  process.exitCode = 1;
});
