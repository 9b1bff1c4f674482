/**
 * Telling "useapi.net no longer serves Midjourney" apart from ordinary failures. useapi.net announced the end
 * of its Midjourney API on 2026-06-24 (docs/upstreams.md); what its Midjourney routes answer
 * since is not documented, so the bot reads the signs it can: a route that is gone (410), a web page where
 * JSON belongs, or an error that says so. A plain 404 is ambiguous (one channel not configured, or the
 * whole API gone) and is settled by asking for the account list (see `UseapiUpstream`).
 */
import type { RawResponse } from '../upstream/http/responseBody.js';
import type { FailureOutcome, OutcomeKind } from '../upstream/outcomes.js';

// How an error or a page announces an ended service.
const SHUTDOWN_WORDS =
  /discontinu|no longer (?:available|supported|offered|provided|serv)|shut(?:ting)?[\s-]?down|end of (?:life|service)|sunset|deprecated/i;

/** Only the start of a text is read for the words: an error says it early, and pages can be long. */
const SCANNED_CHARS = 4_096;

function isWebPage(raw: RawResponse): boolean {
  const type = raw.headers['content-type'];
  const contentType = Array.isArray(type) ? type.join(',') : String(type ?? '');
  return /text\/html/i.test(contentType) || /^\s*<(?:!doctype|html)/i.test(raw.body.slice(0, 64));
}

/**
 * Whether the route itself is gone, whatever the body says: 410, or a web page instead of the API's JSON
 * 404. Checked before anything else.
 */
export function routeIsGone(raw: RawResponse): boolean {
  return raw.status === 410 || (raw.status === 404 && isWebPage(raw));
}

/**
 * Whether `text` speaks of a shutdown. Applied only where useapi.net itself speaks: a 2xx body the route's
 * reader refused (a page where JSON belongs), and a 4xx envelope's `error`/`errorDetails`. Never to a body
 * the route accepted, nor to a whole 4xx body: those carry Midjourney's words (a reply saying "--v 5 is
 * deprecated", a moderation message quoting a "sunset" prompt), which say nothing about useapi.net.
 */
export function speaksOfShutdown(text: string | undefined): boolean {
  return text !== undefined && SHUTDOWN_WORDS.test(text.slice(0, SCANNED_CHARS));
}

/** Failures a shutdown of useapi.net's Midjourney API could also explain, besides their own meaning. */
const SHUTDOWN_SUSPECTS: ReadonlySet<OutcomeKind> = new Set([
  'unauthorized',
  'noSubscription',
  'discontinued',
  'unavailable',
]);

/** The note for operators and admins, with where to read on. */
export const SHUTDOWN_NOTICE =
  'useapi.net may no longer serve Midjourney: it announced the end of its Midjourney API on 2026-06-24. ' +
  'See "Choosing an upstream" (docs/upstreams.md) for what to run instead (midjourney-proxy).';

/**
 * {@link SHUTDOWN_NOTICE} when `outcome` is a failure the shutdown could explain (a refused token or
 * subscription, a route that is gone, no answer), else `undefined`. A 404 settled as "this channel is not
 * configured", busy, bad request and moderation are the API answering, so they get none.
 */
export function shutdownNotice(outcome: FailureOutcome): string | undefined {
  if (!SHUTDOWN_SUSPECTS.has(outcome.kind)) return undefined;
  if (outcome.kind === 'unavailable' && outcome.reason === 'accountOffline') return undefined;
  return SHUTDOWN_NOTICE;
}
