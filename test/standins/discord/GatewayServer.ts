import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { GatewayReadyDispatchData } from 'discord-api-types/v10';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { shardOfGuild } from './snowflake.js';
import type { IdentifyRecord, ResumeRecord, StandInGuild } from './types.js';

const opcodes = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Opcodes a client may send that the stand-in accepts and ignores. */
const IGNORED_CLIENT_OPCODES = new Set([3, 4, 8, 31]);

const closeCodes = {
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidShard: 4010,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

/** Close codes after which Discord does not let the session resume. */
const NON_RESUMABLE = new Set([1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

const GUILDS_INTENT = 1 << 0;
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const REPLAY_BUFFER = 1_000;
const GUILD_CREATE_BATCH = 100;

/** What the gateway needs from the stand-in. */
export interface GatewayServerOptions {
  token: string;
  heartbeatIntervalMs: number;
  acceptResume: boolean;
  allowPrivilegedIntents: boolean;
  now: () => number;
  gatewayUrl: () => string;
  guilds: readonly StandInGuild[];
  readyPayload: (
    sessionId: string,
    shard: [number, number],
    guilds: readonly StandInGuild[],
  ) => GatewayReadyDispatchData;
  /** The serialised GUILD_CREATE `d` of a guild (cached by the caller). */
  guildCreateJson: (guild: StandInGuild) => string;
  onChange: () => void;
}

interface Connection {
  socket: WebSocket;
  session: Session | undefined;
  closingByServer: boolean;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  connection: Connection | undefined;
  /** Recent dispatch frames, for RESUME. */
  replay: { seq: number; frame: string }[];
}

interface ClientPayload {
  op?: unknown;
  d?: unknown;
}

/** The gateway half of the stand-in: Discord's v10 JSON protocol over `ws`. */
export class GatewayServer {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readyCount = 0;
  heartbeatCount = 0;
  readonly #options: GatewayServerOptions;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #connections = new Set<Connection>();
  readonly #sessions = new Map<string, Session>();

  constructor(options: GatewayServerOptions) {
    this.#options = options;
  }

  /** Open WebSocket connections. */
  get connectedClients(): number {
    return this.#connections.size;
  }

  /** Sessions that got READY (or RESUMED) and are connected now. */
  get readySessions(): number {
    let count = 0;
    for (const session of this.#sessions.values()) if (session.connection) count++;
    return count;
  }

  /** Takes over an HTTP upgrade request for `/gateway`. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#onConnection(ws, request));
  }

  /**
   * Sends a dispatch to every session that should receive it: those on the guild's shard (DMs: shard 0)
   * that are connected, or, with `acceptResume`, disconnected but resumable (it is replayed on RESUME).
   * Returns how many sessions got it.
   */
  dispatch(event: string, data: unknown, guildId?: string): number {
    const json = JSON.stringify(data);
    let delivered = 0;
    for (const session of this.#sessions.values()) {
      const [shardId, shardCount] = session.shard;
      const target = guildId === undefined ? 0 : shardOfGuild(guildId, shardCount);
      if (target !== shardId) continue;
      // Without resumable sessions a dispatch to a closing connection would be lost: do not count it.
      const socket = session.connection?.socket;
      const open = socket !== undefined && socket.readyState === socket.OPEN;
      if (!open && !this.#options.acceptResume) continue;
      this.#sendDispatch(session, event, json);
      delivered++;
    }
    return delivered;
  }

  /**
   * Closes every connection with `code` (4000 by default: discord.js tries to resume). 1006 drops the
   * TCP connection without a close frame, like a network failure.
   */
  closeConnections(code = 4_000, reason = 'Stand-in closed the connection'): void {
    for (const connection of this.#connections) {
      connection.closingByServer = true;
      if (code === 1006) connection.socket.terminate();
      else connection.socket.close(code, reason);
    }
  }

  /** Sends op 7 RECONNECT to every connection. */
  requestReconnect(): void {
    for (const connection of this.#connections) this.#send(connection, { op: opcodes.Reconnect, d: null });
  }

  /** Sends INVALID_SESSION `d: false` to every connection and forgets their sessions. */
  invalidateSessions(): void {
    for (const connection of this.#connections) {
      if (connection.session) this.#sessions.delete(connection.session.id);
      connection.session = undefined;
      this.#send(connection, { op: opcodes.InvalidSession, d: false });
    }
  }

  /** Drops every connection at once. */
  close(): void {
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
    this.#sessions.clear();
    this.#wss.close();
  }

  #onConnection(socket: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const connection: Connection = { socket, session: undefined, closingByServer: false };
    this.#connections.add(connection);
    socket.on('message', (data, isBinary) => this.#onMessage(connection, data, isBinary));
    socket.on('close', (code) => this.#onClose(connection, code));
    socket.on('error', () => socket.terminate());
    this.#options.onChange();
    if ((query.get('v') ?? '10') !== '10') {
      this.#closeWith(connection, closeCodes.InvalidApiVersion, 'Invalid API version.');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json') {
      this.#closeWith(connection, closeCodes.DecodeError, 'Only JSON encoding is supported.');
      return;
    }
    this.#send(connection, {
      op: opcodes.Hello,
      d: { heartbeat_interval: this.#options.heartbeatIntervalMs, _trace: ['["stand-in-gateway",{}]'] },
    });
  }

  #onClose(connection: Connection, code: number): void {
    this.#connections.delete(connection);
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = undefined;
      const clientEnded = !connection.closingByServer && (code === 1000 || code === 1001);
      if (!this.#options.acceptResume || clientEnded || NON_RESUMABLE.has(code)) {
        this.#sessions.delete(session.id);
      }
    }
    this.#options.onChange();
  }

  #onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: ClientPayload;
    try {
      if (isBinary) throw new Error('binary frames (ETF/compression) are not supported');
      payload = JSON.parse(data.toString()) as ClientPayload;
    } catch {
      this.#closeWith(connection, closeCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case opcodes.Heartbeat:
        this.heartbeatCount++;
        this.#send(connection, { op: opcodes.HeartbeatAck });
        return;
      case opcodes.Identify:
        this.#identify(connection, payload.d);
        return;
      case opcodes.Resume:
        this.#resume(connection, payload.d);
        return;
      default:
        if (typeof payload.op === 'number' && IGNORED_CLIENT_OPCODES.has(payload.op)) {
          if (!connection.session)
            this.#closeWith(connection, closeCodes.NotAuthenticated, 'Not authenticated.');
          return;
        }
        this.#closeWith(connection, closeCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(connection: Connection, raw: unknown): void {
    const d = (typeof raw === 'object' && raw !== null ? raw : {}) as {
      token?: unknown;
      intents?: unknown;
      shard?: unknown;
      properties?: unknown;
    };
    const intents = typeof d.intents === 'number' ? d.intents : Number.NaN;
    const shard: [number, number] =
      Array.isArray(d.shard) && d.shard.length === 2 ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    const record: IdentifyRecord = {
      at: this.#options.now(),
      intents,
      shard,
      properties: d.properties,
      accepted: false,
    };
    this.identifies.push(record);
    const refusal = this.#identifyRefusal(connection, d.token, intents, shard);
    if (refusal) {
      record.closeCode = refusal.code;
      this.#closeWith(connection, refusal.code, refusal.reason);
      return;
    }
    record.accepted = true;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shard,
      intents,
      seq: 0,
      connection,
      replay: [],
    };
    this.#sessions.set(session.id, session);
    connection.session = session;
    const guilds = this.#options.guilds.filter((guild) => shardOfGuild(guild.id, shard[1]) === shard[0]);
    this.#sendDispatch(
      session,
      'READY',
      JSON.stringify(this.#options.readyPayload(session.id, shard, guilds)),
    );
    this.readyCount++;
    this.#options.onChange();
    if ((intents & GUILDS_INTENT) !== 0) void this.#sendGuildCreates(session, connection, guilds);
  }

  #identifyRefusal(
    connection: Connection,
    token: unknown,
    intents: number,
    shard: [number, number],
  ): { code: number; reason: string } | undefined {
    if (connection.session)
      return { code: closeCodes.AlreadyAuthenticated, reason: 'Already authenticated.' };
    if (token !== this.#options.token)
      return { code: closeCodes.AuthenticationFailed, reason: 'Authentication failed.' };
    if (!Number.isInteger(intents) || intents < 0)
      return { code: closeCodes.InvalidIntents, reason: 'Invalid intent(s).' };
    if (!this.#options.allowPrivilegedIntents && (intents & PRIVILEGED_INTENTS) !== 0) {
      return { code: closeCodes.DisallowedIntents, reason: 'Disallowed intent(s).' };
    }
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      return { code: closeCodes.InvalidShard, reason: 'Invalid shard.' };
    }
    return undefined;
  }

  /** Sends GUILD_CREATE for each guild in batches, yielding between them so heartbeats keep flowing. */
  async #sendGuildCreates(
    session: Session,
    connection: Connection,
    guilds: readonly StandInGuild[],
  ): Promise<void> {
    for (let start = 0; start < guilds.length; start += GUILD_CREATE_BATCH) {
      if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      if (session.connection !== connection) return;
      for (const guild of guilds.slice(start, start + GUILD_CREATE_BATCH)) {
        this.#sendDispatch(session, 'GUILD_CREATE', this.#options.guildCreateJson(guild));
      }
    }
  }

  #resume(connection: Connection, raw: unknown): void {
    const d = (typeof raw === 'object' && raw !== null ? raw : {}) as {
      token?: unknown;
      session_id?: unknown;
      seq?: unknown;
    };
    const record: ResumeRecord = {
      at: this.#options.now(),
      sessionId: String(d.session_id),
      seq: Number(d.seq),
      accepted: false,
      replayed: 0,
    };
    this.resumes.push(record);
    if (d.token !== this.#options.token) {
      this.#closeWith(connection, closeCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const session = this.#options.acceptResume ? this.#sessions.get(record.sessionId) : undefined;
    const missed = session?.replay.filter((entry) => entry.seq > record.seq) ?? [];
    const gap = session !== undefined && missed.length > 0 && (missed[0]?.seq ?? 0) > record.seq + 1;
    if (!session || session.connection || gap || connection.session) {
      this.#send(connection, { op: opcodes.InvalidSession, d: false });
      this.#options.onChange();
      return;
    }
    record.accepted = true;
    record.replayed = missed.length;
    session.connection = connection;
    connection.session = session;
    for (const entry of missed) connection.socket.send(entry.frame);
    this.#sendDispatch(session, 'RESUMED', JSON.stringify({ _trace: ['["stand-in-gateway",{}]'] }));
    this.#options.onChange();
  }

  #sendDispatch(session: Session, event: string, json: string): void {
    session.seq++;
    const frame = `{"op":0,"t":${JSON.stringify(event)},"s":${session.seq},"d":${json}}`;
    if (this.#options.acceptResume) {
      session.replay.push({ seq: session.seq, frame });
      if (session.replay.length > REPLAY_BUFFER) session.replay.shift();
    }
    const socket = session.connection?.socket;
    if (socket && socket.readyState === socket.OPEN) socket.send(frame);
  }

  #send(connection: Connection, payload: object): void {
    if (connection.socket.readyState === connection.socket.OPEN)
      connection.socket.send(JSON.stringify(payload));
  }

  #closeWith(connection: Connection, code: number, reason: string): void {
    connection.closingByServer = true;
    connection.socket.close(code, reason);
  }
}
