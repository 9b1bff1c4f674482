import { expect, test } from 'vitest';
import { mayHaveSwitched } from '../../src/speed/mayHaveSwitched.js';
import { SHUTDOWN_DETAIL } from '../../src/upstream/CallDeadline.js';
import { type FailureOutcome, UNSENT_TIMEOUT_DETAILS } from '../../src/upstream/outcomes.js';

const meta = { durationMs: 1, attempts: 1 };

const cases: [string, FailureOutcome, boolean][] = [
  ['the deadline ran out', { kind: 'unavailable', reason: 'timeout', detail: 'DEADLINE', ...meta }, true],
  [
    'the settings card could not be refreshed before anything was clicked',
    {
      kind: 'unavailable',
      reason: 'timeout',
      detail: UNSENT_TIMEOUT_DETAILS.cardNotRefreshed,
      ...meta,
    },
    false,
  ],
  [
    'the bot aborted the call to shut down',
    { kind: 'unavailable', reason: 'connection', detail: SHUTDOWN_DETAIL, ...meta },
    true,
  ],
  ['a 200 it could not read', { kind: 'unavailable', reason: 'invalidBody', status: 200, ...meta }, true],
  ['a 200 read as discontinued', { kind: 'discontinued', status: 200, ...meta }, true],
  [
    'a CAPTCHA right after the click',
    { kind: 'moderation', cause: 'captcha', afterSwitch: true, ...meta },
    true,
  ],
  [
    'a 596 (Midjourney refused the command)',
    { kind: 'moderation', cause: 'moderation', status: 596, ...meta },
    false,
  ],
  ['a 502 page from a gateway', { kind: 'unavailable', reason: 'invalidBody', status: 502, ...meta }, true],
  [
    'a connection reset after it was made',
    { kind: 'unavailable', reason: 'connection', detail: 'ECONNRESET', ...meta },
    true,
  ],
  [
    'a refused connection',
    { kind: 'unavailable', reason: 'connection', detail: 'ECONNREFUSED', ...meta },
    false,
  ],
  ['a 429', { kind: 'busy', status: 429, ...meta }, false],
  ['a 500', { kind: 'unavailable', reason: 'status', status: 500, ...meta }, true],
  ['a 404', { kind: 'unavailable', reason: 'status', status: 404, ...meta }, false],
];

test.each(cases.map(([what, outcome, expected]) => ({ what, outcome, expected })))(
  '$what: may have switched is $expected',
  ({ outcome, expected }) => {
    expect(mayHaveSwitched(outcome)).toBe(expected);
  },
);
