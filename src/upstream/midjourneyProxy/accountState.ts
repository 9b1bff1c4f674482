/**
 * What a midjourney-proxy account says about itself: flagged or disabled, which `/settings` button switches
 * to a mode, which mode is active, how much fast time is left. Pure functions over the parsed account.
 */
import type { Clock } from '../../clock.js';
import type { SpeedMode } from '../../speedModes.js';
import { parseFastHours } from '../fastHours.js';
import type { ClassifiedFailure } from '../outcomes.js';
import type { AccountReport, FastHours } from '../port.js';
import type { ProxyAccount } from './schemas.js';
import { shownMode } from './settingsCard.js';

/** The job mode word the bot reports for each mode, as Midjourney's buttons name it. */
const MODE_WORDS = { fast: 'Fast', turbo: 'Turbo', relax: 'Relax' } as const satisfies Record<
  SpeedMode,
  string
>;

/**
 * Embed titles after which the proxy disables the account with `disabledReason = "<title>, <description>"`
 * that mean Midjourney moderation (a halt). The proxy disables for "Plan Cancelled", "Subscription
 * required", "Subscription paused" and "账号用量已经用完" (usage exhausted) too: those are not moderation.
 */
export const MODERATION_REASON_PREFIXES = ['Pending mod message', 'Blocked'] as const;

/** True when the proxy has the account enabled (`enable` is a nullable bool; `null` means off). */
export function isEnabled(account: ProxyAccount): boolean {
  return account.enable === true;
}

function isModerationReason(reason: string | null | undefined): boolean {
  const text = reason?.trim() ?? '';
  return MODERATION_REASON_PREFIXES.some((prefix) => text.toLowerCase().startsWith(prefix.toLowerCase()));
}

/**
 * Why the team must not use the account now, or `undefined` when it may: a CAPTCHA lock or a moderation
 * disable is `moderation` (a halt); any other disable is `accountDisabled` (a plain failure).
 */
export function accountBlock(account: ProxyAccount): ClassifiedFailure | undefined {
  const reason = account.disabledReason?.trim() || undefined;
  if (account.lock === true) {
    return {
      kind: 'moderation',
      cause: 'captcha',
      upstreamMessage: reason,
      captchaUrl: account.cfUrl?.trim() || undefined,
    };
  }
  if (isEnabled(account)) return undefined;
  return isModerationReason(reason)
    ? { kind: 'moderation', cause: 'moderation', upstreamMessage: reason }
    : { kind: 'accountDisabled', upstreamMessage: reason };
}

/** The neutral account report. A reason left over from before an enable does not count once enabled. */
export function reportOf(account: ProxyAccount): AccountReport {
  const block = accountBlock(account);
  const flag = block?.kind === 'moderation' ? block : undefined;
  return {
    flagged: flag !== undefined,
    cause: flag?.cause,
    moderationText: flag?.upstreamMessage,
    captchaUrl: flag?.captchaUrl,
    enabled: isEnabled(account),
    jobMode: jobModeOf(account),
  };
}

/** The job mode word the bot reports for `mode`. */
export function modeWord(mode: SpeedMode): string {
  return MODE_WORDS[mode];
}

/** The job mode the account shows (see {@link shownMode}), in the word Midjourney's buttons use. */
export function jobModeOf(account: ProxyAccount): string | undefined {
  const mode = shownMode(account, infoReadAt(account));
  if (mode) return modeWord(mode);
  const stated = account.properties?.['Job Mode'] ?? account.displays?.mode;
  return typeof stated === 'string' && stated.trim() !== '' ? stated.trim() : undefined;
}

/** When the proxy last read the account's /info card (epoch ms), if it says and the date parses. */
export function infoReadAt(account: ProxyAccount): number | undefined {
  if (!account.infoUpdated) return undefined;
  const at = Date.parse(account.infoUpdated);
  return Number.isFinite(at) ? at : undefined;
}

/**
 * True when the /info reading is younger than `maxAgeMs`. A reading dated in the future counts as old:
 * .NET may send a local time without its offset, and a wrong guess must cost a sync, not hide a stale value.
 */
export function infoIsFresh(account: ProxyAccount, clock: Clock, maxAgeMs: number): boolean {
  const at = infoReadAt(account);
  if (at === undefined) return false;
  const age = clock.now() - at;
  return age >= 0 && age < maxAgeMs;
}

/** The fast hours of the last /info card, if it had a readable line. */
export function fastHoursOf(account: ProxyAccount): FastHours | undefined {
  const value = account.fastTimeRemaining ?? account.properties?.['Fast Time Remaining'];
  if (value === undefined || value === null) return undefined;
  const hours = parseFastHours(String(value));
  if (!hours) return undefined;
  const at = infoReadAt(account);
  return at === undefined ? hours : { ...hours, readAt: new Date(at).toISOString() };
}
