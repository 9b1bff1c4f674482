/**
 * When the bot last clicked each account's `/settings` card, across every bot process sharing the state
 * store. A click edits the card in place: the message keeps its id, so its snowflake still dates the card
 * to the last `/settings`, and no /info is read (DiscordWebSocketService.cs:1490-1492 stores the card only
 * with a new message). Without this time, an /info reading taken between that `/settings` and the click
 * (a member typed /info) would outrank what the click just made the card show.
 */
import Keyv from 'keyv';
import type { Clock } from '../../clock.js';
import type { SyncStore } from './SyncGate.js';

/**
 * How long a click is remembered. A card older than 6 hours is synced before any click (a new card then
 * dates itself), so a day covers every card a click could still speak for, and keeps the store small.
 */
export const CLICK_MEMORY_MS = 24 * 3_600_000;

/** The last click per account, in the store the sync gate counts in (in memory without one). */
export class CardClicks {
  readonly #keyv: Keyv;

  constructor(
    store: SyncStore | undefined,
    private readonly clock: Clock,
  ) {
    this.#keyv = store?.keyv ?? new Keyv();
  }

  /** Notes that the card of `accountId` was clicked now. */
  async record(accountId: string): Promise<void> {
    try {
      await this.#keyv.set(keyOf(accountId), this.clock.now(), CLICK_MEMORY_MS);
    } catch {
      // A store that cannot write leaves the card dated by its message alone, as before the click: the
      // click itself went through, and the member must hear so.
    }
  }

  /** When the bot last clicked the card of `accountId` (epoch ms), if it did within a day and the store can tell. */
  async lastAt(accountId: string): Promise<number | undefined> {
    try {
      const at = await this.#keyv.get<number>(keyOf(accountId));
      return typeof at === 'number' ? at : undefined;
    } catch {
      return undefined;
    }
  }
}

function keyOf(accountId: string): string {
  return `proxy-click:${accountId}`;
}
