/**
 * Identical requests for one account share the upstream call and its outcome, and nothing that belongs
 * to one member: each member's cooldown is their own. Real SQLite file, real HTTP stand-in.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ChannelGate } from '../../src/speed/ChannelGate.js';
import { SpeedService } from '../../src/speed/SpeedService.js';
import { ChannelState } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';
import { UseapiUpstream } from '../../src/useapi/UseapiUpstream.js';
import { UseapiStandIn } from '../standins/useapi.js';
import { ManualClock } from '../support/manualClock.js';

const TOKEN = 'standin-token';
const ACCOUNT = '820000000000000001';
const COOLDOWN_MS = 10 * 60_000;

/** A member of a server whose cooldown is {@link COOLDOWN_MS}. */
const member = (userId: string) => ({ userId, cooldownMs: COOLDOWN_MS });

let useapi: UseapiStandIn;
let store: OpenedStore;
let client: UseapiUpstream;
let speed: SpeedService;
beforeEach(async () => {
  useapi = await UseapiStandIn.start({ token: TOKEN, jobDelayMs: 200 });
  store = await openStore('sqlite://./state.sqlite', () => {}, mkdtempSync(join(tmpdir(), 'mj-coalesce-')));
  client = new UseapiUpstream({ baseUrl: useapi.url, token: TOKEN });
  speed = new SpeedService(client, new ChannelState(store.keyv), new ChannelGate(), {
    clock: new ManualClock(),
  });
});
afterEach(async () => {
  await Promise.all([store.close(), client.close()]);
  await useapi.close();
});

test('a member cooling down is refused without taking the fresh member’s identical request with them', async () => {
  expect((await speed.switchSpeed(ACCOUNT, 'relax', member('a'))).kind).toBe('switched');
  useapi.clear();
  const [a, b] = await Promise.all([
    speed.switchSpeed(ACCOUNT, 'fast', member('a')),
    speed.switchSpeed(ACCOUNT, 'fast', member('b')),
  ]);
  expect(a.kind).toBe('cooldown');
  expect(b.kind).toBe('switched');
  expect(useapi.requests.map((request) => request.path)).toEqual(['/jobs/fast']);
});

test('a member cooling down who asks with an admin is still refused, while the admin’s change goes through', async () => {
  expect((await speed.switchSpeed(ACCOUNT, 'fast', member('c'))).kind).toBe('switched');
  const [admin, c] = await Promise.all([
    speed.switchSpeed(ACCOUNT, 'relax', { ...member('admin'), exemptFromCooldown: true }),
    speed.switchSpeed(ACCOUNT, 'relax', member('c')),
  ]);
  expect(admin.kind).toBe('switched');
  expect(c.kind).toBe('cooldown');
});

test('members whose identical requests shared a call each start their own cooldown', async () => {
  await Promise.all([
    speed.switchSpeed(ACCOUNT, 'turbo', member('d')),
    speed.switchSpeed(ACCOUNT, 'turbo', member('e')),
  ]);
  expect((await speed.switchSpeed(ACCOUNT, 'relax', member('e'))).kind).toBe('cooldown');
});

test('a member’s quick second change meets the cooldown of their first', async () => {
  const [first, second] = await Promise.all([
    speed.switchSpeed(ACCOUNT, 'fast', member('f')),
    speed.switchSpeed(ACCOUNT, 'turbo', member('f')),
  ]);
  expect(first.kind).toBe('switched');
  expect(second.kind).toBe('cooldown');
});

test('a 596 met by a shared call is fresh news for one member only', async () => {
  useapi.flagModeration(ACCOUNT);
  const results = await Promise.all(
    ['g', 'h', 'i'].map((userId) => speed.switchSpeed(ACCOUNT, 'fast', member(userId))),
  );
  expect(results.map((result) => result.kind)).toEqual(['halted', 'halted', 'halted']);
  expect(results.filter((result) => result.kind === 'halted' && result.fresh)).toHaveLength(1);
  expect(results.filter((result) => result.kind === 'halted' && result.joined)).toHaveLength(2);
  expect(useapi.requests).toHaveLength(1);
});
