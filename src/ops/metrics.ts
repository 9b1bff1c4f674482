/**
 * The bot's Prometheus metrics. Each {@link BotMetrics} owns its own prom-client `Registry` instead of the
 * global one: registering the same metric name twice in one registry throws, so the global registry would
 * break as soon as a test file, or a process hosting several bots, created a second instance.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamOutcome } from '../upstream/outcomes.js';
import type { UpstreamName } from '../upstream/port.js';
import { CachedCount, type CachedCountOptions } from './CachedCount.js';

/** The upstream calls the bot makes, as the `verb` label of the upstream histogram (`info`: fast time). */
export const UPSTREAM_VERBS = ['fast', 'turbo', 'relax', 'info', 'reset', 'account', 'list'] as const;

export type UpstreamVerb = (typeof UPSTREAM_VERBS)[number];

/** Names of the bot's own metrics, for dashboards, alerts and tests. */
export const METRIC_NAMES = {
  interactions: 'mj_speed_interactions_total',
  upstreamDuration: 'mj_speed_upstream_request_duration_seconds',
  haltedChannels: 'mj_speed_halted_channels',
  moderationHalts: 'mj_speed_moderation_halts_total',
} as const;

/**
 * Upper bounds in seconds. Fine-grained below 1 s, where upstreams answer account calls, and up to the
 * 25 s default deadline (28 s at most), where slow `/jobs` calls and timeouts land.
 */
export const UPSTREAM_DURATION_BUCKETS: readonly number[] = [
  0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 20, 25, 30,
];

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
  /**
   * Also collect prom-client's default process metrics (CPU, memory, event loop lag, GC, handles) into
   * this registry. Default true.
   */
  readonly processMetrics?: boolean;
  /**
   * Counts the halted channels in the store for `mj_speed_halted_channels`, so the gauge also reflects
   * halts recorded or cleared by other processes sharing the store. It may walk the whole store, so a
   * scrape never waits for more than one count at a time: see `haltedCount`. A failing count leaves the
   * last value.
   */
  readonly countHaltedChannels?: () => Promise<number>;
  /**
   * How that count is cached (default: reused for 30 s, a scrape waits at most 2 s for it). It is counted
   * again at the next scrape after this process handled an interaction or met a moderation flag, which may have
   * recorded or cleared a halt.
   */
  readonly haltedCount?: CachedCountOptions;
}

/** A Prometheus scrape answer, ready to send. */
export interface RenderedMetrics {
  /** The `Content-Type` header value (Prometheus text format 0.0.4). */
  readonly contentType: string;
  readonly body: string;
}

/**
 * The label the upstream histogram files a call under: the HTTP status when the status decided the
 * outcome, else the failure reason (`timeout`, `connection`, `invalidBody`, `bodyTooLarge`). A body that
 * timed out or was malformed after a `200` is filed under its reason, so `status="200"` always means an
 * answer the bot could use.
 */
export function upstreamStatusLabel(outcome: UpstreamOutcome<unknown>): string {
  if (outcome.kind === 'unavailable' && outcome.reason !== 'status') return outcome.reason;
  return outcome.status === undefined ? outcome.kind : String(outcome.status);
}

/**
 * The bot's metrics and the registry that renders them.
 *
 * Label values must come from small fixed sets (subcommand names, outcome labels such as `switched` or
 * `failed:busy`): every distinct value is a new time series, so never pass ids or user text.
 *
 * @example
 * const metrics = createMetrics();
 * metrics.recordInteraction('fast', 'switched');
 * const { contentType, body } = await metrics.render();
 */
export class BotMetrics {
  /** The registry holding every metric of this instance; `render()` is the usual way to read it. */
  readonly registry = new Registry();
  readonly #interactions: Counter<'subcommand' | 'outcome'>;
  readonly #upstreamDuration: Histogram<'verb' | 'status' | 'upstream'>;
  readonly #haltedChannels: Gauge;
  readonly #moderationHalts: Counter;
  readonly #haltedCount: CachedCount | undefined;

  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    this.#interactions = new Counter({
      name: METRIC_NAMES.interactions,
      help: 'Interactions handled, by subcommand and outcome.',
      labelNames: ['subcommand', 'outcome'],
      registers,
    });
    this.#upstreamDuration = new Histogram({
      name: METRIC_NAMES.upstreamDuration,
      help: 'Duration of upstream calls, retries and polls included, by verb, HTTP status or failure reason, and upstream.',
      labelNames: ['verb', 'status', 'upstream'],
      buckets: [...UPSTREAM_DURATION_BUCKETS],
      registers,
    });
    const haltedCount =
      options.countHaltedChannels && new CachedCount(options.countHaltedChannels, options.haltedCount);
    this.#haltedCount = haltedCount;
    const setHaltedChannels = (count: number) => this.setHaltedChannels(count);
    this.#haltedChannels = new Gauge({
      name: METRIC_NAMES.haltedChannels,
      help: 'Accounts currently halted after a moderation flag, as last reported by the bot.',
      registers,
      ...(haltedCount && {
        async collect() {
          setHaltedChannels(await haltedCount.read());
        },
      }),
    });
    this.#moderationHalts = new Counter({
      name: METRIC_NAMES.moderationHalts,
      help: 'Accounts halted because the upstream reported a moderation flag, since the process started.',
      registers,
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one handled interaction, e.g. `('fast', 'switched')` or `('reset', 'refused')`. */
  recordInteraction(subcommand: string, outcome: string): void {
    this.#interactions.inc({ subcommand, outcome });
    this.#haltedCount?.invalidate();
  }

  /** Files one finished upstream call in the duration histogram, using the outcome's own timing. */
  observeUpstream(verb: UpstreamVerb, outcome: UpstreamOutcome<unknown>, upstream: UpstreamName): void {
    // prom-client rejects non-finite values; a metric must never be what fails a user's request.
    if (!Number.isFinite(outcome.durationMs)) return;
    this.#upstreamDuration.observe(
      { verb, status: upstreamStatusLabel(outcome), upstream },
      Math.max(0, outcome.durationMs) / 1_000,
    );
  }

  /** Counts one moderation halt. */
  recordHalt(): void {
    this.#moderationHalts.inc();
    this.#haltedCount?.invalidate();
  }

  /** Reports how many channels are halted now. Negative or non-finite numbers are ignored. */
  setHaltedChannels(count: number): void {
    if (Number.isFinite(count) && count >= 0) this.#haltedChannels.set(count);
  }

  /** Every metric of this instance in the Prometheus text format. */
  async render(): Promise<RenderedMetrics> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** Creates a {@link BotMetrics} with its own registry (and the process metrics, unless turned off). */
export function createMetrics(options: MetricsOptions = {}): BotMetrics {
  return new BotMetrics(options);
}
