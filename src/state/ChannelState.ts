import type Keyv from 'keyv';
import type { FastTimeReading } from '../speed/fastTime.js';
import type { PendingSwitchBack } from '../speed/timedSpeed.js';
import type { SpeedMode } from '../speedModes.js';
import type { ModerationCause } from '../upstream/outcomes.js';
import { appendBounded, HISTORY_LIMIT, type HistoryEntry } from './History.js';
import { type IndexLock, KeyIndex, PROCESS_LOCAL_INDEX_LOCK } from './KeyIndex.js';
import { listKeys } from './listKeys.js';

/** Why and since when an account is halted; kept until an admin resets it. */
export interface HaltRecord {
  /** ISO 8601 time the 596 arrived. */
  since: string;
  /**
   * What met the 596: a speed subcommand, `status` (its fast-hours check), `switchBack` (an automatic
   * switch back to Relax), or `unknown` when only the upstream's account flag told us.
   */
  command: SpeedMode | 'status' | 'switchBack' | 'unknown';
  userId: string;
  /** The upstream's explanation, untrusted text. */
  upstreamText: string;
  /**
   * What Midjourney asked for: a moderation message (or block), or a CAPTCHA. Halts recorded before the
   * upstream seam have none: read them as `moderation`.
   */
  cause?: ModerationCause;
  /** The Discord channel where it was met, when known: alerts link to it, reminders fall back to it. */
  channelId?: string;
  /** ISO 8601: when the block ends, when the moderation text said (see `speed/blockEnd.ts`). */
  blockedUntil?: string;
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

const HALT_PREFIX = 'halt:';
const haltKey = (channel: string) => `${HALT_PREFIX}${channel}`;
const changeKey = (channel: string) => `change:${channel}`;
const SWITCH_BACK_PREFIX = 'switchback:';
const switchBackKey = (channel: string) => `${SWITCH_BACK_PREFIX}${channel}`;
/** The channels with a halt, and those with a pending switch back (see {@link KeyIndex}). */
const HALTS_INDEX = 'index:halts';
const SWITCH_BACKS_INDEX = 'index:switchbacks';
/** Set once the indexes hold every record, including those a version without indexes stored. */
const INDEXES_BUILT = 'index:built';
const historyKey = (channel: string) => `history:${channel}`;
const fastTimeKey = (channel: string) => `fasttime:${channel}`;
const memberSwitchKey = (channel: string, userId: string) => `cooldown:${channel}:${userId}`;

/** Told, once the store has it, that what the team sees of an account changed (e.g. to update live panels). */
export type AccountChangeListener = (account: string) => void;

/**
 * Per account state in keyv. Every write resolves only once the store has it, so callers that
 * await it before answering a user never lose a halt to a crash. Halts and pending switch backs are also
 * listed in an index each, so counting the one and finding the other never walks the store. Every write
 * of what the team sees of an account (its halt, last change, pending switch back, last fast-time reading)
 * is told to `changed` once stored, whoever made it.
 */
export class ChannelState {
  private readonly halts: KeyIndex;
  private readonly switchBackIndex: KeyIndex;
  private indexesBuilt: Promise<void> | undefined;

  /**
   * @param lock guards the indexes when several processes share the store (Redis).
   * @param syncDurably resolves once every write so far survives a power failure (`OpenedStore.syncDurably`);
   *   awaited after recording a halt, the one write whose loss would let the team into a flagged account.
   * @param changed told of each stored change of an account's halt, last change, switch back or fast time.
   */
  constructor(
    private readonly keyv: Keyv,
    lock: IndexLock = PROCESS_LOCAL_INDEX_LOCK,
    private readonly syncDurably: () => Promise<void> = async () => {},
    private readonly changed: AccountChangeListener = () => {},
  ) {
    this.halts = new KeyIndex(keyv, HALTS_INDEX, lock);
    this.switchBackIndex = new KeyIndex(keyv, SWITCH_BACKS_INDEX, lock);
  }

  /** The halt recorded for the channel, if any. */
  async halt(channel: string): Promise<HaltRecord | undefined> {
    return (await this.keyv.get<HaltRecord>(haltKey(channel))) ?? undefined;
  }

  async recordHalt(channel: string, halt: HaltRecord): Promise<void> {
    await this.keyv.set(haltKey(channel), halt);
    this.changed(channel);
    await this.halts.add(channel);
    await this.syncDurably();
  }

  /** Forgets the halt; resolves to whether one was recorded. */
  async clearHalt(channel: string): Promise<boolean> {
    const had = await this.keyv.delete(haltKey(channel));
    this.changed(channel);
    await this.unindex(this.halts, channel);
    return had;
  }

  /** How many channels are halted now: one read of the halts index. */
  async countHalts(): Promise<number> {
    await this.ensureIndexes();
    return ((await this.halts.members()) ?? []).length;
  }

  async lastChange(channel: string): Promise<SpeedChange | undefined> {
    return (await this.keyv.get<SpeedChange>(changeKey(channel))) ?? undefined;
  }

  async recordChange(channel: string, change: SpeedChange): Promise<void> {
    await this.keyv.set(changeKey(channel), change);
    this.changed(channel);
  }

  /** The pending switch back to Relax of the channel, if a timed change set one. */
  async switchBack(channel: string): Promise<PendingSwitchBack | undefined> {
    return (await this.keyv.get<PendingSwitchBack>(switchBackKey(channel))) ?? undefined;
  }

  async recordSwitchBack(record: PendingSwitchBack): Promise<void> {
    await this.keyv.set(switchBackKey(record.account), record);
    this.changed(record.account);
    await this.switchBackIndex.add(record.account);
  }

  async clearSwitchBack(channel: string): Promise<void> {
    await this.keyv.delete(switchBackKey(channel));
    this.changed(channel);
    await this.unindex(this.switchBackIndex, channel);
  }

  /** The account's last fast-time reading (Midjourney's /info), however old: kept until the next one. */
  async fastTime(channel: string): Promise<FastTimeReading | undefined> {
    return (await this.keyv.get<FastTimeReading>(fastTimeKey(channel))) ?? undefined;
  }

  async recordFastTime(channel: string, reading: FastTimeReading): Promise<void> {
    await this.keyv.set(fastTimeKey(channel), reading);
    this.changed(channel);
  }

  /** Every pending switch back in the store, found through its index (a few reads, whatever else is stored). */
  async switchBacks(): Promise<PendingSwitchBack[]> {
    await this.ensureIndexes();
    return this.switchBackIndex.records((account) => this.switchBack(account));
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

  /** Best effort: an index naming a record that is gone costs a read, never a wrong answer. */
  private async unindex(index: KeyIndex, channel: string): Promise<void> {
    await index.remove(channel).catch(() => {});
  }

  /**
   * Once per store: a store written by a version without indexes has halts and switch backs that no index
   * names yet, so its keys are walked once and indexed. A failed build is tried again on the next call.
   */
  private ensureIndexes(): Promise<void> {
    this.indexesBuilt ??= this.buildIndexes().catch((error: unknown) => {
      this.indexesBuilt = undefined;
      throw error;
    });
    return this.indexesBuilt;
  }

  private async buildIndexes(): Promise<void> {
    if (await this.keyv.get<boolean>(INDEXES_BUILT)) return;
    const keys = (await listKeys(this.keyv)) ?? [];
    const namespace = this.keyv.namespace ? `${this.keyv.namespace}:` : '';
    const found = (prefix: string) =>
      keys
        .map((key) => (key.startsWith(namespace) ? key.slice(namespace.length) : key))
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length));
    await Promise.all([
      this.halts.add(...found(HALT_PREFIX)),
      this.switchBackIndex.add(...found(SWITCH_BACK_PREFIX)),
    ]);
    await this.keyv.set(INDEXES_BUILT, true);
  }
}
