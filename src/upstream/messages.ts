/**
 * The one place that turns an upstream outcome into words for a Discord user: what happened and what to do,
 * as catalog messages. The sentences are the same for every upstream; what differs (its name, the
 * variables the operator checks, what "not found" means there) comes from the {@link UpstreamWords} each
 * backend folder exports.
 * The upstream's own words are untrusted: they are kept to one line of at most
 * {@link UPSTREAM_INLINE_LIMIT} characters with their markdown disarmed, so they cannot open a code block, a
 * heading, a quote or a link in the message around them; the Discord layer never lets them mention anyone.
 * Nothing here can contain a token: outcomes never carry one.
 */
import type { MessageKey } from '../i18n/catalogs/en-US.js';
import { type Message, msg, type Text } from '../i18n/text.js';
import { SHUTDOWN_DETAIL } from './CallDeadline.js';
import { neverConnected } from './http/neverConnected.js';
import { assertNever, type FailureOutcome, OFFLINE_DETAILS, UNSENT_TIMEOUT_DETAILS } from './outcomes.js';

/** The catalog messages of one upstream's own sentences. */
export interface UpstreamMessages {
  /** What the bot's credential there is called: "API token", "admin token". */
  readonly tokenName: MessageKey;
  /** Midjourney flagged the account with a moderation message: what the upstream did about it. */
  readonly moderationHalt: MessageKey;
  /** Midjourney asked for a CAPTCHA: what the upstream did about it. */
  readonly captchaHalt: MessageKey;
  /** The upstream is rate-limited or its queue is full. */
  readonly busy: MessageKey;
  /** The upstream refused the request itself, and what to check. */
  readonly badRequest: MessageKey;
  /** The upstream has no account for this channel, and what to do. */
  readonly notFound: MessageKey;
  /** The bot's own subscription at the upstream is missing or expired. */
  readonly noSubscription: MessageKey;
  /** The upstream no longer serves Midjourney, and where the operator reads on. */
  readonly discontinued: MessageKey;
}

/** How one upstream is named and explained in replies. */
export interface UpstreamWords {
  /** The upstream's name in replies ("useapi.net said: …"): a name, the same in every language. */
  readonly name: string;
  /** The variables the operator checks for a refused token and for an unreachable upstream. */
  readonly tokenVariable: string;
  readonly urlVariable: string;
  readonly messages: UpstreamMessages;
  /**
   * A note for admins on what a failure may also mean about the upstream as a whole (useapi.net: that its
   * Midjourney API may be gone), when it could.
   */
  readonly failureNotice?: (outcome: FailureOutcome) => Message | undefined;
  /**
   * A one-line explanation, in the reader's language, of a reason the upstream gives in its own words
   * (midjourney-proxy's are Chinese or terse), shown beside the quote; `undefined` for text it does not know.
   */
  readonly gloss?: (upstreamText: string) => Message | undefined;
}

/** A user-facing sentence (or two) for a failed call, naming what happened and what to do. */
export function describeFailure(outcome: FailureOutcome, words: UpstreamWords): Text {
  const said = (message: Message) => withUpstream(message, outcome.upstreamMessage, words);
  const name = { upstream: words.name };
  switch (outcome.kind) {
    case 'moderation':
      return said(
        msg('failure.moderation', {
          what: msg(outcome.cause === 'captcha' ? words.messages.captchaHalt : words.messages.moderationHalt),
        }),
      );
    case 'busy':
      return said(
        msg('failure.busy', { what: msg(words.messages.busy), ...retryWait(outcome.retryAfterMs) }),
      );
    case 'unauthorized':
      return msg('failure.unauthorized', {
        ...name,
        token: msg(words.messages.tokenName),
        variable: words.tokenVariable,
      });
    case 'noSubscription':
      return msg(words.messages.noSubscription);
    case 'badRequest':
      return said(msg(words.messages.badRequest));
    case 'notFound':
      return said(msg(words.messages.notFound));
    case 'accountDisabled':
      return said(msg('failure.accountDisabled', name));
    case 'discontinued':
      return msg(words.messages.discontinued);
    case 'unavailable':
      return describeUnavailable(outcome, words);
    default:
      return assertNever(outcome);
  }
}

/**
 * The sentence for a failed speed switch: {@link describeFailure}'s, except after a failure the switch
 * request may have reached the upstream before (a connection that broke after it was made, a 5xx). The bot
 * never sends a switch twice, so whether the mode changed is unknown, and the member is told how to check
 * (not "again does no harm": midjourney-proxy's mode buttons may toggle, so a second click on a mode that
 * did switch could undo it).
 */
export function describeSwitchFailure(outcome: FailureOutcome, words: UpstreamWords): Text {
  if (outcome.kind !== 'unavailable') return describeFailure(outcome, words);
  if (
    outcome.reason === 'connection' &&
    outcome.detail !== SHUTDOWN_DETAIL &&
    !neverConnected(outcome.detail)
  )
    return msg('failure.switch.connectionBroke', { upstream: words.name, variable: words.urlVariable });
  if (outcome.reason === 'status' && outcome.status !== undefined && outcome.status >= 500)
    return withUpstream(
      msg('failure.switch.serverError', { upstream: words.name, status: String(outcome.status) }),
      outcome.upstreamMessage,
      words,
    );
  return describeFailure(outcome, words);
}

function describeUnavailable(
  outcome: Extract<FailureOutcome, { kind: 'unavailable' }>,
  words: UpstreamWords,
): Text {
  const upstream = words.name;
  switch (outcome.reason) {
    case 'timeout':
      if (outcome.detail === UNSENT_TIMEOUT_DETAILS.cardNotRefreshed)
        return msg('failure.timeout.cardNotRefreshed', { upstream });
      return msg('failure.timeout', { upstream, seconds: seconds(outcome.durationMs) });
    case 'connection':
      if (outcome.detail === SHUTDOWN_DETAIL) return msg('failure.connection.shutdown', { upstream });
      return msg('failure.connection', { upstream, variable: words.urlVariable });
    case 'status':
      return withUpstream(
        outcome.status
          ? msg('failure.status', { upstream, status: String(outcome.status) })
          : msg('failure.statusUnknown', { upstream }),
        outcome.upstreamMessage,
        words,
      );
    case 'invalidBody':
      return msg('failure.invalidBody', { upstream });
    case 'bodyTooLarge':
      return msg('failure.bodyTooLarge', { upstream });
    case 'accountOffline':
      if (outcome.detail === OFFLINE_DETAILS.reconnecting)
        return msg('failure.offline.reconnecting', { upstream, ...retryWait(outcome.retryAfterMs) });
      if (outcome.detail === OFFLINE_DETAILS.dailyRestart)
        return msg('failure.offline.dailyRestart', { upstream, ...retryWait(outcome.retryAfterMs) });
      return msg('failure.offline', { upstream });
    default:
      return assertNever(outcome.reason);
  }
}

/** Shown when a switch succeeded but the upstream relayed no reply from Midjourney to quote. */
export function unconfirmedMessage(words: UpstreamWords): Message {
  return msg('failure.unconfirmed', { upstream: words.name });
}

/** Longest stretch of the upstream's words repeated in a failure message. */
export const UPSTREAM_INLINE_LIMIT = 300;

// Invisible format characters (zero-width, bidirectional overrides) could hide or reorder the words around them.
const INVISIBLE = /\p{Cf}+/gu;
// Line breaks and other control characters would let the text start a line of its own.
const BREAKS = /[\p{Cc}\s]+/gu;
// Characters Discord markdown gives a meaning to within a line: emphasis, code, spoilers, masked links,
// mentions, emoji and timestamps, autolinks (`https:`), and headings or quotes.
const MARKDOWN = /[\\`*_~|<>[\]#@:]/g;

// A list item at the start of a line ("- ", "+ ", "1. "), the one markdown the characters above leave.
const LIST_ITEM = /^(\s{0,16})(?:([-+])|(\d{1,9})\.)(?=\s)/u;

/**
 * One line of untrusted text with its markdown disarmed: every markdown character escaped, a list marker
 * at its start too, invisible characters dropped. Discord shows it as typed: a masked link as brackets
 * and parentheses, a bare URL or a `<…>` autolink as text that is no link, `#`/`-#` as no heading.
 * Not discord.js's `escapeMarkdown`: it leaves bare and `<…>` links, `-#` and `<@…>` live, and its
 * masked-link pattern (`\[.+]\(.+\)`) backtracks cubically on long hostile lines.
 */
export function disarmLine(line: string): string {
  return line
    .replace(INVISIBLE, '')
    .replace(MARKDOWN, '\\$&')
    .replace(LIST_ITEM, (_item, indent: string, bullet?: string, number?: string) =>
      bullet ? `${indent}\\${bullet}` : `${indent}${number}\\.`,
    );
}

/**
 * Untrusted text made safe to show inside a sentence: one line, at most {@link UPSTREAM_INLINE_LIMIT}
 * characters, every markdown character escaped (Discord shows it as typed, without its effect).
 */
export function inlineUntrusted(text: string): string {
  const flat = text.replace(INVISIBLE, '').replace(BREAKS, ' ').trim();
  const cut = [...flat];
  const short =
    cut.length > UPSTREAM_INLINE_LIMIT ? `${cut.slice(0, UPSTREAM_INLINE_LIMIT - 1).join('')}…` : flat;
  return short.replace(MARKDOWN, '\\$&');
}

/** `message`, then what the upstream said, quoted on one line (with its gloss when the upstream has one). */
function withUpstream(message: Message, upstream: string | undefined, words: UpstreamWords): Message {
  const said = upstream === undefined ? '' : inlineUntrusted(upstream);
  if (!said) return message;
  const gloss = words.gloss?.(upstream ?? '');
  return gloss
    ? msg('failure.withUpstreamGlossed', { message, upstream: words.name, said, gloss })
    : msg('failure.withUpstream', { message, upstream: words.name, said });
}

/**
 * When to try again, for the messages' `wait` select, each branch a whole sentence: "in about 30 s" when
 * the upstream did not say, "in a few seconds", "in 3 minutes", else "in 45 s".
 */
function retryWait(retryAfterMs: number | undefined) {
  const wait =
    retryAfterMs === undefined
      ? 'unknown'
      : retryAfterMs < 1_000
        ? 'moment'
        : retryAfterMs >= 120_000
          ? 'minutes'
          : 'seconds';
  const ms = retryAfterMs ?? 0;
  return { wait, minutes: Math.ceil(ms / 60_000), seconds: seconds(ms) };
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1_000));
}
