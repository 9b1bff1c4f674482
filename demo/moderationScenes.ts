/**
 * The part of the demo's script that differs by upstream: how Midjourney's flag reaches the bot, and what
 * resolves it. useapi.net answers a moderation message with a 596; midjourney-proxy locks the account
 * with a CAPTCHA whose link only admins may see.
 */
import type { UpstreamDouble, UpstreamKind } from '../test/support/upstreamDouble.js';

/** The CAPTCHA link midjourney-proxy reports in the demo (never to be printed in a public message). */
export const DEMO_CAPTCHA_URL = 'https://proxy.example/cf/verify?state=demo-captcha-ticket';

export interface ModerationScene {
  /** Narration as Midjourney flags the shared account. */
  readonly flagged: string;
  /** Makes the upstream stand-in show the flag on `account`. */
  flag(upstream: UpstreamDouble, account: string): void;
  /** Narration before an admin looks at `/speed status` while halted; none when the scene skips it. */
  readonly adminLooks?: string;
  /** Narration as someone resolves the flag in the Midjourney account. */
  readonly resolved: string;
}

export const MODERATION_SCENES: Record<UpstreamKind, ModerationScene> = {
  useapi: {
    flagged: 'meanwhile, Midjourney sends the shared account a moderation message: useapi.net answers 596',
    flag: (upstream, account) => void upstream.flagModeration(account),
    resolved:
      'someone acknowledges the moderation message in the Midjourney account; carol has Manage Server',
  },
  'midjourney-proxy': {
    flagged:
      'meanwhile, Midjourney asks the shared account to solve a CAPTCHA: midjourney-proxy locks the account',
    flag: (upstream, account) => upstream.lockWithCaptcha(account, DEMO_CAPTCHA_URL),
    adminLooks: 'carol has Manage Server: she looks for the CAPTCHA link',
    resolved: 'carol solves the CAPTCHA in the Discord account that runs Midjourney',
  },
};
