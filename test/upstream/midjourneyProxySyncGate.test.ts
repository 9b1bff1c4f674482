import Keyv from 'keyv';
import { expect, test } from 'vitest';
import { SyncGate } from '../../src/upstream/midjourneyProxy/SyncGate.js';
import { expectKind } from '../support/expectKind.js';
import { ManualClock } from '../support/manualClock.js';
import { CHANNEL, proxyFixture } from './proxyFixture.js';

const fx = proxyFixture();
const MINUTE = 60_000;

test('a switch that needs the card within 10 minutes of a sync is refused as busy, with when to try again', async () => {
  const account = fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: null });
  const client = fx.client();
  expectKind(fx.seen(await client.fastTime(CHANNEL)), 'success');
  // The card is gone again (the proxy lost it): the switch would need another sync.
  account.settingsCard = false;
  fx.clock.advance(4 * MINUTE);
  const refused = fx.seen(await client.setSpeed('turbo', CHANNEL));

  expect(expectKind(refused, 'busy').retryAfterMs).toBe(6 * MINUTE);
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(1);
  expect(fx.proxy.requestsTo('action')).toHaveLength(0);
});

test('two clients sharing a store sync an account once between them', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 3 * 60 * MINUTE });
  // One lock for both, as RedisChannelLock is for every process on one Redis.
  let tail: Promise<unknown> = Promise.resolve();
  const lock = {
    withLock<T>(_name: string, task: () => Promise<T>): Promise<T> {
      const run = tail.then(task);
      tail = run.catch(() => {});
      return run;
    },
  };
  const store = { keyv: new Keyv(), lock };
  const [first, second] = [fx.client({ syncStore: store }), fx.client({ syncStore: store })];
  fx.proxy.setSyncLag('never');
  await Promise.all([first.fastTime(CHANNEL), second.fastTime(CHANNEL)].map((call) => call.then(fx.seen)));
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(1);
});

test('a store that cannot tell refuses the sync: a stale reading beats a risked account', async () => {
  const clock = new ManualClock();
  const failing = {
    keyv: new Keyv(),
    lock: { withLock: async () => Promise.reject(new Error('store down')) },
  };
  expect(await new SyncGate(failing, clock).claim('acc-1')).toEqual({ ok: false });
});
