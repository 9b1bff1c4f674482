import { expect, test } from 'vitest';
import type { RawResponse } from '../../src/upstream/http/responseBody.js';
import { readAccountBody, readJobBody } from '../../src/useapi/bodyReaders.js';
import { classifyResponse } from '../../src/useapi/classifyResponse.js';
import { SHUTDOWN_NOTICE, shutdownNotice } from '../../src/useapi/discontinued.js';

const page = (text: string) => `<!DOCTYPE html><html><body>${text}</body></html>`;
const html = { 'content-type': 'text/html; charset=utf-8' };
const json = { 'content-type': 'application/json' };

const job = (content: string) => JSON.stringify({ jobid: 'j1', verb: 'turbo', status: 'completed', content });
const classifyJob = (raw: RawResponse) => classifyResponse(raw, readJobBody, 0).kind;

test.each([
  ['410 Gone', { status: 410, headers: json, body: '{"error":"Gone"}' }],
  ['an HTML 404: the route does not exist', { status: 404, headers: html, body: page('Not Found') }],
  [
    'a success page announcing the end',
    { status: 200, headers: html, body: page('Midjourney support was discontinued') },
  ],
  [
    'an error that speaks of the shutdown',
    { status: 400, headers: json, body: '{"error":"Midjourney API shut down"}' },
  ],
  [
    'a 402 saying the service is no longer offered',
    { status: 402, headers: json, body: '{"error":"no longer offered"}' },
  ],
  [
    'an error whose details speak of the shutdown',
    { status: 403, headers: json, body: '{"error":"Forbidden","errorDetails":"Midjourney API sunset"}' },
  ],
])('%s counts as discontinued', (_what, raw) => {
  expect(classifyJob(raw)).toBe('discontinued');
});

test.each([
  [
    'a JSON 404 for one channel',
    { status: 404, headers: json, body: '{"error":"Not found","code":404}' },
    'notFound',
  ],
  [
    'a maintenance page on a success',
    { status: 200, headers: html, body: page('Back soon: maintenance') },
    'unavailable',
  ],
  [
    'a 596, whatever its text',
    { status: 596, headers: json, body: '{"error":"account discontinued"}' },
    'moderation',
  ],
  [
    'a gateway page',
    { status: 502, headers: html, body: page('Service discontinued? 502 Bad Gateway') },
    'unavailable',
  ],
  ['a 429', { status: 429, headers: json, body: '{"error":"shut down for a minute"}' }, 'busy'],
  [
    'a switch Midjourney answered with "deprecated"',
    { status: 200, headers: json, body: job('Done! --v 5 is deprecated.') },
    'success',
  ],
  [
    'a switch Midjourney answered with "sunset"',
    { status: 200, headers: json, body: job('Turbo mode on. Sunset special!') },
    'success',
  ],
  [
    'a switch Midjourney answered with "no longer available"',
    { status: 200, headers: json, body: job('Done! Model X is no longer available.') },
    'success',
  ],
  [
    'a 4xx whose other fields quote the words',
    { status: 400, headers: json, body: '{"error":"Bad request","prompt":"a sunset"}' },
    'badRequest',
  ],
])('%s does not', (_what, raw, kind) => {
  expect(classifyJob(raw)).toBe(kind);
});

test('a pending moderation message quoting a "sunset" prompt is a flag for the admin, not a shutdown', () => {
  const body = JSON.stringify({
    channel: '1',
    pendingModMessage: 'Your prompt "a sunset over the harbour" was flagged. Pending mod message.',
  });
  const outcome = classifyResponse({ status: 200, headers: json, body }, readAccountBody, 0);
  expect(outcome).toMatchObject({ kind: 'success', value: { flagged: true } });
});

test('the notice goes with failures a shutdown could explain, not with the API answering', () => {
  const meta = { durationMs: 1, attempts: 1 };
  expect(shutdownNotice({ kind: 'unauthorized', status: 401, ...meta })).toBe(SHUTDOWN_NOTICE);
  expect(shutdownNotice({ kind: 'unavailable', reason: 'connection', ...meta })).toBe(SHUTDOWN_NOTICE);
  expect(shutdownNotice({ kind: 'discontinued', status: 410, ...meta })).toBe(SHUTDOWN_NOTICE);
  expect(shutdownNotice({ kind: 'notFound', status: 404, ...meta })).toBeUndefined();
  expect(shutdownNotice({ kind: 'busy', status: 429, ...meta })).toBeUndefined();
  expect(shutdownNotice({ kind: 'moderation', cause: 'moderation', status: 596, ...meta })).toBeUndefined();
});
