import type Keyv from 'keyv';
import type { SpeedMode } from '../speedModes.js';

/** Why and since when a useapi.net channel is halted; kept until an admin resets it. */
export interface HaltRecord {
  /** ISO 8601 time the 596 arrived. */
  since: string;
  /** The subcommand that met the 596 (`unknown` when only useapi.net's account flag told us). */
  command: SpeedMode | 'unknown';
  userId: string;
  /** useapi.net's explanation, untrusted text. */
  upstreamText: string;
}

/** The last successful speed change in a channel. */
export interface SpeedChange {
  mode: SpeedMode;
  userId: string;
  /** ISO 8601. */
  at: string;
}

const haltKey = (channel: string) => `halt:${channel}`;
const changeKey = (channel: string) => `change:${channel}`;

/**
 * Per useapi.net channel state in keyv. Every write resolves only once the store has it, so callers that
 * await it before answering a user never lose a halt to a crash.
 */
export class ChannelState {
  constructor(private readonly keyv: Keyv) {}

  /** The halt recorded for the channel, if any. */
  async halt(channel: string): Promise<HaltRecord | undefined> {
    return (await this.keyv.get<HaltRecord>(haltKey(channel))) ?? undefined;
  }

  async recordHalt(channel: string, halt: HaltRecord): Promise<void> {
    await this.keyv.set(haltKey(channel), halt);
  }

  /** Forgets the halt; resolves to whether one was recorded. */
  async clearHalt(channel: string): Promise<boolean> {
    return this.keyv.delete(haltKey(channel));
  }

  /** How many channels are halted now (walks the store's keys: for metrics scrapes, not hot paths). */
  async countHalts(): Promise<number> {
    let count = 0;
    const keys = this.keyv.iterator?.(this.keyv.namespace) as AsyncIterable<[string, unknown]> | undefined;
    if (!keys) return Number.NaN;
    for await (const [key] of keys) if (key.startsWith('halt:')) count += 1;
    return count;
  }

  async lastChange(channel: string): Promise<SpeedChange | undefined> {
    return (await this.keyv.get<SpeedChange>(changeKey(channel))) ?? undefined;
  }

  async recordChange(channel: string, change: SpeedChange): Promise<void> {
    await this.keyv.set(changeKey(channel), change);
  }
}
