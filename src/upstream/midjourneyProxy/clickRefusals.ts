/**
 * What the proxy's refusals of a click or a sync mean, by their words (audit rows 10, 15, 19; §3.4, §3.5,
 * §3.8). `account-action` relays Discord's refusal as `"{HttpStatusCode name}: {payload}"` after its own
 * retries, and answers a Discord 403 by disabling the account (DiscordService.cs:3932-4045); `同步失败`
 * covers a busy lock as well as a dead session (DS:4117-4121,4213-4256). Pure functions.
 */
import type { ClassifiedFailure } from '../outcomes.js';

/** The proxy's words the click flow tells apart. */
export const CLICK_REFUSALS = {
  /** Discord rate-limited the click past the proxy's 4 retries (DS:3949-3961, 4014). */
  tooManyRequests: 'TooManyRequests:',
  /** Discord no longer knows the stored card's message (DS:3963-4011): a sync stores a new one. */
  staleCard: ['NotFound:', 'BadRequest:'],
  /** Discord answered 403: the proxy has disabled the account with `请求没有操作权限` (DS:4017-4035). */
  accountDisabled: '请求失败，禁用账号',
  /** `AdminController.SyncAccount` (AC:587-601). */
  syncFailed: '同步失败',
} as const;

/** True when a refusal says the stored `/settings` card is out of date at Discord. */
export function isStaleCardRefusal(failure: ClassifiedFailure): boolean {
  const text = failure.upstreamMessage?.trimStart() ?? '';
  return failure.kind === 'badRequest' && CLICK_REFUSALS.staleCard.some((prefix) => text.startsWith(prefix));
}

/** True when the click refusal says the proxy disabled the account (Discord refused with 403). */
export function isDisabledByRefusal(failure: ClassifiedFailure): boolean {
  return (
    failure.kind === 'accountDisabled' ||
    Boolean(failure.upstreamMessage?.includes(CLICK_REFUSALS.accountDisabled))
  );
}

/** True when a sync refusal is `同步失败`, which needs the account read to tell busy from broken. */
export function isSyncFailure(failure: ClassifiedFailure): boolean {
  return Boolean(failure.upstreamMessage?.includes(CLICK_REFUSALS.syncFailed));
}

/** How long after the proxy's local midnight its accounts are offline (audit §3.8: about 1–2 min). */
export const DAILY_GAP_MS = 3 * 60_000;

const DAY_MS = 86_400_000;

/**
 * True when `now` falls in the daily gap after the proxy's local midnight, when the fast-task counter
 * `IsAlive` needs has expired (CounterHelper.cs:114-115, DS:492-496). `utcOffsetMs` is the proxy's offset
 * from UTC; unknown means no midnight rule.
 */
export function inDailyGap(now: number, utcOffsetMs: number | undefined): boolean {
  if (utcOffsetMs === undefined) return false;
  const sinceMidnight = (((now + utcOffsetMs) % DAY_MS) + DAY_MS) % DAY_MS;
  return sinceMidnight < DAILY_GAP_MS;
}
