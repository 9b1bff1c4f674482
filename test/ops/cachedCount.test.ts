import { expect, test } from 'vitest';
import { CachedCount } from '../../src/ops/CachedCount.js';

/** A count the test answers by hand, recording how often it was asked. */
function manualCount() {
  const pending: Array<{ resolve: (value: number) => void; reject: (error: Error) => void }> = [];
  return {
    pending,
    count: () =>
      new Promise<number>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  };
}

test('reads arriving together share one count', async () => {
  const store = manualCount();
  const cached = new CachedCount(store.count);
  const reads = Array.from({ length: 50 }, () => cached.read());
  expect(store.pending).toHaveLength(1);
  store.pending[0]?.resolve(3);
  expect(await Promise.all(reads)).toEqual(Array(50).fill(3));
});

test('a count is reused until it is maxAgeMs old, then counted again', async () => {
  let now = 0;
  let calls = 0;
  const cached = new CachedCount(async () => ++calls, { maxAgeMs: 30_000, now: () => now });
  expect(await cached.read()).toBe(1);
  now = 29_999;
  expect(await cached.read()).toBe(1);
  now = 30_000;
  expect(await cached.read()).toBe(2);
});

test('a count slower than timeoutMs leaves the last value, and no second count starts meanwhile', async () => {
  let now = 0;
  const store = manualCount();
  const cached = new CachedCount(store.count, { maxAgeMs: 1_000, timeoutMs: 20, now: () => now });
  const first = cached.read();
  store.pending[0]?.resolve(4);
  expect(await first).toBe(4);

  now = 5_000;
  expect(await cached.read()).toBe(4);
  expect(await cached.read()).toBe(4);
  expect(store.pending).toHaveLength(2);
  store.pending[1]?.resolve(6);
  await expect.poll(() => cached.read()).toBe(6);
  expect(store.pending).toHaveLength(2);
});

test('a failing count leaves the last value and the next read tries again', async () => {
  const store = manualCount();
  const cached = new CachedCount(store.count, { maxAgeMs: 0 });
  const first = cached.read();
  store.pending[0]?.resolve(2);
  expect(await first).toBe(2);
  const failed = cached.read();
  store.pending[1]?.reject(new Error('SQLITE_BUSY'));
  expect(await failed).toBe(2);
  const retried = cached.read();
  expect(store.pending).toHaveLength(3);
  store.pending[2]?.resolve(1);
  expect(await retried).toBe(1);
});

test('invalidate makes the next read count again, and a count begun before it is not kept as fresh', async () => {
  const store = manualCount();
  const cached = new CachedCount(store.count);
  const first = cached.read();
  cached.invalidate();
  store.pending[0]?.resolve(1);
  expect(await first).toBe(1);
  const second = cached.read();
  expect(store.pending).toHaveLength(2);
  store.pending[1]?.resolve(0);
  expect(await second).toBe(0);
  expect(await cached.read()).toBe(0);
  expect(store.pending).toHaveLength(2);
});
