import type { Clock } from '../clock.js';
import type { HaltRecord } from '../state/ChannelState.js';
import type { CallLog, Upstream } from '../upstream/port.js';
import type { AccountRecords } from './AccountRecords.js';
import { type ChannelGate, gatedRun } from './ChannelGate.js';
import { FastTimeCache, type FastTimeReading, knownReading } from './fastTime.js';
import type { ChannelStatus, FastTimeStatus } from './results.js';

/**
 * Fast hours for `/speed status`: Midjourney's /info card, asked only when someone wants the status, at
 * most once per cache time per account, never while the account is halted (or may be).
 */
export class FastTimeCheck {
  private readonly cache: FastTimeCache;

  constructor(
    private readonly upstream: Upstream,
    private readonly gate: ChannelGate,
    private readonly records: AccountRecords,
    clock: Clock,
    cacheMs?: number,
  ) {
    this.cache = new FastTimeCache(clock, cacheMs);
  }

  /** The cached reading, without asking anyone. */
  cached(channel: string): FastTimeReading | undefined {
    return this.cache.fresh(channel);
  }

  forget(channel: string): void {
    this.cache.forget(channel);
  }

  /** `status` with its fast time added (and a halt, should /info meet a 596). */
  async addTo(
    status: ChannelStatus,
    channel: string,
    userId: string,
    channelId?: string,
    calls?: CallLog,
  ): Promise<ChannelStatus> {
    if (status.halt) return { ...status, fastTime: { kind: 'halted' } };
    // Without knowing whether the account is halted, the bot does not add a call of its own.
    if (status.storeProblem) return { ...status, fastTime: { kind: 'unchecked' } };
    const fresh = this.cache.fresh(channel);
    if (fresh) return { ...status, fastTime: fresh };
    const checked = await gatedRun(this.gate, channel, 'info', () =>
      this.check(channel, userId, channelId, calls),
    );
    if (checked.kind === 'queueFull') return { ...status, fastTime: { kind: 'busy' } };
    if (checked.kind === 'restarting') return { ...status, fastTime: checked };
    if (checked.kind === 'halt') return { ...status, halt: checked.halt, fastTime: { kind: 'halted' } };
    return { ...status, fastTime: checked };
  }

  /** One fast-time call; a moderation flag met here halts the account like any other. */
  private async check(
    channel: string,
    userId: string,
    channelId: string | undefined,
    calls: CallLog | undefined,
  ): Promise<FastTimeStatus | { kind: 'halt'; halt: HaltRecord }> {
    const fresh = this.cache.fresh(channel);
    if (fresh) return fresh;
    // Re-checked inside the gate: a speed change queued before this one may have met a 596.
    try {
      const halt = await this.records.state.halt(channel);
      if (halt) return { kind: 'halt', halt };
    } catch {}
    const outcome = await this.upstream.fastTime(channel, calls);
    const at = this.records.iso();
    switch (outcome.kind) {
      case 'success': {
        const hours = outcome.value;
        const reading: FastTimeReading = hours ? knownReading(hours, at) : { kind: 'missing', at };
        this.cache.store(channel, reading);
        // Not waited for: the reply needs only the reading; `status` waits for the account's writes.
        void this.records.rememberFastTime(channel, reading);
        return reading;
      }
      case 'moderation': {
        const halt = this.records.haltNow('status', userId, outcome, channelId);
        await this.records.recordHalt(channel, halt);
        await this.records.remember(channel, { at, userId, action: 'info', outcome: 'halted' });
        return { kind: 'halt', halt };
      }
      default:
        return { kind: 'failed', outcome };
    }
  }
}
