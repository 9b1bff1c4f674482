/**
 * Settings that put the midjourney-proxy admin token, and with it the Discord user token of every account
 * the proxy holds (its admin API returns `userToken` to an admin), within reach of others. They are
 * warned about at start and by the doctor, not refused: the weakness is the proxy's (it accepts the token
 * from anyone who can reach it), so refusing would stop only the team's own bot, and trying the bot
 * against a fresh proxy on this machine is a legitimate first step.
 */
import { isIP } from 'node:net';
import type { UpstreamConfig } from '../config.js';

/** The token a fresh midjourney-proxy gives its administrator (`AdminToken`, DiscordAccountInitializer.cs:280-296). */
const FRESH_INSTALL_TOKEN = 'admin';

// The sentences avoid the token's own word: the log scrubber would redact it from them when it is the token.
const FRESH_TOKEN_WARNING =
  "MJ_PROXY_TOKEN is the token every fresh midjourney-proxy accepts, so anyone who can reach the proxy can act as its administrator and read the Discord user token of its accounts: set a new token for the proxy's administrator in its web page, then put that one in MJ_PROXY_TOKEN.";

const cleartextWarning = (host: string) =>
  `MJ_PROXY_URL is http:// to ${host}, which is not this machine: MJ_PROXY_TOKEN crosses the network unencrypted, and whoever reads it can read the Discord user token of the proxy's accounts. Use https://, or reach the proxy on this machine or by its name on a private container network.`;

/**
 * Whether traffic to `hostname` stays on this machine or a private container network: loopback, or a
 * name without a dot (a compose or Kubernetes service name, which only that network resolves).
 */
function staysLocal(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1';
  return !host.includes('.');
}

/** What in `upstream`'s settings exposes the proxy's admin token; empty for useapi.net or a safe setup. */
export function proxyTokenRisks(upstream: UpstreamConfig): string[] {
  if (upstream.kind !== 'midjourney-proxy') return [];
  const risks: string[] = [];
  if (upstream.token === FRESH_INSTALL_TOKEN) risks.push(FRESH_TOKEN_WARNING);
  const url = new URL(upstream.url);
  if (url.protocol === 'http:' && !staysLocal(url.hostname)) risks.push(cleartextWarning(url.host));
  return risks;
}
