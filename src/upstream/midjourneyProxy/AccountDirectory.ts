/**
 * Finds the proxy's account id for a Discord channel. Admin routes take the account's GUID, the bot knows
 * the channel; the search route maps one to the other (disabled accounts included). Ids are kept for a short
 * time so a burst of commands costs one search, and forgotten when the proxy says the id is gone.
 */
import type { Clock } from '../../clock.js';
import type { ClassifiedOutcome } from '../outcomes.js';
import type { AdminApi, CallContext } from './AdminApi.js';
import { isEnabled } from './accountState.js';

/** How long a channel → id answer is reused. */
export const ACCOUNT_ID_TTL_MS = 60_000;

/** Channel → account id, cached. */
export class AccountDirectory {
  readonly #ids = new Map<string, { id: string; expiresAt: number }>();

  constructor(
    private readonly api: AdminApi,
    private readonly clock: Clock,
    private readonly ttlMs = ACCOUNT_ID_TTL_MS,
  ) {}

  /** The account id for `channel`; `notFound` when the proxy has none. */
  async idFor(call: CallContext, channel: string): Promise<ClassifiedOutcome<string>> {
    const cached = this.#ids.get(channel);
    if (cached && cached.expiresAt > this.clock.now()) return { kind: 'success', value: cached.id };
    this.#ids.delete(channel);
    const found = await this.api.searchAccounts(call, { channelId: channel });
    if (found.kind !== 'success') return found;
    // The search filters by channel already; checking again guards against a proxy that ignores the filter.
    const matches = found.value.list.filter((account) => account.channelId === channel);
    const account = matches.find(isEnabled) ?? matches[0];
    if (!account) return { kind: 'notFound', status: found.status };
    this.#ids.set(channel, { id: account.id, expiresAt: this.clock.now() + this.ttlMs });
    return { kind: 'success', value: account.id, status: found.status };
  }

  /** Forgets `channel`'s id (the proxy said it no longer exists). */
  forget(channel: string): void {
    this.#ids.delete(channel);
  }
}
