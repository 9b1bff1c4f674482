import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type {
  APIApplication,
  APIApplicationCommand,
  APIMessageTopLevelComponent,
  APIUser,
  ApplicationFlags,
  GatewayReadyDispatchData,
  UserFlags,
} from 'discord-api-types/v10';
import { specProblems } from '../../support/discordSpec.js';
import { ChannelMessageStore } from './ChannelMessageStore.js';
import { CommandRegistry } from './CommandRegistry.js';
import {
  type DiscordErrorResponse,
  discordErrors,
  invalidFormBody,
  isDiscordError,
  rateLimitFault,
} from './errors.js';
import { GatewayServer } from './GatewayServer.js';
import { GlobalRateLimit } from './GlobalRateLimit.js';
import { GuildAccess } from './GuildAccess.js';
import { type ParsedBody, parseBody, readBody, sendJson } from './httpBody.js';
import { InteractionHandle } from './InteractionHandle.js';
import { InteractionState } from './InteractionState.js';
import { buildInteraction } from './interactionPayloads.js';
import { apiMessage, asObject, createMessage, type StoredMessage, visibleMessage } from './messages.js';
import { buildGuildCatalogue, knownUserPayload, userPayload } from './payloads.js';
import { permissionBits } from './permissions.js';
import {
  API_PREFIX,
  decodeSegment,
  matchesRequest,
  matchRoute,
  NO_ROUTE,
  type RouteMatch,
} from './routes.js';
import { snowflakeSequence } from './snowflake.js';
import type {
  ChannelButtonClickSpec,
  ChannelMessage,
  DiscordStandInOptions,
  FaultHandle,
  FaultSpec,
  IdentifyRecord,
  InteractionSpec,
  OverwriteSpec,
  RateLimitSpec,
  RecordedRequest,
  RequestMatcher,
  ResumeRecord,
  RolePatch,
  RouteName,
  StandInGuild,
} from './types.js';
import { type Truthy, type WaitForOptions, waitFor } from './waitFor.js';

const DEFAULTS = {
  botToken: 'stand-in-bot-token',
  botUsername: 'mj-speed-bot',
  guilds: { count: 1, channelsPerGuild: 2 },
  ackDeadlineMs: 3_000,
  tokenLifetimeMs: 900_000,
  heartbeatIntervalMs: 41_250,
  acceptResume: false,
  allowPrivilegedIntents: false,
} as const satisfies Required<
  Omit<DiscordStandInOptions, 'applicationId' | 'botUserId' | 'globalRequestsPerSecond'>
>;

/** GatewayGuildsLimited | GatewayMessageContentLimited | ApplicationCommandBadge: a typical small bot. */
/**
 * How long Discord remembers an enforced nonce: "checked for uniqueness in the past few minutes" (Create
 * Message, `enforce_nonce`; discord-api-types rest/v10/channel.d.ts RESTPostAPIChannelMessageJSONBody).
 */
const NONCE_WINDOW_MS = 5 * 60_000;
/** discord-api-spec openapi.json, MessageCreateRequest.nonce: an integer or a string of at most 25. */
const NONCE_MAX_LENGTH = 25;

/**
 * The nonce a Create Message body asks Discord to enforce: "If true and nonce is present, it will be
 * checked for uniqueness in the past few minutes. If another message was created by the same author with
 * the same nonce, that message will be returned and no new message will be created." `undefined` when
 * none is enforced; a 400 for a nonce longer than Discord takes.
 */
function enforcedNonce(body: unknown): string | DiscordErrorResponse | undefined {
  const { nonce, enforce_nonce: enforce } = asObject(body);
  if (typeof nonce === 'string' && nonce.length > NONCE_MAX_LENGTH)
    return invalidFormBody(
      'nonce',
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${NONCE_MAX_LENGTH} or fewer in length.`,
    );
  if (enforce !== true || (typeof nonce !== 'string' && typeof nonce !== 'number')) return undefined;
  return String(nonce);
}

const APPLICATION_FLAGS = ((1 << 19) | (1 << 23)) as ApplicationFlags;

/**
 * Discord's Invalid Form Body for a body its own schema `name` refuses (see `specProblems`), naming the
 * first field at fault as Discord does (`components.0.components.1.label`).
 */
function schemaRefusal(name: string, body: unknown): DiscordErrorResponse | undefined {
  const [problem] = specProblems(name, body ?? {});
  if (problem === undefined) return undefined;
  const [path = '', why = problem] = problem.split(/: (.*)/s);
  const field = path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '') || '_root';
  return invalidFormBody(field, 'BASE_TYPE_INVALID', `Must be valid: ${why}.`);
}
/** A reply's callback (type 4, or 5 deferred) carries a message in `data`, checked like any other. */
function callbackSchemaRefusal(body: unknown): DiscordErrorResponse | undefined {
  const { type } = asObject(body);
  return type === 4 || type === 5
    ? schemaRefusal('CreateMessageInteractionCallbackRequest', body)
    : undefined;
}

interface ButtonJson {
  custom_id?: string;
  disabled?: boolean;
}

/** Every button on a message, in rows, containers and section accessories alike. */
function buttonsIn(components: readonly unknown[]): ButtonJson[] {
  return components.flatMap((raw) => {
    const component = asObject(raw);
    const own = component.type === 2 ? [component as ButtonJson] : [];
    const children = Array.isArray(component.components) ? component.components : [];
    const accessory = component.accessory === undefined ? [] : [component.accessory];
    return [...own, ...buttonsIn(accessory), ...buttonsIn(children)];
  });
}

function defaultFaultBody(status: number): unknown {
  if (status === 429) return rateLimitFault().body;
  return { message: `${status}: Stand-in fault`, code: 0 };
}

/** A route handler's answer. */
interface Outcome {
  status: number;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

interface RequestContext {
  record: RecordedRequest;
  parsed: ParsedBody;
  params: Record<string, string>;
}

interface ActiveFault {
  matcher: RequestMatcher;
  render: () => FaultSpec;
  times: number;
  hits: number;
  cancelled: boolean;
}

/** Current time on the clock used for every timestamp the stand-in records. */
function now(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * A local Discord for tests: one HTTP server on 127.0.0.1 serving the REST API under `/api/v10` and
 * the gateway (WebSocket, v10 JSON) on `/gateway`, enough for the real discord.js 14 client to log in,
 * receive interactions and answer them. It records every request, enforces Discord's interaction rules
 * (3 s to acknowledge, one acknowledgement, 15 min token) and message limits, and can inject faults.
 *
 * Point discord.js at it with the Client option `rest: { api: standIn.apiUrl }`.
 */
export class DiscordStandIn {
  readonly botToken: string;
  readonly applicationId: string;
  readonly botUserId: string;
  /** The bot's user object, as READY and `GET /users/@me` return it. */
  readonly botUser: APIUser;
  /** The guilds the bot is in, with their channel and role ids. */
  readonly guilds: readonly StandInGuild[];
  readonly ackDeadlineMs: number;
  readonly tokenLifetimeMs: number;
  /** The user who invokes interactions when a spec names none. */
  readonly defaultUserId: string;

  readonly #server: Server;
  readonly #gateway: GatewayServer;
  readonly #changes = new EventEmitter();
  readonly #closing = new AbortController();
  readonly #nextId = snowflakeSequence();
  readonly #joinedAt = new Date().toISOString();
  readonly #guildsById = new Map<string, StandInGuild>();
  readonly #channelGuild = new Map<string, string>();
  readonly #dmChannelByUser = new Map<string, string>();
  readonly #dmChannels = new Set<string>();
  readonly #guildCreateCache = new Map<string, string>();
  readonly #requests: RecordedRequest[] = [];
  readonly #faults: ActiveFault[] = [];
  readonly #interactions = new Map<string, InteractionState>();
  readonly #interactionsByToken = new Map<string, InteractionState>();
  readonly #handles = new Map<string, InteractionHandle>();
  readonly #channelMessages = new ChannelMessageStore();
  readonly #globalLimit: GlobalRateLimit;
  /** Messages created with `enforce_nonce`, by nonce: a repeat within the window returns the first. */
  readonly #enforcedNonces = new Map<string, { at: number; body: unknown }>();
  readonly #commands: CommandRegistry;
  readonly #access: GuildAccess;
  #requestSeq = 0;
  #port = 0;
  #closed = false;

  constructor(options: DiscordStandInOptions = {}) {
    this.botToken = options.botToken ?? DEFAULTS.botToken;
    this.applicationId = options.applicationId ?? this.#nextId();
    this.botUserId = options.botUserId ?? this.applicationId;
    this.#commands = new CommandRegistry(this.applicationId, this.#nextId);
    this.ackDeadlineMs = options.ackDeadlineMs ?? DEFAULTS.ackDeadlineMs;
    this.tokenLifetimeMs = options.tokenLifetimeMs ?? DEFAULTS.tokenLifetimeMs;
    this.botUser = userPayload(this.botUserId, options.botUsername ?? DEFAULTS.botUsername, { bot: true });
    this.defaultUserId = this.#nextId();
    this.guilds = buildGuildCatalogue(options.guilds ?? DEFAULTS.guilds, this.#nextId);
    this.#access = new GuildAccess(this.guilds, this.botUser, this.#joinedAt);
    for (const guild of this.guilds) {
      this.#guildsById.set(guild.id, guild);
      for (const channelId of guild.channelIds) this.#channelGuild.set(channelId, guild.id);
    }
    this.#changes.setMaxListeners(0);
    this.#globalLimit = new GlobalRateLimit(options.globalRequestsPerSecond);
    this.#gateway = new GatewayServer({
      token: this.botToken,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
      acceptResume: options.acceptResume ?? DEFAULTS.acceptResume,
      allowPrivilegedIntents: options.allowPrivilegedIntents ?? DEFAULTS.allowPrivilegedIntents,
      now,
      gatewayUrl: () => this.gatewayUrl,
      guilds: this.guilds,
      readyPayload: (sessionId, shard, guilds) => this.#readyPayload(sessionId, shard, guilds),
      guildCreateJson: (guild) => this.#guildCreateJson(guild),
      onChange: () => this.#changed(),
    });
    this.#server = createServer((request, response) => void this.#onRequest(request, response));
    this.#server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (pathname.replace(/\/+$/, '') === '/gateway') this.#gateway.handleUpgrade(request, socket, head);
      else socket.destroy();
    });
  }

  /** Creates a stand-in and starts listening on an ephemeral port of 127.0.0.1. */
  static async start(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(options);
    await standIn.listen();
    return standIn;
  }

  /** Starts listening on an ephemeral port of 127.0.0.1. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
  }

  get port(): number {
    return this.#port;
  }

  /** `http://127.0.0.1:PORT` */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** The value for discord.js `rest.api` / `new REST({ api })`: `http://127.0.0.1:PORT/api`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  /** What `GET /gateway/bot` announces: `ws://127.0.0.1:PORT/gateway`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** A configured guild by id. */
  guild(id: string): StandInGuild | undefined {
    return this.#guildsById.get(id);
  }

  // ---- REST log -------------------------------------------------------------------------------------

  /** Recorded REST requests, oldest first, optionally filtered. */
  requests(matcher: RequestMatcher = {}): RecordedRequest[] {
    return this.#requests.filter((request) => matchesRequest(matcher, request));
  }

  /** Requests to routes the stand-in does not serve (answered 404/405): something unexpected was called. */
  unexpectedRequests(): RecordedRequest[] {
    return this.#requests.filter((request) => request.route === null);
  }

  /** Resolves with the first matching request (recorded from now on or earlier) once it was answered. */
  waitForRequest(matcher: RequestMatcher, timeoutMs = 5_000): Promise<RecordedRequest> {
    return this.waitFor(
      () =>
        this.#requests.find((request) => matchesRequest(matcher, request) && request.status !== undefined),
      {
        timeoutMs,
        description: `a request matching ${JSON.stringify({ ...matcher, path: String(matcher.path) })}`,
      },
    );
  }

  /**
   * Forgets recorded requests and which channel messages were posted (interactions stay, and so do the
   * messages themselves: the bot can still edit, pin or delete them).
   */
  clearRequests(): void {
    this.#requests.length = 0;
    this.#channelMessages.clearLog();
  }

  // ---- faults ---------------------------------------------------------------------------------------

  /**
   * Answers the next `fault.times` (default 1) matching requests with `fault` instead of handling them.
   * Faults are checked in the order they were added; a faulted request has no other effect.
   */
  failNext(matcher: RequestMatcher, fault: FaultSpec): FaultHandle {
    return this.#addFault(matcher, () => fault, fault.times ?? 1);
  }

  /** Answers the next matching request(s) with a 429 as Discord does; see {@link rateLimitFault}. */
  rateLimitNext(matcher: RequestMatcher, spec: RateLimitSpec = {}): FaultHandle {
    // Rendered per answer so the X-RateLimit-Reset timestamp is fresh.
    return this.#addFault(matcher, () => rateLimitFault(spec), spec.times ?? 1);
  }

  /** Removes every pending fault. */
  clearFaults(): void {
    for (const fault of this.#faults) fault.cancelled = true;
    this.#faults.length = 0;
  }

  /**
   * Makes an interaction's token invalid now: callbacks get 404 10062, edits and follow-ups 404 10015,
   * as after Discord's 15 minutes.
   */
  expireInteraction(idOrToken: string | { id: string }): void {
    const key = typeof idOrToken === 'string' ? idOrToken : idOrToken.id;
    const state = this.#interactions.get(key) ?? this.#interactionsByToken.get(key);
    if (!state) throw new Error(`DiscordStandIn: no interaction with id or token ${key}`);
    state.expiredByTest = true;
    state.changed();
  }

  // ---- gateway --------------------------------------------------------------------------------------

  /** IDENTIFY payloads received (accepted or not), with the intents asked for. */
  get identifies(): readonly IdentifyRecord[] {
    return this.#gateway.identifies;
  }

  get identifyCount(): number {
    return this.#gateway.identifies.length;
  }

  /** How many times READY was sent. */
  get readyCount(): number {
    return this.#gateway.readyCount;
  }

  /** RESUME payloads received. */
  get resumes(): readonly ResumeRecord[] {
    return this.#gateway.resumes;
  }

  /** Open gateway WebSocket connections. */
  get connectedClients(): number {
    return this.#gateway.connectedClients;
  }

  /** Connected sessions that received READY or RESUMED: what `dispatchInteraction` can reach. */
  get readySessions(): number {
    return this.#gateway.readySessions;
  }

  get heartbeatCount(): number {
    return this.#gateway.heartbeatCount;
  }

  /**
   * Closes every gateway connection with `code`. The default 4000 makes discord.js try to RESUME; with
   * `acceptResume: false` that gets INVALID_SESSION and a fresh IDENTIFY follows. 1006 drops the TCP
   * connection without a close frame.
   */
  closeGatewayConnections(code = 4_000, reason?: string): void {
    this.#gateway.closeConnections(code, reason);
  }

  /** Sends op 7 RECONNECT to every connection. */
  requestReconnect(): void {
    this.#gateway.requestReconnect();
  }

  /** Sends INVALID_SESSION `d: false` to every connection. */
  invalidateSessions(): void {
    this.#gateway.invalidateSessions();
  }

  /** Sends any dispatch event (e.g. GUILD_DELETE) to the sessions of the guild's shard; returns how many. */
  dispatchGatewayEvent(event: string, data: unknown, guildId?: string): number {
    return this.#gateway.dispatch(event, data, guildId);
  }

  // ---- interactions ---------------------------------------------------------------------------------

  /**
   * Sends INTERACTION_CREATE for a slash command (default `/speed`), a button click, a select choice or a
   * modal submission to the connected bot and returns a handle on what the user sees. Throws if no gateway session could receive it.
   */
  dispatchInteraction(spec: InteractionSpec = {}): InteractionHandle {
    const at = now();
    const built = buildInteraction(spec, {
      applicationId: this.applicationId,
      botUser: this.botUser,
      defaultUserId: this.defaultUserId,
      defaultGuild: this.guilds[0],
      joinedAt: this.#joinedAt,
      now,
      nextId: this.#nextId,
      guild: (id) => this.#guildsById.get(id),
      dmChannelFor: (userId) => this.#dmChannelFor(userId),
      commandIdFor: (name, guildId) => this.#commands.idFor(name, guildId),
      resolvedRole: (guildId, roleId) => this.#access.role(guildId, roleId),
      resolvedChannel: (guildId, channelId, permissions) =>
        this.#access.resolvedChannel(guildId, channelId, permissions),
    });
    const state = new InteractionState({
      built,
      dispatchedAt: at,
      ackDeadlineMs: this.ackDeadlineMs,
      tokenLifetimeMs: this.tokenLifetimeMs,
      nextId: this.#nextId,
      onChange: () => this.#changed(),
    });
    const delivered = this.#gateway.dispatch('INTERACTION_CREATE', built.payload, built.guildId);
    if (delivered === 0) {
      state.dispose();
      throw new Error(
        'DiscordStandIn: no gateway session can receive INTERACTION_CREATE (is the client logged in and ready?)',
      );
    }
    this.#interactions.set(state.id, state);
    this.#interactionsByToken.set(state.token, state);
    const handle = new InteractionHandle(state);
    this.#handles.set(state.id, handle);
    this.#changed();
    return handle;
  }

  /** A dispatched interaction by id or token. */
  interaction(idOrToken: string): InteractionHandle | undefined {
    const state = this.#interactions.get(idOrToken) ?? this.#interactionsByToken.get(idOrToken);
    return state ? this.#handles.get(state.id) : undefined;
  }

  /** Every dispatched interaction, oldest first. */
  interactions(): InteractionHandle[] {
    return [...this.#handles.values()];
  }

  // ---- channels and commands ------------------------------------------------------------------------

  /**
   * Messages the bot posted to a channel with `POST /channels/{id}/messages` (since `clearRequests`), as
   * they look now, oldest first; deleted ones are gone.
   */
  channelMessages(channelId: string): ChannelMessage[] {
    return this.#channelMessages.posted(channelId);
  }

  /** One of the bot's channel messages as it looks now, deleted or not. */
  channelMessage(messageId: string): (ChannelMessage & { deleted: boolean }) | undefined {
    return this.#channelMessages.snapshot(messageId);
  }

  /** A member with Manage Messages deletes one of the bot's channel messages; Discord forgets it. */
  deleteChannelMessage(channelId: string, messageId: string): void {
    const problem = this.#channelMessages.delete(channelId, messageId, now());
    if (problem) throw new Error(`DiscordStandIn: no message ${messageId} in channel ${channelId}`);
    this.#changed();
  }

  /**
   * A member clicks the button `customId` on the bot's channel message `messageId`: INTERACTION_CREATE
   * carries the message as it is now. Throws, as the Discord client offers no such click, when the message
   * is gone or has no enabled button with that id.
   */
  clickButton(
    channelId: string,
    messageId: string,
    customId: string,
    spec: ChannelButtonClickSpec = {},
  ): InteractionHandle {
    const message = this.#channelMessages.get(channelId, messageId);
    if (!message) throw new Error(`DiscordStandIn: no message ${messageId} in channel ${channelId}`);
    const button = buttonsIn(message.components).find((candidate) => candidate.custom_id === customId);
    if (!button) throw new Error(`DiscordStandIn: message ${messageId} has no button ${customId}`);
    if (button.disabled) throw new Error(`DiscordStandIn: the button ${customId} is disabled`);
    return this.dispatchInteraction({
      ...spec,
      type: 'button',
      customId,
      channelId,
      guildId: this.#channelGuild.get(channelId),
      message: {
        id: message.id,
        content: message.content,
        embeds: message.embeds,
        components: message.components as APIMessageTopLevelComponent[],
        flags: message.flags,
      },
    });
  }

  /**
   * Replaces a guild channel's permission overwrites: `GET /channels/{id}` lists them, and the bot's posts
   * there are refused as Discord refuses them (403 Missing Access without View Channel, 403 Missing
   * Permissions without Send Messages).
   */
  setChannelOverwrites(channelId: string, overwrites: readonly OverwriteSpec[]): void {
    this.#guildCreateCache.delete(this.#access.setOverwrites(channelId, overwrites).id);
  }

  /** Gives a member (by default the bot) these roles besides `@everyone`; the bot starts with its managed role. */
  setMemberRoles(guildId: string, roleIds: readonly string[], userId = this.botUserId): void {
    this.#access.setMemberRoles(guildId, userId, roleIds);
    this.#guildCreateCache.delete(guildId);
  }

  /** Changes a role's permissions, whether it is mentionable, or its name. */
  updateRole(guildId: string, roleId: string, patch: RolePatch): void {
    this.#access.updateRole(guildId, roleId, patch);
    this.#guildCreateCache.delete(guildId);
  }

  /** The commands last bulk-overwritten globally, or for a guild, with their localization dictionaries. */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return structuredClone(this.#commands.list(guildId, { withLocalizations: true }));
  }

  // ---- utilities ------------------------------------------------------------------------------------

  /**
   * Resolves with the first truthy value of `check`, re-checking whenever the stand-in records something
   * (and at least every 20 ms). A check that throws is retried; the last error is reported on timeout.
   */
  waitFor<T>(
    check: () => T | Promise<T>,
    options: WaitForOptions | number = {},
  ): Promise<Truthy<Awaited<T>>> {
    const normalised = typeof options === 'number' ? { timeoutMs: options } : options;
    return waitFor(check, {
      ...normalised,
      subscribe: (onChange) => {
        this.#changes.on('change', onChange);
        return () => this.#changes.off('change', onChange);
      },
    });
  }

  /** Stops at once: drops gateway connections and HTTP sockets, cancels timers. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#closing.abort();
    for (const state of this.#interactions.values()) state.dispose();
    this.clearFaults();
    this.#gateway.close();
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // ---- internals ------------------------------------------------------------------------------------

  #changed(): void {
    this.#changes.emit('change');
  }

  #addFault(matcher: RequestMatcher, render: () => FaultSpec, times: number): FaultHandle {
    const fault: ActiveFault = { matcher, render, times, hits: 0, cancelled: false };
    this.#faults.push(fault);
    const faults = this.#faults;
    return {
      get hits() {
        return fault.hits;
      },
      get active() {
        return !fault.cancelled && fault.hits < fault.times;
      },
      cancel() {
        fault.cancelled = true;
        const index = faults.indexOf(fault);
        if (index !== -1) faults.splice(index, 1);
      },
    };
  }

  #takeFault(request: RecordedRequest): FaultSpec | undefined {
    const index = this.#faults.findIndex((fault) => matchesRequest(fault.matcher, request));
    const fault = this.#faults[index];
    if (!fault) return undefined;
    fault.hits++;
    if (fault.hits >= fault.times) this.#faults.splice(index, 1);
    return fault.render();
  }

  #readyPayload(
    sessionId: string,
    shard: [number, number],
    guilds: readonly StandInGuild[],
  ): GatewayReadyDispatchData {
    return {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 as UserFlags },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: APPLICATION_FLAGS, flags_new: String(APPLICATION_FLAGS) },
    };
  }

  #guildCreateJson(guild: StandInGuild): string {
    let json = this.#guildCreateCache.get(guild.id);
    if (json === undefined) {
      json = JSON.stringify(this.#access.gatewayGuild(guild));
      this.#guildCreateCache.set(guild.id, json);
    }
    return json;
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = now();
    let record: RecordedRequest | undefined;
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const parsed = await parseBody(await readBody(request), request.headers['content-type']);
      const method = (request.method ?? 'GET').toUpperCase();
      const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
      const segments = (versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname)
        .split('/')
        .map(decodeSegment);
      const match = versioned ? matchRoute(method, segments) : NO_ROUTE;
      const authorization = request.headers.authorization;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      if (authorization !== undefined) headers.authorization = '[redacted]';
      record = {
        seq: ++this.#requestSeq,
        method,
        path: segments.join('/'),
        rawUrl: request.url ?? '/',
        route: match.route,
        params: match.params,
        query: Object.fromEntries(url.searchParams),
        headers,
        auth:
          authorization === undefined
            ? 'missing'
            : authorization === `Bot ${this.botToken}`
              ? 'valid'
              : 'invalid',
        body: parsed.body,
        files: parsed.files,
        receivedAt,
      };
      this.#requests.push(record);
      this.#changed();

      const limited = this.#globalLimit.refuse(match.route, record.auth === 'valid', receivedAt);
      if (limited) {
        this.#respond(record, response, limited);
        return;
      }
      const fault = this.#takeFault(record);
      if (fault) {
        record.faulted = true;
        if (fault.delayMs) await sleep(fault.delayMs, undefined, { signal: this.#closing.signal });
        if (fault.reset) {
          request.socket.destroy();
          return;
        }
        if (fault.status !== undefined) {
          this.#respond(record, response, {
            status: fault.status,
            body: fault.body ?? defaultFaultBody(fault.status),
            headers: fault.headers ?? (fault.status === 429 ? rateLimitFault().headers : undefined),
          });
          return;
        }
      }
      this.#respond(record, response, this.#handle(record, parsed, match));
    } catch (error) {
      if (this.#closing.signal.aborted) return;
      const outcome = { status: 500, body: { message: `Stand-in error: ${String(error)}`, code: 0 } };
      if (record) this.#respond(record, response, outcome);
      else sendJson(response, outcome.status, outcome.body);
    }
  }

  #respond(record: RecordedRequest, response: ServerResponse, outcome: Outcome): void {
    record.status = outcome.status;
    record.respondedAt = now();
    sendJson(response, outcome.status, outcome.body, outcome.headers);
    this.#changed();
  }

  #handle(record: RecordedRequest, parsed: ParsedBody, match: RouteMatch): Outcome {
    if (match.wrongMethod) return discordErrors.methodNotAllowed;
    if (!match.route) return discordErrors.notFound;
    if (match.auth && record.auth !== 'valid') return discordErrors.unauthorized;
    if (parsed.invalidJson) return discordErrors.invalidJson;
    const context: RequestContext = { record, parsed, params: match.params };
    switch (match.route) {
      case 'getGateway':
        return { status: 200, body: { url: this.gatewayUrl } };
      case 'getGatewayBot':
        return {
          status: 200,
          body: {
            url: this.gatewayUrl,
            shards: 1,
            session_start_limit: {
              total: 1_000,
              remaining: Math.max(0, 1_000 - this.identifyCount),
              reset_after: 14_400_000,
              max_concurrency: 1,
            },
          },
        };
      case 'getCurrentUser':
        return { status: 200, body: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 } };
      case 'getCurrentApplication':
        return { status: 200, body: this.#applicationPayload() };
      case 'getCurrentUserGuilds':
        return this.#currentUserGuilds(record);
      case 'createDm':
        return this.#createDm(context);
      case 'interactionCallback':
        return this.#interactionCallback(context);
      case 'createFollowUp':
        return this.#createFollowUp(context);
      case 'getOriginal':
      case 'getFollowUp':
      case 'editOriginal':
      case 'editFollowUp':
      case 'deleteOriginal':
      case 'deleteFollowUp':
        return this.#webhookMessage(match.route, context);
      case 'createChannelMessage':
        return this.#createChannelMessage(context);
      case 'getChannelMessage':
      case 'editChannelMessage':
      case 'deleteChannelMessage':
      case 'pinMessage':
      case 'unpinMessage':
        return this.#channelMessage(match.route, context);
      case 'getChannel':
        return this.#access.channel(context.params.channelId ?? '');
      case 'getGuild':
        return this.#access.guild(context.params.guildId ?? '');
      case 'getGuildMember':
        return this.#access.member(context.params.guildId ?? '', context.params.userId ?? '');
      case 'getGlobalCommands':
      case 'getGuildCommands':
      case 'putGlobalCommands':
      case 'putGuildCommands':
        return this.#commandsRoute(match.route, context);
    }
  }

  #applicationPayload(): Partial<APIApplication> {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: createHash('sha256').update(this.applicationId).digest('hex'),
      flags: APPLICATION_FLAGS,
      team: null,
      bot: this.botUser,
      owner: knownUserPayload(this.guilds[0]?.ownerId ?? this.defaultUserId),
      approximate_guild_count: this.guilds.length,
      redirect_uris: [],
      interactions_endpoint_url: null,
      role_connections_verification_url: null,
    };
  }

  /** `GET /users/@me/guilds`: the bot's guilds by id, `limit` (1–200, default 200) after `after`. */
  #currentUserGuilds({ query }: RecordedRequest): Outcome {
    const limit = query.limit === undefined ? 200 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
      return invalidFormBody('limit', 'NUMBER_TYPE_MAX', 'int value should be between 1 and 200.');
    }
    const after = BigInt(/^\d+$/.test(query.after ?? '') ? (query.after as string) : '0');
    const page = [...this.guilds]
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .filter((guild) => BigInt(guild.id) > after)
      .slice(0, limit)
      .map((guild) => ({
        id: guild.id,
        name: guild.name,
        icon: null,
        banner: null,
        owner: false,
        features: [],
        permissions: '3072',
      }));
    return { status: 200, body: page };
  }

  #dmChannelFor(userId: string): string {
    let channelId = this.#dmChannelByUser.get(userId);
    if (channelId === undefined) {
      channelId = this.#nextId();
      this.#dmChannelByUser.set(userId, channelId);
      this.#dmChannels.add(channelId);
    }
    return channelId;
  }

  #createDm({ parsed }: RequestContext): Outcome {
    const recipient = asObject(parsed.body).recipient_id;
    if (typeof recipient !== 'string') {
      return invalidFormBody('recipient_id', 'BASE_TYPE_REQUIRED', 'This field is required');
    }
    return {
      status: 200,
      body: {
        id: this.#dmChannelFor(recipient),
        type: 1,
        last_message_id: null,
        flags: 0,
        recipients: [knownUserPayload(recipient)],
      },
    };
  }

  #messageJson(state: InteractionState, message: StoredMessage): unknown {
    const interactionMetadata = state.metadataFor(message);
    return apiMessage(message, this.botUser, {
      applicationId: this.applicationId,
      ...(interactionMetadata ? { interactionMetadata } : {}),
    });
  }

  #interactionCallback({ record, parsed, params }: RequestContext): Outcome {
    const state = this.#interactions.get(params.interactionId ?? '');
    if (!state || state.token !== params.token) return discordErrors.unknownInteraction;
    const invalid = callbackSchemaRefusal(parsed.body);
    if (invalid) return invalid;
    const ack = state.callback({ body: parsed.body, files: parsed.files, at: record.receivedAt });
    if (isDiscordError(ack)) return ack;
    if (record.query.with_response !== 'true') return { status: 204 };
    const original = state.original;
    const visible = original ? visibleMessage(original) : undefined;
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.payload.type,
          ...(original && visible
            ? {
                response_message_id: original.id,
                response_message_loading: visible.loading,
                response_message_ephemeral: visible.ephemeral,
              }
            : {}),
        },
        // Discord includes the message only for CHANNEL_MESSAGE_WITH_SOURCE and UPDATE_MESSAGE.
        resource: {
          type: ack.type,
          ...(original && (ack.type === 4 || ack.type === 7)
            ? { message: this.#messageJson(state, original) }
            : {}),
        },
      },
    };
  }

  #webhookState(params: Record<string, string>, at: number): InteractionState | DiscordErrorResponse {
    if (params.applicationId !== this.applicationId) return discordErrors.unknownWebhook;
    const state = this.#interactionsByToken.get(params.token ?? '');
    return state?.webhookOpen(at) ? state : discordErrors.unknownWebhook;
  }

  #createFollowUp({ record, parsed, params }: RequestContext): Outcome {
    const state = this.#webhookState(params, record.receivedAt);
    if (isDiscordError(state)) return state;
    const invalid = schemaRefusal('IncomingWebhookRequestPartial', parsed.body);
    if (invalid) return invalid;
    const message = state.followUp({ body: parsed.body, files: parsed.files, at: record.receivedAt });
    if (isDiscordError(message)) return message;
    return record.query.wait === 'true'
      ? { status: 200, body: this.#messageJson(state, message) }
      : { status: 204 };
  }

  #webhookMessage(name: RouteName, { record, parsed, params }: RequestContext): Outcome {
    const state = this.#webhookState(params, record.receivedAt);
    if (isDiscordError(state)) return state;
    const messageId = params.messageId ?? '';
    const at = record.receivedAt;
    switch (name) {
      case 'editOriginal':
      case 'editFollowUp': {
        const invalid = schemaRefusal('IncomingWebhookUpdateRequestPartial', parsed.body);
        if (invalid) return invalid;
        const message = state.edit(name, messageId, { body: parsed.body, files: parsed.files, at });
        if (isDiscordError(message)) return message;
        return { status: 200, body: this.#messageJson(state, message) };
      }
      case 'deleteOriginal':
      case 'deleteFollowUp': {
        const problem = state.delete(name, messageId, at);
        if (problem) return problem;
        return { status: 204 };
      }
      default: {
        const message = state.message(messageId);
        return message
          ? { status: 200, body: this.#messageJson(state, message) }
          : discordErrors.unknownMessage;
      }
    }
  }

  #createChannelMessage({ record, parsed, params }: RequestContext): Outcome {
    const channelId = params.channelId ?? '';
    if (!this.#channelGuild.has(channelId) && !this.#dmChannels.has(channelId))
      return discordErrors.unknownChannel;
    const refused = this.#access.refusesPost(channelId);
    if (refused) return refused;
    const nonce = enforcedNonce(parsed.body);
    if (typeof nonce === 'object') return nonce;
    const invalid = schemaRefusal('MessageCreateRequest', parsed.body);
    if (invalid) return invalid;
    const earlier = nonce === undefined ? undefined : this.#enforcedNonces.get(nonce);
    if (earlier && record.receivedAt - earlier.at < NONCE_WINDOW_MS)
      return { status: 200, body: earlier.body };
    const created = createMessage(parsed.body, {
      id: this.#nextId(),
      channelId,
      type: 0,
      at: record.receivedAt,
      files: parsed.files,
    });
    if (isDiscordError(created)) return created;
    const body = this.#channelMessageJson(this.#channelMessages.add(created, parsed.body));
    if (nonce !== undefined) this.#enforcedNonces.set(nonce, { at: record.receivedAt, body });
    return { status: 200, body };
  }

  #channelMessageJson(message: StoredMessage & { pinned: boolean }): unknown {
    const guildId = this.#channelGuild.get(message.channelId);
    return { ...apiMessage(message, this.botUser), ...(guildId ? { guild_id: guildId } : {}) };
  }

  /**
   * Reading, editing, deleting and pinning one of the bot's channel messages (resources/message.mdx): the
   * author needs no permission beyond seeing the channel to edit or delete its own message, pins need
   * PIN_MESSAGES; a deleted message is 10008 Unknown Message on every route.
   */
  #channelMessage(name: RouteName, { record, parsed, params }: RequestContext): Outcome {
    const channelId = params.channelId ?? '';
    const messageId = params.messageId ?? '';
    if (!this.#channelGuild.has(channelId) && !this.#dmChannels.has(channelId))
      return discordErrors.unknownChannel;
    const pins = name === 'pinMessage' || name === 'unpinMessage';
    const refused = pins
      ? this.#access.refuses(channelId, permissionBits.PinMessages)
      : this.#access.refuses(channelId);
    if (refused) return refused;
    const messages = this.#channelMessages;
    if (pins) return messages.setPinned(channelId, messageId, name === 'pinMessage') ?? { status: 204 };
    if (name === 'deleteChannelMessage')
      return messages.delete(channelId, messageId, record.receivedAt) ?? { status: 204 };
    if (name === 'getChannelMessage') {
      const message = messages.get(channelId, messageId);
      return message
        ? { status: 200, body: this.#channelMessageJson(message) }
        : discordErrors.unknownMessage;
    }
    const invalid = schemaRefusal('MessageEditRequestPartial', parsed.body);
    if (invalid) return invalid;
    const edited = messages.edit(channelId, messageId, {
      body: parsed.body,
      files: parsed.files,
      at: record.receivedAt,
    });
    return isDiscordError(edited) ? edited : { status: 200, body: this.#channelMessageJson(edited) };
  }

  #commandsRoute(name: RouteName, { parsed, params, record }: RequestContext): Outcome {
    if (params.applicationId !== this.applicationId) return discordErrors.missingAccess;
    const guildId = params.guildId;
    // Discord answers Missing Access for guilds the bot is not in.
    if (guildId !== undefined && !this.#guildsById.has(guildId)) return discordErrors.missingAccess;
    if (name === 'getGlobalCommands' || name === 'getGuildCommands') {
      const withLocalizations = record.query.with_localizations === 'true';
      return { status: 200, body: this.#commands.list(guildId, { withLocalizations }) };
    }
    const result = this.#commands.overwrite(parsed.body, guildId);
    if (isDiscordError(result)) return result;
    return { status: 200, body: result };
  }
}
