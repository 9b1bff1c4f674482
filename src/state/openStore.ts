import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { connectInBackground, withinTime } from '../timeLimit.js';

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
  close(): Promise<void>;
}

/** How often a SQLite store deletes its expired rows. */
export const PRUNE_INTERVAL_MS = 10 * 60_000;

const NAMESPACE = 'mj-speed';
const SQLITE_TABLE = 'keyv';
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

/** `keyv` with every store operation bounded in time (see {@link STORE_OPERATION_TIMEOUT_MS}). */
function withTimeouts(keyv: Keyv, onTimeout: (error: StoreTimeoutError) => void): Keyv {
  let suspect = false;
  const timed = async (operation: string, call: () => Promise<unknown>): Promise<unknown> => {
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

async function openSqlite(storeUrl: string, cwd: string): Promise<OpenedStore> {
  const file = resolve(cwd, storeUrl.replace(/^sqlite:\/\//, ''));
  await mkdir(dirname(file), { recursive: true });
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5_000, table: SQLITE_TABLE });
  const keyv = new Keyv({ store: sqlite, namespace: NAMESPACE });
  keyv.throwOnErrors = true;
  // keyv keeps the expiry inside the JSON value: {"value": …, "expires": <ms since the epoch>}.
  const pruneExpired = async () => {
    const deleted: unknown[] = await sqlite.query(
      `DELETE FROM ${SQLITE_TABLE} WHERE key LIKE ? AND json_extract(value, '$.expires') < ? RETURNING key`,
      `${NAMESPACE}:%`,
      Date.now(),
    );
    return deleted.length;
  };
  return { keyv, kind: 'sqlite', location: file, pruneExpired, close: () => keyv.disconnect() };
}

async function openRedis(storeUrl: string): Promise<OpenedStore> {
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
    pruneExpired: async () => 0,
    close: () => keyv.disconnect(),
  };
}

/**
 * Opens the store that `STORE_URL` names (validated by the configuration): SQLite file or Redis.
 * Operations throw on failure, or with a {@link StoreTimeoutError} when the store does not answer in time;
 * `onError` hears the same errors (and Redis reconnect attempts) for logging, since an unheard 'error'
 * event would crash the process.
 */
export async function openStore(
  storeUrl: string,
  onError: (error: unknown) => void,
  cwd = process.cwd(),
): Promise<OpenedStore> {
  const opened = storeUrl.startsWith('sqlite://')
    ? await openSqlite(storeUrl, cwd)
    : await openRedis(storeUrl);
  opened.keyv.on('error', onError);
  const prune = () => void opened.pruneExpired().catch(onError);
  const sweeper = setInterval(prune, PRUNE_INTERVAL_MS).unref();
  prune();
  return {
    ...opened,
    keyv: withTimeouts(opened.keyv, onError),
    close: async () => {
      clearInterval(sweeper);
      await opened.close();
    },
  };
}
