/**
 * Copies the bot's state (halts and last changes, the `mj-speed` keyv namespace) from one store to another,
 * e.g. from the embedded SQLite file to Redis when a second bot process is added. Both stores are opened
 * with the bot's own `openStore`, so keys and values land exactly where and how the bot reads them.
 */
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type Keyv from 'keyv';
import { listKeys } from '../state/listKeys.js';
import { type OpenedStore, openStore } from '../state/openStore.js';
import { StoreInUseError } from '../state/sqliteFileLock.js';

/** A refusal before anything was copied: bad input, never a store failure. */
export class MigrateStoreError extends Error {
  override readonly name = 'MigrateStoreError';
}

/** Options of {@link migrateStore}. */
export interface MigrateStoreOptions {
  /** Folder relative `sqlite://` paths are resolved against, as the bot does. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Hears store errors (and Redis reconnect attempts) as they happen; failing operations also throw. */
  readonly onError?: (error: unknown) => void;
}

/** What a migration did. */
export interface MigrateStoreResult {
  /** Keys written to the target. */
  readonly copied: number;
  /** How many of them overwrote a key the target already had. */
  readonly replaced: number;
  /** The source as `openStore` describes it (credentials left out). */
  readonly from: string;
  readonly to: string;
}

const STORE_URL = /^(sqlite|redis|rediss):\/\/./;

/** A store URL checked and reduced to what identifies its data, so `from` and `to` can be compared. */
interface ParsedStoreUrl {
  readonly kind: 'sqlite' | 'redis';
  /** `sqlite:<absolute path>` or `redis://<host>:<port>/<db>`. */
  readonly identity: string;
  /** For SQLite, the absolute file path. */
  readonly file?: string;
}

// Only the common spellings of "this machine": enough to catch an operator's slip, not a DNS resolver.
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Validates a store URL the way the bot's configuration does and says where its data lives.
 *
 * @throws MigrateStoreError naming `which` (`--from` or `--to`) and what is wrong; never echoing the URL,
 *   which may carry a Redis password.
 */
export function parseStoreUrl(url: string, which: string, cwd = process.cwd()): ParsedStoreUrl {
  if (!STORE_URL.test(url)) {
    throw new MigrateStoreError(
      `${which} must be a store URL: sqlite://<path> (embedded file) or redis://host:port / rediss://host:port.`,
    );
  }
  if (url.startsWith('sqlite://')) {
    const file = resolve(cwd, url.slice('sqlite://'.length));
    // A symlink or `..` spelling of the same file is still the same file.
    const real = existsSync(file) ? realpathSync(file) : file;
    return { kind: 'sqlite', identity: `sqlite:${real}`, file };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MigrateStoreError(`${which} is not a valid Redis URL (expected redis://host:port).`);
  }
  if (!parsed.hostname) throw new MigrateStoreError(`${which} names no Redis host.`);
  const host = LOOPBACK.has(parsed.hostname) ? '127.0.0.1' : parsed.hostname;
  const db = Number.parseInt(parsed.pathname.slice(1) || '0', 10) || 0;
  return { kind: 'redis', identity: `redis://${host}:${parsed.port || '6379'}/${db}` };
}

async function copyKeys(source: Keyv, target: Keyv): Promise<{ copied: number; replaced: number }> {
  let copied = 0;
  let replaced = 0;
  const keys = await listKeys(source);
  if (!keys) throw new Error('This store cannot list its keys, so it cannot be migrated.');
  for (const key of keys) {
    // getRaw keeps the expiry next to the value, so a key with a TTL keeps what is left of it.
    const raw = await source.getRaw(key);
    if (raw === undefined) continue;
    const ttl = typeof raw.expires === 'number' ? raw.expires - Date.now() : undefined;
    if (ttl !== undefined && ttl <= 0) continue;
    if (await target.has(key)) replaced += 1;
    const written = await target.set(key, raw.value, ttl);
    if (!written) throw new Error(`The target store did not accept key ${key}.`);
    copied += 1;
  }
  return { copied, replaced };
}

/**
 * Copies every key of the bot's namespace from the store at `fromUrl` to the store at `toUrl`
 * (`sqlite://<path>`, `redis://host:port` or `rediss://…`), values and remaining TTLs unchanged. Keys the
 * target already has are overwritten; keys only the target has are left alone. Stop the bot first, so no
 * halt is written to the source after it was read: a bot holding either SQLite file is refused.
 *
 * @throws MigrateStoreError when a URL is invalid, both name the same store, the source SQLite file
 *   does not exist (opening it would create an empty one and "migrate" nothing), or a running bot uses
 *   either SQLite file.
 * @throws the store's own error when a store cannot be opened, read or written.
 */
export async function migrateStore(
  fromUrl: string,
  toUrl: string,
  options: MigrateStoreOptions = {},
): Promise<MigrateStoreResult> {
  const cwd = options.cwd ?? process.cwd();
  const onError = options.onError ?? (() => {});
  const from = parseStoreUrl(fromUrl, '--from', cwd);
  const to = parseStoreUrl(toUrl, '--to', cwd);
  if (from.identity === to.identity) {
    throw new MigrateStoreError('--from and --to name the same store; there is nothing to migrate.');
  }
  if (from.file !== undefined && !existsSync(from.file)) {
    throw new MigrateStoreError(`--from names a SQLite file that does not exist: ${from.file}`);
  }

  const opened: OpenedStore[] = [];
  // Each SQLite file is held for the whole copy (./state/sqliteFileLock.ts), so no bot starts on it meanwhile.
  const open = async (url: string, which: string) => {
    try {
      const store = await openStore(url, onError, cwd);
      opened.push(store);
      return store;
    } catch (error) {
      if (!(error instanceof StoreInUseError)) throw error;
      throw new MigrateStoreError(
        `${which} names the SQLite file ${error.file}, which a running bot (or another migration) is using: stop the bot first, then migrate.`,
      );
    }
  };
  try {
    const source = await open(fromUrl, '--from');
    const target = await open(toUrl, '--to');
    const counts = await copyKeys(source.keyv, target.keyv);
    return { ...counts, from: describe(source), to: describe(target) };
  } finally {
    await Promise.allSettled(opened.map((store) => store.close()));
  }
}

function describe(store: OpenedStore): string {
  return store.kind === 'sqlite' ? `SQLite file ${store.location}` : `Redis at ${store.location}`;
}
