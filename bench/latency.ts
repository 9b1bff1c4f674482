/**
 * The latency runs: each bot side by side on its own stand-ins, measured in turn. Ours and the baseline
 * both call useapi.net; a third rig runs ours with `UPSTREAM=midjourney-proxy` for the proxy's reply line.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { UpstreamKind } from '../test/support/upstreamDouble.js';
import type { BenchBot, BotName } from './BenchBot.js';
import { botEnv, progress, spawnBot, startStandIns, stopBot } from './fleet.js';
import type { BenchSettings } from './settings.js';
import {
  burst,
  type CoalesceResult,
  coalesce,
  type InteractionSample,
  type LatencyWorld,
  steady,
} from './workloads.js';

const REPLY_TIMEOUT_MS = 30_000;

/** Which bot each rig runs, against which upstream. */
const RIGS = {
  ours: { bot: 'ours', upstream: 'useapi' },
  baseline: { bot: 'baseline', upstream: 'useapi' },
  proxy: { bot: 'ours', upstream: 'midjourney-proxy' },
} as const satisfies Record<string, { bot: BotName; upstream: UpstreamKind }>;
export type RigName = keyof typeof RIGS;

/** How a reply shows it carries the upstream's answer: Midjourney's "Done!", or what the proxy read back. */
const ANSWER_MARKS: Record<UpstreamKind, string> = {
  useapi: 'Done!',
  'midjourney-proxy': 'now reports job mode',
};

/** What the latency runs measured. */
export interface LatencyFigures {
  ours: { bursts: InteractionSample[][]; steady: InteractionSample[]; coalesce: CoalesceResult };
  baseline: { bursts: InteractionSample[][]; steady: InteractionSample[]; coalesce: CoalesceResult };
  /** Ours on midjourney-proxy: the steady load only, for its reply time. */
  proxy: { steady: InteractionSample[] };
}

/** One bot with its own pair of stand-ins. */
interface LatencyRig {
  name: RigName;
  bot: BenchBot;
  world: LatencyWorld;
}

async function startLatencyRig(
  name: RigName,
  settings: BenchSettings,
  work: string,
  profileDir: string | undefined,
): Promise<LatencyRig> {
  const { bot: botName, upstream } = RIGS[name];
  const standIns = await startStandIns(
    { count: 1, channelsPerGuild: settings.burstChannels + 1 },
    upstream,
    settings.jobDelayMs,
  );
  const { discord } = standIns;
  const guild = discord.guilds[0];
  if (!guild) throw new Error('the Discord stand-in has no guild');
  const world: LatencyWorld = {
    discord,
    upstream: standIns.upstream,
    answerMark: ANSWER_MARKS[upstream],
    guildId: guild.id,
    channels: guild.channelIds.slice(0, settings.burstChannels),
    coalesceChannel: guild.channelIds[settings.burstChannels] ?? '',
  };
  const bot = spawnBot(botName, botEnv(botName, standIns, work, 'warn'), work, profileDir);
  await discord.waitFor(() => discord.readySessions > 0, {
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
 * The bots run side by side (the others idle while one is measured), each on its own stand-ins, and the
 * runs alternate between them round by round, so a noisy neighbour on a shared machine hits all alike.
 */
export async function measureLatency(
  settings: BenchSettings,
  work: string,
  profileDir: string | undefined,
): Promise<LatencyFigures> {
  const rigs: LatencyRig[] = [];
  try {
    // Started together: logging in and warming up are not measured.
    const names = Object.keys(RIGS) as RigName[];
    rigs.push(...(await Promise.all(names.map((name) => startLatencyRig(name, settings, work, profileDir)))));
    const samples: Record<RigName, { bursts: InteractionSample[][]; steady: InteractionSample[] }> = {
      ours: { bursts: [], steady: [] },
      baseline: { bursts: [], steady: [] },
      proxy: { bursts: [], steady: [] },
    };
    for (let round = 0; round < settings.rounds; round++) {
      const order = round % 2 === 0 ? rigs : [...rigs].reverse();
      // The proxy line is a reply time only: the burst and coalescing goals are useapi.net's.
      for (const rig of order.filter((candidate) => candidate.name !== 'proxy')) {
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
    const coalesced = async (name: 'ours' | 'baseline') => {
      const rig = rigs.find((candidate) => candidate.name === name);
      if (!rig) throw new Error(`no ${name} rig`);
      await sleep(200);
      return coalesce(rig.world, settings.coalesce, REPLY_TIMEOUT_MS);
    };
    return {
      ours: { ...samples.ours, coalesce: await coalesced('ours') },
      baseline: { ...samples.baseline, coalesce: await coalesced('baseline') },
      proxy: { steady: samples.proxy.steady },
    };
  } finally {
    for (const rig of rigs) await stopBot(rig.bot);
  }
}
