/**
 * Measures every useapi.net call without touching the client or the speed rules: the decorator has the
 * same methods as the upstream it wraps, so `SpeedService` takes it in the client's place.
 */
import type { SpeedUpstream } from '../speed/SpeedService.js';
import type { JobResult, UseapiOutcome } from '../useapi/outcomes.js';
import { type BotMetrics, type UpstreamVerb, upstreamStatusLabel } from './metrics.js';
import { noteUpstreamCall } from './upstreamTrace.js';

/** Calls `UseapiClient` has beyond {@link SpeedUpstream}; wrapped too when the upstream has them. */
export interface UpstreamExtras {
  info(channel: string): Promise<UseapiOutcome<JobResult>>;
  close(): Promise<void>;
}

/** What {@link instrumentUpstream} accepts: a `SpeedUpstream`, optionally with `info` and `close`. */
export type InstrumentableUpstream = SpeedUpstream & Partial<UpstreamExtras>;

/** The wrapped upstream: the `SpeedUpstream` calls, plus whichever of `info`/`close` the original has. */
export type InstrumentedUpstream<U extends InstrumentableUpstream> = SpeedUpstream &
  Pick<U, Extract<keyof U, keyof UpstreamExtras>>;

/** The part of {@link BotMetrics} the decorator feeds. */
export type UpstreamMetrics = Pick<BotMetrics, 'observeUpstream' | 'recordHalt'>;

/** Options of {@link instrumentUpstream}. */
export interface InstrumentUpstreamOptions {
  /**
   * Count a 596 on a speed change as a moderation halt (default true). `SpeedService` halts the channel on
   * every such answer, and this is the one place that sees each of them exactly once without the speed
   * rules knowing about metrics. Turn it off if something else calls `recordHalt()`.
   */
  readonly countModerationHalts?: boolean;
}

/**
 * Wraps `upstream` so each call's outcome lands in the upstream duration histogram (`verb` = the speed
 * mode, `info`, `reset` or `account`), timed by the client's own `durationMs`, and in the trace of the
 * interaction that made it. Outcomes pass through
 * unchanged; a call that throws (a programming error such as an empty channel id) is not observed.
 * `close()` is passed through unmeasured.
 *
 * @example
 * const upstream = instrumentUpstream(new UseapiClient({ ... }), metrics);
 * const speed = new SpeedService(upstream, state, gate);
 * await upstream.close();
 */
export function instrumentUpstream<U extends InstrumentableUpstream>(
  upstream: U,
  metrics: UpstreamMetrics,
  options: InstrumentUpstreamOptions = {},
): InstrumentedUpstream<U> {
  const countHalts = options.countModerationHalts ?? true;
  const observed = async <T>(
    verb: UpstreamVerb,
    call: () => Promise<UseapiOutcome<T>>,
  ): Promise<UseapiOutcome<T>> => {
    const outcome = await call();
    metrics.observeUpstream(verb, outcome);
    noteUpstreamCall({ verb, status: upstreamStatusLabel(outcome), ms: Math.round(outcome.durationMs) });
    return outcome;
  };

  const instrumented: InstrumentableUpstream = {
    async setSpeed(verb, channel) {
      const outcome = await observed(verb, () => upstream.setSpeed(verb, channel));
      if (countHalts && outcome.kind === 'moderation') metrics.recordHalt();
      return outcome;
    },
    resetAccount: (channel) => observed('reset', () => upstream.resetAccount(channel)),
    getAccount: (channel) => observed('account', () => upstream.getAccount(channel)),
  };
  const { info, close } = upstream;
  if (info) instrumented.info = (channel) => observed('info', () => info.call(upstream, channel));
  if (close) instrumented.close = () => close.call(upstream);
  // Sound: the object has exactly the SpeedUpstream methods plus the extras `upstream` has.
  return instrumented as InstrumentedUpstream<U>;
}
