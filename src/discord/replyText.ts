/**
 * The pieces of text every `/speed` reply shares: mode names, times and durations, who may reset, what met
 * a halt, fast-time figures, and the notes about a store that did not answer. Each is a whole message of
 * the catalog (or Discord markup, which every language shows the same); the upstream is named through its
 * words, never by a fixed name.
 */
import { channelMention, roleMention, TimestampStyles, time, userMention } from 'discord.js';
import { duration } from '../i18n/duration.js';
import {
  type ListOf,
  lines,
  listOf,
  type Message,
  msg,
  type Quote,
  type Text,
  verbatim,
} from '../i18n/text.js';
import type { FastTime } from '../speed/fastTime.js';
import type { StoreProblem } from '../speed/results.js';
import { announcementChannels, type PendingSwitchBack } from '../speed/timedSpeed.js';
import type { SpeedMode } from '../speedModes.js';
import type { HaltRecord } from '../state/ChannelState.js';
import type { UpstreamWords } from '../upstream/messages.js';
import { quoteUntrusted, type Reply } from './replies.js';

/** To a request that was still waiting for its turn when the bot began shutting down. */
export const RESTARTING = msg('reply.restarting');

/** Leaves room for the bot's own words around upstream text within Discord's 2,000 characters. */
export const UPSTREAM_TEXT_LIMIT = 1_200;

/** A switch back counts as late (and says so) when it runs this much after its time: the bot was down. */
export const LATE_NOTICE_MS = 60_000;

/** A mode's name: Midjourney's own term in every language. */
export function modeName(mode: SpeedMode): Message {
  return msg(`mode.${mode}`);
}

/** Roles as a list where any one is enough: "@a, @b or @c". Mentions show the role, and nothing pings. */
export const anyOfRoles = (roleIds: readonly string[]): ListOf =>
  listOf(
    roleIds.map((id) => verbatim(roleMention(id))),
    'disjunction',
  );

/** Who may reset, as users read it. */
export function adminsDescription(adminRoleIds: readonly string[]): Message {
  return adminRoleIds.length > 0
    ? msg('reply.admins.withRoles', { roles: anyOfRoles(adminRoleIds) })
    : msg('reply.admins');
}

/** What a member who is not an admin tried to do: each refusal says it in its own words. */
export type AdminAction = 'reset' | 'postPanel' | 'changeSettings';

/** Each refusal, with the admin roles when the operator named some (`ADMIN_ROLE_IDS`). */
const ADMINS_ONLY: Readonly<Record<AdminAction, (adminRoleIds: readonly string[]) => Message>> = {
  reset: (ids) => msg('speed.resetAdminsOnly', { admins: adminsDescription(ids) }),
  postPanel: (ids) =>
    ids.length > 0
      ? msg('panel.refused.notAdminOrRoles', { roles: anyOfRoles(ids) })
      : msg('panel.refused.notAdmin'),
  changeSettings: (ids) =>
    ids.length > 0
      ? msg('settings.refused.notAdminWithRoles', { roles: anyOfRoles(ids) })
      : msg('settings.refused.notAdmin'),
};

/**
 * The private refusal of `action` to a member who is not an admin (as for reset): who may, the roles
 * named but never pinged, and that nothing happened.
 */
export function adminsOnlyReply(action: AdminAction, adminRoleIds: readonly string[]): Reply {
  return { content: ADMINS_ONLY[action](adminRoleIds), ephemeral: true };
}

/** The note about a store that did not answer. */
export function storeNote(problem: StoreProblem, words: UpstreamWords): Message {
  return msg(`reply.store.${problem}`, { upstream: words.name });
}

export function withStoreNote(content: Text, problem: StoreProblem | undefined, words: UpstreamWords): Text {
  return problem ? lines(content, storeNote(problem, words)) : content;
}

/** A time as Discord shows it to each reader, in their language and zone: date and time, then "3 minutes ago". */
export const at = (iso: string) => {
  const date = new Date(iso);
  return `${time(date, TimestampStyles.ShortDateTime)} (${time(date, TimestampStyles.RelativeTime)})`;
};

export const relative = (iso: string) => time(new Date(iso), TimestampStyles.RelativeTime);

/**
 * Discord channel mentions (they never ping), the first `most` of `ids`, as a list in the reader's
 * language: "#a, #b and #c" (`conjunction`) or "#a, #b or #c" (`disjunction`), then "and 3 more".
 */
export function channelList(ids: readonly string[], type: ListOf['type'], most = 10): Text {
  const shown: Text[] = ids.slice(0, most).map((id) => verbatim(channelMention(id)));
  if (ids.length > most) shown.push(msg('reply.moreItems', { count: ids.length - most }));
  return listOf(shown, type);
}

/**
 * The channels where a switch back is announced, as a reply about it names them: the first few, so the
 * reply fits Discord's 2,000 characters beside the upstream's words.
 */
export function announcedIn(record: PendingSwitchBack): Text {
  return channelList(announcementChannels(record), 'conjunction', 3);
}

/** `**Turbo** for 30 min`. */
export const timedLabel = (mode: SpeedMode, minutes: number): Message =>
  msg('reply.timedLabel', { mode: modeName(mode), duration: duration(minutes * 60_000) });

/** What met the moderation flag, as a noun phrase; `undefined` when only the upstream's flag told the bot. */
export function haltSource(halt: HaltRecord): Message | undefined {
  const user = userMention(halt.userId);
  switch (halt.command) {
    case 'unknown':
      return undefined;
    case 'status':
      return msg('reply.haltSource.status', { user });
    case 'switchBack':
      return msg('reply.haltSource.switchBack', { user });
    default:
      return msg('reply.haltSource.command', { user, command: halt.command });
  }
}

/** `since <date>; /speed turbo by @member met it`, or the upstream's flag when nothing the bot did met it. */
export function haltSummary(halt: HaltRecord, words: UpstreamWords): Message {
  const source = haltSource(halt);
  return source
    ? msg('reply.haltSummary.met', { since: at(halt.since), source })
    : msg('reply.haltSummary.flagged', { since: at(halt.since), upstream: words.name });
}

/** `12.5 of 30 hours left (41.67%)`, or `12.5 hours left` when the card gave no total. */
export function fastTimeFigures(
  fastTime: Pick<FastTime, 'remainingHours' | 'totalHours' | 'percent'>,
): Message {
  const { remainingHours: remaining, totalHours: total, percent } = fastTime;
  if (total === undefined) return msg('reply.fastTime.remaining', { remaining });
  if (percent === undefined) return msg('reply.fastTime.ofTotal', { remaining, total });
  // `number, percent` multiplies by 100 and rounds; two decimals keep what the card showed.
  return msg('reply.fastTime.ofTotalPercent', { remaining, total, percent: percent / 100 });
}

/**
 * Words an upstream relayed (Midjourney's moderation text, a proxy's reason) as a block quote of at most
 * `limit` characters, exactly as they came, with the upstream's one-line gloss below when it knows them.
 */
export function upstreamQuote(text: string, limit: number, words: UpstreamWords): Text {
  const gloss = words.gloss?.(text);
  return lines(quoted(text, limit), gloss && msg('reply.gloss', { gloss }));
}

/** Untrusted text as a block quote of at most `limit` characters, shortened first when a reply is too long. */
export function quoted(text: string, limit: number): Quote {
  return { quote: text, limit, format: quoteUntrusted };
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
