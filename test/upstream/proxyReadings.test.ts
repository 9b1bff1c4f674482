import { expect, test } from 'vitest';
import { parseFastHours } from '../../src/upstream/fastHours.js';
import { classifyProxyResponse, classifyRefusal } from '../../src/upstream/midjourneyProxy/classify.js';
import { OUTCOME_KINDS } from '../../src/upstream/outcomes.js';

test.each([
  ['12.5/30.0 hours (41.67%)', { remainingHours: 12.5, totalHours: 30, percent: 41.67 }],
  ['0.0/15.0 hours (0.00%)', { remainingHours: 0, totalHours: 15, percent: 0 }],
  ['3,5/14 hrs', { remainingHours: 3.5, totalHours: 14, percent: 25 }],
  ['7 hours', { remainingHours: 7, totalHours: undefined, percent: undefined }],
])('the fast time value "%s" is read as hours left of the plan', (value, hours) => {
  expect(parseFastHours(value)).toEqual(hours);
});

test.each(['', 'N/A', 'unlimited'])('the fast time value "%s" is unknown, not an error', (value) => {
  expect(parseFastHours(value)).toBeUndefined();
});

test.each([
  ['无可用的账号实例', { kind: 'unavailable', reason: 'accountOffline' }],
  ['账号不存在', { kind: 'notFound' }],
  ['未找到账号实例', { kind: 'notFound' }],
  ['演示模式，禁止操作', { kind: 'unauthorized' }],
  ['同步失败，请稍后重试', { kind: 'busy' }],
  ['BadRequest: {"type":3}', { kind: 'badRequest' }],
  ['NotFound: {"type":3}', { kind: 'badRequest' }],
  ['TooManyRequests: {"type":3}', { kind: 'busy' }],
  ['请求失败，禁用账号', { kind: 'accountDisabled' }],
])('the proxy refusing with "%s" keeps its words in the matching kind', (message, expected) => {
  expect(classifyRefusal(message, 200)).toEqual({ ...expected, status: 200, upstreamMessage: message });
});

test('a long refusal is cut to one readable stretch', () => {
  const message = `BadRequest: ${'x'.repeat(2_000)}`;
  const outcome = classifyProxyResponse(
    { status: 200, headers: {}, body: JSON.stringify({ success: false, code: -1, message }) },
    () => undefined,
  );
  expect(outcome.kind).toBe('badRequest');
  expect([...((outcome as { upstreamMessage?: string }).upstreamMessage ?? '')]).toHaveLength(300);
});

test('a body cut off at the size cap is never parsed', () => {
  const outcome = classifyProxyResponse(
    { status: 200, headers: {}, body: '{"id":"a"', bodyTruncated: true },
    (json) => json,
  );
  expect(outcome).toEqual({ kind: 'unavailable', reason: 'bodyTooLarge', status: 200 });
});

test('the neutral vocabulary lists every kind once', () => {
  expect(OUTCOME_KINDS).toEqual([
    'success',
    'moderation',
    'busy',
    'unauthorized',
    'noSubscription',
    'badRequest',
    'notFound',
    'accountDisabled',
    'unavailable',
    'discontinued',
  ]);
});
