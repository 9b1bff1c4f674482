import type Keyv from 'keyv';
import { IndexedRecords } from './IndexedRecords.js';
import type { IndexLock } from './KeyIndex.js';

/** One live panel (`/speed panel`): where its message is, which account it shows, how it last looked. */
export interface PanelRecord {
  /** The Discord channel it is posted in: one panel per channel. */
  readonly channelId: string;
  readonly messageId: string;
  /** The channel's server, whose language the panel is written in. */
  readonly guildId: string;
  /** The account it shows (the channel's account when it was posted). */
  readonly account: string;
  readonly postedBy: string;
  /** ISO 8601. */
  readonly postedAt: string;
  /** A digest of the body Discord last took for it: an edit that would show the same is not sent. */
  readonly shown?: string;
  /**
   * ISO 8601: since when Discord refuses the bot access to the message (View Channel taken away), reported
   * once; cleared by the next edit that goes through.
   */
  readonly unreachableSince?: string;
}

/**
 * The live panels in keyv, one per channel and listed in an index, so that they keep updating after a
 * restart and every bot process sharing the store knows all of them. Callers hold the panel's channel
 * (see `LivePanels`) around a read and the write that follows it.
 */
export class PanelStore {
  private readonly records: IndexedRecords<PanelRecord>;

  constructor(keyv: Keyv, lock: IndexLock) {
    this.records = new IndexedRecords(keyv, 'panel:', 'index:panels', lock, (panel) => panel.channelId);
  }

  /** The panel of `channelId`, if there is one. */
  panel(channelId: string): Promise<PanelRecord | undefined> {
    return this.records.get(channelId);
  }

  /** Every panel. */
  panels(): Promise<PanelRecord[]> {
    return this.records.all();
  }

  save(record: PanelRecord): Promise<void> {
    return this.records.save(record);
  }

  /** Forgets `record`'s panel, unless its channel has a newer one by now. */
  forget(record: PanelRecord): Promise<void> {
    return this.records.delete(record.channelId, (stored) => stored.messageId === record.messageId);
  }
}
