import type { MemoryReading } from './BenchBot.js';
import type { CorePlacement } from './cores.js';
import type { BenchSettings } from './settings.js';
import { median, percentile, ratio, round } from './stats.js';
import type { CoalesceResult, InteractionSample } from './workloads.js';

/** What one bot measured. */
export interface BotFigures {
  readyMs: number;
  memory: MemoryReading;
  /** Burst samples, one list per round. */
  bursts: InteractionSample[][];
  steady: InteractionSample[];
  coalesce: CoalesceResult;
}

/** Everything a run measured, for {@link printReport}. */
export interface Report {
  settings: BenchSettings;
  figures: Record<'ours' | 'baseline', BotFigures>;
  /** Ours with `UPSTREAM=midjourney-proxy`: the steady load's samples. */
  proxy: { steady: InteractionSample[] };
  elapsedMs: number;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    platform: string;
    /** 1-minute load average when the run started and when it ended: other work on a shared machine. */
    load: [number, number];
    /** Whether the bots had cores of their own, apart from the stand-ins' (./cores.ts). */
    cores: CorePlacement;
  };
  profileDir: string | undefined;
}

/** The figures of one bot that the table and the JSON line show. */
interface Summary {
  ackP99Ms: number;
  ackP50Ms: number;
  replyP50Ms: number;
  replyP99Ms: number;
  burstLastReplyMs: number;
  upstreamCalls: number;
  rssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  externalMb: number;
  readyMs: number;
  unanswered: number;
}

// An interaction never acknowledged or answered counts as infinitely slow, so it cannot flatter a percentile.
const values = (samples: readonly InteractionSample[], key: 'ackMs' | 'replyMs') =>
  samples.map((sample) => (Number.isFinite(sample[key]) ? sample[key] : Number.POSITIVE_INFINITY));

/** Steady replies minus the upstream's fixed delay: what the bot itself adds. */
function replyFigures(steady: readonly InteractionSample[], settings: BenchSettings) {
  const replies = values(steady, 'replyMs');
  return {
    replyP50Ms: round(percentile(replies, 50) - settings.jobDelayMs),
    replyP99Ms: round(percentile(replies, 99) - settings.jobDelayMs),
  };
}

const unanswered = (samples: readonly InteractionSample[]) =>
  samples.filter((sample) => !sample.answered).length;

function summarise(figures: BotFigures, settings: BenchSettings): Summary {
  const bursts = figures.bursts;
  const all = [...bursts.flat(), ...figures.steady, ...figures.coalesce.samples];
  return {
    // Per round, then the median round: a neighbour's load spike spoils one round, not the figure.
    ackP99Ms: round(median(bursts.map((run) => percentile(values(run, 'ackMs'), 99)))),
    ackP50Ms: round(percentile(values(bursts.flat(), 'ackMs'), 50)),
    ...replyFigures(figures.steady, settings),
    burstLastReplyMs: round(median(bursts.map((run) => Math.max(...values(run, 'replyMs'))))),
    upstreamCalls: figures.coalesce.upstreamCalls,
    rssMb: figures.memory.rssMb,
    peakRssMb: figures.memory.peakRssMb,
    heapUsedMb: figures.memory.heapUsedMb,
    externalMb: figures.memory.externalMb,
    readyMs: Math.round(figures.readyMs),
    unanswered: unanswered(all),
  };
}

const GOALS = {
  ackP99Ratio: 1.2,
  replyP50Ratio: 1.2,
  rss2500GuildsRatio: 0.7,
  readyRatio: 1.5,
} as const;

const count = (value: number) => value.toLocaleString('en-US');

function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Prints the readable table, then (last line) the JSON object issue 7 asks for. */
export function printReport(report: Report): void {
  const { settings, machine } = report;
  const ours = summarise(report.figures.ours, settings);
  const base = summarise(report.figures.baseline, settings);
  const proxy = {
    ...replyFigures(report.proxy.steady, settings),
    unanswered: unanswered(report.proxy.steady),
  };
  const ratios = {
    ackP99Ratio: ratio(ours.ackP99Ms, base.ackP99Ms),
    replyP50Ratio: ratio(ours.replyP50Ms, base.replyP50Ms),
    // No goal: reported next to the others (docs/performance.md#the-midjourney-proxy-line says why it is
    // higher).
    proxyReplyP50Ratio: ratio(proxy.replyP50Ms, base.replyP50Ms),
    coalescedUpstreamCalls: ours.upstreamCalls,
    rss2500GuildsRatio: ratio(ours.rssMb, base.rssMb),
    readyRatio: ratio(ours.readyMs, base.readyMs),
  };
  const met = {
    ackP99Ratio: ratios.ackP99Ratio <= GOALS.ackP99Ratio,
    replyP50Ratio: ratios.replyP50Ratio <= GOALS.replyP50Ratio,
    coalescedUpstreamCalls: ratios.coalescedUpstreamCalls === 1,
    rss2500GuildsRatio: ratios.rss2500GuildsRatio <= GOALS.rss2500GuildsRatio,
    readyRatio: ratios.readyRatio <= GOALS.readyRatio,
  };
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const world = `${count(settings.guilds)} guilds × ${settings.channelsPerGuild} channels`;
  const delay = settings.jobDelayMs;
  const lines = [
    '',
    ...(settings.mode === 'quick'
      ? ['QUICK MODE: small counts, a smoke test of the benchmark itself; the goals apply to the full run.']
      : []),
    `mj-speed-bot benchmark (${settings.mode}): ours = dist/src/index.js, baseline = dist/bench/baselineBot.js`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, ${machine.platform}; ` +
      `load average ${machine.load[0]} at start, ${machine.load[1]} at end; ` +
      (machine.cores === 'split'
        ? 'stand-ins on core 0, bots on the others'
        : 'stand-ins and bots share the cores'),
    `workload: READY with ${world} (best of ${settings.readyRounds} starts each); ` +
      `${settings.rounds} round(s) of: burst of ${settings.burst} over ${settings.burstChannels} channels, then ` +
      `${settings.steadyPerSecond}/s for ${settings.steadyMs / 1_000} s; then ${settings.coalesce}× /speed fast in one channel; ` +
      `useapi.net stand-in delay ${delay} ms`,
    `midjourney-proxy: ours again on the proxy stand-in, the steady load only; a click answers after ${delay} ms, ` +
      'reads at once, and the new mode shows on the first read-back',
    '',
    table([
      ['metric', 'ours', 'baseline', 'ratio', 'goal', ''],
      [
        'ack p99, burst (ms)',
        `${ours.ackP99Ms}`,
        `${base.ackP99Ms}`,
        `${ratios.ackP99Ratio}`,
        '<= 1.2',
        mark(met.ackP99Ratio),
      ],
      [
        `reply p50 at ${settings.steadyPerSecond}/s − ${delay} ms (ms)`,
        `${ours.replyP50Ms}`,
        `${base.replyP50Ms}`,
        `${ratios.replyP50Ratio}`,
        '<= 1.2',
        mark(met.replyP50Ratio),
      ],
      [
        `upstream calls for ${settings.coalesce} identical`,
        `${ours.upstreamCalls}`,
        `${base.upstreamCalls}`,
        '',
        '= 1',
        mark(met.coalescedUpstreamCalls),
      ],
      [
        `RSS after READY, ${world} (MB)`,
        `${ours.rssMb}`,
        `${base.rssMb}`,
        `${ratios.rss2500GuildsRatio}`,
        '<= 0.7',
        mark(met.rss2500GuildsRatio),
      ],
      [
        'process start → READY (ms)',
        `${ours.readyMs}`,
        `${base.readyMs}`,
        `${ratios.readyRatio}`,
        '<= 1.5',
        mark(met.readyRatio),
      ],
      ['', '', '', '', '', ''],
      [
        `reply p50 via midjourney-proxy − ${delay} ms (ms)`,
        `${proxy.replyP50Ms}`,
        `${base.replyP50Ms}`,
        `${ratios.proxyReplyP50Ratio}`,
        '',
        '',
      ],
      [
        'ack p50, burst (ms)',
        `${ours.ackP50Ms}`,
        `${base.ackP50Ms}`,
        `${ratio(ours.ackP50Ms, base.ackP50Ms)}`,
        '',
        '',
      ],
      [
        `reply p99 at ${settings.steadyPerSecond}/s − ${delay} ms (ms)`,
        `${ours.replyP99Ms}`,
        `${base.replyP99Ms}`,
        `${ratio(ours.replyP99Ms, base.replyP99Ms)}`,
        '',
        '',
      ],
      [
        `burst: slowest of ${settings.burst} replies (ms)`,
        `${ours.burstLastReplyMs}`,
        `${base.burstLastReplyMs}`,
        `${ratio(ours.burstLastReplyMs, base.burstLastReplyMs)}`,
        '',
        '',
      ],
      [
        'peak RSS while guilds arrived (MB)',
        `${ours.peakRssMb}`,
        `${base.peakRssMb}`,
        `${ratio(ours.peakRssMb, base.peakRssMb)}`,
        '',
        '',
      ],
      [
        'JS heap used after READY + GC (MB)',
        `${ours.heapUsedMb}`,
        `${base.heapUsedMb}`,
        `${ratio(ours.heapUsedMb, base.heapUsedMb)}`,
        '',
        '',
      ],
      [
        'external + buffers after GC (MB)',
        `${ours.externalMb}`,
        `${base.externalMb}`,
        `${ratio(ours.externalMb, base.externalMb)}`,
        '',
        '',
      ],
      ['interactions without the upstream answer', `${ours.unanswered}`, `${base.unanswered}`, '', '0', ''],
      ['the same, via midjourney-proxy', `${proxy.unanswered}`, '', '', '0', ''],
    ]),
    '',
    `took ${round(report.elapsedMs / 1_000)} s` +
      (report.profileDir ? `; CPU profiles and heap snapshots in ${report.profileDir}` : ''),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const json = {
    ...ratios,
    goalsMet: met,
    mode: settings.mode,
    world: { guilds: settings.guilds, channelsPerGuild: settings.channelsPerGuild, upstreamDelayMs: delay },
    ours,
    baseline: base,
    proxy,
    machine,
    elapsedS: round(report.elapsedMs / 1_000),
  };
  process.stdout.write(`${JSON.stringify(json)}\n`);
}
