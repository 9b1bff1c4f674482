import { AsyncLocalStorage } from 'node:async_hooks';

/** One upstream call made while handling an interaction, for its log line. */
export interface UpstreamCall {
  verb: string;
  /** HTTP status, or the failure reason when none arrived (`timeout`, `connection`, …). */
  status: string;
  ms: number;
}

const calls = new AsyncLocalStorage<UpstreamCall[]>();

/**
 * Runs `work` and collects the upstream calls made on its behalf, so the interaction's single log line
 * can carry their status and latency without threading them through every layer. A request that joined
 * another's call (coalesced) reports none: it made none.
 */
export async function traceUpstream<T>(
  work: () => Promise<T>,
): Promise<{ result: T; upstream: UpstreamCall[] }> {
  const made: UpstreamCall[] = [];
  const result = await calls.run(made, work);
  return { result, upstream: made };
}

/** Notes a finished call in the trace of the interaction that made it, if any. */
export function noteUpstreamCall(call: UpstreamCall): void {
  calls.getStore()?.push(call);
}
