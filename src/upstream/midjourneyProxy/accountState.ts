/**
 * What a midjourney-proxy account says about itself: flagged or disabled, which `/settings` button switches
 * to a mode, which mode is active, how much fast time is left. Pure functions over the parsed account.
 */
import type { SpeedMode } from '../../speedModes.js';
import { parseFastHours } from '../fastHours.js';
import type { ClassifiedFailure } from '../outcomes.js';
import type { AccountReport, FastHours } from '../port.js';
import type { ProxyAccount, ProxyButton } from './schemas.js';

/** The `/settings` button labels the proxy itself tracks (DiscordWebSocketService.cs, DiscordAccount.cs). */
export const MODE_BUTTON_LABELS = {
  fast: 'Fast mode',
  turbo: 'Turbo mode',
  relax: 'Relax mode',
} as const satisfies Record<SpeedMode, string>;

/** The job mode word the bot reports for each mode, as Midjourney's buttons name it. */
const MODE_WORDS = { fast: 'Fast', turbo: 'Turbo', relax: 'Relax' } as const satisfies Record<
  SpeedMode,
  string
>;

/** Discord's "success" (green) style, which marks the active option on the `/settings` card. */
export const ACTIVE_BUTTON_STYLE = 3;

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

/** The `/settings` button that switches to `mode`, if the proxy has stored the card. */
export function modeButton(account: ProxyAccount, mode: SpeedMode): ProxyButton | undefined {
  const label = MODE_BUTTON_LABELS[mode].toLowerCase();
  return account.buttons.find((button) => button.label?.trim().toLowerCase() === label);
}

/** The one mode whose button is active, or `undefined` when none or several are. */
export function activeMode(account: ProxyAccount): SpeedMode | undefined {
  const active = (Object.keys(MODE_BUTTON_LABELS) as SpeedMode[]).filter(
    (mode) => modeButton(account, mode)?.style === ACTIVE_BUTTON_STYLE,
  );
  return active.length === 1 ? active[0] : undefined;
}

/** The job mode the account shows: the active button, else the last /info card's "Job Mode". */
export function jobModeOf(account: ProxyAccount): string | undefined {
  const mode = activeMode(account);
  if (mode) return MODE_WORDS[mode];
  const stated = account.properties?.['Job Mode'] ?? account.displays?.mode;
  return typeof stated === 'string' && stated.trim() !== '' ? stated.trim() : undefined;
}

/** Discord's epoch (2015-01-01): a snowflake's top bits count milliseconds from it. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/** When the stored `/settings` card was sent (epoch ms), from its message id; `undefined` without one. */
export function settingsCardSentAt(account: ProxyAccount): number | undefined {
  const id = account.settingsMessageId;
  if (!id || !/^\d{1,20}$/.test(id)) return undefined;
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
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
