import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { connectInBackground, withinTime } from '../timeLimit.js';
import { withReadCache } from './readCache.js';
import { openKeyvSqlite } from './sqliteConnection.js';
import { lockSqliteFile, type SqliteFileLock, StoreInUseError } from './sqliteFileLock.js';
import { syncSqliteDurably, useWriteAheadLog } from './sqliteJournal.js';

type OnError = (error: unknown) => void;

/** The keyv store the bot keeps its state in, and how to describe it to users and operators. */
export interface OpenedStore {
  keyv: Keyv;
  kind: 'sqlite' | 'redis';
  /** Where the state lives, without credentials (shown by `/speed status` and in logs). */
  location: string;
  /**
   * Deletes rows whose time to live has passed; resolves to how many. keyv checks a TTL only when a row is
   * read, so a SQLite file keeps every expired row (cooldowns) until this runs; `openStore` runs it
   * every {@link PRUNE_INTERVAL_MS}. Redis expires keys itself (0).
   */
  pruneExpired(): Promise<number>;
  /**
   * Resolves once every write made so far would survive a power failure (bounded like the other operations).
   * For SQLite a checkpoint (see ./sqliteJournal.ts); for Redis a no-op, since its durability is the server's
   * own `appendfsync` setting.
   */
  syncDurably(): Promise<void>;
  /**
   * Reads from the store itself, never from the SQLite read cache, bounded like the other operations:
   * rejects when the store does not answer (for health checks).
   */
  probe(): Promise<void>;
  close(): Promise<void>;
}

/** What each kind of store opens; {@link openStore} adds the time limits, the read cache and the probe. */
interface RawStore extends Omit<OpenedStore, 'probe'> {
  /**
   * True when no other process can write the store: a SQLite file this process holds the lock of
   * (./sqliteFileLock.ts). Only then may reads be answered from memory.
   */
  soleWriter: boolean;
}

const PROBE_KEY = 'probe';

/** How often a SQLite store deletes its expired rows. */
export const PRUNE_INTERVAL_MS = 10 * 60_000;

/** The keyv namespace of the bot's keys: `mj-speed:<key>` in the store. */
export const NAMESPACE = 'mj-speed';
/** The table of a SQLite store (@keyv/sqlite's default name). */
export const SQLITE_TABLE = 'keyv';
/**
 * How long SQLite waits for a lock another process holds (an operator's sqlite3 shell in a transaction)
 * before failing with SQLITE_BUSY. Shorter than {@link STORE_OPERATION_TIMEOUT_MS}, even for a change's two
 * writes in a row, so SQLite gives up on a blocked write before the bot tells anyone it was not recorded:
 * a write reported as failed does not land later. In WAL mode only writes wait for it; reads go on.
 */
const SQLITE_BUSY_TIMEOUT_MS = 1_000;
// Redis commands fail fast while the server is away instead of queueing forever behind a user's interaction.
const REDIS_CONNECT_TIMEOUT_MS = 2_000;

/**
 * Longest wait for one store operation. A store that is connected but stops answering (a frozen Redis, a
 * network partition without a reset, a SQLite file locked by another process) would otherwise hold the
 * operation, the user's interaction and every request queued behind it in the channel.
 */
export const STORE_OPERATION_TIMEOUT_MS = 3_000;
/**
 * After an operation ran out of time, later ones get only this long until one is answered in time again,
 * so an interaction that needs several of them is not held for several full timeouts.
 */
export const STORE_SUSPECT_TIMEOUT_MS = 250;

/** A store operation that did not finish in time; it may still complete later. */
export class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
}

// The Keyv calls that reach the store; everything else (events, options, iterator) is passed through.
const TIMED_OPERATIONS: ReadonlySet<PropertyKey> = new Set([
  'get',
  'getMany',
  'set',
  'setMany',
  'delete',
  'deleteMany',
  'has',
  'hasMany',
  'clear',
]);

type Timed = <T>(operation: string, call: () => Promise<T>) => Promise<T>;

/** Runs store operations bounded in time (see {@link STORE_OPERATION_TIMEOUT_MS}). */
function timeLimiter(onTimeout: (error: StoreTimeoutError) => void): Timed {
  let suspect = false;
  return async (operation, call) => {
    const ms = suspect ? STORE_SUSPECT_TIMEOUT_MS : STORE_OPERATION_TIMEOUT_MS;
    try {
      const result = await withinTime(
        call(),
        ms,
        () => new StoreTimeoutError(`the state store did not finish ${operation} within ${ms} ms`),
      );
      suspect = false;
      return result;
    } catch (error) {
      if (error instanceof StoreTimeoutError) {
        suspect = true;
        onTimeout(error);
      }
      throw error;
    }
  };
}

/** `keyv` with every store operation run through `timed`. */
function withTimeouts(keyv: Keyv, timed: Timed): Keyv {
  return new Proxy(keyv, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!TIMED_OPERATIONS.has(property)) return method.bind(target);
      return (...args: unknown[]) => timed(String(property), async () => method.apply(target, args));
    },
  });
}

function redisLocation(url: URL): string {
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname === '/' ? '' : url.pathname}`;
}

async function openSqlite(storeUrl: string, cwd: string, timed: Timed, onError: OnError): Promise<RawStore> {
  const file = resolve(cwd, storeUrl.replace(/^sqlite:\/\//, ''));
  await mkdir(dirname(file), { recursive: true });
  const lock = await lockOrWarn(file, onError);
  try {
    const sqlite = await openKeyvSqlite(file, SQLITE_BUSY_TIMEOUT_MS, SQLITE_TABLE);
    const keyv = new Keyv({ store: sqlite, namespace: NAMESPACE });
    keyv.throwOnErrors = true;
    // A file that cannot be opened or switched now does not stop the bot: its operations fail and say so.
    await timed('the switch to WAL', () => useWriteAheadLog(sqlite, onError)).catch(onError);
    // keyv keeps the expiry inside the JSON value: {"value": …, "expires": <ms since the epoch>}.
    const pruneExpired = async () => {
      const deleted: unknown[] = await sqlite.query(
        `DELETE FROM ${SQLITE_TABLE} WHERE key LIKE ? AND json_extract(value, '$.expires') < ? RETURNING key`,
        `${NAMESPACE}:%`,
        Date.now(),
      );
      return deleted.length;
    };
    return {
      keyv,
      kind: 'sqlite',
      location: file,
      soleWriter: lock !== undefined,
      pruneExpired,
      syncDurably: () => timed('a durable sync', () => syncSqliteDurably(sqlite)),
      close: async () => {
        try {
          await keyv.disconnect();
        } finally {
          await lock?.release();
        }
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

/**
 * The file's lock for this process. Refused because another process holds it: thrown, the store must not
 * open. Failed for another reason (a read-only folder, a file system without locks): the store opens
 * without it, and so without the read cache, as every process then reads the file itself.
 */
async function lockOrWarn(file: string, onError: OnError): Promise<SqliteFileLock | undefined> {
  try {
    return await lockSqliteFile(file);
  } catch (error) {
    if (error instanceof StoreInUseError) throw error;
    onError(error);
    return undefined;
  }
}

async function openRedis(storeUrl: string): Promise<RawStore> {
  const store = new KeyvRedis(
    {
      url: storeUrl,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
        reconnectStrategy: (attempt: number) => Math.min(250 * 2 ** attempt, 5_000),
      },
    },
    { throwOnErrors: true, throwOnConnectError: true, connectionTimeout: REDIS_CONNECT_TIMEOUT_MS },
  );
  const keyv = new Keyv({ store, namespace: NAMESPACE, useKeyPrefix: false });
  keyv.throwOnErrors = true;
  // Connect now: with the offline queue off, commands sent while the first connection is still being made
  // would be refused. A Redis that is down does not stop the bot: node-redis keeps trying in the background
  // (reconnectStrategy), and meanwhile the client counts as open, so every command fails at once instead
  // of each one waiting out a connection attempt of its own.
  await connectInBackground(store.client, REDIS_CONNECT_TIMEOUT_MS);
  return {
    keyv,
    kind: 'redis',
    location: redisLocation(new URL(storeUrl)),
    soleWriter: false,
    pruneExpired: async () => 0,
    syncDurably: async () => {},
    close: () => keyv.disconnect(),
  };
}

/**
 * Opens the store that `STORE_URL` names (validated by the configuration): SQLite file or Redis. A SQLite
 * file is this process's alone until `close` (./sqliteFileLock.ts): a {@link StoreInUseError} is thrown
 * when another process holds it.
 * Operations throw on failure, or with a {@link StoreTimeoutError} when the store does not answer in time;
 * `onError` hears the same errors (and Redis reconnect attempts) for logging, since an unheard 'error'
 * event would crash the process.
 */
export async function openStore(
  storeUrl: string,
  onError: OnError,
  cwd = process.cwd(),
): Promise<OpenedStore> {
  const timed = timeLimiter(onError);
  const opened = storeUrl.startsWith('sqlite://')
    ? await openSqlite(storeUrl, cwd, timed, onError)
    : await openRedis(storeUrl);
  opened.keyv.on('error', onError);
  const prune = () => void opened.pruneExpired().catch(onError);
  const sweeper = setInterval(prune, PRUNE_INTERVAL_MS).unref();
  prune();
  // Only this process writes a SQLite file it holds the lock of, so what it confirmed stays true (see
  // ./readCache.ts); Redis is shared with other processes and always asked.
  const { soleWriter, ...store } = opened;
  const served = soleWriter ? withReadCache(opened.keyv) : opened.keyv;
  return {
    ...store,
    keyv: withTimeouts(served, timed),
    probe: async () => {
      await timed('a probe', () => opened.keyv.get(PROBE_KEY));
    },
    close: async () => {
      clearInterval(sweeper);
      await opened.close();
    },
  };
}
