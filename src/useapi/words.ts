/** How replies name and explain useapi.net (see `src/upstream/messages.ts`). */
import { msg } from '../i18n/text.js';
import type { UpstreamWords } from '../upstream/messages.js';
import { shutdownNotice } from './discontinued.js';

export const USEAPI_WORDS = {
  name: 'useapi.net',
  tokenVariable: 'USEAPI_TOKEN',
  urlVariable: 'USEAPI_BASE_URL',
  messages: {
    tokenName: 'useapi.tokenName',
    // useapi.net answers 596 for both and does not say which.
    moderationHalt: 'useapi.moderationHalt',
    captchaHalt: 'useapi.captchaHalt',
    busy: 'useapi.busy',
    badRequest: 'useapi.badRequest',
    notFound: 'useapi.notFound',
    noSubscription: 'useapi.noSubscription',
    discontinued: 'useapi.discontinued',
  },
  failureNotice: (outcome) => (shutdownNotice(outcome) ? msg('useapi.shutdownNotice') : undefined),
  // useapi.net relays Midjourney's own English words: nothing to explain.
} as const satisfies UpstreamWords;
