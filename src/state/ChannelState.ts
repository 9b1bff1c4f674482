import type Keyv from 'keyv';
import type { PendingSwitchBack } from '../speed/timedSpeed.js';
import type { SpeedMode } from '../speedModes.js';
import { appendBounded, HISTORY_LIMIT, type HistoryEntry } from './History.js';

/** Why and since when a useapi.net channel is halted; kept until an admin resets it. */
export interface HaltRecord {
  /** ISO 8601 time the 596 arrived. */
  since: string;
  /**
   * What met the 596: a speed subcommand, `status` (its fast-hours check), `switchBack` (an automatic
   * switch back to Relax), or `unknown` when only useapi.net's account flag told us.
   */
  command: SpeedMode | 'status' | 'switchBack' | 'unknown';
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
  /** Set when the bot made it on its own: the switch back after a timed change. */
  automatic?: boolean;
}

/** When a member last switched the speed of an account (for `COOLDOWN_SECONDS`). */
export interface MemberSwitch {
  /** ISO 8601. */
  at: string;
}

const haltKey = (channel: string) => `halt:${channel}`;
const changeKey = (channel: string) => `change:${channel}`;
const SWITCH_BACK_PREFIX = 'switchback:';
const switchBackKey = (channel: string) => `${SWITCH_BACK_PREFIX}${channel}`;
const historyKey = (channel: string) => `history:${channel}`;
const memberSwitchKey = (channel: string, userId: string) => `cooldown:${channel}:${userId}`;

/**
 * Per useapi.net channel state in keyv. Every write resolves only once the store has it, so callers that
 * await it before answering a user never lose a halt to a crash.
 */
export class ChannelState {
  /**
   * @param syncDurably resolves once every write so far survives a power failure (`OpenedStore.syncDurably`);
   *   awaited after recording a halt, the one write whose loss would let the team into a flagged account.
   */
  constructor(
    private readonly keyv: Keyv,
    private readonly syncDurably: () => Promise<void> = async () => {},
  ) {}

  /** The halt recorded for the channel, if any. */
  async halt(channel: string): Promise<HaltRecord | undefined> {
    return (await this.keyv.get<HaltRecord>(haltKey(channel))) ?? undefined;
  }

  async recordHalt(channel: string, halt: HaltRecord): Promise<void> {
    await this.keyv.set(haltKey(channel), halt);
    await this.syncDurably();
  }

  /** Forgets the halt; resolves to whether one was recorded. */
  async clearHalt(channel: string): Promise<boolean> {
    return this.keyv.delete(haltKey(channel));
  }

  /** How many channels are halted now (walks the store's keys: for metrics scrapes, not hot paths). */
  async countHalts(): Promise<number> {
    let count = 0;
    const keys = this.keys();
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

  /** The pending switch back to Relax of the channel, if a timed change set one. */
  async switchBack(channel: string): Promise<PendingSwitchBack | undefined> {
    return (await this.keyv.get<PendingSwitchBack>(switchBackKey(channel))) ?? undefined;
  }

  async recordSwitchBack(record: PendingSwitchBack): Promise<void> {
    await this.keyv.set(switchBackKey(record.account), record);
  }

  async clearSwitchBack(channel: string): Promise<void> {
    await this.keyv.delete(switchBackKey(channel));
  }

  /** Every pending switch back in the store (walks its keys: once at start). */
  async switchBacks(): Promise<PendingSwitchBack[]> {
    const keys = this.keys();
    if (!keys) return [];
    const records: PendingSwitchBack[] = [];
    // Collect keys first: reading while the SQLite adapter pages through them could skip some.
    const found: string[] = [];
    for await (const [key] of keys) if (key.startsWith(SWITCH_BACK_PREFIX)) found.push(key);
    for (const key of found) {
      const record = await this.keyv.get<PendingSwitchBack>(key);
      if (record) records.push(record);
    }
    return records;
  }

  /** The channel's history, oldest first (at most {@link HISTORY_LIMIT} entries). */
  async history(channel: string): Promise<HistoryEntry[]> {
    return (await this.keyv.get<HistoryEntry[]>(historyKey(channel))) ?? [];
  }

  /** Appends to the channel's history, dropping the oldest entries beyond `limit`. */
  async appendHistory(channel: string, entry: HistoryEntry, limit = HISTORY_LIMIT): Promise<void> {
    await this.keyv.set(historyKey(channel), appendBounded(await this.history(channel), entry, limit));
  }

  /** When `userId` last switched the channel's speed, if within the cooldown that was set with it. */
  async memberSwitch(channel: string, userId: string): Promise<MemberSwitch | undefined> {
    return (await this.keyv.get<MemberSwitch>(memberSwitchKey(channel, userId))) ?? undefined;
  }

  /** Records a member's switch; the store forgets it after `keepMs` (the cooldown). */
  async recordMemberSwitch(channel: string, userId: string, at: string, keepMs: number): Promise<void> {
    await this.keyv.set(memberSwitchKey(channel, userId), { at } satisfies MemberSwitch, keepMs);
  }

  private keys(): AsyncIterable<[string, unknown]> | undefined {
    return this.keyv.iterator?.(this.keyv.namespace) as AsyncIterable<[string, unknown]> | undefined;
  }
}
