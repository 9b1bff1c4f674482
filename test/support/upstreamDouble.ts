/**
 * One small control surface over either upstream stand-in, so a behaviour suite runs unchanged against
 * useapi.net and midjourney-proxy (`describe.each(UPSTREAMS)`). Each method does what the real upstream
 * would show: a moderation flag is useapi.net's 596 and `pendingModMessage`, or midjourney-proxy's account
 * disabled with "Pending mod message, …".
 */
import type { SpeedMode } from '../../src/speedModes.js';
import { MidjourneyProxyStandIn, modeCustomId, proxyFaults } from '../standins/midjourneyProxy.js';
import { PENDING_MOD_DETAILS, respond, UseapiStandIn } from '../standins/useapi.js';

/** The values of `UPSTREAM`. */
export type UpstreamKind = 'useapi' | 'midjourney-proxy';
export const UPSTREAMS: readonly UpstreamKind[] = ['useapi', 'midjourney-proxy'];

export const USEAPI_TOKEN = 'user:4242-standin-useapi-token-do-not-leak-9876543210';
export const MJ_PROXY_TOKEN = 'mjproxy-standin-ADMIN-token-do-not-leak-5566778899';

/** The proxy's text for a moderation disable (DiscordWebSocketService.cs: "<title>, <description>"). */
export const PROXY_MODERATION_REASON =
  'Pending mod message, You have a pending moderation message. Please acknowledge it before using the bot.';

export interface UpstreamDouble {
  readonly kind: UpstreamKind;
  /** How replies name it. */
  readonly name: string;
  /** The token the bot must send; never to be seen in a reply or a log line. */
  readonly token: string;
  /** The variables that point the bot at this stand-in. */
  env(): Record<string, string>;
  /** Makes `account` one the upstream serves (useapi.net serves every channel by default). */
  addAccount(account: string): void;
  /** Midjourney flags `account` with a moderation message; returns the text the upstream reports. */
  flagModeration(account: string): string;
  /** Midjourney asks `account` for a CAPTCHA at `url` (midjourney-proxy only: useapi.net cannot say). */
  lockWithCaptcha(account: string, url: string): void;
  isFlagged(account: string): boolean;
  modeOf(account: string): SpeedMode;
  /**
   * Puts `account` in `mode` as if someone had switched it earlier (midjourney-proxy reads it from the
   * card and clicks nothing for a mode already active; useapi.net switches whatever the mode).
   */
  startIn(account: string, mode: SpeedMode): void;
  /** Midjourney now has this fast time left (midjourney-proxy shows it after its next /info reading, a sync). */
  setFastTime(account: string, remainingHours: number, totalHours: number): void;
  /** The speed switches that reached the upstream, in order (`/jobs/{mode}` calls, or button clicks). */
  switches(account?: string): SpeedMode[];
  /** `METHOD /path` of every request that reached the upstream, in order. */
  requestLog(): string[];
  /** How many requests reached the upstream, about `account` or in all. */
  requestCount(account?: string): number;
  /** The next `times` switches answer only after `ms`. */
  slow(ms: number, times?: number): void;
  /** The next switch never gets an answer. */
  hang(): void;
  /** The next `times` requests lose their connection without an answer. */
  drop(times?: number): void;
  /** Forgets requests and scripts and puts every account back as it started. */
  clear(): void;
  close(): Promise<void>;
}

/** How long the proxy's `account-sync` takes here: seconds at a real proxy, a breath in tests. */
export const TEST_SYNC_MS = 20;

/**
 * Starts the stand-in of `kind` serving `accounts`. `jobDelayMs` is how long a speed switch takes to
 * answer: useapi.net's `/jobs` calls, or midjourney-proxy's button clicks. `now` is the proxy host's clock
 * (the bot's clock in tests that move time).
 */
export async function startUpstreamDouble(
  kind: UpstreamKind,
  accounts: readonly string[],
  options: { jobDelayMs?: number; now?: () => number } = {},
): Promise<UpstreamDouble> {
  const jobDelayMs = options.jobDelayMs ?? 0;
  return kind === 'useapi'
    ? useapiDouble(await UseapiStandIn.start({ token: USEAPI_TOKEN, jobDelayMs }))
    : proxyDouble(
        await MidjourneyProxyStandIn.start({
          token: MJ_PROXY_TOKEN,
          actionDelayMs: jobDelayMs,
          now: options.now,
          syncMs: TEST_SYNC_MS,
        }),
        accounts,
      );
}

/** The useapi.net stand-in behind the double (for useapi.net-only tests). */
export function useapiDouble(useapi: UseapiStandIn): UpstreamDouble & { readonly useapi: UseapiStandIn } {
  const jobs = (account?: string) =>
    useapi.requests.filter(
      (request) => request.route === 'jobs' && (account === undefined || request.channel === account),
    );
  return {
    kind: 'useapi',
    name: 'useapi.net',
    token: USEAPI_TOKEN,
    useapi,
    env: () => ({ USEAPI_TOKEN, USEAPI_BASE_URL: useapi.url }),
    addAccount: () => {},
    flagModeration(account) {
      useapi.flagModeration(account, 'job');
      return PENDING_MOD_DETAILS;
    },
    lockWithCaptcha() {
      throw new Error('useapi.net reports a CAPTCHA as a plain 596: use flagModeration');
    },
    isFlagged: (account) => useapi.isFlagged(account),
    modeOf: (account) => useapi.modeOf(account),
    startIn: () => {},
    setFastTime: (account, remaining, total) => useapi.setFastTimeRemaining(account, remaining, total),
    switches: (account) => jobs(account).map((request) => request.verb ?? 'fast'),
    requestLog: () => useapi.requests.map((request) => `${request.method} ${request.path}`),
    requestCount: (account) =>
      account === undefined ? useapi.requests.length : useapi.requestsFor(account).length,
    slow(ms, times = 1) {
      useapi.script({ route: 'jobs' }, respond.delay(ms, respond.useDefault()), { times });
    },
    hang: () => void useapi.respondOnce({ route: 'jobs' }, respond.hang()),
    drop(times = 1) {
      useapi.script(() => true, respond.destroySocket(), { times });
    },
    clear: () => useapi.clear(),
    close: () => useapi.close(),
  };
}

/** The midjourney-proxy stand-in behind the double (for proxy-only tests). */
export function proxyDouble(
  proxy: MidjourneyProxyStandIn,
  initial: readonly string[],
): UpstreamDouble & { readonly proxy: MidjourneyProxyStandIn } {
  const served = new Set(initial);
  // A stable id per channel, so the bot's cached lookups stay valid across `clear()`.
  const seed = (channelId: string) => proxy.addAccount({ channelId, id: `acc-${channelId}`, mode: 'relax' });
  const reset = () => {
    proxy.clear();
    for (const channelId of served) seed(channelId);
  };
  reset();
  const idOf = (account: string) => `acc-${account}`;
  const clicks = (account?: string) =>
    proxy
      .requestsTo('action')
      .filter((request) => account === undefined || request.accountId === idOf(account));
  const modeOfClick = (customId: string | undefined): SpeedMode =>
    (['fast', 'turbo', 'relax'] as const).find((mode) => modeCustomId(mode) === customId) ?? 'fast';
  return {
    kind: 'midjourney-proxy',
    name: 'midjourney-proxy',
    token: MJ_PROXY_TOKEN,
    proxy,
    env: () => ({ UPSTREAM: 'midjourney-proxy', MJ_PROXY_URL: proxy.url, MJ_PROXY_TOKEN }),
    addAccount(account) {
      if (served.has(account)) return;
      served.add(account);
      seed(account);
    },
    flagModeration(account) {
      Object.assign(proxy.account(account), { enable: false, disabledReason: PROXY_MODERATION_REASON });
      return PROXY_MODERATION_REASON;
    },
    lockWithCaptcha(account, url) {
      Object.assign(proxy.account(account), { lock: true, cfUrl: url, disabledReason: 'CF 人工验证...' });
    },
    isFlagged: (account) => {
      const state = proxy.account(account);
      return state.lock || state.enable !== true;
    },
    modeOf: (account) => proxy.account(account).mode,
    startIn(account, mode) {
      Object.assign(proxy.account(account), { mode, infoMode: mode });
    },
    setFastTime(account, remaining, total) {
      proxy.account(account).fastTime = { remaining, total };
    },
    switches: (account) => clicks(account).map((request) => modeOfClick(request.query.customId)),
    requestLog: () => proxy.requests.map((request) => `${request.method} ${request.path}`),
    requestCount: (account) =>
      account === undefined
        ? proxy.requests.length
        : proxy.requests.filter(
            (request) =>
              request.accountId === idOf(account) ||
              (request.route === 'search' && JSON.stringify(request.body ?? {}).includes(account)),
          ).length,
    slow: (ms, times = 1) => proxy.fail(proxyFaults.delay(ms), { route: 'action', times }),
    hang: () => proxy.fail(proxyFaults.hang(), { route: 'action' }),
    drop: (times = 1) => proxy.fail(proxyFaults.drop(), { times }),
    clear: reset,
    close: () => proxy.close(),
  };
}
