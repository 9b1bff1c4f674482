import { setTimeout as sleep } from 'node:timers/promises';
import type { DiscordStandIn, InteractionHandle } from '../test/standins/discord.js';
import type { UpstreamDouble } from '../test/support/upstreamDouble.js';

const MODES = ['fast', 'turbo', 'relax'] as const;

/** The stand-ins and ids one latency run uses. */
export interface LatencyWorld {
  discord: DiscordStandIn;
  upstream: UpstreamDouble;
  /** Text that shows a reply carries the upstream's answer (useapi.net relays Midjourney's "Done!"). */
  answerMark: string;
  guildId: string;
  /** Channels the burst and the steady load spread over. */
  channels: readonly string[];
  /** A channel kept apart for the coalescing run. */
  coalesceChannel: string;
}

/** What one interaction looked like from the user's side. */
export interface InteractionSample {
  /** INTERACTION_CREATE sent → acknowledgement received by the stand-in. */
  ackMs: number;
  /** INTERACTION_CREATE sent → the write that replaced the "thinking" placeholder received. */
  replyMs: number;
  /** The reply carries the upstream's answer. */
  answered: boolean;
}

/**
 * Puts every channel's account in Relax before a load, whose modes then start with Fast: each request
 * changes the mode. midjourney-proxy clicks nothing for the mode already active (its buttons may toggle)
 * and answers so at once, which is not the click this bench measures. A no-op for useapi.net.
 */
function startInRelax(world: LatencyWorld): void {
  for (const channel of world.channels) world.upstream.startIn(channel, 'relax');
}

function dispatch(world: LatencyWorld, channelId: string, subcommand: string): InteractionHandle {
  return world.discord.dispatchInteraction({ subcommand, guildId: world.guildId, channelId });
}

/** Waits (bounded) until the interaction shows a reply, then reads its timings from the stand-in's records. */
async function sampleOf(
  world: LatencyWorld,
  handle: InteractionHandle,
  timeoutMs: number,
): Promise<InteractionSample> {
  try {
    await handle.waitForReply(() => true, timeoutMs);
  } catch {
    // Counted as unanswered below.
  }
  const ack = handle.acknowledgement;
  const reply = handle.writes.find(
    (write) => write.route === 'editOriginal' || write.route === 'createFollowUp',
  );
  return {
    ackMs: ack ? ack.latencyMs : Number.NaN,
    replyMs: reply ? reply.at - handle.dispatchedAt : Number.NaN,
    answered: handle.original?.content.includes(world.answerMark) ?? false,
  };
}

/**
 * `count` `/speed` interactions sent at once (in one turn of the event loop), spread round-robin over the
 * world's channels; each channel sees fast, turbo, relax, fast… so no two neighbours are identical. Resolves
 * once every one is answered (or `timeoutMs` passed).
 */
export async function burst(
  world: LatencyWorld,
  count: number,
  timeoutMs: number,
): Promise<InteractionSample[]> {
  startInRelax(world);
  const channels = world.channels;
  const handles: InteractionHandle[] = [];
  for (let index = 0; index < count; index++) {
    const channel = channels[index % channels.length] ?? '';
    const mode = MODES[Math.floor(index / channels.length) % MODES.length] ?? 'fast';
    handles.push(dispatch(world, channel, mode));
  }
  return Promise.all(handles.map((handle) => sampleOf(world, handle, timeoutMs)));
}

/**
 * `ratePerSecond` interactions a second for `durationMs`, evenly spaced on absolute times (a late tick does
 * not delay the next ones), round-robin over the channels.
 */
export async function steady(
  world: LatencyWorld,
  ratePerSecond: number,
  durationMs: number,
  timeoutMs: number,
): Promise<InteractionSample[]> {
  startInRelax(world);
  const channels = world.channels;
  const total = Math.round((ratePerSecond * durationMs) / 1_000);
  const spacingMs = 1_000 / ratePerSecond;
  const startedAt = performance.now();
  const pending: Promise<InteractionSample>[] = [];
  for (let index = 0; index < total; index++) {
    const wait = startedAt + index * spacingMs - performance.now();
    if (wait > 0) await sleep(wait);
    const channel = channels[index % channels.length] ?? '';
    const mode = MODES[Math.floor(index / channels.length) % MODES.length] ?? 'fast';
    pending.push(sampleOf(world, dispatch(world, channel, mode), timeoutMs));
  }
  return Promise.all(pending);
}

/** Result of {@link coalesce}. */
export interface CoalesceResult {
  /** Speed switches the upstream received for the channel. */
  upstreamCalls: number;
  samples: InteractionSample[];
}

/** `count` identical `/speed fast` at once in one channel; counts the switches that reached the upstream. */
export async function coalesce(
  world: LatencyWorld,
  count: number,
  timeoutMs: number,
): Promise<CoalesceResult> {
  const before = world.upstream.switches(world.coalesceChannel).length;
  const handles = Array.from({ length: count }, () => dispatch(world, world.coalesceChannel, 'fast'));
  const samples = await Promise.all(handles.map((handle) => sampleOf(world, handle, timeoutMs)));
  const upstreamCalls = world.upstream.switches(world.coalesceChannel).length - before;
  return { upstreamCalls, samples };
}
