/**
 * How far the account's stored `/settings` card can be trusted to say which speed mode is active. Mode
 * buttons may toggle (clicking the active one may switch it off: audit §2.4), so the bot clicks only a mode
 * it sees inactive on a card recent enough, and reads the mode from /info's "Job Mode" when that reading is
 * newer than the card, its message or the bot's last click on it (the proxy restyles the card wrongly after a
 * hand-typed `/fast` or `/turbo`, DiscordWebSocketService.cs:1127-1181). Pure functions over the parsed
 * account.
 */
import type { Clock } from '../../clock.js';
import type { SpeedMode } from '../../speedModes.js';
import type { ProxyAccount, ProxyButton } from './schemas.js';

/**
 * A card older than this is synced before the bot decides on a click. With auto-sync on, the proxy itself
 * re-sends `/settings` every 180–360 min (DiscordService.cs:4219), so a card up to 6 h old is one the
 * proxy still treats as current and a sync would add nothing but risk (its author: frequent syncs get
 * accounts banned, DiscordAccountInitializer.cs:989). An older card means the routine sync is off or
 * failing (then it runs every 1–2 days, DS:4227-4229), and what it shows may have drifted.
 */
export const CARD_TRUST_MS = 6 * 3_600_000;

/** The `/settings` button labels the proxy itself tracks (DiscordWebSocketService.cs, DiscordAccount.cs). */
export const MODE_BUTTON_LABELS = {
  fast: 'Fast mode',
  turbo: 'Turbo mode',
  relax: 'Relax mode',
} as const satisfies Record<SpeedMode, string>;

/** Discord's "success" (green) style, which marks the active option on the `/settings` card. */
export const ACTIVE_BUTTON_STYLE = 3;

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

/** Discord's snowflake epoch (2015-01-01T00:00:00Z). */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * When Discord sent the stored card's message (epoch ms), from its snowflake id (`(id >> 22) + epoch`);
 * `undefined` without a card or with an id that is no snowflake.
 */
export function cardSentAt(account: ProxyAccount): number | undefined {
  const id = account.settingsMessageId?.trim();
  if (!id || !/^\d{1,20}$/.test(id)) return undefined;
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}

/** True when the card is known and younger than {@link CARD_TRUST_MS}. */
export function cardIsTrusted(account: ProxyAccount, clock: Clock): boolean {
  const at = cardSentAt(account);
  return at !== undefined && clock.now() - at < CARD_TRUST_MS;
}

/** The mode /info's "Job Mode" names (Midjourney writes `Fast`, `Relaxed`, `Turbo`), if it names one. */
export function jobModeStated(account: ProxyAccount): SpeedMode | undefined {
  const stated = account.properties?.['Job Mode'] ?? account.displays?.mode;
  if (typeof stated !== 'string') return undefined;
  const word = stated.trim().toLowerCase();
  if (word.startsWith('relax')) return 'relax';
  if (word.startsWith('turbo')) return 'turbo';
  if (word.startsWith('fast')) return 'fast';
  return undefined;
}

/**
 * True when the card's active button and /info's "Job Mode" name two different modes: only then does it
 * matter which reading is newer (see {@link shownMode}).
 */
export function cardAndInfoDisagree(account: ProxyAccount): boolean {
  const stated = jobModeStated(account);
  const active = activeMode(account);
  return stated !== undefined && active !== undefined && stated !== active;
}

/** When the two readings of the mode were last known true (epoch ms), as far as the bot can tell. */
export interface ModeReadings {
  /** When the proxy took its /info reading ("Job Mode"). */
  readonly infoAt?: number;
  /**
   * When the bot last clicked the card (see ./CardClicks.ts): a click edits the card in place, keeping
   * the message id that dates it.
   */
  readonly clickedAt?: number;
}

/**
 * The mode the account is in, as far as the proxy's readings tell: /info's "Job Mode" when that reading is
 * newer than the card (its message, or the bot's last click on it, whichever is later), else the card's
 * active button, else "Job Mode".
 */
export function shownMode(account: ProxyAccount, readings: ModeReadings): SpeedMode | undefined {
  const stated = jobModeStated(account);
  const { infoAt, clickedAt } = readings;
  const cardDates = [cardSentAt(account), clickedAt].filter((at) => at !== undefined);
  const cardAt = cardDates.length > 0 ? Math.max(...cardDates) : undefined;
  if (stated && infoAt !== undefined && (cardAt === undefined || infoAt > cardAt)) return stated;
  return activeMode(account) ?? stated;
}
