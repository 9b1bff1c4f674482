import { expect, test } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { problemsOf } from './problemsOf.js';

const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.s3cr3t-discord-token-value_0123456789';
const USEAPI_TOKEN = 'user:1234-s3cr3tUseapiTokenValue';
const MJ_PROXY_TOKEN = 'mjproxy-ADMIN-s3cr3t-9b1c4e';
const proxy = {
  DISCORD_TOKEN,
  UPSTREAM: 'midjourney-proxy',
  MJ_PROXY_URL: 'http://127.0.0.1:8080',
  MJ_PROXY_TOKEN,
};

test('without UPSTREAM the bot uses useapi.net exactly as before', () => {
  const config = parseConfig({ DISCORD_TOKEN, USEAPI_TOKEN, MJ_PROXY_URL: 'http://127.0.0.1:8080' });
  expect(config.upstream).toEqual({
    kind: 'useapi',
    baseUrl: 'https://api.useapi.net/v2',
    token: USEAPI_TOKEN,
    deadlineMs: 25_000,
  });
});

test('UPSTREAM=midjourney-proxy needs the proxy URL and admin token, not the useapi.net token', () => {
  const config = parseConfig({
    ...proxy,
    MJ_PROXY_URL: 'http://127.0.0.1:8080/',
    USEAPI_DEADLINE_MS: '12000',
  });
  expect(config.upstream).toEqual({
    kind: 'midjourney-proxy',
    url: 'http://127.0.0.1:8080',
    token: MJ_PROXY_TOKEN,
    deadlineMs: 12_000,
    syncMinAgeMinutes: 60,
  });
});

test('MJ_PROXY_SYNC_MIN_AGE_MINUTES takes whole minutes from 30 to 1440 and names itself otherwise', () => {
  const minAge = (value: string) => {
    const { upstream } = parseConfig({ ...proxy, MJ_PROXY_SYNC_MIN_AGE_MINUTES: value });
    return upstream.kind === 'midjourney-proxy' ? upstream.syncMinAgeMinutes : undefined;
  };
  expect(minAge('30')).toBe(30);
  expect(minAge(' 1440 ')).toBe(1_440);
  expect(problemsOf({ ...proxy, MJ_PROXY_SYNC_MIN_AGE_MINUTES: '5' })).toEqual([
    'MJ_PROXY_SYNC_MIN_AGE_MINUTES: must be at least 30 (more frequent syncs risk the account)',
  ]);
  expect(problemsOf({ ...proxy, MJ_PROXY_SYNC_MIN_AGE_MINUTES: '1441' })).toEqual([
    'MJ_PROXY_SYNC_MIN_AGE_MINUTES: must be at most 1440 (a day)',
  ]);
  expect(problemsOf({ ...proxy, MJ_PROXY_SYNC_MIN_AGE_MINUTES: 'hourly' })).toEqual([
    'MJ_PROXY_SYNC_MIN_AGE_MINUTES: must be a number of minutes',
  ]);
});

test('UPSTREAM is read case-insensitively', () => {
  expect(parseConfig({ ...proxy, UPSTREAM: 'Midjourney-Proxy' }).upstream.kind).toBe('midjourney-proxy');
  expect(parseConfig({ DISCORD_TOKEN, USEAPI_TOKEN, UPSTREAM: ' USEAPI ' }).upstream.kind).toBe('useapi');
});

test('midjourney-proxy without its URL and token names both, and not USEAPI_TOKEN', () => {
  const problems = problemsOf({ DISCORD_TOKEN, UPSTREAM: 'midjourney-proxy' });
  expect(problems).toEqual([
    expect.stringMatching(/^MJ_PROXY_URL: is required with UPSTREAM=midjourney-proxy/),
    expect.stringMatching(/^MJ_PROXY_TOKEN: is required; an admin user's token of your midjourney-proxy/),
  ]);
});

test('useapi.net still requires USEAPI_TOKEN, whatever proxy settings are present', () => {
  expect(problemsOf({ DISCORD_TOKEN, UPSTREAM: 'useapi', MJ_PROXY_TOKEN })).toEqual([
    expect.stringMatching(/^USEAPI_TOKEN: is required/),
  ]);
});

test('an unknown UPSTREAM is listed with the other problems and asks for no token', () => {
  const problems = problemsOf({ DISCORD_TOKEN, UPSTREAM: 'goapi', LOG_LEVEL: 'loud' });
  expect(problems).toEqual([
    'UPSTREAM: must be one of useapi, midjourney-proxy',
    expect.stringMatching(/^LOG_LEVEL: must be one of/),
  ]);
});

test('a proxy URL that is not http(s), or carries credentials or a query, is refused without echoing it', () => {
  expect(problemsOf({ ...proxy, MJ_PROXY_URL: 'ftp://proxy.test' })).toEqual([
    'MJ_PROXY_URL: must be an http(s) URL',
  ]);
  const withSecret = 'http://admin:hunter2-secret@proxy.test:8080/?token=abc';
  const problems = problemsOf({ ...proxy, MJ_PROXY_URL: withSecret });
  expect(problems).toEqual(['MJ_PROXY_URL: must not contain credentials, a query or a fragment']);
  expect(problems.join('\n')).not.toContain('hunter2');
});

test('a malformed MJ_PROXY_TOKEN is reported without echoing it', () => {
  const spaced = `${MJ_PROXY_TOKEN} extra`;
  const accented = `${MJ_PROXY_TOKEN}é`;
  expect(problemsOf({ ...proxy, MJ_PROXY_TOKEN: spaced })).toEqual([
    'MJ_PROXY_TOKEN: must not contain spaces',
  ]);
  const problems = problemsOf({ ...proxy, MJ_PROXY_TOKEN: accented });
  expect(problems).toEqual(['MJ_PROXY_TOKEN: must be printable ASCII']);
  expect(problems.join('\n')).not.toContain(MJ_PROXY_TOKEN);
});

test('deploy needs neither upstream token, whichever upstream is named', () => {
  const deploy = { DISCORD_TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' };
  expect(parseConfig({ ...deploy, UPSTREAM: 'midjourney-proxy' }, 'deploy').upstream.token).toBe('');
  expect(parseConfig(deploy, 'deploy').upstream.kind).toBe('useapi');
});
