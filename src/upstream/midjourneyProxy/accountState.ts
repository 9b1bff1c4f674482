/**
 * What a midjourney-proxy account says about itself: flagged or disabled, which job mode it reports (read
 * from the `/settings` card or /info, see ./settingsCard.ts), how much fast time is left. Pure functions
 * over the parsed account.
 */
import type { SpeedMode } from '../../speedModes.js';
import { parseFastHours } from '../fastHours.js';
import type { ClassifiedFailure } from '../outcomes.js';
import type { AccountReport, FastHours } from '../port.js';
import type { ProxyAccount } from './schemas.js';
import { type ModeReadings, shownMode } from './settingsCard.js';

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

/**
 * The neutral account report. A reason left over from before an enable does not count once enabled.
 * `readings` date the /info reading and the bot's last click (see ./ProxyTime.ts), so its "Job Mode" is
 * weighed against the card.
 */
export function reportOf(account: ProxyAccount, readings: ModeReadings): AccountReport {
  const block = accountBlock(account);
  const flag = block?.kind === 'moderation' ? block : undefined;
  return {
    flagged: flag !== undefined,
    cause: flag?.cause,
    moderationText: flag?.upstreamMessage,
    captchaUrl: flag?.captchaUrl,
    enabled: isEnabled(account),
    jobMode: jobModeOf(account, readings),
  };
}

/** The job mode word the bot reports for `mode`. */
export function modeWord(mode: SpeedMode): string {
  return MODE_WORDS[mode];
}

/**
 * The job mode the account shows (see {@link shownMode}), in the word Midjourney's buttons use.
 */
export function jobModeOf(account: ProxyAccount, readings: ModeReadings): string | undefined {
  const mode = shownMode(account, readings);
  if (mode) return modeWord(mode);
  const stated = account.properties?.['Job Mode'] ?? account.displays?.mode;
  return typeof stated === 'string' && stated.trim() !== '' ? stated.trim() : undefined;
}

/**
 * The fast hours of the last /info card, if it had a readable line, dated `readAt` (epoch ms) when the
 * caller could place the proxy's `infoUpdated` in time (see ./proxyClock.ts) and marked undated otherwise.
 */
export function fastHoursOf(account: ProxyAccount, readAt?: number): FastHours | undefined {
  const value = account.fastTimeRemaining ?? account.properties?.['Fast Time Remaining'];
  if (value === undefined || value === null) return undefined;
  const hours = parseFastHours(String(value));
  if (!hours) return undefined;
  return readAt === undefined
    ? { ...hours, undated: true }
    : { ...hours, readAt: new Date(readAt).toISOString() };
}
