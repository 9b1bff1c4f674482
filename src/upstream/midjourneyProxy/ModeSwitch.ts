/**
 * One speed change through midjourney-proxy's `/settings` card: wait for an account that is reconnecting,
 * make sure the card is stored and recent enough to trust, click nothing when the mode is already active
 * (mode buttons may toggle), click once, tell the proxy's refusals apart, and read the effect back.
 */
import type { Clock } from '../../clock.js';
import type { SpeedMode } from '../../speedModes.js';
import {
  type ClassifiedFailure,
  type ClassifiedOutcome,
  OFFLINE_DETAILS,
  UNSENT_TIMEOUT_DETAILS,
} from '../outcomes.js';
import type { FastHours, SpeedChanged } from '../port.js';
import { type AccountWatcher, refusedSyncFailure, type SyncOutcome } from './AccountWatcher.js';
import type { AdminApi, CallContext } from './AdminApi.js';
import { accountBlock, fastHoursOf, isEnabled, modeWord } from './accountState.js';
import type { CardClicks } from './CardClicks.js';
import { inDailyGap, isDisabledByRefusal, isStaleCardRefusal, isSyncFailure } from './clickRefusals.js';
import type { ProxyTime } from './ProxyTime.js';
import type { ProxyAccount } from './schemas.js';
import { cardIsTrusted, modeButton, shownMode } from './settingsCard.js';

/** Time a click needs left to be worth sending: the proxy answers one after 2 s at least (TaskService.cs:2267). */
export const CLICK_RESERVE_MS = 4_000;

/**
 * {@link CLICK_RESERVE_MS}, but at most half of a call's `deadlineMs`: a deadline configured shorter than
 * the reserve (USEAPI_DEADLINE_MS may be 1 s) must still leave room to click at all.
 */
export function clickReserveFor(deadlineMs: number): number {
  return Math.min(CLICK_RESERVE_MS, deadlineMs / 2);
}

/** When the member is told to try again after the proxy reconnects an account (its routine check runs every minute). */
const RECONNECT_RETRY_MS = 60_000;

/** The proxy's auto-relax threshold: it sends `/relax` itself at 0.2 h of fast time or less (DWS:1409-1460). */
export const AUTO_RELAX_HOURS = 0.2;

/**
 * True when the account was enabled again but the proxy has not reconnected it: its disabled reason is
 * kept until the reconnect resets it (DiscordWebSocketService.cs:2409-2418, AdminController.cs:1063).
 */
export function isReconnecting(account: ProxyAccount): boolean {
  return isEnabled(account) && account.lock !== true && Boolean(account.disabledReason?.trim());
}

/**
 * `account-sync` through the watcher (and so its gate: `syncRefused` when the account was synced less than
 * 10 minutes ago); a `同步失败` is explained by reading the account: a disable or a CAPTCHA lock is said as
 * such, anything else stays busy (audit §3.5).
 */
export async function syncExplained(
  api: AdminApi,
  watcher: AccountWatcher,
  call: CallContext,
  id: string,
  landed: (account: ProxyAccount) => boolean,
  fallback?: ProxyAccount,
): Promise<SyncOutcome> {
  const synced = await watcher.syncAndWait(call, id, landed, fallback);
  if (synced.kind === 'success' || synced.kind === 'syncRefused' || !isSyncFailure(synced)) return synced;
  const read = await api.account(call, id);
  return (read.kind === 'success' && accountBlock(read.value)) || synced;
}

/** Clicks the `/settings` mode buttons of one proxy. */
export class ModeSwitch {
  constructor(
    private readonly api: AdminApi,
    private readonly watcher: AccountWatcher,
    private readonly clock: Clock,
    private readonly pollMs: number,
    /** Dates /info readings and knows the proxy's UTC offset (its daily restart is at its local midnight). */
    private readonly time: ProxyTime,
    /** Where each click is noted: it dates the card it edits (see ./CardClicks.ts). */
    private readonly clicks: CardClicks,
    /** Time a click needs left to be sent (see {@link clickReserveFor}). */
    private readonly clickReserveMs: number,
  ) {}

  /** Switches the account `id` (serving `channel`, read as `current`) to `mode`, clicking at most twice. */
  async switchTo(
    call: CallContext,
    channel: string,
    id: string,
    mode: SpeedMode,
    current: ProxyAccount,
  ): Promise<ClassifiedOutcome<SpeedChanged>> {
    let account = current;
    if (isReconnecting(account)) {
      const live = await this.#untilLive(call, channel, id);
      if (live.kind !== 'success') return live;
      account = live.value;
    }
    const card = await this.#trustedCard(call, id, mode, account);
    if (card.kind !== 'success') return card;
    return this.#decideAndClick(call, id, mode, card.value, true);
  }

  /**
   * The account with a card showing `mode`'s button, synced once when it has none or it is too old. Without
   * a trusted card nothing is decided (a click on the active mode may switch it off, issue 19 point 3): a
   * sync the gate refuses is "busy" with when one may go, one that does not land in time is "could not
   * refresh the card".
   */
  async #trustedCard(
    call: CallContext,
    id: string,
    mode: SpeedMode,
    account: ProxyAccount,
  ): Promise<ClassifiedOutcome<ProxyAccount>> {
    const trusted = (next: ProxyAccount) =>
      modeButton(next, mode) !== undefined && cardIsTrusted(next, this.clock);
    if (trusted(account)) return { kind: 'success', value: account };
    const synced = await syncExplained(this.api, this.watcher, call, id, trusted);
    if (synced.kind === 'syncRefused') return refusedSyncFailure(synced);
    // The watcher hands back the last reading when the sync did not land in time: still no card to trust.
    // Out of time before anything was clicked, so the mode cannot have changed.
    const timedOut = synced.kind === 'unavailable' && synced.reason === 'timeout';
    if (timedOut || (synced.kind === 'success' && !trusted(synced.value))) {
      return { kind: 'unavailable', reason: 'timeout', detail: UNSENT_TIMEOUT_DETAILS.cardNotRefreshed };
    }
    return synced;
  }

  async #decideAndClick(
    call: CallContext,
    id: string,
    mode: SpeedMode,
    account: ProxyAccount,
    mayRetry: boolean,
  ): Promise<ClassifiedOutcome<SpeedChanged>> {
    // Clicking the active mode's button may switch it off: say so instead (audit §3.7).
    if (shownMode(account, await this.time.modeReadings(call, id, account)) === mode) {
      return alreadyActive(account, mode);
    }
    const button = modeButton(account, mode);
    if (!button) return { kind: 'unavailable', reason: 'timeout', detail: 'NO_SETTINGS_BUTTON' };
    // A slow sync may have left too little time for the proxy to answer (it takes 2 s at least): a click
    // aborted after it was sent leaves the mode unknown, so "busy" with nothing sent.
    if (call.deadline.remainingMs() <= this.clickReserveMs) return { kind: 'busy' };
    const clicked = await this.api.clickButton(call, id, button.customId);
    if (clicked.kind !== 'success') return this.#refused(call, id, mode, account, clicked, mayRetry);
    await this.clicks.record(id);
    const confirmed = await this.watcher.confirmMode(call, id, mode);
    if (confirmed.kind !== 'success' || !confirmed.value.confirmation) return confirmed;
    const { confirmation } = confirmed.value;
    const risk = autoRelaxRisk(mode, confirmation.fastHours);
    return { ...confirmed, value: { confirmation: { ...confirmation, ...risk } } };
  }

  /** A refused click, by the proxy's words (audit §3.4). */
  async #refused(
    call: CallContext,
    id: string,
    mode: SpeedMode,
    clickedOn: ProxyAccount,
    failure: ClassifiedFailure,
    mayRetry: boolean,
  ): Promise<ClassifiedOutcome<SpeedChanged>> {
    if (failure.kind === 'unavailable' && failure.reason === 'accountOffline') {
      // The refusal's own `Result` has just taught the proxy's offset; unknown means no midnight rule.
      return inDailyGap(this.clock.now(), this.time.utcOffsetMs)
        ? { ...failure, detail: OFFLINE_DETAILS.dailyRestart, retryAfterMs: RECONNECT_RETRY_MS }
        : failure;
    }
    if (isDisabledByRefusal(failure)) {
      // Discord refused with 403 and the proxy disabled the account: its reason says why.
      const read = await this.api.account(call, id);
      if (read.kind !== 'success')
        return { kind: 'accountDisabled', upstreamMessage: failure.upstreamMessage };
      return (
        accountBlock(read.value) ?? { kind: 'accountDisabled', upstreamMessage: failure.upstreamMessage }
      );
    }
    if (!mayRetry || !isStaleCardRefusal(failure) || call.deadline.remainingMs() <= this.clickReserveMs) {
      return failure;
    }
    // Discord no longer takes clicks on the stored card: a sync stores a new one, then one more click.
    const before = clickedOn.settingsMessageId;
    const synced = await syncExplained(
      this.api,
      this.watcher,
      call,
      id,
      (next) => next.settingsMessageId !== before && modeButton(next, mode) !== undefined,
    );
    if (synced.kind === 'moderation' || synced.kind === 'accountDisabled') return synced;
    // The gate allows no sync yet: a new card comes once it does, so "busy" with when.
    if (synced.kind === 'syncRefused') return refusedSyncFailure(synced);
    if (synced.kind !== 'success' || call.deadline.remainingMs() <= this.clickReserveMs) return failure;
    return this.#decideAndClick(call, id, mode, synced.value, false);
  }

  /**
   * Reads the search route's `running` (the instance's `IsAlive`, AdminController.cs:1275) until the
   * proxy has reconnected the account, while a click still fits in the deadline; the account as it then
   * reads, or "still reconnecting" with when to try again.
   */
  async #untilLive(call: CallContext, channel: string, id: string): Promise<ClassifiedOutcome<ProxyAccount>> {
    for (;;) {
      const found = await this.api.searchAccounts(call, { channelId: channel });
      if (found.kind !== 'success') return found;
      const live = found.value.list.find((account) => account.id === id && account.running === true);
      if (live) {
        const read = await this.api.account(call, id);
        if (read.kind !== 'success') return read;
        return accountBlock(read.value) ?? read;
      }
      const roomForClick = call.deadline.remainingMs() > this.pollMs + this.clickReserveMs;
      if (!roomForClick || !(await call.deadline.wait(this.pollMs))) {
        return {
          kind: 'unavailable',
          reason: 'accountOffline',
          detail: OFFLINE_DETAILS.reconnecting,
          retryAfterMs: RECONNECT_RETRY_MS,
        };
      }
    }
  }
}

/** The answer when the account already shows `mode`: nothing clicked. */
function alreadyActive(account: ProxyAccount, mode: SpeedMode): ClassifiedOutcome<SpeedChanged> {
  // Undated, as after a click: a switch reply shows the figures only.
  const fastHours = fastHoursOf(account);
  return {
    kind: 'success',
    value: {
      alreadyActive: true,
      confirmation: {
        confirmed: true,
        jobMode: modeWord(mode),
        fastHours,
        ...autoRelaxRisk(mode, fastHours),
      },
    },
  };
}

/** `mayRevertToRelax` when a fast or turbo account is at or under the proxy's auto-relax threshold. */
function autoRelaxRisk(mode: SpeedMode, hours: FastHours | undefined): { mayRevertToRelax?: true } {
  return mode !== 'relax' && hours && hours.remainingHours <= AUTO_RELAX_HOURS
    ? { mayRevertToRelax: true }
    : {};
}
