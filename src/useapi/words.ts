/** How replies name and explain useapi.net (see `src/upstream/messages.ts`). */
import type { UpstreamWords } from '../upstream/messages.js';
import { shutdownNotice } from './discontinued.js';

export const USEAPI_WORDS = {
  name: 'useapi.net',
  tokenName: 'API token',
  tokenVariable: 'USEAPI_TOKEN',
  urlVariable: 'USEAPI_BASE_URL',
  // useapi.net answers 596 for both and does not say which.
  moderationHalt:
    'Midjourney has flagged the shared account with a pending moderation message or a CAPTCHA, so ' +
    'useapi.net has halted it.',
  captchaHalt: 'Midjourney has asked the shared account to solve a CAPTCHA, so useapi.net has halted it.',
  busy: "useapi.net is busy (Midjourney's job queue is full or Discord is rate-limiting).",
  badRequest:
    "useapi.net rejected the request as invalid. Ask the bot's operator to check that this channel " +
    'is configured for Midjourney in useapi.net.',
  notFound:
    'useapi.net has no Midjourney account configured for this channel. ' +
    "Ask the bot's operator to add this channel to the useapi.net Midjourney configuration.",
  noSubscription:
    "useapi.net says the bot's subscription is missing or has expired. " +
    "Ask the bot's operator to renew the useapi.net subscription.",
  discontinued:
    'useapi.net may no longer serve Midjourney (it announced the end of its Midjourney API on 2026-06-24), ' +
    'so nothing was changed; ask the bot\'s operator to read "Choosing an upstream" in the README.',
  failureNotice: shutdownNotice,
} as const satisfies UpstreamWords;
