import type Keyv from 'keyv';
import type { IndexLock } from './KeyIndex.js';

/** How long a claim is remembered: far longer than any event takes to be posted, short enough to prune. */
export const CLAIM_TTL_MS = 2 * 24 * 3_600_000;

/**
 * "Only one of us does this": each event id is claimed once across every process sharing the store, so an
 * alert or a reminder seen by several bot processes (shards, a failover instance on the same Redis) is
 * posted once. A claim is a marker written only if absent, under the shared lock (`SET NX` and the
 * compare-and-delete release of `RedisChannelLock`); with one process, the in-process set is the lock.
 */
export class OnceClaims {
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly keyv: Keyv,
    private readonly lock: IndexLock,
    private readonly ttlMs = CLAIM_TTL_MS,
  ) {}

  /** Resolves to whether this caller won `id`; rejects when the store cannot tell. */
  async claim(id: string): Promise<boolean> {
    const key = `claim:${id}`;
    if (this.inFlight.has(key)) return false;
    this.inFlight.add(key);
    try {
      return await this.lock.withLock(key, async () => {
        if (await this.keyv.has(key)) return false;
        await this.keyv.set(key, true, this.ttlMs);
        return true;
      });
    } finally {
      this.inFlight.delete(key);
    }
  }

  /**
   * Gives `id` up after its work failed (a post Discord refused or that timed out), so this or another
   * process may claim it again and retry; rejects when the store cannot delete it.
   */
  async release(id: string): Promise<void> {
    const key = `claim:${id}`;
    await this.lock.withLock(key, () => this.keyv.delete(key));
  }
}
