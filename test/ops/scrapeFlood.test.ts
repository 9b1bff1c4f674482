/**
 * A flood of `/metrics` scrapes against a store with many keys: counting the halted channels walks the
 * whole store, so the scrapes must share one count, and `/healthz` must keep answering meanwhile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type HealthServer, startHealthServer } from '../../src/ops/healthServer.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { ChannelState } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';

const CHANNELS = 400;
const HALTED = 5;
const SCRAPES = 200;

const cwd = mkdtempSync(join(tmpdir(), 'mj-scrape-'));
let store: OpenedStore;
let state: ChannelState;
let server: HealthServer;
let counts = 0;

beforeAll(async () => {
  store = await openStore('sqlite://./data/state.sqlite', () => {}, cwd);
  state = new ChannelState(store.keyv);
  for (let index = 0; index < CHANNELS; index += 1) {
    const channel = String(810_000_000_000_000_000n + BigInt(index));
    await state.recordChange(channel, { mode: 'fast', at: '2026-12-01T10:00:00.000Z', userId: '1' });
    if (index < HALTED) {
      await state.recordHalt(channel, {
        since: '2026-12-01T10:00:00.000Z',
        command: 'fast',
        userId: '1',
        upstreamText: 'Pending mod message',
      });
    }
  }
  const metrics = createMetrics({
    processMetrics: false,
    countHaltedChannels: () => {
      counts += 1;
      return state.countHalts();
    },
  });
  server = await startHealthServer({
    port: 0,
    metrics,
    checkHealth: async () => {
      await state.lastChange('healthz');
      return { ok: true };
    },
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(cwd, { recursive: true, force: true });
});

test(`${SCRAPES} scrapes at once share one count of the store, and /healthz still answers`, async () => {
  const base = `http://127.0.0.1:${server.port}`;
  const scrapes = Array.from({ length: SCRAPES }, () => fetch(`${base}/metrics`).then((r) => r.text()));
  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
  const bodies = await Promise.all(scrapes);
  for (const body of bodies) expect(body).toContain(`\nmj_speed_halted_channels ${HALTED}\n`);
  expect(counts).toBeGreaterThanOrEqual(1);
  expect(counts).toBeLessThanOrEqual(2);
}, 120_000);
