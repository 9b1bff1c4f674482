import type Keyv from 'keyv';
import { type IndexLock, KeyIndex } from './KeyIndex.js';

/** A stored reminder that a Midjourney block ends, for one account's halt. */
export interface BlockEndReminder {
  /** Unique per halt, so a reminder never acts on a newer halt of the same account. */
  readonly id: string;
  /** The upstream account (the channel id the bot routes to). */
  readonly account: string;
  /** `since` of the halt it belongs to: a reset and a new halt make it stale. */
  readonly haltSince: string;
  /** The Discord channel where the halt was met (the reminder goes there without an alert channel). */
  readonly channelId?: string;
  /** Who met the halt. */
  readonly userId: string;
  /** ISO 8601: when the block ends, as the moderation text said. */
  readonly dueAt: string;
}

const PREFIX = 'blockend:';
const INDEX = 'index:blockends';

/**
 * The block-end reminders in the keyv store, one per account, listed in an index ({@link KeyIndex}) so
 * finding them at start never walks the store.
 */
export class BlockEndStore {
  private readonly index: KeyIndex;

  constructor(
    private readonly keyv: Keyv,
    lock: IndexLock,
  ) {
    this.index = new KeyIndex(keyv, INDEX, lock);
  }

  async get(account: string): Promise<BlockEndReminder | undefined> {
    return (await this.keyv.get<BlockEndReminder>(`${PREFIX}${account}`)) ?? undefined;
  }

  async record(reminder: BlockEndReminder): Promise<void> {
    await this.keyv.set(`${PREFIX}${reminder.account}`, reminder);
    await this.index.add(reminder.account);
  }

  /** Deletes the account's reminder, only if it is still `id` when given (a newer halt keeps its own). */
  async clear(account: string, id?: string): Promise<void> {
    if (id !== undefined && (await this.get(account))?.id !== id) return;
    await this.keyv.delete(`${PREFIX}${account}`);
    await this.index.remove(account).catch(() => {});
  }

  /** Every stored reminder. */
  all(): Promise<BlockEndReminder[]> {
    return this.index.records((account) => this.get(account));
  }
}
