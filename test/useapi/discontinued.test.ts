import { expect, test } from 'vitest';
import { looksDiscontinued, SHUTDOWN_NOTICE, shutdownNotice } from '../../src/useapi/discontinued.js';

const page = (text: string) => `<!DOCTYPE html><html><body>${text}</body></html>`;
const html = { 'content-type': 'text/html; charset=utf-8' };
const json = { 'content-type': 'application/json' };

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
])('%s counts as discontinued', (_what, raw) => {
  expect(looksDiscontinued(raw)).toBe(true);
});

test.each([
  ['a JSON 404 for one channel', { status: 404, headers: json, body: '{"error":"Not found","code":404}' }],
  ['a maintenance page on a success', { status: 200, headers: html, body: page('Back soon: maintenance') }],
  ['a 596, whatever its text', { status: 596, headers: json, body: '{"error":"account discontinued"}' }],
  ['a gateway page', { status: 502, headers: html, body: page('Service discontinued? 502 Bad Gateway') }],
  ['a 429', { status: 429, headers: json, body: '{"error":"shut down for a minute"}' }],
])('%s does not', (_what, raw) => {
  expect(looksDiscontinued(raw)).toBe(false);
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
