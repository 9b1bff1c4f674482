/**
 * The one place that picks the backend named by `UPSTREAM`. Everything else talks to the {@link Upstream}
 * it returns and never learns which one runs.
 */
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.js';
import type { UpstreamConfig } from '../config.js';
import { UseapiUpstream } from '../useapi/UseapiUpstream.js';
import { MidjourneyProxyClient } from './midjourneyProxy/MidjourneyProxyClient.js';
import type { SyncStore } from './midjourneyProxy/SyncGate.js';
import type { FailureOutcome } from './outcomes.js';
import type { Upstream } from './port.js';

/** What tests, the demo and the benchmark may change about the backend; the bot passes none. */
export interface CreateUpstreamOptions {
  /** Transport to use instead of the backend's own keep-alive pool; the caller keeps ownership. */
  readonly dispatcher?: Dispatcher;
  /** Wall time for the backends' caches. */
  readonly clock?: Clock;
  /** Aborting it cuts every call in flight short (a shutdown that cannot wait any longer). */
  readonly shutdownSignal?: AbortSignal;
  /** Hears the backend's notes for operators (useapi.net: its Midjourney API may be gone). */
  readonly onNotice?: (notice: string, outcome: FailureOutcome) => void;
  /**
   * The bot's state store, where midjourney-proxy's account syncs are counted so that every process sharing
   * it syncs an account at most once per 10 minutes; without it each process counts its own.
   */
  readonly syncStore?: SyncStore;
}

/**
 * @example
 * const upstream = createUpstream(config.upstream);
 * const outcome = await upstream.setSpeed('fast', accountChannelId);
 */
export function createUpstream(config: UpstreamConfig, options: CreateUpstreamOptions = {}): Upstream {
  switch (config.kind) {
    case 'useapi':
      return new UseapiUpstream({
        baseUrl: config.baseUrl,
        token: config.token,
        deadlineMs: config.deadlineMs,
        dispatcher: options.dispatcher,
        shutdownSignal: options.shutdownSignal,
        clock: options.clock,
        onNotice: options.onNotice,
      });
    case 'midjourney-proxy':
      return new MidjourneyProxyClient({
        baseUrl: config.url,
        token: config.token,
        deadlineMs: config.deadlineMs,
        syncMinAgeMs: config.syncMinAgeMinutes * 60_000,
        syncStore: options.syncStore,
        dispatcher: options.dispatcher,
        clock: options.clock,
        shutdownSignal: options.shutdownSignal,
      });
  }
}
