import type Keyv from 'keyv';

/** A key's value as the store last confirmed it (JSON text, `undefined`: the store has no such key). */
interface Known {
  json: string | undefined;
}

// Methods that may change several keys at once: after them the cache starts over.
const BULK_WRITES: ReadonlySet<PropertyKey> = new Set(['clear', 'setMany', 'deleteMany']);

/**
 * `keyv` with reads answered from memory once the store has confirmed a value: for the embedded SQLite
 * file, which only this process writes: it holds the file's lock (./sqliteFileLock.ts), so a second bot
 * is refused at start (several processes share state through Redis, never a SQLite file).
 *
 * Why: every SQLite call is two trips through Node's thread pool (prepare, then run), and on a busy machine
 * each trip waits for a thread to be scheduled and for the event loop to be woken. A speed change read the
 * halt, the pending switch back and the history on its way to the answer; served from memory, only the
 * writes remain. The durability rules are unchanged: every write still goes to the store and resolves only
 * once the store has it (a halt before anyone is told).
 *
 * What the cache holds is only ever what the store confirmed:
 * - a value is remembered after a write to the store succeeded, or after a read, and only when no other
 *   write to that key started meanwhile (else the store's order decides, so the next read asks it);
 * - a write that fails or runs out of time may still land later: the key is forgotten, and the next read
 *   asks the store;
 * - values kept with a time to live (cooldowns) are not cached, whoever wrote them: the store decides when
 *   they expire.
 * Values go through JSON as the store's own serializer does, so callers get a fresh copy every time.
 */
export function withReadCache(keyv: Keyv): Keyv {
  const known = new Map<string, Known>();
  // Per key, writes started so far; a read or write remembers its result only if this did not move.
  const writesStarted = new Map<string, number>();
  let epoch = 0;

  const writesTo = (key: string) => writesStarted.get(key) ?? 0;
  const startWrite = (key: string) => {
    const count = writesTo(key) + 1;
    writesStarted.set(key, count);
    known.delete(key);
    return { count, epoch };
  };
  const stillLatest = (key: string, mark: { count: number; epoch: number }) =>
    writesTo(key) === mark.count && epoch === mark.epoch;
  const toJson = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

  const get = async (key: unknown, ...rest: unknown[]) => {
    if (typeof key !== 'string' || rest.length > 0) return keyv.get(key as string, ...(rest as []));
    const hit = known.get(key);
    if (hit) return hit.json === undefined ? undefined : JSON.parse(hit.json);
    const mark = { count: writesTo(key), epoch };
    const raw = await keyv.getRaw(key);
    // A value with an expiry stays the store's to expire.
    if (raw?.expires == null && stillLatest(key, mark)) known.set(key, { json: toJson(raw?.value) });
    return raw?.value;
  };
  const set = async (key: string, value: unknown, ttl?: number) => {
    const mark = startWrite(key);
    const stored = await keyv.set(key, value, ttl);
    if (stored && ttl === undefined && stillLatest(key, mark)) known.set(key, { json: toJson(value) });
    return stored;
  };
  const remove = async (key: unknown) => {
    if (typeof key !== 'string') {
      epoch += 1;
      known.clear();
      return keyv.delete(key as string[]);
    }
    const mark = startWrite(key);
    const deleted = await keyv.delete(key);
    if (stillLatest(key, mark)) known.set(key, { json: undefined });
    return deleted;
  };

  return new Proxy(keyv, {
    get(target, property) {
      if (property === 'get') return get;
      if (property === 'set') return set;
      if (property === 'delete') return remove;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!BULK_WRITES.has(property)) return method.bind(target);
      return (...args: unknown[]) => {
        epoch += 1;
        known.clear();
        return method.apply(target, args);
      };
    },
  });
}
