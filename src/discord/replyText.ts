/**
 * The phrases every `/speed` reply shares: mode names, times and durations, who may reset, what met a halt,
 * and the notes about a store that did not answer. The upstream is named through its words, never by a
 * fixed name.
 */
import { channelMention, roleMention, TimestampStyles, time, userMention } from 'discord.js';
import type { FastTime } from '../speed/fastTime.js';
import type { StoreProblem } from '../speed/results.js';
import { announcementChannels, type PendingSwitchBack } from '../speed/timedSpeed.js';
import type { SpeedMode } from '../speedModes.js';
import type { HaltRecord } from '../state/ChannelState.js';
import type { UpstreamWords } from '../upstream/messages.js';

/** To a request that was still waiting for its turn when the bot began shutting down. */
export const RESTARTING =
  'The bot is restarting, so this request was not sent to Midjourney. Try again in a moment.';

/** Leaves room for the bot's own words around upstream text within Discord's 2,000 characters. */
export const UPSTREAM_TEXT_LIMIT = 1_200;

/** A switch back counts as late (and says so) when it runs this much after its time: the bot was down. */
export const LATE_NOTICE_MS = 60_000;

export const MODE_LABELS = { fast: 'Fast', turbo: 'Turbo', relax: 'Relax' } as const satisfies Record<
  SpeedMode,
  string
>;

/** Who may reset, as users read it. */
export function adminsDescription(adminRoleIds: readonly string[]): string {
  const roles = adminRoleIds.map(roleMention).join(', ');
  return `members with Manage Server or Administrator${roles ? `, or ${roles}` : ''}`;
}

function storeNotes(upstream: string): Record<StoreProblem, string> {
  return {
    haltUnreadable: `⚠️ The bot's state store is not answering, so it could not check for a moderation halt; ${upstream} still blocks a halted account. Tell the bot's operator.`,
    haltNotRecorded: `⚠️ The bot's state store is not answering, so this halt could not be recorded: the bot may not block the next speed change itself (${upstream} still does). Tell the bot's operator.`,
    changeNotRecorded:
      "⚠️ The bot's state store is not answering, so this change is missing from `/speed status` and `/speed history`. Tell the bot's operator.",
    switchBackNotStored:
      "⚠️ The bot's state store is not answering, so the switch back is not stored: it still happens on time unless the bot restarts first. Tell the bot's operator.",
    switchBackNotCancelled:
      "⚠️ The bot's state store is not answering, so the pending switch back to Relax could not be cancelled there: the bot deletes it once the store answers, but if the bot restarts first it may still switch the account to Relax. Check `/speed status`, and tell the bot's operator.",
  };
}

/** The note about a store that did not answer. */
export function storeNote(problem: StoreProblem, words: UpstreamWords): string {
  return storeNotes(words.name)[problem];
}

export function withStoreNote(
  content: string,
  problem: StoreProblem | undefined,
  words: UpstreamWords,
): string {
  return problem ? `${content}\n${storeNote(problem, words)}` : content;
}

/** A time as Discord shows it to each reader: date and time, then "3 minutes ago". */
export const at = (iso: string) => {
  const date = new Date(iso);
  return `${time(date, TimestampStyles.ShortDateTime)} (${time(date, TimestampStyles.RelativeTime)})`;
};

export const relative = (iso: string) => time(new Date(iso), TimestampStyles.RelativeTime);

/** `42 s`, `4 min 10 s`, `2 h 5 min`: a wait as people say it (rounded up to the second). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1_000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/** Discord channel mentions (they never ping), the first `most` of `ids`. */
export function channelList(ids: readonly string[], most = 10): string {
  return `${ids.slice(0, most).map(channelMention).join(', ')}${ids.length > most ? ', …' : ''}`;
}

/**
 * The channels where a switch back is announced, as a reply about it names them: the first few, so the
 * reply fits Discord's 2,000 characters beside the upstream's words.
 */
export function announcedIn(record: PendingSwitchBack): string {
  return channelList(announcementChannels(record), 3);
}

/** `**Turbo** for 30 min`. */
export const timedLabel = (mode: SpeedMode, minutes: number) =>
  `**${MODE_LABELS[mode]}** for ${formatDuration(minutes * 60_000)}`;

/** What met the moderation flag, as a noun phrase; `undefined` when only the upstream's flag told the bot. */
export function haltSource(halt: HaltRecord): string | undefined {
  switch (halt.command) {
    case 'unknown':
      return undefined;
    case 'status':
      return `the fast-hours check of \`/speed status\` by ${userMention(halt.userId)}`;
    case 'switchBack':
      return `the automatic switch back to Relax after ${userMention(halt.userId)}'s timed change`;
    default:
      return `\`/speed ${halt.command}\` by ${userMention(halt.userId)}`;
  }
}

export function haltSummary(halt: HaltRecord, words: UpstreamWords): string {
  const source = haltSource(halt);
  return `since ${at(halt.since)}; ${source ? `${source} met it` : `${words.name} flagged the account`}`;
}

/** `12.5 of 30 hours left (41.67%)`, or `12.5 hours left` when the card gave no total. */
export function fastTimeFigures(
  fastTime: Pick<FastTime, 'remainingHours' | 'totalHours' | 'percent'>,
): string {
  if (fastTime.totalHours === undefined) return `${fastTime.remainingHours} hours left`;
  const percent = fastTime.percent === undefined ? '' : ` (${Number(fastTime.percent.toFixed(2))}%)`;
  return `${fastTime.remainingHours} of ${fastTime.totalHours} hours left${percent}`;
}

/**
 * A CAPTCHA link as a private reply may show it: only an http(s) URL, wrapped in `<>` so Discord shows no
 * preview; anything else is left out. For admins' eyes only, never in a channel message.
 */
export function captchaLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `<${parsed.href}>` : undefined;
  } catch {
    return undefined;
  }
}
