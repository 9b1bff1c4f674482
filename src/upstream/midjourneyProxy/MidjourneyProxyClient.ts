/**
 * The midjourney-proxy backend (trueai-org/midjourney-proxy, self-hosted): switches the team's Midjourney
 * account's speed by clicking its `/settings` buttons through the proxy's admin API, and reads moderation
 * state, CAPTCHA locks and fast hours from the account the proxy keeps. Every method resolves to an
 * `UpstreamOutcome` within one deadline, polls included; the admin token goes in the `Authorization` header
 * only and never into an outcome.
 */
import { type Clock, systemClock } from '../../clock.js';
import { isSpeedMode, type SpeedMode } from '../../speedModes.js';
import { CallDeadline } from '../CallDeadline.js';
import { createTransport, positive, type TransportOptions } from '../http/clientOptions.js';
import type { HttpTransport } from '../http/HttpTransport.js';
import type { ClassifiedOutcome, UpstreamOutcome } from '../outcomes.js';
import type {
  AccountReport,
  AccountSummary,
  FastHours,
  ResetDone,
  SpeedChanged,
  Upstream,
  UpstreamName,
} from '../port.js';
import { AccountDirectory } from './AccountDirectory.js';
import { AccountWatcher } from './AccountWatcher.js';
import { AdminApi, type CallContext } from './AdminApi.js';
import { accountBlock, fastHoursOf, isEnabled, reportOf } from './accountState.js';
import { CardClicks } from './CardClicks.js';
import { clickReserveFor, isReconnecting, ModeSwitch, syncExplained } from './ModeSwitch.js';
import { ProxyTime } from './ProxyTime.js';
import { ProxyClock } from './proxyClock.js';
import { SyncGate, type SyncStore } from './SyncGate.js';
import type { ProxyAccount } from './schemas.js';
import { cardSentAt } from './settingsCard.js';
import { MIDJOURNEY_PROXY_WORDS } from './words.js';

/** Options of {@link MidjourneyProxyClient}. */
export interface MidjourneyProxyClientOptions extends TransportOptions {
  /** Where the proxy listens, e.g. `http://127.0.0.1:8080`; a path prefix is kept. */
  readonly baseUrl: string;
  /** An admin user's token; only ever sent in the `Authorization` header, raw as the proxy compares it. */
  readonly token: string;
  /** Budget for a whole call: lookup, reads, the click, syncs and polls. */
  readonly deadlineMs?: number;
  /** Pause between two reads of the account while waiting for a sync or a mode change to show. */
  readonly pollMs?: number;
  /**
   * An /info reading younger than this is reported as it is; an older one is refreshed with an account
   * sync first (MJ_PROXY_SYNC_MIN_AGE_MINUTES).
   */
  readonly syncMinAgeMs?: number;
  /**
   * Where syncs and the bot's own card clicks are counted across the bot's processes (the state store); in
   * memory without it.
   */
  readonly syncStore?: SyncStore;
  /** How long a channel → account id lookup is reused. */
  readonly accountIdTtlMs?: number;
  /** Wall time for the id cache and the age of /info readings. */
  readonly clock?: Clock;
}

/** Defaults for every tunable option. */
export const MIDJOURNEY_PROXY_CLIENT_DEFAULTS = {
  // The same budget as useapi.net's: well within the 30 s the bot promises users.
  deadlineMs: 25_000,
  connectTimeoutMs: 5_000,
  // account-action sleeps 2 s and syncs before it answers, account-sync waits 5–14 s between commands.
  headersTimeoutMs: 25_000,
  bodyTimeoutMs: 10_000,
  // An account body carries the whole /settings card and counters.
  maxBodyBytes: 1_024 * 1_024,
  keepAliveTimeoutMs: 30_000,
  pollMs: 1_000,
  // The proxy's own routine sync runs every 180–360 min (DiscordService.cs:4219); an hour is well inside it.
  syncMinAgeMs: 60 * 60_000,
  accountIdTtlMs: 60_000,
} as const;

const UPSTREAM = MIDJOURNEY_PROXY_WORDS.name;
/** Accounts per search page when listing; the proxy caps a page at 100. */
const LIST_PAGE_SIZE = 20;
const LIST_MAX_PAGES = 10;

/**
 * @example
 * const proxy = new MidjourneyProxyClient({ baseUrl: config.mjProxyUrl, token: config.mjProxyToken });
 * const outcome = await proxy.setSpeed('turbo', accountChannelId);
 * await proxy.close();
 */
export class MidjourneyProxyClient implements Upstream {
  readonly name: UpstreamName = 'midjourney-proxy';
  readonly displayName = MIDJOURNEY_PROXY_WORDS.name;
  readonly words = MIDJOURNEY_PROXY_WORDS;
  // account-cf clears the lock without checking anything (AdminController.cs:803-827).
  readonly resetTrustsCaptcha = true;

  readonly #transport: HttpTransport;
  readonly #api: AdminApi;
  readonly #directory: AccountDirectory;
  readonly #watcher: AccountWatcher;
  readonly #switch: ModeSwitch;
  readonly #clock: Clock;
  readonly #deadlineMs: number;
  readonly #syncMinAgeMs: number;
  readonly #time: ProxyTime;
  readonly #shutdown: AbortSignal | undefined;

  constructor(options: MidjourneyProxyClientOptions) {
    const defaults = MIDJOURNEY_PROXY_CLIENT_DEFAULTS;
    // WorkContext.cs reads `Authorization` as is (no `Bearer`) and looks it up as a user token.
    this.#transport = createTransport(UPSTREAM, options, defaults, (token) => token);
    this.#clock = options.clock ?? systemClock;
    this.#shutdown = options.shutdownSignal;
    this.#deadlineMs = positive(options.deadlineMs, defaults.deadlineMs, 'deadlineMs');
    this.#syncMinAgeMs = positive(options.syncMinAgeMs, defaults.syncMinAgeMs, 'syncMinAgeMs');
    const proxyClock = new ProxyClock(this.#clock);
    this.#api = new AdminApi(this.#transport, (raw) => proxyClock.observe(raw));
    const clicks = new CardClicks(options.syncStore, this.#clock);
    this.#time = new ProxyTime(this.#api, proxyClock, clicks);
    const pollMs = positive(options.pollMs, defaults.pollMs, 'pollMs');
    this.#watcher = new AccountWatcher(this.#api, pollMs, new SyncGate(options.syncStore, this.#clock));
    this.#switch = new ModeSwitch(
      this.#api,
      this.#watcher,
      this.#clock,
      pollMs,
      this.#time,
      clicks,
      clickReserveFor(this.#deadlineMs),
    );
    this.#directory = new AccountDirectory(
      this.#api,
      this.#clock,
      positive(options.accountIdTtlMs, defaults.accountIdTtlMs, 'accountIdTtlMs'),
    );
  }

  /**
   * Reads the account (a CAPTCHA lock or a moderation disable ends here, nothing clicked), then lets
   * {@link ModeSwitch} click the mode's button unless the account already shows that mode.
   */
  setSpeed(mode: SpeedMode, account: string): Promise<UpstreamOutcome<SpeedChanged>> {
    if (!isSpeedMode(mode)) throw new TypeError('Unknown speed mode.');
    return this.#run(account, (call, id, current) => this.#switch.switchTo(call, account, id, mode, current));
  }

  /** Clears what blocks the account: `account-cf` for a CAPTCHA lock, `accounts-enable` when disabled. */
  reset(account: string): Promise<UpstreamOutcome<ResetDone>> {
    return this.#run(
      account,
      async (call, id, current) => {
        const cleared: ResetDone['cleared'][number][] = [];
        if (current.lock === true) {
          const solved = await this.#api.captchaSolved(call, id);
          if (solved.kind !== 'success') return solved;
          cleared.push('captcha');
        }
        if (!isEnabled(current)) {
          const enabled = await this.#api.enable(call, [id]);
          if (enabled.kind !== 'success') return enabled;
          cleared.push('disabled');
        }
        return { kind: 'success', value: { cleared } };
      },
      { allowBlocked: true },
    );
  }

  /** The account's moderation state; a flagged account is a success with `flagged: true`. */
  getAccount(account: string): Promise<UpstreamOutcome<AccountReport>> {
    return this.#run(
      account,
      async (call, id, current) => ({
        kind: 'success',
        value: reportOf(current, await this.#time.modeReadings(call, id, current)),
      }),
      { allowBlocked: true },
    );
  }

  /**
   * Fast hours from the proxy's stored /info reading, dated in the proxy's time zone. Synced first only when
   * that reading was never taken or is older than `syncMinAgeMs`, and only if the sync gate allows and the
   * proxy has the account connected (else the stored reading as it is).
   */
  fastTime(account: string): Promise<UpstreamOutcome<FastHours | undefined>> {
    return this.#run(account, async (call, id, current) => {
      const readAt = await this.#time.infoReadAt(call, current);
      const stored = { kind: 'success', value: fastHoursOf(current, readAt) } as const;
      // An account the proxy is still reconnecting has no instance to sync: its stored reading is all there is.
      if (!this.#infoIsOld(current, readAt) || isReconnecting(current)) return stored;
      const before = current.infoUpdated;
      const synced = await syncExplained(
        this.#api,
        this.#watcher,
        call,
        id,
        (next) => Boolean(next.infoUpdated) && next.infoUpdated !== before,
        current,
      );
      if (synced.kind === 'syncRefused') return stored;
      if (synced.kind !== 'success') return synced;
      // A sync that did not land in time still leaves the older reading, dated as it is.
      return {
        kind: 'success',
        value: fastHoursOf(synced.value, await this.#time.infoReadAt(call, synced.value)),
      };
    });
  }

  /**
   * Every account the proxy serves, enabled or not, with what the proxy keeps about it: whether it runs,
   * how old its /info reading and `/settings` card are, and the proxy's clock offset (learned with one
   * harmless read when no answer showed it lately).
   */
  listAccounts(): Promise<UpstreamOutcome<AccountSummary[]>> {
    return this.#measure(async (call) => {
      const items: ProxyAccount[] = [];
      for (let page = 1; page <= LIST_MAX_PAGES; page += 1) {
        const found = await this.#api.searchAccounts(call, { page, pageSize: LIST_PAGE_SIZE });
        if (found.kind !== 'success') return found;
        items.push(...found.value.list.filter((item) => item.channelId));
        const total = found.value.pagination?.total ?? 0;
        if (found.value.list.length < LIST_PAGE_SIZE || page * LIST_PAGE_SIZE >= total) break;
      }
      await this.#time.learnOffset(call);
      return { kind: 'success', value: items.map((item) => this.#summaryOf(item)) };
    });
  }

  close(): Promise<void> {
    return this.#transport.close();
  }

  /**
   * The shape of every per-account call: look the id up, read the account, stop at a moderation or
   * disable block (unless the call is about blocks), then do `work` with what was read.
   */
  #run<T>(
    channel: string,
    work: (call: CallContext, id: string, account: ProxyAccount) => Promise<ClassifiedOutcome<T>>,
    options: { allowBlocked?: boolean } = {},
  ): Promise<UpstreamOutcome<T>> {
    if (typeof channel !== 'string' || channel.length === 0) {
      throw new TypeError('A Discord channel id is required.');
    }
    return this.#measure(async (call) => {
      const read = await this.#readAccount(call, channel);
      if (read.kind !== 'success') return read;
      const { id, account } = read.value;
      const block = options.allowBlocked ? undefined : accountBlock(account);
      return block ?? work(call, id, account);
    });
  }

  async #measure<T>(work: (call: CallContext) => Promise<ClassifiedOutcome<T>>): Promise<UpstreamOutcome<T>> {
    const call: CallContext = { deadline: new CallDeadline(this.#deadlineMs, this.#shutdown), attempts: 0 };
    try {
      const outcome = await work(call);
      return {
        ...outcome,
        status: outcome.status ?? call.status,
        durationMs: call.deadline.elapsedMs(),
        attempts: call.attempts,
      };
    } finally {
      call.deadline.dispose();
    }
  }

  /** One search result as the doctor lists it. */
  #summaryOf(item: ProxyAccount): AccountSummary {
    const infoReadAt = this.#time.infoReadAtKnown(item);
    const report = reportOf(item, { infoAt: infoReadAt });
    const offsetMs = this.#time.utcOffsetMs;
    const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());
    return {
      account: item.channelId ?? '',
      name: item.remark?.trim() || undefined,
      enabled: report.enabled,
      flagged: report.flagged,
      proxy: {
        running: item.running === true,
        utcOffsetMinutes: offsetMs === undefined ? undefined : offsetMs / 60_000,
        infoTaken: Boolean(item.infoUpdated),
        infoReadAt: iso(infoReadAt),
        cardSentAt: iso(cardSentAt(item)),
      },
    };
  }

  /**
   * Whether the stored reading is worth a sync: never taken, or older than the proxy's own cadence. One the
   * bot cannot date is not: a sync would not make it placeable, only risk the account.
   */
  #infoIsOld(account: ProxyAccount, readAt: number | undefined): boolean {
    if (!account.infoUpdated) return true;
    return readAt !== undefined && this.#clock.now() - readAt >= this.#syncMinAgeMs;
  }

  /** The account for `channel`; a cached id the proxy no longer knows is looked up once more. */
  async #readAccount(
    call: CallContext,
    channel: string,
  ): Promise<ClassifiedOutcome<{ id: string; account: ProxyAccount }>> {
    for (let lookup = 1; ; lookup += 1) {
      const id = await this.#directory.idFor(call, channel);
      if (id.kind !== 'success') return id;
      const account = await this.#api.account(call, id.value);
      if (account.kind === 'success') return { ...account, value: { id: id.value, account: account.value } };
      if (account.kind !== 'notFound') return account;
      this.#directory.forget(channel);
      if (lookup === 2) return account;
    }
  }
}
