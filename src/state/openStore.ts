import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';

/** The keyv store the bot keeps its state in, and how to describe it to users and operators. */
export interface OpenedStore {
  keyv: Keyv;
  kind: 'sqlite' | 'redis';
  /** Where the state lives, without credentials (shown by `/speed status` and in logs). */
  location: string;
  close(): Promise<void>;
}

const NAMESPACE = 'mj-speed';
// Redis commands fail fast while the server is away instead of queueing forever behind a user's interaction.
const REDIS_CONNECT_TIMEOUT_MS = 2_000;

function redisLocation(url: URL): string {
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname === '/' ? '' : url.pathname}`;
}

async function openSqlite(storeUrl: string, cwd: string): Promise<OpenedStore> {
  const file = resolve(cwd, storeUrl.replace(/^sqlite:\/\//, ''));
  await mkdir(dirname(file), { recursive: true });
  const keyv = new Keyv({
    store: new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5_000 }),
    namespace: NAMESPACE,
  });
  keyv.throwOnErrors = true;
  return { keyv, kind: 'sqlite', location: file, close: () => keyv.disconnect() };
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
  try {
    // Connect now: with the offline queue off, commands sent while the first connection is still being
    // made would be refused. A Redis that is down does not stop the bot; the client keeps reconnecting.
    await store.getClient();
  } catch {}
  return { keyv, kind: 'redis', location: redisLocation(new URL(storeUrl)), close: () => keyv.disconnect() };
}

/**
 * Opens the store that `STORE_URL` names (validated by the configuration): SQLite file or Redis.
 * Operations throw on failure; `onError` hears the same errors (and Redis reconnect attempts) for logging,
 * since an unheard 'error' event would crash the process.
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
  return opened;
}
