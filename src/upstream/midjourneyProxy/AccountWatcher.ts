/**
 * Waits for the proxy's account to show something: a sync landing, a mode change taking effect. The proxy
 * answers its sync route once /info and /settings had time to land, and its action route about 2 s after
 * Discord took the click; what Midjourney replies reaches the account through the gateway, so the bot
 * reads the account again until it shows, within the call's deadline (a few seconds only for a click).
 */
import type { SpeedMode } from '../../speedModes.js';
import type { ClassifiedFailure, ClassifiedOutcome } from '../outcomes.js';
import type { SpeedChanged } from '../port.js';
import type { AdminApi, CallContext } from './AdminApi.js';
import { accountBlock, fastHoursOf, modeWord } from './accountState.js';
import type { SyncGate } from './SyncGate.js';
import type { ProxyAccount } from './schemas.js';
import { activeMode } from './settingsCard.js';

/** How long a click's effect is waited for after `account-action` answered (audit §3.6: about 4 s). */
export const CONFIRM_WINDOW_MS = 4_000;

/** The sync gate said no: the account was synced less than 10 minutes ago (or the store cannot tell). */
export interface SyncRefused {
  readonly kind: 'syncRefused';
  /** How long until a sync may go, when known. */
  readonly retryAfterMs?: number;
}

/** How {@link AccountWatcher.syncAndWait} ended. */
export type SyncOutcome = ClassifiedOutcome<ProxyAccount> | SyncRefused;

/** A refused sync, for a caller that cannot go on without it: "busy, try again then". */
export function refusedSyncFailure(refused: SyncRefused): ClassifiedFailure {
  return { kind: 'busy', retryAfterMs: refused.retryAfterMs };
}

/** How a wait for the account to change ended. */
type PollResult =
  | { readonly kind: 'done'; readonly account: ProxyAccount }
  | { readonly kind: 'gaveUp'; readonly last?: ProxyAccount }
  | { readonly kind: 'failed'; readonly failure: ClassifiedFailure };

/** Reads one account again and again until it shows what the caller waits for. */
export class AccountWatcher {
  constructor(
    private readonly api: AdminApi,
    /** Pause between two reads. */
    private readonly pollMs: number,
    /** Every `account-sync` the client sends goes through it. */
    private readonly syncGate: SyncGate,
  ) {}

  /**
   * `account-sync`, then reads until `landed` holds. A block showing up meanwhile wins; running out of time
   * gives the last reading (or `fallback`) so the caller decides what an old reading is worth. The only way
   * the client syncs: refused (`syncRefused`) within 10 minutes of the account's last sync from any process.
   */
  async syncAndWait(
    call: CallContext,
    id: string,
    landed: (account: ProxyAccount) => boolean,
    fallback?: ProxyAccount,
  ): Promise<SyncOutcome> {
    const claim = await this.syncGate.claim(id);
    if (!claim.ok) return { kind: 'syncRefused', retryAfterMs: claim.retryAfterMs };
    const synced = await this.api.sync(call, id);
    if (synced.kind !== 'success') return synced;
    const polled = await this.#pollUntil(
      call,
      id,
      (next) => accountBlock(next) !== undefined || landed(next),
    );
    if (polled.kind === 'failed') return polled.failure;
    const account = polled.kind === 'done' ? polled.account : (polled.last ?? fallback);
    if (!account) return { kind: 'unavailable', reason: 'timeout', detail: 'SYNC_NOT_SEEN' };
    return accountBlock(account) ?? { kind: 'success', value: account };
  }

  /**
   * After the click: reads back until the mode's button is the active one, for a few seconds only (the
   * card's edit normally lands before `account-action` even answers, audit §2.1), so a click whose effect
   * does not show ends "sent, not confirmed" instead of holding the member for the whole deadline.
   */
  async confirmMode(
    call: CallContext,
    id: string,
    mode: SpeedMode,
  ): Promise<ClassifiedOutcome<SpeedChanged>> {
    const polled = await this.#pollUntil(
      call,
      id,
      (next) => accountBlock(next) !== undefined || activeMode(next) === mode,
      Math.ceil(CONFIRM_WINDOW_MS / this.pollMs) + 1,
    );
    if (polled.kind === 'done') {
      // A CAPTCHA often comes right after an interaction: the account is flagged now, whatever the mode,
      // and the click may have switched it before the flag showed.
      const block = accountBlock(polled.account);
      if (block) return block.kind === 'moderation' ? { ...block, afterSwitch: true } : block;
      return {
        kind: 'success',
        value: {
          confirmation: {
            confirmed: true,
            // The button just confirmed it: an older /info "Job Mode" must not contradict the click.
            jobMode: modeWord(mode),
            fastHours: fastHoursOf(polled.account),
          },
        },
      };
    }
    // The click was accepted; failing to read it back is "sent, not confirmed", not a failure.
    const last = polled.kind === 'gaveUp' ? polled.last : undefined;
    return {
      kind: 'success',
      value: { confirmation: { confirmed: false, fastHours: last && fastHoursOf(last) } },
    };
  }

  /**
   * Reads the account now, then every `pollMs`, until `done` holds, a read fails, time runs short or
   * `maxReads` reads were made.
   */
  async #pollUntil(
    call: CallContext,
    id: string,
    done: (account: ProxyAccount) => boolean,
    maxReads = Number.POSITIVE_INFINITY,
  ): Promise<PollResult> {
    let last: ProxyAccount | undefined;
    for (let reads = 1; ; reads += 1) {
      const read = await this.api.account(call, id);
      if (read.kind !== 'success') {
        return call.deadline.expired ? { kind: 'gaveUp', last } : { kind: 'failed', failure: read };
      }
      last = read.value;
      if (done(last)) return { kind: 'done', account: last };
      if (reads >= maxReads) return { kind: 'gaveUp', last };
      if (!(await call.deadline.wait(this.pollMs))) return { kind: 'gaveUp', last };
    }
  }
}
