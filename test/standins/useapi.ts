/**
 * A real HTTP stand-in for useapi.net v2 on 127.0.0.1, for unit tests, end-to-end tests, demos and
 * benchmarks. By default it answers like the documented API; per request it can be scripted to misbehave in
 * the ways a mock cannot: hang, reset the connection, cut a body short, stream megabytes.
 *
 * Imports node built-ins only, so anything in the repository can use it.
 *
 * @example
 * const useapi = await UseapiStandIn.start({ token: 'test-token' });
 * useapi.respondOnce({ path: '/jobs/fast' }, useapiReplies.badGateway502Html());
 * const client = new UseapiClient({ baseUrl: useapi.url, token: 'test-token' });
 * // ...
 * await useapi.close();
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The speed verbs the stand-in knows (kept local: this file imports node built-ins only). */
export type StandInVerb = 'fast' | 'turbo' | 'relax';

/** Which documented route a request hit. */
export type StandInRoute = 'jobs' | 'info' | 'reset' | 'account' | 'accounts' | 'unknown';

/** One request as the stand-in received it. */
export interface RecordedRequest {
  /** 1, 2, 3... in arrival order. */
  readonly seq: number;
  readonly method: string;
  /** Path below the base path, without the query, e.g. `/jobs/fast` or `/account/midjourney/123/reset`. */
  readonly path: string;
  /** The request target exactly as received, e.g. `/v2/jobs/fast`. */
  readonly url: string;
  readonly route: StandInRoute;
  /** `fast` | `turbo` | `relax` for `route === 'jobs'`. */
  readonly verb?: StandInVerb;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The parsed JSON body, or `undefined` when there was none or it was not JSON. */
  readonly body: unknown;
  /** `body.channel` for jobs routes, the decoded path segment for account routes. */
  readonly channel?: string;
  /** `Date.now()` when the request (headers and body) had been received. */
  readonly receivedAt: number;
  /** `Date.now()` when the response finished or its socket closed; unset while in flight. */
  finishedAt?: number;
}

/** What the stand-in does with a request. Build these with {@link respond}. */
export type Behaviour =
  | {
      readonly type: 'json';
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'text';
      readonly status: number;
      readonly body: string;
      readonly contentType: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly type: 'empty'; readonly status: number; readonly headers?: Readonly<Record<string, string>> }
  | { readonly type: 'delay'; readonly ms: number; readonly then: BehaviourSource }
  | { readonly type: 'hang' }
  | { readonly type: 'destroySocket'; readonly rst: boolean }
  | {
      readonly type: 'resetMidBody';
      readonly status: number;
      readonly partialBody: string;
      readonly declaredLength: number;
    }
  | { readonly type: 'huge'; readonly status: number; readonly bytes: number; readonly contentType: string }
  | { readonly type: 'malformedJson'; readonly status: number }
  | { readonly type: 'default' };

/** A behaviour, or a function choosing one from the request. */
export type BehaviourSource = Behaviour | ((request: RecordedRequest) => Behaviour);

/** Which requests a script applies to; every given field must match. */
export interface RequestMatch {
  readonly method?: string;
  /** Exact path below the base path (`/jobs/fast`) or a pattern tested against it. */
  readonly path?: string | RegExp;
  readonly pathPrefix?: string;
  readonly route?: StandInRoute;
  readonly channel?: string;
}

/** A {@link RequestMatch} or any predicate. */
export type Matcher = RequestMatch | ((request: RecordedRequest) => boolean);

/** Returned by {@link UseapiStandIn.script}. */
export interface ScriptHandle {
  /** How many requests this script has answered. */
  readonly used: number;
  /** Stops the script from matching further requests. */
  remove(): void;
}

/** Per-channel state behind the default answers. */
export interface ChannelState {
  /** Set by {@link UseapiStandIn.flagModeration}: jobs answer 596 in this shape until reset. */
  moderation?: 'job' | 'plain';
  mode: StandInVerb;
  fastHoursRemaining: number;
  fastHoursTotal: number;
  maxJobs: number;
}

/** Options of {@link UseapiStandIn.start}. */
export interface UseapiStandInOptions {
  /** The bearer token requests must carry; others get 401. */
  readonly token: string;
  /** Path prefix the API lives under (the real one is `/v2`). */
  readonly basePath?: string;
  /** Fixed delay before the default answer of every `/jobs/*` call (Midjourney takes a moment). */
  readonly jobDelayMs?: number;
  /**
   * When given, only these channels are configured: others get 404 on account routes and 400 on jobs,
   * as useapi.net does. By default every channel is configured.
   */
  readonly configuredChannels?: readonly string[];
}

/** Midjourney's reply to /fast, /turbo and /relax as useapi.net documents it (the same text for all three). */
export const DONE_CONTENT =
  'Done! Note that once you exhaust your fast hours, you can purchase more on the website: ' +
  '<https://midjourney.com/account>. To conserve your fast hours, use `/relax` to switch back to relax mode.';

/** The moderation text the stand-in reports in 596 job bodies and `pendingModMessage`. */
export const PENDING_MOD_DETAILS =
  'You have a pending moderation message. Please acknowledge it before using the bot further.';

/** The `discord` value useapi.net shows (first and last three characters of the Discord token). */
export const SECURED_DISCORD = 'abc…xyz';

const JOB_VERBS: readonly string[] = ['fast', 'turbo', 'relax'];
const MAX_REQUEST_BODY_BYTES = 1_024 * 1_024;
const HUGE_CHUNK_BYTES = 64 * 1_024;

/** The fields every job-shaped body shares (ids, times, the secured Discord token). */
function jobEnvelope(verb: StandInVerb | 'info', channel: string, status: 'completed' | 'failed') {
  const now = new Date().toISOString();
  return {
    jobid: newJobId(channel),
    verb,
    status,
    created: now,
    updated: now,
    discord: SECURED_DISCORD,
    channel,
    messageId: String(1_200_000_000_000_000_000n + BigInt(Date.now())),
    timestamp: now.replace('Z', '000+00:00'),
  };
}

/** Ready-made bodies, with the documented wording from useapi.net's pages. */
export const useapiBodies = {
  /** A completed job, as `POST /jobs/{verb}` returns it. */
  job(verb: StandInVerb | 'info', channel: string, content: string = DONE_CONTENT): Record<string, unknown> {
    return { ...jobEnvelope(verb, channel, 'completed'), content, code: 200 };
  },
  /** The job-shaped 596 (2023 page): `status: "failed"`, `error`, `errorDetails`, `code: 596`. */
  moderationJob(channel: string, verb: StandInVerb | 'info' = 'fast'): Record<string, unknown> {
    return {
      ...jobEnvelope(verb, channel, 'failed'),
      error: 'Pending mod message',
      errorDetails: PENDING_MOD_DETAILS,
      code: 596,
    };
  },
  /** The plain 596 (2023 page): `{ error, code: 596 }` telling to reset the channel. */
  moderationPlain(channel: string): Record<string, unknown> {
    return {
      error:
        'Your Discord account has received a pending moderation message from Midjourney. Please address this ' +
        `issue and POST account/midjourney/${channel}/reset before making any new API calls.`,
      code: 596,
    };
  },
  badRequest400: (): Record<string, unknown> => ({
    error: 'discord, server or channel value is missing',
    code: 400,
  }),
  unauthorized401: (): Record<string, unknown> => ({ error: 'Unauthorized', code: 401 }),
  noSubscription402: (): Record<string, unknown> => ({
    error: 'Account has no subscription or subscription expired',
    code: 402,
  }),
  notFound404: (): Record<string, unknown> => ({
    error: 'Configuration not found for provided channel',
    code: 404,
  }),
  /** The 2023 page lists the "value is missing" body under 412. */
  precondition412: (): Record<string, unknown> => ({
    error: 'discord, server or channel value is missing',
    code: 412,
  }),
  busy429: (): Record<string, unknown> => ({
    error:
      'API query is full and can not accept new jobs/imagine requests or Discord rate limit detected. ' +
      'Please wait at least 10..30 seconds and retry again.',
    code: 429,
  }),
  /** What a proxy in front of useapi.net sends when the origin is down: HTML, not JSON. */
  badGateway502Html: (): string =>
    '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
    '<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n',
  /** Midjourney's /info card, with the fast time line the bot may parse. */
  infoContent(state: ChannelState): string {
    const percent = state.fastHoursTotal > 0 ? (state.fastHoursRemaining / state.fastHoursTotal) * 100 : 0;
    // The position and spelling of the Job Mode line are not documented by useapi.net (see reference notes).
    const mode = state.mode === 'relax' ? 'Relaxed' : state.mode === 'turbo' ? 'Turbo' : 'Fast';
    return [
      '**User ID**: 123456789012345678',
      '**Subscription**: Standard (Active monthly, renews next on <t:1767225600>)',
      `**Job Mode**: ${mode}`,
      '**Visibility Mode**: Public',
      `**Fast Time Remaining**: ${state.fastHoursRemaining.toFixed(1)}/${state.fastHoursTotal.toFixed(1)} hours (${Number(percent.toFixed(2))}%)`,
      '**Lifetime Usage**: 11170 images (120.63 hours)',
      '**Relaxed Usage**: 344 images (3.47 hours)',
      '',
      '**Queued Jobs (fast)**: 0',
      '**Queued Jobs (relax)**: 0',
      '**Running Jobs**: None',
    ].join('\n');
  },
} as const;

/** Builders for {@link Behaviour}s. */
export const respond = {
  json: (status: number, body: unknown, headers?: Record<string, string>): Behaviour => ({
    type: 'json',
    status,
    body,
    headers,
  }),
  text: (
    status: number,
    body: string,
    contentType = 'text/plain; charset=utf-8',
    headers?: Record<string, string>,
  ): Behaviour => ({ type: 'text', status, body, contentType, headers }),
  html: (status: number, body: string, headers?: Record<string, string>): Behaviour => ({
    type: 'text',
    status,
    body,
    contentType: 'text/html; charset=utf-8',
    headers,
  }),
  /** No body at all; 204 by default. */
  empty: (status = 204, headers?: Record<string, string>): Behaviour => ({ type: 'empty', status, headers }),
  /** Waits, then behaves as `then` (unless the client went away meanwhile); a function runs after the wait. */
  delay: (ms: number, then: BehaviourSource): Behaviour => ({ type: 'delay', ms, then }),
  /** Never answers; the socket stays open until the client gives up or the stand-in closes. */
  hang: (): Behaviour => ({ type: 'hang' }),
  /** Drops the connection without a response; `rst` (default) sends a TCP reset, else a plain close. */
  destroySocket: (rst = true): Behaviour => ({ type: 'destroySocket', rst }),
  /** Sends headers announcing `declaredLength` bytes, then `partialBody`, then drops the connection. */
  resetMidBody: (
    status = 200,
    partialBody = '{"jobid":"j-partial","content":"Do',
    declaredLength = 4_096,
  ): Behaviour => ({
    type: 'resetMidBody',
    status,
    partialBody,
    declaredLength,
  }),
  /** Streams `bytes` bytes (chunked, JSON content type by default), honouring backpressure. */
  huge: (bytes = 8 * 1_024 * 1_024, status = 200, contentType = 'application/json'): Behaviour => ({
    type: 'huge',
    status,
    bytes,
    contentType,
  }),
  /** A complete body that claims to be JSON but is cut off mid-string. */
  malformedJson: (status = 200): Behaviour => ({ type: 'malformedJson', status }),
  /** The stand-in's documented default answer (useful inside `delay`). */
  useDefault: (): Behaviour => ({ type: 'default' }),
} as const;

/** Ready-made error replies with the documented bodies. */
export const useapiReplies = {
  moderationJob: (channel: string, verb: StandInVerb | 'info' = 'fast'): Behaviour =>
    respond.json(596, useapiBodies.moderationJob(channel, verb)),
  moderationPlain: (channel: string): Behaviour => respond.json(596, useapiBodies.moderationPlain(channel)),
  badRequest400: (): Behaviour => respond.json(400, useapiBodies.badRequest400()),
  unauthorized401: (): Behaviour => respond.json(401, useapiBodies.unauthorized401()),
  noSubscription402: (): Behaviour => respond.json(402, useapiBodies.noSubscription402()),
  notFound404: (): Behaviour => respond.json(404, useapiBodies.notFound404()),
  precondition412: (): Behaviour => respond.json(412, useapiBodies.precondition412()),
  /** 429, with `Retry-After` (seconds or an HTTP date) when given. */
  busy429: (retryAfter?: number | string): Behaviour =>
    respond.json(
      429,
      useapiBodies.busy429(),
      retryAfter === undefined ? undefined : { 'retry-after': String(retryAfter) },
    ),
  badGateway502Html: (): Behaviour => respond.html(502, useapiBodies.badGateway502Html()),
} as const;

interface Script {
  readonly matches: (request: RecordedRequest) => boolean;
  readonly behaviour: BehaviourSource;
  remaining: number;
  used: number;
}

/** The useapi.net stand-in. Create with {@link UseapiStandIn.start}. */
export class UseapiStandIn {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Base URL to give the client, e.g. `http://127.0.0.1:40123/v2`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly port: number;

  readonly #server: Server;
  readonly #token: string;
  readonly #basePath: string;
  readonly #configured: ReadonlySet<string> | undefined;
  readonly #sockets = new Set<Socket>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #channels = new Map<string, ChannelState>();
  readonly #inFlight = new Map<string, number>();
  readonly #maxInFlight = new Map<string, number>();
  readonly #waiters = new Set<() => void>();
  #scripts: Script[] = [];
  #jobDelayMs: number;
  #seq = 0;
  #inFlightTotal = 0;
  #maxInFlightTotal = 0;
  #closing: Promise<void> | undefined;

  private constructor(server: Server, options: UseapiStandInOptions) {
    this.#server = server;
    this.#token = options.token;
    this.#basePath = (options.basePath ?? '/v2').replace(/\/+$/, '');
    this.#jobDelayMs = options.jobDelayMs ?? 0;
    this.#configured = options.configuredChannels ? new Set(options.configuredChannels) : undefined;
    this.port = (server.address() as AddressInfo).port;
    this.origin = `http://127.0.0.1:${this.port}`;
    this.url = `${this.origin}${this.#basePath}`;
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => {
        this.#sockets.delete(socket);
        this.#notify();
      });
    });
    server.on('request', (req, res) => this.#onRequest(req, res));
    // A client that resets mid-request must not take the stand-in down.
    server.on('clientError', (_error, socket) => socket.destroy());
  }

  /** Starts a stand-in on 127.0.0.1 and an ephemeral port. */
  static async start(options: UseapiStandInOptions): Promise<UseapiStandIn> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new UseapiStandIn(server, options);
  }

  /** Requests whose path (below the base path) starts with `pathPrefix`. */
  requestsTo(pathPrefix: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.startsWith(pathPrefix));
  }

  /** Requests for one channel (jobs body or account path). */
  requestsFor(channel: string): RecordedRequest[] {
    return this.requests.filter((request) => request.channel === channel);
  }

  /** Forgets recorded requests, scripts, channel state and concurrency maxima. The token and delay stay. */
  clear(): void {
    this.requests.length = 0;
    this.#scripts = [];
    this.#channels.clear();
    this.#maxInFlight.clear();
    this.#maxInFlightTotal = this.#inFlightTotal;
  }

  /**
   * Answers matching requests with `behaviour`, at most `times` times (default: always). Scripts are tried
   * in the order they were added, before moderation flags and the default answers, and after the token
   * check. Queue `respondOnce` calls to script a sequence.
   */
  script(matcher: Matcher, behaviour: BehaviourSource, options: { times?: number } = {}): ScriptHandle {
    const script: Script = {
      matches: toPredicate(matcher),
      behaviour,
      remaining: options.times ?? Number.POSITIVE_INFINITY,
      used: 0,
    };
    this.#scripts.push(script);
    return {
      get used() {
        return script.used;
      },
      remove: () => {
        this.#scripts = this.#scripts.filter((candidate) => candidate !== script);
      },
    };
  }

  /** Answers the next matching request with `behaviour`. */
  respondOnce(matcher: Matcher, behaviour: BehaviourSource): ScriptHandle {
    return this.script(matcher, behaviour, { times: 1 });
  }

  /** Answers every matching request with `behaviour` until removed or cleared. */
  respondAlways(matcher: Matcher, behaviour: BehaviourSource): ScriptHandle {
    return this.script(matcher, behaviour);
  }

  /** Removes every script. */
  clearScripts(): void {
    this.#scripts = [];
  }

  /** Sets the delay before default `/jobs/*` answers. */
  setJobDelay(ms: number): void {
    this.#jobDelayMs = ms;
  }

  /**
   * Flags the channel as useapi.net does after a Midjourney moderation message or CAPTCHA: every jobs call
   * answers 596 in `shape` and `GET account` shows `pendingModMessage`, until `POST .../reset`.
   */
  flagModeration(channel: string, shape: 'job' | 'plain' = 'job'): void {
    this.channelState(channel).moderation = shape;
  }

  /** Clears the flag, as a reset does. */
  clearModeration(channel: string): void {
    this.channelState(channel).moderation = undefined;
  }

  isFlagged(channel: string): boolean {
    return this.#channels.get(channel)?.moderation !== undefined;
  }

  /** The mode the last successful fast/turbo/relax call set (`fast` initially). */
  modeOf(channel: string): StandInVerb {
    return this.channelState(channel).mode;
  }

  /** Sets the fast hours /info reports for the channel. */
  setFastTimeRemaining(channel: string, remainingHours: number, totalHours = 30): void {
    const state = this.channelState(channel);
    state.fastHoursRemaining = remainingHours;
    state.fastHoursTotal = totalHours;
  }

  /** The channel's mutable state (created with defaults on first use). */
  channelState(channel: string): ChannelState {
    let state = this.#channels.get(channel);
    if (!state) {
      state = { mode: 'fast', fastHoursRemaining: 12.5, fastHoursTotal: 30, maxJobs: 3 };
      this.#channels.set(channel, state);
    }
    return state;
  }

  /** Requests for `channel` being handled right now. */
  inFlight(channel: string): number {
    return this.#inFlight.get(channel) ?? 0;
  }

  /** The most requests for `channel` ever handled at once since start or `clear()`. */
  maxInFlight(channel: string): number {
    return this.#maxInFlight.get(channel) ?? 0;
  }

  /** The most requests (all channels) ever handled at once since start or `clear()`. */
  get maxInFlightOverall(): number {
    return this.#maxInFlightTotal;
  }

  /** TCP connections currently open to the stand-in (keep-alive ones included). */
  get openConnections(): number {
    return this.#sockets.size;
  }

  /** Resolves once `predicate()` holds (checked on every request and connection change); rejects on timeout. */
  waitFor(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`useapi stand-in: condition not met within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
    });
  }

  /** Resolves once at least `count` requests have been recorded. */
  waitForRequests(count: number, timeoutMs = 5_000): Promise<void> {
    return this.waitFor(() => this.requests.length >= count, timeoutMs);
  }

  /** Stops listening and destroys every connection, hanging ones included. Safe to call twice. */
  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      for (const timer of this.#timers) clearTimeout(timer);
      this.#timers.clear();
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
      for (const socket of this.#sockets) socket.destroy();
    });
    return this.#closing;
  }

  #notify(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }

  #onRequest(req: IncomingMessage, res: ServerResponse): void {
    res.on('error', () => {});
    req.on('error', () => {});
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const request = this.#record(req, Buffer.concat(chunks).toString('utf8'));
      this.#track(request, res);
      if (tooLarge) {
        this.#perform(respond.json(413, { error: 'Request body too large', code: 413 }), request, res);
        return;
      }
      this.#perform(this.#choose(request, req), request, res);
    });
  }

  #record(req: IncomingMessage, rawBody: string): RecordedRequest {
    const target = req.url ?? '/';
    const pathname = target.split('?')[0] ?? '/';
    const underBase = pathname.startsWith(`${this.#basePath}/`);
    // Outside the base path nothing is routed; the path is kept whole so a wrong base URL is easy to spot.
    const path = underBase ? pathname.slice(this.#basePath.length) : pathname;
    const body = parseJsonOrUndefined(rawBody);
    const { route, verb, pathChannel } = underBase ? routeOf(path) : { route: 'unknown' as const };
    const bodyChannel =
      typeof body === 'object' && body !== null && typeof (body as { channel?: unknown }).channel === 'string'
        ? (body as { channel: string }).channel
        : undefined;
    const request: RecordedRequest = {
      seq: ++this.#seq,
      method: req.method ?? 'GET',
      path,
      url: target,
      route,
      verb,
      headers: { ...req.headers },
      rawBody,
      body,
      channel: pathChannel ?? bodyChannel,
      receivedAt: Date.now(),
    };
    this.requests.push(request);
    this.#notify();
    return request;
  }

  #track(request: RecordedRequest, res: ServerResponse): void {
    const key = request.channel ?? '';
    const current = (this.#inFlight.get(key) ?? 0) + 1;
    this.#inFlight.set(key, current);
    this.#maxInFlight.set(key, Math.max(this.#maxInFlight.get(key) ?? 0, current));
    this.#inFlightTotal += 1;
    this.#maxInFlightTotal = Math.max(this.#maxInFlightTotal, this.#inFlightTotal);
    res.once('close', () => {
      this.#inFlight.set(key, (this.#inFlight.get(key) ?? 1) - 1);
      this.#inFlightTotal -= 1;
      request.finishedAt = Date.now();
      this.#notify();
    });
  }

  #choose(request: RecordedRequest, req: IncomingMessage): Behaviour {
    if (req.headers.authorization !== `Bearer ${this.#token}`) return useapiReplies.unauthorized401();
    for (const script of this.#scripts) {
      if (script.remaining <= 0 || !script.matches(request)) continue;
      script.remaining -= 1;
      script.used += 1;
      if (script.remaining <= 0) this.#scripts = this.#scripts.filter((candidate) => candidate !== script);
      return typeof script.behaviour === 'function' ? script.behaviour(request) : script.behaviour;
    }
    return { type: 'default' };
  }

  /** The documented answer for a request that no script took. */
  #defaultBehaviour(request: RecordedRequest): Behaviour {
    const notFound = respond.json(404, { error: 'Not found', code: 404 });
    const channel = request.channel;
    switch (request.route) {
      case 'jobs':
      case 'info': {
        if (request.method !== 'POST') return notFound;
        if (channel === undefined || channel === '') return useapiReplies.badRequest400();
        if (this.#configured && !this.#configured.has(channel)) {
          return respond.json(400, { error: `Channel ${channel} is not configured`, code: 400 });
        }
        const state = this.channelState(channel);
        const verb = request.route === 'info' ? 'info' : (request.verb ?? 'fast');
        if (state.moderation === 'job') return useapiReplies.moderationJob(channel, verb);
        if (state.moderation === 'plain') return useapiReplies.moderationPlain(channel);
        const answer = (): Behaviour => {
          if (verb === 'info')
            return respond.json(200, useapiBodies.job('info', channel, useapiBodies.infoContent(state)));
          state.mode = verb;
          return respond.json(200, useapiBodies.job(verb, channel));
        };
        // The job completes after the delay, so the mode only changes then (as Midjourney would).
        return this.#jobDelayMs > 0 ? respond.delay(this.#jobDelayMs, answer) : answer();
      }
      case 'reset': {
        if (request.method !== 'POST' || channel === undefined) return notFound;
        if (this.#configured && !this.#configured.has(channel)) return useapiReplies.notFound404();
        this.clearModeration(channel);
        return respond.empty(204);
      }
      case 'account': {
        if (request.method !== 'GET' || channel === undefined) return notFound;
        if (this.#configured && !this.#configured.has(channel)) return useapiReplies.notFound404();
        return respond.json(200, this.#accountBody(channel));
      }
      case 'accounts': {
        if (request.method !== 'GET') return notFound;
        // Without a fixed list, the configured channels are the ones used so far.
        const channels = this.#configured ? [...this.#configured] : [...this.#channels.keys()];
        return respond.json(200, Object.fromEntries(channels.map((id) => [id, this.#accountBody(id)])));
      }
      case 'unknown':
        return notFound;
    }
  }

  /** `GET /account/midjourney/{channel}`'s model, `pendingModMessage` only while flagged. */
  #accountBody(channel: string): Record<string, unknown> {
    const state = this.channelState(channel);
    return {
      channel,
      maxJobs: state.maxJobs,
      discord: SECURED_DISCORD,
      ...(state.moderation ? { pendingModMessage: PENDING_MOD_DETAILS } : {}),
    };
  }

  #perform(behaviour: BehaviourSource, request: RecordedRequest, res: ServerResponse): void {
    if (res.destroyed || res.writableEnded) return;
    const resolved = typeof behaviour === 'function' ? behaviour(request) : behaviour;
    const socket = res.socket;
    switch (resolved.type) {
      case 'default':
        this.#perform(this.#defaultBehaviour(request), request, res);
        return;
      case 'json':
        writeWhole(
          res,
          resolved.status,
          'application/json; charset=utf-8',
          JSON.stringify(resolved.body),
          resolved.headers,
        );
        return;
      case 'text':
        writeWhole(res, resolved.status, resolved.contentType, resolved.body, resolved.headers);
        return;
      case 'empty':
        res.writeHead(resolved.status, resolved.headers);
        res.end();
        return;
      case 'malformedJson':
        writeWhole(
          res,
          resolved.status,
          'application/json; charset=utf-8',
          '{"jobid":"j-malformed","content":"Done! Note',
        );
        return;
      case 'delay': {
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          this.#perform(resolved.then, request, res);
        }, resolved.ms);
        this.#timers.add(timer);
        res.once('close', () => {
          clearTimeout(timer);
          this.#timers.delete(timer);
        });
        return;
      }
      case 'hang':
        return;
      case 'destroySocket':
        if (resolved.rst) socket?.resetAndDestroy();
        else socket?.destroy();
        return;
      case 'resetMidBody':
        res.writeHead(resolved.status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(resolved.declaredLength),
        });
        res.write(resolved.partialBody, () => socket?.resetAndDestroy());
        return;
      case 'huge':
        streamHuge(res, resolved.status, resolved.contentType, resolved.bytes);
        return;
    }
  }
}

function writeWhole(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers?: Readonly<Record<string, string>>,
): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(bytes.length),
    ...headers,
  });
  res.end(bytes);
}

function streamHuge(res: ServerResponse, status: number, contentType: string, total: number): void {
  res.writeHead(status, { 'content-type': contentType });
  const prefix = Buffer.from('{"content":"');
  const filler = Buffer.alloc(HUGE_CHUNK_BYTES, 'a');
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      const chunk = sent === 0 ? prefix : filler.subarray(0, Math.min(HUGE_CHUNK_BYTES, total - sent));
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function routeOf(path: string): { route: StandInRoute; verb?: StandInVerb; pathChannel?: string } {
  const jobs = /^\/jobs\/([^/]+)$/.exec(path);
  if (jobs) {
    const name = jobs[1] ?? '';
    if (name === 'info') return { route: 'info' };
    if (JOB_VERBS.includes(name)) return { route: 'jobs', verb: name as StandInVerb };
    return { route: 'unknown' };
  }
  if (path === '/account/midjourney') return { route: 'accounts' };
  const account = /^\/account\/midjourney\/([^/]+)(\/reset)?$/.exec(path);
  if (account) {
    const pathChannel = safeDecode(account[1] ?? '');
    return { route: account[2] ? 'reset' : 'account', pathChannel };
  }
  return { route: 'unknown' };
}

function toPredicate(matcher: Matcher): (request: RecordedRequest) => boolean {
  if (typeof matcher === 'function') return matcher;
  return (request) =>
    (matcher.method === undefined || matcher.method.toUpperCase() === request.method) &&
    (matcher.path === undefined ||
      (typeof matcher.path === 'string' ? matcher.path === request.path : matcher.path.test(request.path))) &&
    (matcher.pathPrefix === undefined || request.path.startsWith(matcher.pathPrefix)) &&
    (matcher.route === undefined || matcher.route === request.route) &&
    (matcher.channel === undefined || matcher.channel === request.channel);
}

function parseJsonOrUndefined(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

let jobCounter = 0;

function newJobId(channel: string): string {
  jobCounter += 1;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(2, 14);
  return `j${stamp}${String(jobCounter).padStart(4, '0')}-u1-c${channel}-bot:midjourney`;
}
