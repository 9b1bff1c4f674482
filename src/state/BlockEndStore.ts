import type Keyv from 'keyv';
import { IndexedRecords } from './IndexedRecords.js';
import type { IndexLock } from './KeyIndex.js';

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

/**
 * The block-end reminders in the keyv store, one per account, listed in an index so finding them at start
 * never walks the store.
 */
export class BlockEndStore {
  private readonly records: IndexedRecords<BlockEndReminder>;

  constructor(keyv: Keyv, lock: IndexLock) {
    this.records = new IndexedRecords(
      keyv,
      'blockend:',
      'index:blockends',
      lock,
      (reminder) => reminder.account,
    );
  }

  get(account: string): Promise<BlockEndReminder | undefined> {
    return this.records.get(account);
  }

  record(reminder: BlockEndReminder): Promise<void> {
    return this.records.save(reminder);
  }

  /** Deletes the account's reminder, only if it is still `id` when given (a newer halt keeps its own). */
  clear(account: string, id?: string): Promise<void> {
    return this.records.delete(account, id === undefined ? undefined : (stored) => stored.id === id);
  }

  /** Every stored reminder. */
  all(): Promise<BlockEndReminder[]> {
    return this.records.all();
  }
}
