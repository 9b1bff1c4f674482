/**
 * The one place that turns an upstream outcome into words for a Discord user: what happened and what to do.
 * The sentences are the same for every upstream; what differs (its name, the variables the operator
 * checks, what "not found" means there) comes from the {@link UpstreamWords} each backend folder exports.
 * The upstream's own words are untrusted: they are kept to one line of at most
 * {@link UPSTREAM_INLINE_LIMIT} characters with their markdown disarmed, so they cannot open a code block, a
 * heading, a quote or a link in the message around them; the Discord layer never lets them mention anyone.
 * Nothing here can contain a token: outcomes never carry one.
 */
import { SHUTDOWN_DETAIL } from './CallDeadline.js';
import { neverConnected } from './http/neverConnected.js';
import { assertNever, type FailureOutcome, OFFLINE_DETAILS, UNSENT_TIMEOUT_DETAILS } from './outcomes.js';

/** How one upstream is named and explained in replies. */
export interface UpstreamWords {
  /** The upstream's name in replies: "useapi.net said: …". */
  readonly name: string;
  /** What the bot's credential there is called: "API token", "admin token". */
  readonly tokenName: string;
  /** The variables the operator checks for a refused token and for an unreachable upstream. */
  readonly tokenVariable: string;
  readonly urlVariable: string;
  /** Midjourney flagged the account with a moderation message: what the upstream did about it. */
  readonly moderationHalt: string;
  /** Midjourney asked for a CAPTCHA: what the upstream did about it. */
  readonly captchaHalt: string;
  /** The upstream is rate-limited or its queue is full. */
  readonly busy: string;
  /** The upstream refused the request itself, and what to check. */
  readonly badRequest: string;
  /** The upstream has no account for this channel, and what to do. */
  readonly notFound: string;
  /** The bot's own subscription at the upstream is missing or expired. */
  readonly noSubscription: string;
  /** The upstream no longer serves Midjourney, and where the operator reads on. */
  readonly discontinued: string;
  /**
   * A note for admins and the log on what a failure may also mean about the upstream as a whole (useapi.net:
   * that its Midjourney API may be gone), when it could.
   */
  readonly failureNotice?: (outcome: FailureOutcome) => string | undefined;
}

/** What someone has to do after any moderation halt, whatever the upstream. */
const AFTER_HALT =
  'Someone with access to the Midjourney Discord account must resolve it there; after that, an admin runs ' +
  '`/speed reset` in this channel.';

/** A user-facing sentence (or two) for a failed call, naming what happened and what to do. */
export function describeFailure(outcome: FailureOutcome, words: UpstreamWords): string {
  const said = (message: string) => withUpstream(message, outcome.upstreamMessage, words);
  switch (outcome.kind) {
    case 'moderation':
      return said(`${outcome.cause === 'captcha' ? words.captchaHalt : words.moderationHalt} ${AFTER_HALT}`);
    case 'busy':
      return said(`${words.busy} Try again ${retryHint(outcome.retryAfterMs)}.`);
    case 'unauthorized':
      return `${words.name} rejected the bot's ${words.tokenName}. Ask the bot's operator to check ${words.tokenVariable}.`;
    case 'noSubscription':
      return words.noSubscription;
    case 'badRequest':
      return said(words.badRequest);
    case 'notFound':
      return said(words.notFound);
    case 'accountDisabled':
      return said(
        `${words.name} has the Midjourney account switched off for a reason that is not a moderation halt ` +
          "(for example its Midjourney subscription). Ask the bot's operator to fix the account and enable it again.",
      );
    case 'discontinued':
      return words.discontinued;
    case 'unavailable':
      return describeUnavailable(outcome, words);
    default:
      return assertNever(outcome);
  }
}

/**
 * How a member finds out whether a switch whose outcome is unknown went through. Not "again does no harm":
 * midjourney-proxy's mode buttons may toggle, so a second click on a mode that did switch could undo it.
 */
const CHECK_SWITCH =
  'Check with `/speed status` in a moment or `/info` in Midjourney, and switch again only if the mode did ' +
  'not change.';

/**
 * The sentence for a failed speed switch: {@link describeFailure}'s, except after a failure the switch
 * request may have reached the upstream before (a connection that broke after it was made, a 5xx). The bot
 * never sends a switch twice, so whether the mode changed is unknown, and the member is told how to check.
 */
export function describeSwitchFailure(outcome: FailureOutcome, words: UpstreamWords): string {
  if (outcome.kind !== 'unavailable') return describeFailure(outcome, words);
  const { name } = words;
  if (
    outcome.reason === 'connection' &&
    outcome.detail !== SHUTDOWN_DETAIL &&
    !neverConnected(outcome.detail)
  )
    return (
      `Could not reach ${name}, or the connection broke before it answered, so the change may or may not ` +
      `have reached Midjourney. ${CHECK_SWITCH} If it keeps happening, ask the bot's operator to check the ` +
      `network and ${words.urlVariable}.`
    );
  if (outcome.reason === 'status' && outcome.status !== undefined && outcome.status >= 500)
    return withUpstream(
      `${name} had a problem (HTTP ${outcome.status}), so the change may or may not have reached Midjourney. ${CHECK_SWITCH}`,
      outcome.upstreamMessage,
      words,
    );
  return describeFailure(outcome, words);
}

function describeUnavailable(
  outcome: Extract<FailureOutcome, { kind: 'unavailable' }>,
  words: UpstreamWords,
) {
  const { name } = words;
  switch (outcome.reason) {
    case 'timeout':
      if (outcome.detail === UNSENT_TIMEOUT_DETAILS.cardNotRefreshed)
        return (
          `${name} could not refresh the Midjourney account's \`/settings\` card in time, so nothing was ` +
          'changed: the bot does not click on a card too old to trust, since clicking the mode already ' +
          'active could switch it off. Try again in a few minutes.'
        );
      return (
        `${name} did not answer in time (gave up after ${seconds(outcome.durationMs)} s). ` +
        'The change may still go through: wait a minute, check with `/info` in Midjourney, then try again.'
      );
    case 'connection':
      if (outcome.detail === SHUTDOWN_DETAIL)
        return (
          `The bot is restarting and stopped waiting for ${name}, so the change may or may not have ` +
          'reached Midjourney. Check with `/speed status` in a moment, then try again if needed.'
        );
      return (
        `Could not reach ${name} (the connection failed). Try again in a minute; if it keeps ` +
        `happening, ask the bot's operator to check the network and ${words.urlVariable}.`
      );
    case 'status':
      return withUpstream(
        `${name} had a problem${outcome.status ? ` (HTTP ${outcome.status})` : ''}. Try again in a few minutes.`,
        outcome.upstreamMessage,
        words,
      );
    case 'invalidBody':
      return (
        `${name} sent an answer the bot could not read. Try again in a few minutes; if it keeps ` +
        "happening, tell the bot's operator."
      );
    case 'bodyTooLarge':
      return (
        `${name} sent an unexpectedly large answer, which the bot ignored. Try again in a few minutes; ` +
        "if it keeps happening, tell the bot's operator."
      );
    case 'accountOffline':
      if (outcome.detail === OFFLINE_DETAILS.reconnecting)
        return (
          `${name} is still reconnecting the Midjourney account after it was enabled again (it does so ` +
          `within a minute or two), so nothing was changed. Try again ${retryHint(outcome.retryAfterMs)}.`
        );
      if (outcome.detail === OFFLINE_DETAILS.dailyRestart)
        return (
          `${name} restarts its accounts just after midnight on its own clock, so nothing was changed. ` +
          `Try again ${retryHint(outcome.retryAfterMs)}.`
        );
      return (
        `${name} has no live connection to the Midjourney account's Discord right now, so nothing was ` +
        `changed; ask the bot's operator to check the account on ${name}'s account page.`
      );
    default:
      return assertNever(outcome.reason);
  }
}

/** Shown when a switch succeeded but the upstream relayed no reply from Midjourney to quote. */
export function unconfirmedMessage(words: UpstreamWords): string {
  return (
    `${words.name} accepted the request but sent back no reply from Midjourney, so the change is ` +
    'unconfirmed. Run `/info` in Midjourney to check the current mode.'
  );
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

function withUpstream(message: string, upstream: string | undefined, words: UpstreamWords): string {
  const said = upstream === undefined ? '' : inlineUntrusted(upstream);
  return said ? `${message} ${words.name} said: ${said}` : message;
}

function retryHint(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined) return 'in about 30 s';
  if (retryAfterMs < 1_000) return 'in a few seconds';
  if (retryAfterMs >= 120_000) return `in ${Math.ceil(retryAfterMs / 60_000)} minutes`;
  return `in ${seconds(retryAfterMs)} s`;
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1_000));
}
