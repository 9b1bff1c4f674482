/**
 * At most one `account-sync` per account per {@link SYNC_SPACING_MS}, across every bot process sharing the
 * state store. The proxy's admin sync first clears its own anti-ban throttle (`ClearSyncInfoCache`,
 * TaskService.cs:2193-2196, DiscordService.cs:4346-4362), which otherwise allows 1 sync per 5 min and 5 per
 * hour (DiscordService.cs:4171-4180), then sends `/info` and `/settings` to Midjourney; its author warns that
 * frequent syncs get accounts banned (DiscordAccountInitializer.cs:989). So the bot keeps the count itself.
 *
 * The time of the last sync is kept in the store under the shared lock (a Redis `SET NX` lock with several
 * processes, see `RedisChannelLock`); a sync is counted when it is claimed, before it is sent, so one that
 * fails still counts: the proxy may have sent the commands anyway.
 */
import Keyv from 'keyv';
import type { Clock } from '../../clock.js';
import { type IndexLock, PROCESS_LOCAL_INDEX_LOCK } from '../../state/KeyIndex.js';

/** The shortest time between two syncs of one account. */
export const SYNC_SPACING_MS = 10 * 60_000;

/** Where the syncs are counted: the bot's state store and the lock its processes share. */
export interface SyncStore {
  readonly keyv: Keyv;
  readonly lock: IndexLock;
}

/** Whether a sync may go now; when not, how long until one may (unknown when the store cannot tell). */
export type SyncClaim = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs?: number };

/** Counts syncs per account; refuses one sooner than {@link SYNC_SPACING_MS} after the last. */
export class SyncGate {
  readonly #store: SyncStore;
  readonly #inFlight = new Set<string>();

  /** Without a store (a process on its own, `npm run doctor`), the count is kept in memory. */
  constructor(
    store: SyncStore | undefined,
    private readonly clock: Clock,
    private readonly spacingMs = SYNC_SPACING_MS,
  ) {
    this.#store = store ?? { keyv: new Keyv(), lock: PROCESS_LOCAL_INDEX_LOCK };
  }

  /**
   * Claims the next sync of `accountId`. A store that cannot tell refuses: a sync skipped costs a stale
   * reading, one too many risks the account.
   */
  async claim(accountId: string): Promise<SyncClaim> {
    const key = `proxy-sync:${accountId}`;
    // Another call of this process is claiming it right now: that one syncs.
    if (this.#inFlight.has(key)) return { ok: false, retryAfterMs: this.spacingMs };
    this.#inFlight.add(key);
    try {
      const { keyv, lock } = this.#store;
      return await lock.withLock(key, async (): Promise<SyncClaim> => {
        const now = this.clock.now();
        const last = await keyv.get<number>(key);
        // A time ahead of this process's clock (another process's clock runs ahead) counts as just now.
        if (typeof last === 'number' && now - last < this.spacingMs) {
          return { ok: false, retryAfterMs: Math.min(last + this.spacingMs - now, this.spacingMs) };
        }
        await keyv.set(key, now, this.spacingMs);
        return { ok: true };
      });
    } catch {
      return { ok: false };
    } finally {
      this.#inFlight.delete(key);
    }
  }
}
