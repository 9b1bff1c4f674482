/**
 * A real HTTP stand-in for trueai-org/midjourney-proxy's admin API on 127.0.0.1: the routes the bot uses,
 * with the shapes and messages of the proxy's source (AdminController.cs, TaskService.cs,
 * SimpleAuthMiddleware.cs, WorkContext.cs, Result.cs, CustomLogicExceptionFilterAttribute.cs; see
 * docs/midjourney-proxy.md). Tests add accounts, decide when a click or a sync shows in the account, and
 * script faults (refusals, 500, non-JSON, hangs, dropped connections); every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readBody, sendJson } from '../discord/httpBody.js';
import {
  createAccount,
  isAlive,
  isCardButton,
  modeOfCustomId,
  type ProxyAccountSeed,
  renderAccount,
  type StandInAccount,
  type StandInMode,
  searchPage,
} from './accounts.js';
import {
  type DiscordRefusal,
  discordRefusalMessage,
  FORBIDDEN_ANSWER,
  FORBIDDEN_REASON,
  type ProxyFault,
  type ProxyRoute,
  performFault,
  type RecordedProxyRequest,
  routeOf,
  type ScriptedFault,
  sendResult,
  sendText,
} from './faults.js';
import { DEFAULT_PROXY_TIME_ZONE, stampResponse } from './serverTime.js';

/**
 * How long `account-sync` takes to answer by default: it sends /info, waits 2.5–3.5 s, sends /settings,
 * waits 2.5–3.5 s, then answers (DiscordService.cs:4238-4250); the middle of that range.
 */
export const REAL_SYNC_MS = 6_500;

/** Options of {@link MidjourneyProxyStandIn.start}. */
export interface ProxyStandInOptions {
  /** The admin user's token (`User.Token`); others get 401 "账号无权限". */
  readonly token: string;
  /** Wall time (UTC) of the proxy's host: `infoUpdated`, `timestamp`, the `Date` header; default `Date.now`. */
  readonly now?: () => number;
  /** The proxy host's time zone (IANA name); default Asia/Shanghai, as the documented Docker setup runs. */
  readonly timeZone?: string;
  /** How long `account-sync` takes to answer, ms; default {@link REAL_SYNC_MS}. Tests pass a few ms. */
  readonly syncMs?: number;
  /**
   * How long every button click takes to answer (the real route clicks, sleeps 2 s and syncs first);
   * default 0. Reads answer at once: the proxy serves them from its own store.
   */
  readonly actionDelayMs?: number;
}

/** When something the proxy started shows in `GET account/{id}`: after N reads, or never. */
export type Lag = number | 'never';

/** The stand-in. Create with {@link MidjourneyProxyStandIn.start}. */
export class MidjourneyProxyStandIn {
  /** Every request received, in order. */
  readonly requests: RecordedProxyRequest[] = [];
  /** `http://127.0.0.1:<port>`: the proxy's base URL. */
  readonly url: string;

  readonly #server: Server;
  readonly #token: string;
  readonly #now: () => number;
  readonly #actionDelayMs: number;
  readonly #startTimeZone: string;
  #timeZone: string;
  readonly #syncMs: number;
  readonly #sockets = new Set<Socket>();
  readonly #accounts = new Map<string, StandInAccount>();
  #faults: ScriptedFault[] = [];
  #modeLag: Lag = 0;
  #syncLag: Lag = 0;
  #reconnectLag: Lag = 0;
  #toggles = true;
  #seq = 0;

  private constructor(server: Server, options: ProxyStandInOptions) {
    this.#server = server;
    this.#token = options.token;
    this.#now = options.now ?? Date.now;
    this.#actionDelayMs = options.actionDelayMs ?? 0;
    this.#startTimeZone = options.timeZone ?? DEFAULT_PROXY_TIME_ZONE;
    this.#timeZone = this.#startTimeZone;
    this.#syncMs = options.syncMs ?? REAL_SYNC_MS;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    server.on('request', (req, res) => void this.#onRequest(req, res));
    server.on('clientError', (_error, socket) => socket.destroy());
  }

  static async start(options: ProxyStandInOptions): Promise<MidjourneyProxyStandIn> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return new MidjourneyProxyStandIn(server, options);
  }

  /** Adds an account and returns its live state (tests may change it directly). */
  addAccount(seed: ProxyAccountSeed): StandInAccount {
    const account = createAccount(seed, this.#now());
    this.#accounts.set(account.id, account);
    return account;
  }

  /** The account for `channelId`; throws when there is none. */
  account(channelId: string): StandInAccount {
    const account = [...this.#accounts.values()].find((candidate) => candidate.channelId === channelId);
    if (!account) throw new Error(`midjourney-proxy stand-in: no account for channel ${channelId}`);
    return account;
  }

  /**
   * Someone types `/fast`, `/turbo` or `/relax` in the account's Discord channel: the mode changes, and
   * the proxy's "Done!" handlers restyle the stored card, marking Turbo after `/fast` and Fast after
   * `/turbo` (DiscordWebSocketService.cs:1127-1181; `/relax` is right, :1206-1245). No /info is read.
   */
  typedInDiscord(channelId: string, mode: StandInMode): void {
    Object.assign(this.account(channelId), { mode, styleSwapped: mode !== 'relax' });
  }

  /** After a click, the first `lag` account reads still show the old mode (0: the new one shows at once). */
  setModeLag(lag: Lag): void {
    this.#modeLag = lag;
  }

  /** After a sync, the first `lag` account reads still show the old card and /info reading. */
  setSyncLag(lag: Lag): void {
    this.#syncLag = lag;
  }

  /** Moves the proxy's host to another time zone (IANA name), e.g. `UTC` or `America/New_York`. */
  setTimeZone(timeZone: string): void {
    this.#timeZone = timeZone;
  }

  /** How many `account-sync` requests reached the account of `channelId`: 0 means nothing was sent. */
  syncsOf(channelId: string): number {
    return this.account(channelId).syncs;
  }

  /**
   * After `accounts-enable`, the account stays offline (`running` false, clicks answered `无可用的账号实例`,
   * its old disabled reason kept) for `lag` reads of it or of the search (0: live at once). The real proxy
   * starts it at its next routine check, about a minute later, then connects and syncs (audit row 18).
   */
  setReconnectLag(lag: Lag): void {
    this.#reconnectLag = lag;
  }

  /**
   * The proxy's local midnight: the fast-task counter `IsAlive` needs expires, so every account is offline
   * until the routine forced sync `lag` reads later (CounterHelper.cs:114-115, DiscordService.cs:492-496).
   */
  startMidnightGap(lag: Lag): void {
    for (const account of this.#accounts.values()) {
      if (account.enable === true) account.startingUp = { readsLeft: lag, clearsReason: false };
    }
  }

  /**
   * Whether clicking the active mode's button switches that mode off (default: yes). 2023 cards encoded it
   * in the ids (`MJ::Settings::RelaxMode::on/off`, audit §2.4): Relax off is Fast, Fast or Turbo off is Relax.
   */
  setModeButtonsToggle(toggle: boolean): void {
    this.#toggles = toggle;
  }

  /**
   * Answers the next `times` requests to `route` (any route when omitted) with `fault`, after letting
   * `skip` of them through normally.
   */
  fail(fault: ProxyFault, options: { route?: ProxyRoute; times?: number; skip?: number } = {}): void {
    this.#faults.push({
      fault,
      route: options.route,
      remaining: options.times ?? 1,
      skip: options.skip ?? 0,
    });
  }

  /** Requests to one route. */
  requestsTo(route: ProxyRoute): RecordedProxyRequest[] {
    return this.requests.filter((request) => request.route === route);
  }

  /** Forgets requests, accounts, faults and lags, and moves back to the time zone it started in. */
  clear(): void {
    this.#timeZone = this.#startTimeZone;
    this.requests.length = 0;
    this.#accounts.clear();
    this.#faults = [];
    this.#modeLag = 0;
    this.#syncLag = 0;
    this.#reconnectLag = 0;
    this.#toggles = true;
  }

  /** Stops listening and destroys every connection, hanging ones included. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
      for (const socket of this.#sockets) socket.destroy();
    });
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.on('error', () => {});
    const rawBody = (await readBody(req).catch(() => Buffer.alloc(0))).toString('utf8');
    const request = this.#record(req, rawBody);
    // SimpleAuthMiddleware.cs: `/mj/admin` needs an ADMIN user found by token; else 401 with plain text.
    const token = req.headers.authorization ?? req.headers['mj-api-secret'];
    if (token !== this.#token) {
      sendText(res, 401, '账号无权限');
      return;
    }
    stampResponse(res, this.#now(), this.#timeZone);
    const fault = this.#takeFault(request.route);
    const delayMs = fault?.type === 'delay' ? fault.ms : this.#routeDelayMs(request.route);
    if (fault?.type === 'discord') {
      this.#discordRefused(request, fault.status, res);
    } else if (fault?.type === 'syncFailedOverLimit') {
      const account = request.accountId === undefined ? undefined : this.#accounts.get(request.accountId);
      if (account) Object.assign(account, { enable: false, disabledReason: '同步失败超过限制' });
      sendResult(res, false, '同步失败，请稍后重试');
    } else if (fault && fault.type !== 'delay') {
      performFault(fault, res);
    } else if (delayMs > 0) {
      const timer = setTimeout(() => this.#answer(request, res), delayMs);
      res.once('close', () => clearTimeout(timer));
    } else {
      this.#answer(request, res);
    }
  }

  /** How long a route takes when nothing is scripted: a click and a sync wait on Discord. */
  #routeDelayMs(route: ProxyRoute): number {
    if (route === 'action') return this.#actionDelayMs;
    return route === 'sync' ? this.#syncMs : 0;
  }

  #record(req: IncomingMessage, rawBody: string): RecordedProxyRequest {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const { route, accountId } = routeOf(req.method ?? 'GET', url.pathname);
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const request: RecordedProxyRequest = {
      seq: ++this.#seq,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      rawBody,
      body,
      route,
      accountId,
    };
    this.requests.push(request);
    return request;
  }

  #takeFault(route: ProxyRoute): ProxyFault | undefined {
    const scripted = this.#faults.find(
      (candidate) => candidate.route === undefined || candidate.route === route,
    );
    if (!scripted) return undefined;
    if (scripted.skip > 0) {
      scripted.skip -= 1;
      return undefined;
    }
    scripted.remaining -= 1;
    if (scripted.remaining <= 0) this.#faults = this.#faults.filter((candidate) => candidate !== scripted);
    return scripted.fault;
  }

  #answer(request: RecordedProxyRequest, res: ServerResponse): void {
    const account = request.accountId === undefined ? undefined : this.#accounts.get(request.accountId);
    switch (request.route) {
      case 'search':
        this.#search(request, res);
        return;
      case 'account':
        // AdminController.Fetch: a LogicException, so HTTP 200 with the Fail envelope.
        if (!account) {
          sendResult(res, false, '账号不存在');
          return;
        }
        this.#advance(account);
        sendJson(res, 200, renderAccount(account, this.#timeZone));
        return;
      case 'sync':
        // TaskService.SyncInfoSetting: no stored account, then no instance (a disabled account has none).
        if (!account) {
          sendResult(res, false, '未找到账号实例');
          return;
        }
        if (account.enable !== true || account.startingUp) {
          sendResult(res, false, '无可用的账号实例');
          return;
        }
        // Synchronous: the route answers after /info and /settings were sent and (usually) answered.
        account.syncs += 1;
        if (this.#captchaAgain(account)) {
          sendResult(res, true);
          return;
        }
        if (this.#syncLag === 0) this.#landSync(account);
        else if (this.#syncLag !== 'never') account.pendingSync = { getsLeft: this.#syncLag };
        sendResult(res, true);
        return;
      case 'action':
        this.#click(request, account, res);
        return;
      case 'captchaSolved':
        // AdminController.cs:803-827 clears the lock, the CAPTCHA links and the reason without checking
        // anything: a CAPTCHA that was not solved locks the account again at its next interaction.
        if (!account) {
          sendResult(res, false, '账号不存在');
          return;
        }
        if (account.captchaSticks) account.stuckCaptchaUrl ??= account.cfUrl;
        Object.assign(account, { lock: false, cfUrl: null, disabledReason: null });
        sendResult(res, true);
        return;
      case 'enable':
        this.#enable(request, res);
        return;
      case 'other':
        res.writeHead(404).end();
        return;
    }
  }

  /** AdminController.Accounts: the search route. */
  #search(request: RecordedProxyRequest, res: ServerResponse): void {
    for (const account of this.#accounts.values()) this.#startUp(account);
    sendJson(res, 200, searchPage([...this.#accounts.values()], request.body, this.#timeZone));
  }

  /** AdminController.AccountAction → TaskService.AccountAction: a live instance clicks the button. */
  #click(request: RecordedProxyRequest, account: StandInAccount | undefined, res: ServerResponse): void {
    if (!account) {
      sendResult(res, false, '未找到账号实例');
      return;
    }
    if (!isAlive(account)) {
      sendResult(res, false, '无可用的账号实例');
      return;
    }
    const customId = request.query.customId ?? '';
    // Discord refuses an interaction on a component that is not on the message: the proxy relays
    // `"{StatusCode}: {payload}"` (DiscordService.PostJsonAndCheckStatusAsync).
    if (!account.settingsCard || !isCardButton(customId)) {
      sendResult(res, false, `BadRequest: {"type":3,"data":{"custom_id":"${customId}"}}`);
      return;
    }
    // Discord accepted the interaction (204); Midjourney answers it with the CAPTCHA dialog instead.
    if (this.#captchaAgain(account)) {
      sendResult(res, true);
      return;
    }
    const mode = this.#modeAfterClick(account, modeOfCustomId(customId));
    if (mode && this.#modeLag === 0) account.mode = mode;
    else if (mode && this.#modeLag !== 'never') account.pendingMode = { mode, getsLeft: this.#modeLag };
    if (account.captchaAfterNextClick) {
      Object.assign(account, {
        lock: true,
        cfUrl: account.captchaAfterNextClick,
        disabledReason: 'CF 人工验证...',
        captchaAfterNextClick: undefined,
      });
    }
    sendResult(res, true);
  }

  /** The mode a click on `clicked`'s button leaves: the active one toggles off when buttons toggle. */
  #modeAfterClick(account: StandInAccount, clicked: StandInMode | undefined): StandInMode | undefined {
    if (!clicked || !this.#toggles || clicked !== account.mode) return clicked;
    return clicked === 'relax' ? 'fast' : 'relax';
  }

  /** A CAPTCHA marked solved that was not: the next interaction brings it back (DWS:832-852,950-975). */
  #captchaAgain(account: StandInAccount): boolean {
    if (!account.captchaSticks || account.stuckCaptchaUrl === undefined) return false;
    Object.assign(account, { lock: true, cfUrl: account.stuckCaptchaUrl, disabledReason: 'CF 人工验证...' });
    account.stuckCaptchaUrl = undefined;
    return true;
  }

  /**
   * A click Discord refused, answered as PostJsonAndCheckStatusAsync does (DiscordService.cs:3932-4045):
   * 429 and 404 after the proxy's own retries, in its `"{name}: {payload}"` words; 403 disables the account.
   */
  #discordRefused(request: RecordedProxyRequest, status: DiscordRefusal, res: ServerResponse): void {
    const account = request.accountId === undefined ? undefined : this.#accounts.get(request.accountId);
    if (status === 403) {
      if (account) Object.assign(account, { enable: false, disabledReason: FORBIDDEN_REASON });
      sendResult(res, false, FORBIDDEN_ANSWER);
      return;
    }
    const payload = JSON.stringify({
      type: 3,
      data: { component_type: 2, custom_id: request.query.customId },
    });
    sendResult(res, false, discordRefusalMessage(status, payload));
  }

  /** AdminController.AccountsEnable: enables listed accounts that are not enabled; reconnecting comes later. */
  #enable(request: RecordedProxyRequest, res: ServerResponse): void {
    const ids = Array.isArray(request.body) ? request.body.filter((id) => typeof id === 'string') : [];
    if (ids.length === 0) {
      sendResult(res, false, '参数错误');
      return;
    }
    const accounts = ids.flatMap((id) => {
      const account = this.#accounts.get(id);
      return account && account.enable !== true ? [account] : [];
    });
    for (const account of accounts) {
      account.enable = true;
      if (this.#reconnectLag !== 0)
        account.startingUp = { readsLeft: this.#reconnectLag, clearsReason: true };
      else account.disabledReason = null;
    }
    sendResult(res, true, `已启用 ${accounts.length} 个账号`);
  }

  /**
   * Counts one read toward the routine check that starts an account: once it runs, the account is live,
   * its reason is reset after a reconnect (DWS:2409-2418), and the forced sync lands (DAI.cs:985-999).
   */
  #startUp(account: StandInAccount): void {
    const starting = account.startingUp;
    if (!starting || starting.readsLeft === 'never' || starting.readsLeft-- > 0) return;
    account.startingUp = undefined;
    if (starting.clearsReason && !account.lock) account.disabledReason = null;
    this.#landSync(account);
  }

  /** Counts one read of the account: pending clicks, syncs and starts whose time has come show now. */
  #advance(account: StandInAccount): void {
    this.#startUp(account);
    const { pendingMode, pendingSync } = account;
    if (pendingMode && pendingMode.getsLeft-- <= 0) {
      account.mode = pendingMode.mode;
      account.pendingMode = undefined;
    }
    if (pendingSync && pendingSync.getsLeft-- <= 0) this.#landSync(account);
  }

  /** What Midjourney's /info and /settings replies leave on the account once they arrive. */
  #landSync(account: StandInAccount): void {
    const now = this.#now();
    Object.assign(account, { settingsCard: true, infoUpdated: now, cardSentAt: now, infoMode: account.mode });
    account.cardSeq += 1;
    account.styleSwapped = false;
    account.storedFastTime = account.fastTime && { ...account.fastTime };
    account.pendingSync = undefined;
  }
}
