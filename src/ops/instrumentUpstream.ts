/**
 * Measures every upstream call without touching the backend or the speed rules: the decorator is an
 * {@link Upstream} itself, so `SpeedService` takes it in the backend's place.
 */
import type { UpstreamOutcome } from '../upstream/outcomes.js';
import type { CallLog, Upstream } from '../upstream/port.js';
import { type BotMetrics, type UpstreamVerb, upstreamStatusLabel } from './metrics.js';

/** The part of {@link BotMetrics} the decorator feeds. */
export type UpstreamMetrics = Pick<BotMetrics, 'observeUpstream' | 'recordHalt'>;

/** Options of {@link instrumentUpstream}. */
export interface InstrumentUpstreamOptions {
  /**
   * Count a moderation outcome of a speed change as a halt (default true). `SpeedService` halts the
   * account on every such answer, and this is the one place that sees each of them exactly once without
   * the speed rules knowing about metrics. Turn it off if something else calls `recordHalt()`.
   */
  readonly countModerationHalts?: boolean;
}

/**
 * Wraps `upstream` so each call's outcome lands in the upstream duration histogram (`upstream` = the
 * backend, `verb` = the speed mode, `info` for fast time, `reset`, `account` or `list`), timed by the
 * backend's own `durationMs`, and in the {@link CallLog} passed with it (the interaction's log line). Outcomes pass through
 * unchanged; a call that throws (a programming error such as an empty channel id) is not observed.
 * `close()` is passed through unmeasured.
 *
 * @example
 * const upstream = instrumentUpstream(createUpstream(config.upstream), metrics);
 * const speed = new SpeedService(upstream, state, gate);
 * await upstream.close();
 */
export function instrumentUpstream(
  upstream: Upstream,
  metrics: UpstreamMetrics,
  options: InstrumentUpstreamOptions = {},
): Upstream {
  const countHalts = options.countModerationHalts ?? true;
  const observed = async <T>(
    verb: UpstreamVerb,
    calls: CallLog | undefined,
    call: () => Promise<UpstreamOutcome<T>>,
  ): Promise<UpstreamOutcome<T>> => {
    const outcome = await call();
    metrics.observeUpstream(verb, outcome, upstream.name);
    calls?.push({ verb, status: upstreamStatusLabel(outcome), ms: Math.round(outcome.durationMs) });
    return outcome;
  };
  const { listAccounts } = upstream;
  return {
    name: upstream.name,
    displayName: upstream.displayName,
    words: upstream.words,
    resetTrustsCaptcha: upstream.resetTrustsCaptcha,
    async setSpeed(mode, account, calls) {
      const outcome = await observed(mode, calls, () => upstream.setSpeed(mode, account));
      if (countHalts && outcome.kind === 'moderation') metrics.recordHalt();
      return outcome;
    },
    reset: (account, calls) => observed('reset', calls, () => upstream.reset(account)),
    getAccount: (account, calls) => observed('account', calls, () => upstream.getAccount(account)),
    fastTime: (account, calls) => observed('info', calls, () => upstream.fastTime(account)),
    ...(listAccounts && {
      listAccounts: () => observed('list', undefined, () => listAccounts.call(upstream)),
    }),
    close: () => upstream.close(),
  };
}
