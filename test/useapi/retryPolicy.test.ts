import { describe, expect, test } from 'vitest';
import { decideRetry, RETRY_POLICY_DEFAULTS, type RetryInput } from '../../src/useapi/retryPolicy.js';

const first = { attempt: 1, elapsedMs: 100, deadlineMs: 25_000, jitter: 0.5 } as const;

function decide(input: Partial<RetryInput> & Pick<RetryInput, 'kind'>) {
  return decideRetry({ ...first, ...input });
}

test('a moderation halt (596) is never retried', () => {
  expect(decide({ kind: 'moderation', status: 596 })).toEqual({ retry: false });
});

test('client errors (400, 401, 402, 404, 412) are never retried', () => {
  expect(decide({ kind: 'badRequest', status: 400 })).toEqual({ retry: false });
  expect(decide({ kind: 'unauthorized', status: 401 })).toEqual({ retry: false });
  expect(decide({ kind: 'noSubscription', status: 402 })).toEqual({ retry: false });
  expect(decide({ kind: 'notFound', status: 404 })).toEqual({ retry: false });
  expect(decide({ kind: 'badRequest', status: 412 })).toEqual({ retry: false });
  expect(decide({ kind: 'unavailable', reason: 'status', status: 422 })).toEqual({ retry: false });
});

test('a success is not retried', () => {
  expect(decide({ kind: 'success', status: 200 })).toEqual({ retry: false });
});

test('a busy answer (429) without Retry-After is retried once after a short backoff', () => {
  const decision = decide({ kind: 'busy', status: 429 });
  expect(decision.retry).toBe(true);
  if (decision.retry) {
    expect(decision.delayMs).toBeGreaterThanOrEqual(RETRY_POLICY_DEFAULTS.minBackoffMs);
    expect(decision.delayMs).toBeLessThanOrEqual(RETRY_POLICY_DEFAULTS.maxBackoffMs);
  }
});

test('the backoff stays between 250 and 500 ms whatever the jitter', () => {
  expect(decide({ kind: 'busy', jitter: 0 })).toEqual({ retry: true, delayMs: 250 });
  expect(decide({ kind: 'busy', jitter: 0.999_999 })).toEqual({ retry: true, delayMs: 500 });
  expect(decide({ kind: 'busy', jitter: 7 })).toEqual({ retry: true, delayMs: 500 });
  expect(decide({ kind: 'busy', jitter: Number.NaN })).toEqual({ retry: true, delayMs: 250 });
});

test('a Retry-After the deadline can absorb is waited out exactly', () => {
  expect(decide({ kind: 'busy', status: 429, retryAfterMs: 2_000 })).toEqual({ retry: true, delayMs: 2_000 });
  expect(decide({ kind: 'busy', status: 429, retryAfterMs: 0 })).toEqual({ retry: true, delayMs: 0 });
});

test('a Retry-After longer than the cap is not waited out: the user is told to come back instead', () => {
  expect(decide({ kind: 'busy', status: 429, retryAfterMs: 60_000 })).toEqual({ retry: false });
});

test('gateway failures (502, 503, 504) are retried once', () => {
  for (const status of [502, 503, 504]) {
    expect(decide({ kind: 'unavailable', reason: 'status', status }).retry).toBe(true);
  }
});

test('a 500 is not retried', () => {
  expect(decide({ kind: 'unavailable', reason: 'status', status: 500 })).toEqual({ retry: false });
});

test('a refused or reset connection is retried once', () => {
  expect(decide({ kind: 'unavailable', reason: 'connection' }).retry).toBe(true);
});

describe('a job (a command for Midjourney) is sent again only when useapi.net provably did not take it', () => {
  test.each([
    ['a 429: useapi.net refused to queue it', { kind: 'busy', status: 429 }],
    ['a refused connection', { kind: 'unavailable', reason: 'connection', detail: 'ECONNREFUSED' }],
    ['a name that did not resolve', { kind: 'unavailable', reason: 'connection', detail: 'ENOTFOUND' }],
    ['a connect timeout', { kind: 'unavailable', reason: 'connection', detail: 'UND_ERR_CONNECT_TIMEOUT' }],
  ] as const)('%s is retried', (_what, input) => {
    expect(decide({ ...input, job: true }).retry).toBe(true);
  });

  test.each([
    ['a 502', { kind: 'unavailable', reason: 'status', status: 502 }],
    ['a 503', { kind: 'unavailable', reason: 'status', status: 503 }],
    ['a 503 with Retry-After', { kind: 'unavailable', reason: 'status', status: 503, retryAfterMs: 1_000 }],
    ['a 504', { kind: 'unavailable', reason: 'status', status: 504 }],
    ['a reset connection', { kind: 'unavailable', reason: 'connection', detail: 'ECONNRESET' }],
    [
      'a socket closed by the other side',
      { kind: 'unavailable', reason: 'connection', detail: 'UND_ERR_SOCKET' },
    ],
    ['a connection failure without a code', { kind: 'unavailable', reason: 'connection' }],
  ] as const)('%s is not: useapi.net may already have passed it on', (_what, input) => {
    expect(decide({ ...input, job: true })).toEqual({ retry: false });
  });
});

test('a timeout is not retried', () => {
  expect(decide({ kind: 'unavailable', reason: 'timeout' })).toEqual({ retry: false });
});

test('an unreadable or oversized body is not retried', () => {
  expect(decide({ kind: 'unavailable', reason: 'invalidBody', status: 200 })).toEqual({ retry: false });
  expect(decide({ kind: 'unavailable', reason: 'bodyTooLarge', status: 200 })).toEqual({ retry: false });
});

test('there is never a second retry', () => {
  expect(decide({ kind: 'busy', attempt: 2 })).toEqual({ retry: false });
  expect(decide({ kind: 'unavailable', reason: 'connection', attempt: 2 })).toEqual({ retry: false });
});

test('no retry when the wait plus a realistic attempt would overrun the deadline', () => {
  // 25 s deadline, 24 s gone: a 375 ms wait plus a 1 s attempt does not fit.
  expect(decide({ kind: 'busy', elapsedMs: 24_000 })).toEqual({ retry: false });
  // Retry-After of 4 s with 21 s gone: 4 s + 1 s > 4 s left.
  expect(decide({ kind: 'busy', retryAfterMs: 4_000, elapsedMs: 21_000 })).toEqual({ retry: false });
  // Just fits: 25 000 - 23 625 = 1 375 = 375 + 1 000.
  expect(decide({ kind: 'busy', elapsedMs: 23_625 })).toEqual({ retry: true, delayMs: 375 });
});

test('a short deadline leaves no room for a retry at all', () => {
  expect(
    decide({ kind: 'unavailable', reason: 'status', status: 502, deadlineMs: 300, elapsedMs: 5 }),
  ).toEqual({
    retry: false,
  });
});

test('custom options change the backoff and the cap', () => {
  const options = { ...RETRY_POLICY_DEFAULTS, minBackoffMs: 10, maxBackoffMs: 20, maxRetryAfterMs: 100 };
  expect(decideRetry({ ...first, kind: 'busy', jitter: 0 }, options)).toEqual({ retry: true, delayMs: 10 });
  expect(decideRetry({ ...first, kind: 'busy', retryAfterMs: 1_000 }, options)).toEqual({ retry: false });
});
