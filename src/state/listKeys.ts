import type Keyv from 'keyv';

/**
 * Every key of the store's namespace, or `undefined` when the store cannot list them. Listed twice on
 * purpose: keyv deletes expired entries while it iterates, and the SQLite adapter pages with OFFSET, so a
 * deletion can make the first listing skip a live key; the second listing runs after those deletions. A
 * Set, because Redis SCAN may repeat keys. A walk of the whole store: for migration and one-time upgrades,
 * never for a hot path.
 */
export async function listKeys(keyv: Keyv): Promise<string[] | undefined> {
  const { iterator } = keyv;
  if (!iterator) return undefined;
  let keys = new Set<string>();
  for (let listing = 0; listing < 2; listing += 1) {
    keys = new Set<string>();
    for await (const [key] of iterator(keyv.namespace) as AsyncGenerator<[string, unknown]>) keys.add(key);
  }
  return [...keys].sort();
}
