/**
 * `npm run soak`: 10,000 interactions through the real bot (compiled, in its own process, as `npm start`
 * runs it) on the local Discord and useapi.net stand-ins, with faults mixed in: useapi.net errors, hangs,
 * dropped connections, huge and malformed bodies, moderation halts and resets, Discord 429s and 5xx on
 * acknowledgements and edits, and gateway reconnects. Prints the interactions that got no answer (must be
 * 0) and the bot's memory after forced garbage collection every 1,000 interactions (must not grow).
 * Everything runs on 127.0.0.1 and stops by itself (a watchdog ends it after 170 s). Exit code 0 when both
 * hold, 1 when not, 2 when the run could not finish.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DiscordStandIn,
  discordErrors,
  type InteractionHandle,
  type InteractionSpec,
  permissionSets,
} from '../test/standins/discord.js';
import { type Behaviour, respond, UseapiStandIn, useapiReplies } from '../test/standins/useapi.js';
import { BenchBot, type MemoryReading } from './BenchBot.js';

const TOTAL = 10_000;
const CHECKPOINT_EVERY = 1_000;
/** Interactions in flight at once: about 6 per channel, well under its queue bound of 20. */
const WINDOW = 240;
const CHANNELS = 40;
/** An interaction not settled this long after it was sent counts as unanswered. */
const ANSWER_TIMEOUT_MS = 45_000;
const WATCHDOG_MS = 170_000;
/** Growth of the heap after GC, first to last checkpoint, beyond which the run fails. */
const MAX_HEAP_GROWTH_MB = 5;

const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GSoak.soak-discord-bot-token-0123456789abcdef';
const USEAPI_TOKEN = 'soak-useapi-token-0123456789abcdef';
const GUILD_ID = '800000000000000001';
const ADMIN_ROLE_ID = '900000000000000001';
const PLACEHOLDER = 'Answered privately.';
const MODES = ['fast', 'turbo', 'relax'] as const;

/** Upstream faults, one of them every few interactions, for whichever request of that channel comes next. */
const USEAPI_FAULTS: readonly [string, () => Behaviour][] = [
  ['429 then success', () => useapiReplies.busy429(0)],
  ['429 with a long wait', () => useapiReplies.busy429(60)],
  ['502 HTML page', () => useapiReplies.badGateway502Html()],
  ['500', () => respond.json(500, { error: 'Internal', code: 500 })],
  ['503', () => respond.json(503, { error: 'Unavailable', code: 503 })],
  ['malformed JSON', () => respond.malformedJson()],
  ['connection reset', () => respond.destroySocket()],
  ['reset mid-body', () => respond.resetMidBody()],
  ['2 MiB body', () => respond.huge(2 * 1_024 * 1_024)],
  ['no answer (deadline)', () => respond.hang()],
  ['slow answer', () => respond.delay(800, respond.useDefault())],
  ['400', () => useapiReplies.badRequest400()],
  ['402', () => useapiReplies.noSubscription402()],
  ['200 without content', () => respond.json(200, { jobid: 'j-soak', status: 'completed' })],
];

interface Tracked {
  handle: InteractionHandle;
  sentAt: number;
}

/** What the user sees once the bot is done, or undefined while it is not. */
function settledAnswer(handle: InteractionHandle): string | undefined {
  const { original, followUps } = handle.view();
  if (original && !original.loading && !original.deleted && original.content !== PLACEHOLDER) {
    return original.content;
  }
  const followUp = followUps.find((message) => !message.deleted);
  if (followUp && (original === null || original.deleted)) return followUp.content;
  return undefined;
}

function category(content: string): string {
  if (content.includes('Midjourney says:')) return 'switched';
  if (content.includes('Midjourney flagged the shared account')) return 'halted (596)';
  if (content.includes('halted in this channel')) return 'refused while halted';
  if (content.includes('reset the Midjourney account')) return 'reset';
  if (content.includes('requests waiting')) return 'busy (queue full)';
  if (content.includes('State store:')) return 'status';
  return 'explained failure';
}

const slope = (points: readonly { x: number; y: number }[]): number => {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((sum, p) => sum + p.x, 0) / n;
  const my = points.reduce((sum, p) => sum + p.y, 0) / n;
  const num = points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
};

async function main(): Promise<number> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'mj-soak-'));
  const channels = Array.from({ length: CHANNELS }, (_, index) =>
    String(810_000_000_000_000_001n + BigInt(index)),
  );
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [{ id: GUILD_ID, channels, roles: [ADMIN_ROLE_ID] }],
    acceptResume: true,
  });
  const useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN, jobDelayMs: 5 });
  const bot = BenchBot.spawn('ours', {
    cwd: work,
    env: {
      DISCORD_TOKEN,
      USEAPI_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      USEAPI_BASE_URL: useapi.url,
      USEAPI_DEADLINE_MS: '1500',
      ADMIN_ROLE_IDS: ADMIN_ROLE_ID,
      LOG_LEVEL: 'info',
    },
  });
  const watchdog = setTimeout(() => {
    process.stderr.write(`soak: watchdog fired after ${WATCHDOG_MS / 1_000} s; stopping\n`);
    void bot.stop(1_000).finally(() => process.exit(2));
  }, WATCHDOG_MS);

  try {
    await bot.waitForLine('"msg":"ready', 30_000);
    const inFlight = new Set<Tracked>();
    const outcomes = new Map<string, number>();
    const unanswered: { id: string; status: string; spec: string }[] = [];
    const ackLatencies: number[] = [];
    const memory: { after: number; reading: MemoryReading }[] = [];
    const faultsInjected = new Map<string, number>();
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    let sent = 0;
    let halted: { channel: string; resetAt: number } | undefined;

    const settle = (now: number) => {
      for (const tracked of inFlight) {
        const content = settledAnswer(tracked.handle);
        const failed =
          tracked.handle.status === 'did-not-respond' || now - tracked.sentAt > ANSWER_TIMEOUT_MS;
        if (content === undefined && !failed) continue;
        inFlight.delete(tracked);
        const ack = tracked.handle.acknowledgement;
        if (ack) ackLatencies.push(ack.latencyMs);
        if (content === undefined) {
          unanswered.push({
            id: tracked.handle.id,
            status: tracked.handle.status,
            spec: JSON.stringify(tracked.handle.payload.data),
          });
        } else count(outcomes, category(content));
      }
    };

    const drain = async () => {
      while (inFlight.size > 0) {
        await sleep(25);
        settle(performance.now());
      }
    };

    const send = (spec: InteractionSpec) => {
      // After a gateway drop, wait for the session to be back before Discord would deliver anything.
      const handle = discord.dispatchInteraction({ guildId: GUILD_ID, ...spec });
      inFlight.add({ handle, sentAt: performance.now() });
      sent += 1;
    };

    /** Arranges this interaction's faults, then sends it. */
    const next = async (index: number) => {
      const channelId = channels[index % CHANNELS] ?? '';
      const slot = index % 100;
      if (slot % 7 === 3) {
        const fault = USEAPI_FAULTS[Math.floor(index / 7) % USEAPI_FAULTS.length];
        if (fault) {
          const [name, behaviour] = fault;
          useapi.respondOnce({ route: 'jobs', channel: channelId }, behaviour());
          count(faultsInjected, `useapi.net ${name}`);
        }
      }
      if (slot === 11) {
        discord.rateLimitNext({ route: 'editOriginal' }, { retryAfterMs: 50 });
        count(faultsInjected, 'Discord 429 on an edit');
      }
      if (slot === 37) {
        discord.rateLimitNext({ route: 'interactionCallback' }, { retryAfterMs: 50 });
        count(faultsInjected, 'Discord 429 on an acknowledgement');
      }
      if (slot === 53) {
        discord.failNext({ route: 'interactionCallback' }, discordErrors.internalServerError);
        count(faultsInjected, 'Discord 500 on an acknowledgement');
      }
      if (slot === 71) {
        discord.failNext({ route: 'editOriginal' }, discordErrors.badGateway);
        count(faultsInjected, 'Discord 502 on an edit');
      }
      if (index % 2_500 === 1_250) {
        const resumes = discord.resumes.length;
        discord.closeGatewayConnections(4_000, 'soak: gateway restart');
        count(faultsInjected, 'gateway connection closed');
        await discord.waitFor(() => discord.resumes.length > resumes && discord.readySessions > 0, 20_000);
      }
      // A moderation halt every 1,000 interactions; an admin resets it 60 interactions later.
      if (index % 1_000 === 500) {
        useapi.flagModeration(channelId);
        halted = { channel: channelId, resetAt: index + 60 };
        count(faultsInjected, 'useapi.net 596 (moderation halt)');
      }
      if (halted && index === halted.resetAt) {
        send({
          subcommand: 'reset',
          channelId: halted.channel,
          permissions: permissionSets.manager,
        });
        halted = undefined;
        return;
      }
      if (slot === 29) {
        send({ subcommand: 'status', channelId });
        return;
      }
      send({
        subcommand: MODES[index % 3] ?? 'fast',
        channelId,
        user: { id: String(700_000_000_000_000_000n + BigInt(index % 500)) },
      });
    };

    process.stderr.write(`soak: ${TOTAL} interactions over ${CHANNELS} channels, ${WINDOW} at a time\n`);
    for (let index = 0; index < TOTAL; index += 1) {
      while (inFlight.size >= WINDOW) {
        await sleep(20);
        settle(performance.now());
      }
      await next(index);
      if ((index + 1) % CHECKPOINT_EVERY === 0) {
        await drain();
        // The stand-ins keep every request for tests; a soak does not need them.
        discord.clearRequests();
        useapi.requests.length = 0;
        const reading = await bot.memory();
        memory.push({ after: index + 1, reading });
        process.stderr.write(
          `  ${String(index + 1).padStart(6)} sent, ${unanswered.length} unanswered, heap ${reading.heapUsedMb} MB, rss ${reading.rssMb} MB, ${Math.round((performance.now() - started) / 1_000)} s\n`,
        );
      }
    }
    await drain();

    const first = memory[0]?.reading;
    const last = memory.at(-1)?.reading;
    const heapGrowth =
      first && last ? Math.round((last.heapUsedMb - first.heapUsedMb) * 10) / 10 : Number.NaN;
    const heapSlope = slope(memory.map((point) => ({ x: point.after / 1_000, y: point.reading.heapUsedMb })));
    ackLatencies.sort((a, b) => a - b);
    const percentile = (p: number) =>
      Math.round(ackLatencies[Math.floor((ackLatencies.length - 1) * p)] ?? Number.NaN);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const leaked = [DISCORD_TOKEN, USEAPI_TOKEN].some((token) => bot.output().includes(token));

    console.log(
      `\nSoak: ${sent} interactions in ${seconds} s (${Math.round(sent / seconds)}/s), bot pid ${bot.pid}`,
    );
    console.log(`Unanswered interactions: ${unanswered.length}`);
    for (const missing of unanswered.slice(0, 10))
      console.log(`  ${missing.id} ${missing.status} ${missing.spec}`);
    console.log('Answers by kind:');
    for (const [kind, n] of [...outcomes].sort((a, b) => b[1] - a[1]))
      console.log(`  ${kind.padEnd(24)} ${n}`);
    console.log('Faults injected:');
    for (const [kind, n] of [...faultsInjected].sort((a, b) => b[1] - a[1]))
      console.log(`  ${kind.padEnd(36)} ${n}`);
    console.log(
      `Acknowledgement latency: p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms, max ${percentile(1)} ms`,
    );
    console.log('Bot memory after forced GC (heap used / resident), every 1,000 interactions:');
    console.log(
      `  ${memory.map((point) => `${point.reading.heapUsedMb}/${point.reading.rssMb}`).join('  ')} MB`,
    );
    console.log(
      `  before ${first?.heapUsedMb} MB heap, ${first?.rssMb} MB rss; after ${last?.heapUsedMb} MB heap, ${last?.rssMb} MB rss; ` +
        `growth ${heapGrowth} MB, trend ${Math.round(heapSlope * 100) / 100} MB per 1,000 interactions`,
    );
    console.log(`Tokens in the bot's output: ${leaked ? 'FOUND' : 'none'}`);
    const ok = unanswered.length === 0 && heapGrowth <= MAX_HEAP_GROWTH_MB && !leaked;
    console.log(ok ? 'PASS' : 'FAIL');
    return ok ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    await bot.stop();
    await Promise.all([discord.close(), useapi.close()]);
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('soak: could not finish:', error);
    process.exit(2);
  },
);
