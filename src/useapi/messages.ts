/**
 * The one place that turns a useapi.net outcome into words for a Discord user: what happened and what to do.
 * useapi.net's own words are untrusted: they are kept to one line of at most {@link UPSTREAM_INLINE_LIMIT}
 * characters with their markdown disarmed, so they cannot open a code block, a heading, a quote or a link
 * in the message around them; the Discord layer never lets them mention anyone. Nothing here can contain
 * the token: outcomes never carry it.
 */
import { assertNever, type FailureOutcome, SHUTDOWN_DETAIL, type UseapiOutcome } from './outcomes.js';

/** Shown when a jobs call succeeded but useapi.net sent no Midjourney text to relay. */
export const MISSING_CONTENT_MESSAGE =
  'useapi.net accepted the request but sent back no reply from Midjourney, so the change is unconfirmed. ' +
  'Run `/info` in Midjourney to check the current mode.';

/**
 * A user-facing sentence for any outcome.
 *
 * - `success` with a non-empty `content` returns that content (Midjourney's own reply);
 *   `success` without one returns {@link MISSING_CONTENT_MESSAGE}.
 * - every other kind returns {@link describeFailure}.
 */
export function describeOutcome(outcome: UseapiOutcome<unknown>): string {
  if (outcome.kind === 'success') {
    const content = contentOf(outcome.value);
    return content ?? MISSING_CONTENT_MESSAGE;
  }
  return describeFailure(outcome);
}

/** A user-facing sentence (or two) for a failed call, naming what happened and what to do. */
export function describeFailure(outcome: FailureOutcome): string {
  switch (outcome.kind) {
    case 'moderation':
      return withUpstream(
        'Midjourney has flagged the shared account with a pending moderation message or a CAPTCHA, so ' +
          'useapi.net has halted it. Someone with access to the Midjourney Discord account must resolve it ' +
          'there; after that, an admin runs `/speed reset` in this channel.',
        outcome.upstreamMessage,
      );
    case 'busy':
      return withUpstream(
        `useapi.net is busy (Midjourney's job queue is full or Discord is rate-limiting). Try again ${retryHint(outcome.retryAfterMs)}.`,
        outcome.upstreamMessage,
      );
    case 'unauthorized':
      return "useapi.net rejected the bot's API token. Ask the bot's operator to check USEAPI_TOKEN.";
    case 'noSubscription':
      return (
        "useapi.net says the bot's subscription is missing or has expired. " +
        "Ask the bot's operator to renew the useapi.net subscription."
      );
    case 'badRequest':
      return withUpstream(
        "useapi.net rejected the request as invalid. Ask the bot's operator to check that this channel " +
          'is configured for Midjourney in useapi.net.',
        outcome.upstreamMessage,
      );
    case 'notFound':
      return withUpstream(
        'useapi.net has no Midjourney account configured for this channel. ' +
          "Ask the bot's operator to add this channel to the useapi.net Midjourney configuration.",
        outcome.upstreamMessage,
      );
    case 'unavailable':
      switch (outcome.reason) {
        case 'timeout':
          return (
            `useapi.net did not answer in time (gave up after ${seconds(outcome.durationMs)} s). ` +
            'The change may still go through: wait a minute, check with `/info` in Midjourney, then try again.'
          );
        case 'connection':
          if (outcome.detail === SHUTDOWN_DETAIL)
            return (
              'The bot is restarting and stopped waiting for useapi.net, so the change may or may not have ' +
              'reached Midjourney. Check with `/speed status` in a moment, then try again if needed.'
            );
          return (
            'Could not reach useapi.net (the connection failed). Try again in a minute; if it keeps ' +
            "happening, ask the bot's operator to check the network and USEAPI_BASE_URL."
          );
        case 'status':
          return `useapi.net had a problem${outcome.status ? ` (HTTP ${outcome.status})` : ''}. Try again in a few minutes.`;
        case 'invalidBody':
          return (
            'useapi.net sent an answer the bot could not read. Try again in a few minutes; if it keeps ' +
            "happening, tell the bot's operator."
          );
        case 'bodyTooLarge':
          return (
            'useapi.net sent an unexpectedly large answer, which the bot ignored. Try again in a few minutes; ' +
            "if it keeps happening, tell the bot's operator."
          );
        default:
          return assertNever(outcome.reason);
      }
    default:
      return assertNever(outcome);
  }
}

function contentOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('content' in value)) return undefined;
  const { content } = value as { content?: unknown };
  return typeof content === 'string' && content.trim() !== '' ? content : undefined;
}

/** Longest stretch of useapi.net's words repeated in a failure message. */
export const UPSTREAM_INLINE_LIMIT = 300;

// Invisible format characters (zero-width, bidirectional overrides) could hide or reorder the words around them.
const INVISIBLE = /\p{Cf}+/gu;
// Line breaks and other control characters would let the text start a line of its own.
const BREAKS = /[\p{Cc}\s]+/gu;
// Characters Discord markdown gives a meaning to within a line: emphasis, code, spoilers, masked links,
// mentions, emoji and timestamps, autolinks (`https:`), and headings or quotes.
const MARKDOWN = /[\\`*_~|<>[\]#@:]/g;

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

function withUpstream(message: string, upstream: string | undefined): string {
  const said = upstream === undefined ? '' : inlineUntrusted(upstream);
  return said ? `${message} useapi.net said: ${said}` : message;
}

function retryHint(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined) return 'in about 30 s';
  if (retryAfterMs < 1_000) return 'in a few seconds';
  return `in ${seconds(retryAfterMs)} s`;
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1_000));
}
