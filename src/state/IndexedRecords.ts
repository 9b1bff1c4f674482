import type Keyv from 'keyv';
import { type IndexLock, KeyIndex } from './KeyIndex.js';

/**
 * Records of one kind in the keyv store, one per id under a key prefix, listed in an index ({@link
 * KeyIndex}) so that finding them all never walks the store.
 */
export class IndexedRecords<T> {
  private readonly index: KeyIndex;

  constructor(
    private readonly keyv: Keyv,
    private readonly prefix: string,
    indexKey: string,
    lock: IndexLock,
    private readonly idOf: (record: T) => string,
  ) {
    this.index = new KeyIndex(keyv, indexKey, lock);
  }

  async get(id: string): Promise<T | undefined> {
    return (await this.keyv.get<T>(`${this.prefix}${id}`)) ?? undefined;
  }

  async save(record: T): Promise<void> {
    const id = this.idOf(record);
    await this.keyv.set(`${this.prefix}${id}`, record);
    await this.index.add(id);
  }

  /** Deletes the record of `id`, unless `stillCurrent` is given and no longer holds for the stored one. */
  async delete(id: string, stillCurrent?: (stored: T) => boolean): Promise<void> {
    if (stillCurrent) {
      const stored = await this.get(id);
      if (!stored || !stillCurrent(stored)) return;
    }
    await this.keyv.delete(`${this.prefix}${id}`);
    // Best effort: an index naming a record that is gone costs a read, never a wrong answer.
    await this.index.remove(id).catch(() => {});
  }

  /** Every stored record. */
  all(): Promise<T[]> {
    return this.index.records((id) => this.get(id));
  }
}
