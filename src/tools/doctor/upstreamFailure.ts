/**
 * A failed upstream call in the doctor's words: what happened, and which setting to look at. One place for
 * both backends, since the outcome kinds are shared and only the names of the settings differ.
 */
import type { FailureOutcome } from '../../upstream/outcomes.js';
import type { Upstream, UpstreamName } from '../../upstream/port.js';
import { SHUTDOWN_NOTICE } from '../../useapi/discontinued.js';
import { oneLine } from './report.js';

/** Which upstream the doctor asked, and where (the configured URL, which carries no credentials). */
export interface UpstreamTarget {
  readonly upstream: Pick<Upstream, 'name' | 'displayName' | 'words'>;
  readonly url: string;
}

const NEW_TOKEN_FIX: Record<UpstreamName, string> = {
  useapi: 'copy the API token again from your useapi.net account (https://useapi.net) into USEAPI_TOKEN',
  'midjourney-proxy': 'set MJ_PROXY_TOKEN to the token of an admin user of your midjourney-proxy',
};

/**
 * Whether useapi.net's answer to its account list means its Midjourney routes are gone: what the client
 * classifies as such (410, a page where the JSON 404 belongs, words of a shutdown), a 404 for the list
 * itself, or a page instead of the list.
 */
function looksDiscontinued(outcome: FailureOutcome, target: UpstreamTarget): boolean {
  if (target.upstream.name !== 'useapi') return false;
  if (outcome.kind === 'discontinued' || outcome.kind === 'notFound') return true;
  return outcome.kind === 'unavailable' && outcome.reason === 'invalidBody';
}

/** What a failed call to the upstream means, and what to do. */
export function describeUpstreamFailure(
  outcome: FailureOutcome,
  target: UpstreamTarget,
): { summary: string; fix: string } {
  const { url } = target;
  const { displayName: name, words, name: kind } = target.upstream;
  const status = outcome.status === undefined ? '' : ` (HTTP ${outcome.status})`;
  const said =
    'upstreamMessage' in outcome && outcome.upstreamMessage
      ? `: “${oneLine(outcome.upstreamMessage, 150)}”`
      : '';
  if (looksDiscontinued(outcome, target)) {
    return {
      summary: `${name} no longer lists Midjourney accounts${status}${said}`,
      fix: SHUTDOWN_NOTICE,
    };
  }
  const checkUrl = `check ${words.urlVariable} (${url}) and that ${name} is up`;
  switch (outcome.kind) {
    case 'unauthorized':
      return {
        summary: `${name} refused ${words.tokenVariable}${status}${said}`,
        fix: NEW_TOKEN_FIX[kind],
      };
    case 'noSubscription':
      return {
        summary: `${name} says the subscription is missing or expired${status}${said}`,
        fix: `renew the ${name} subscription`,
      };
    case 'busy':
      return { summary: `${name} is busy${status}${said}`, fix: 'run the doctor again in a minute' };
    case 'unavailable':
      return { summary: unavailableSummary(outcome, name, url) + said, fix: checkUrl };
    case 'notFound':
      return { summary: `${name} at ${url} has no such route${status}${said}`, fix: checkUrl };
    default:
      return { summary: `${name} answered ${outcome.kind}${status}${said}`, fix: checkUrl };
  }
}

function unavailableSummary(
  outcome: Extract<FailureOutcome, { kind: 'unavailable' }>,
  name: string,
  url: string,
): string {
  switch (outcome.reason) {
    case 'connection':
      return `could not reach ${name} at ${url} (${outcome.detail ?? 'connection failed'})`;
    case 'timeout':
      return `${name} at ${url} did not answer in time`;
    case 'invalidBody':
    case 'bodyTooLarge':
      return `${name} at ${url} answered something other than its API (HTTP ${outcome.status ?? '?'})`;
    case 'accountOffline':
      return `${name} has no live Discord session for the account`;
    case 'status':
      return `${name} at ${url} answered HTTP ${outcome.status ?? '?'}`;
  }
}
