/**
 * One midjourney-proxy stand-in per test file, a fresh client per test (its account-id cache must not leak
 * between tests), and a record of everything the client produced, checked for secrets at the end.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  MidjourneyProxyClient,
  type MidjourneyProxyClientOptions,
} from '../../src/upstream/midjourneyProxy/MidjourneyProxyClient.js';
import { MidjourneyProxyStandIn, STAND_IN_USER_TOKEN } from '../standins/midjourneyProxy.js';
import { ManualClock } from '../support/manualClock.js';

export const TOKEN = 'mjproxy-ADMIN-secret-9b1c4e';
export const CHANNEL = '1181234567890123456';
/** Short, so failure cases end quickly; generous enough for a loaded machine. */
export const DEADLINE_MS = 1_500;

/** Registers the suite hooks and returns what the tests use. */
export function proxyFixture() {
  let standIn: MidjourneyProxyStandIn | undefined;
  let clients: MidjourneyProxyClient[] = [];
  const produced: unknown[] = [];
  const clock = new ManualClock();

  beforeAll(async () => {
    standIn = await MidjourneyProxyStandIn.start({ token: TOKEN, now: () => clock.now(), syncMs: 5 });
  });
  beforeEach(() => standIn?.clear());
  afterEach(async () => {
    await Promise.all(clients.map((client) => client.close()));
    clients = [];
  });
  afterAll(async () => {
    await standIn?.close();
    const everything = JSON.stringify(produced);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(STAND_IN_USER_TOKEN);
  });

  return {
    clock,
    get proxy(): MidjourneyProxyStandIn {
      if (!standIn) throw new Error('stand-in not started');
      return standIn;
    },
    /** A client of the stand-in with the test deadline and fast polling. */
    client(options: Partial<MidjourneyProxyClientOptions> = {}): MidjourneyProxyClient {
      const client = new MidjourneyProxyClient({
        baseUrl: this.proxy.url,
        token: TOKEN,
        deadlineMs: DEADLINE_MS,
        pollMs: 20,
        clock,
        ...options,
      });
      clients.push(client);
      return client;
    },
    /** Keeps an outcome (or error) for the end-of-suite secret check and returns it. */
    seen<T>(value: T): T {
      produced.push(value instanceof Error ? { name: value.name, message: value.message } : value);
      return value;
    },
  };
}
