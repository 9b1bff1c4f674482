/** How replies name and explain midjourney-proxy (see `src/upstream/messages.ts`). */
import type { UpstreamWords } from '../messages.js';
import { glossProxyReason } from './reasonGlosses.js';

export const MIDJOURNEY_PROXY_WORDS = {
  name: 'midjourney-proxy',
  tokenVariable: 'MJ_PROXY_TOKEN',
  urlVariable: 'MJ_PROXY_URL',
  messages: {
    tokenName: 'proxy.tokenName',
    moderationHalt: 'proxy.moderationHalt',
    captchaHalt: 'proxy.captchaHalt',
    busy: 'proxy.busy',
    badRequest: 'proxy.badRequest',
    notFound: 'proxy.notFound',
    // The proxy runs on the team's own machine: it has no subscription of its own to expire.
    noSubscription: 'proxy.noSubscription',
    discontinued: 'proxy.discontinued',
  },
  gloss: glossProxyReason,
} as const satisfies UpstreamWords;
