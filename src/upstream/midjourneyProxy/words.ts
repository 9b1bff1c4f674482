/** How replies name and explain midjourney-proxy (see `src/upstream/messages.ts`). */
import type { UpstreamWords } from '../messages.js';

export const MIDJOURNEY_PROXY_WORDS = {
  name: 'midjourney-proxy',
  tokenName: 'admin token',
  tokenVariable: 'MJ_PROXY_TOKEN',
  urlVariable: 'MJ_PROXY_URL',
  moderationHalt:
    'Midjourney has flagged the shared account (a pending moderation message or a block), so ' +
    'midjourney-proxy has disabled it.',
  captchaHalt:
    'Midjourney has asked the shared account to solve a CAPTCHA, so midjourney-proxy has locked it.',
  busy: 'midjourney-proxy is busy (an account sync was refused or took too long, or Discord is rate-limiting).',
  badRequest:
    "midjourney-proxy refused the request. Ask the bot's operator to check the account on the proxy's " +
    'account page.',
  notFound: 'midjourney-proxy has no account for this channel; add it there or map the channel.',
  // The proxy runs on the team's own machine: it has no subscription of its own to expire.
  noSubscription:
    "midjourney-proxy says the account's subscription is missing or has expired. Ask the bot's operator " +
    'to check it.',
  discontinued:
    "midjourney-proxy says it no longer serves Midjourney; ask the bot's operator to read " +
    '"Choosing an upstream" in the README.',
} as const satisfies UpstreamWords;
