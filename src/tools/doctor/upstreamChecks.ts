/**
 * The upstream side of the doctor, through the `Upstream` port only: it answers and accepts the token
 * (its account list), CHANNEL_MAP points at accounts it has, and none of the accounts the bot uses is
 * flagged. Reads only: no speed change, no reset, and never /info (which looks like automation to
 * Midjourney).
 */
import type { UpstreamConfig } from '../../config.js';
import type { ChannelMap } from '../../speed/channelMap.js';
import { withinTime } from '../../timeLimit.js';
import { createUpstream } from '../../upstream/createUpstream.js';
import type { AccountSummary, Upstream } from '../../upstream/port.js';
import { checkProxyReadings, PROXY_READINGS } from './proxyReadings.js';
import { type CheckName, type CheckResult, failed, oneLine, passed, skipped, warned } from './report.js';
import type { CheckGroup } from './runGroups.js';
import { describeUpstreamFailure, type UpstreamTarget } from './upstreamFailure.js';

const UPSTREAM: CheckName = { id: 'upstream', title: 'Upstream' };
const ROUTING: CheckName = { id: 'channelMap', title: 'Channel routing' };
const FLAGGED: CheckName = { id: 'flaggedAccounts', title: 'Account moderation' };

const CLOSE_WAIT_MS = 2_000;

const FLAG_FIX =
  "someone with the account's Discord login reads and acknowledges Midjourney's moderation message (or solves the CAPTCHA), then an admin runs `/speed reset` (docs/team-features.md#when-midjourney-flags-the-account-for-admins)";

/**
 * The upstream checks, against the backend the configuration names, built as the bot builds it but with
 * calls that end within `deadlineMs`. Routing and moderation are judged from the account list the first
 * check reads.
 */
export function upstreamChecks(
  config: UpstreamConfig,
  channelMap: ChannelMap | undefined,
  deadlineMs: number,
): CheckGroup {
  const url = config.kind === 'useapi' ? config.baseUrl : config.url;
  const proxy = config.kind === 'midjourney-proxy';
  return {
    checks: proxy ? [UPSTREAM, ROUTING, FLAGGED, PROXY_READINGS] : [UPSTREAM, ROUTING, FLAGGED],
    service: `the upstream (${url})`,
    async run(report, signal) {
      // Out of time, the group's signal cuts calls still in flight short.
      const upstream = createUpstream({ ...config, deadlineMs }, { shutdownSignal: signal });
      try {
        const target: UpstreamTarget = { upstream, url };
        const accounts = await listAccounts(upstream, target);
        report(accounts.result);
        if (!accounts.list) {
          const needs = `needs ${upstream.displayName}'s account list`;
          for (const check of proxy ? [ROUTING, FLAGGED, PROXY_READINGS] : [ROUTING, FLAGGED]) {
            report(skipped(check, needs));
          }
          return;
        }
        report(checkRouting(accounts.list, target, channelMap));
        const used = usedAccounts(accounts.list, channelMap);
        report(await checkFlags(upstream, used));
        if (proxy) report(checkProxyReadings(used, Date.now()));
      } finally {
        await withinTime(upstream.close(), CLOSE_WAIT_MS, () => new Error('close')).catch(() => {});
      }
    },
  };
}

async function listAccounts(
  upstream: Upstream,
  target: UpstreamTarget,
): Promise<{ result: CheckResult; list?: AccountSummary[] }> {
  if (!upstream.listAccounts) {
    return {
      result: warned(UPSTREAM, `${upstream.displayName} cannot list its accounts, so none were checked`),
    };
  }
  const outcome = await upstream.listAccounts();
  if (outcome.kind !== 'success') {
    const { summary, fix } = describeUpstreamFailure(outcome, target);
    return { result: failed(UPSTREAM, summary, fix) };
  }
  const list = outcome.value;
  const summary = `${upstream.displayName} at ${target.url} answers and accepts ${upstream.words.tokenVariable}; it has ${accountCount(list.length)}`;
  return { result: passed(UPSTREAM, summary, { details: list.map(describeAccount) }), list };
}

/** Every account the bot routes to is one the upstream has. */
function checkRouting(
  list: readonly AccountSummary[],
  target: UpstreamTarget,
  channelMap: ChannelMap | undefined,
): CheckResult {
  const name = target.upstream.displayName;
  const addAccount = `add the Midjourney account at ${name} (docs/upstreams.md)`;
  if (!channelMap) {
    if (list.length === 0)
      return failed(ROUTING, `no CHANNEL_MAP, and ${name} has no account to use`, addAccount);
    return passed(
      ROUTING,
      `no CHANNEL_MAP: each channel is its own account, so /speed works in the channels of ${name}'s accounts: ${list.map((account) => account.account).join(', ')}`,
    );
  }
  const known = new Set(list.map((account) => account.account));
  const targets = routedAccounts(channelMap);
  const unknown = [...targets].filter(([account]) => !known.has(account));
  const describe = ([account, channels]: [string, string[]]) => `${account} (from ${channels.join(', ')})`;
  if (unknown.length > 0) {
    return failed(
      ROUTING,
      `CHANNEL_MAP sends channels to ${unknown.length === 1 ? 'an account' : 'accounts'} ${name} does not have: ${unknown.map(describe).join('; ')}`,
      `correct CHANNEL_MAP to name ${name}'s accounts (${[...known].join(', ') || 'none'}), or ${addAccount}`,
    );
  }
  return passed(
    ROUTING,
    `every CHANNEL_MAP target is an account of ${name}: ${[...targets].map(describe).join('; ')}`,
  );
}

/** The accounts the bot routes to: CHANNEL_MAP's targets, or every account without a map. */
function usedAccounts(list: readonly AccountSummary[], channelMap: ChannelMap | undefined): AccountSummary[] {
  const used = channelMap ? routedAccounts(channelMap) : undefined;
  return list.filter((account) => !used || used.has(account.account));
}

/** No account the bot uses is flagged; a switched-off one is worth a look. */
async function checkFlags(upstream: Upstream, relevant: readonly AccountSummary[]): Promise<CheckResult> {
  const flagged = relevant.filter((account) => account.flagged);
  if (flagged.length > 0) {
    const details = await Promise.all(flagged.map((account) => flagDetail(upstream, account)));
    return failed(
      FLAGGED,
      `${accountCount(flagged.length)} flagged at ${upstream.displayName}`,
      FLAG_FIX,
      details,
    );
  }
  const disabled = relevant.filter((account) => !account.enabled);
  if (disabled.length > 0) {
    return warned(FLAGGED, `${accountCount(disabled.length)} switched off at ${upstream.displayName}`, {
      fix: `switch ${disabled.length === 1 ? 'it' : 'them'} on at ${upstream.displayName} if the team should use ${disabled.length === 1 ? 'it' : 'them'}`,
      details: disabled.map(describeAccount),
    });
  }
  return passed(
    FLAGGED,
    `no account the bot uses is flagged or locked (${accountCount(relevant.length)} checked)`,
  );
}

/** What the upstream says about a flagged account (its moderation state; no /info, no change). */
async function flagDetail(upstream: Upstream, account: AccountSummary): Promise<string> {
  const report = await upstream.getAccount(account.account);
  if (report.kind !== 'success' || !report.value.flagged) return describeAccount(account);
  const cause = report.value.cause === 'captcha' ? 'a CAPTCHA waits' : 'a moderation message waits';
  const text = report.value.moderationText ? `: “${oneLine(report.value.moderationText, 150)}”` : '';
  return `${describeAccount(account)}: ${cause}${text}`;
}

/** Account → the Discord channels CHANNEL_MAP sends there (`*` for every other channel). */
function routedAccounts(map: ChannelMap): Map<string, string[]> {
  const routed = new Map<string, string[]>();
  const add = (account: string, channel: string) =>
    routed.set(account, [...(routed.get(account) ?? []), channel]);
  for (const [channel, account] of map.routes) add(account, channel);
  if (map.fallback !== undefined) add(map.fallback, '*');
  return routed;
}

function describeAccount(account: AccountSummary): string {
  const name = account.name ? ` “${oneLine(account.name, 60)}”` : '';
  const state = account.flagged ? 'flagged' : account.enabled ? 'enabled' : 'switched off';
  return `${account.account}${name}: ${state}`;
}

const accountCount = (n: number) => `${n} account${n === 1 ? '' : 's'}`;
