/**
 * The doctor's look at what midjourney-proxy keeps for each account the bot uses: the proxy's clock offset
 * (its `infoUpdated` has none, so the bot dates readings with it), how old the stored /info reading and
 * `/settings` card are, and whether the proxy has a live Discord session for the account (`running`).
 * Read from the account list only: nothing is synced.
 */
import { duration } from '../../i18n/duration.js';
import { render } from '../../i18n/render.js';
import type { AccountSummary, ProxyAccountState } from '../../upstream/port.js';
import { type CheckName, type CheckResult, oneLine, passed, skipped, warned } from './report.js';

export const PROXY_READINGS: CheckName = { id: 'proxyReadings', title: 'Account readings' };

const NOT_RUNNING_FIX =
  "open the account on midjourney-proxy's admin page: it must be enabled, connected and free of a CAPTCHA; after an enable the proxy reconnects within a minute or two";

/** `UTC+8`, `UTC-4:30`, `UTC`. */
export function utcOffsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const whole = Math.abs(minutes);
  const rest = whole % 60;
  return `UTC${sign}${Math.floor(whole / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** `3 h 5 min ago`, to the minute. */
function ago(iso: string, now: number): string {
  const ms = Math.max(60_000, now - Date.parse(iso));
  // The doctor speaks to the operator, in English like the logs.
  return `${render(duration(Math.floor(ms / 60_000) * 60_000), 'en-US')} ago`;
}

function describeReadings(account: AccountSummary, state: ProxyAccountState, now: number): string {
  const name = account.name ? ` “${oneLine(account.name, 60)}”` : '';
  const info = state.infoReadAt
    ? `/info read ${ago(state.infoReadAt, now)}`
    : state.infoTaken
      ? '/info read at a time that cannot be placed'
      : 'no /info reading yet';
  const card = state.cardSentAt ? `/settings card from ${ago(state.cardSentAt, now)}` : 'no /settings card';
  return `${account.account}${name}: ${state.running ? 'running' : 'NOT running'}; ${info}; ${card}`;
}

/** The check over `accounts`, those of midjourney-proxy's accounts the bot uses. */
export function checkProxyReadings(accounts: readonly AccountSummary[], now: number): CheckResult {
  const withState = accounts.flatMap((account) => (account.proxy ? [{ account, state: account.proxy }] : []));
  if (withState.length === 0) return skipped(PROXY_READINGS, 'the bot uses no account of midjourney-proxy');
  const details = withState.map(({ account, state }) => describeReadings(account, state, now));
  const offset = withState.find(({ state }) => state.utcOffsetMinutes !== undefined)?.state.utcOffsetMinutes;
  const notRunning = withState.filter(({ state }) => !state.running).length;
  if (offset === undefined) {
    return warned(
      PROXY_READINGS,
      "midjourney-proxy's answers did not show its clock, so the bot cannot date its fast-time readings and shows them without a time",
      { fix: 'check that nothing between the bot and the proxy rewrites its JSON answers', details },
    );
  }
  const clock = `midjourney-proxy's clock runs at ${utcOffsetText(offset)}`;
  if (notRunning > 0) {
    return warned(
      PROXY_READINGS,
      `${clock}; ${notRunning} account${notRunning === 1 ? ' is' : 's are'} not running there (no live Discord session), so switches fail`,
      { fix: NOT_RUNNING_FIX, details },
    );
  }
  return passed(PROXY_READINGS, `${clock}; every account the bot uses is running`, { details });
}
