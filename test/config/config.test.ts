import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ConfigError, DEFAULT_STORE_URL, parseConfig, readEnvironment } from '../../src/config.js';
import { problemsOf } from './problemsOf.js';

const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.s3cr3t-discord-token-value_0123456789';
const USEAPI_TOKEN = 'user:1234-s3cr3tUseapiTokenValue';
const valid = { DISCORD_TOKEN, USEAPI_TOKEN };

test('a minimal environment gets the contract defaults', () => {
  const config = parseConfig(valid);
  expect(config.discord.apiUrl).toBe('https://discord.com/api');
  expect(config.upstream).toMatchObject({ baseUrl: 'https://api.useapi.net/v2', deadlineMs: 25_000 });
  expect(config.storeUrl).toBe(DEFAULT_STORE_URL);
  expect(config.adminRoleIds).toEqual([]);
  expect(config.metricsPort).toBeUndefined();
  expect(config.metricsHost).toBe('127.0.0.1');
  expect(config.logLevel).toBe('info');
  expect(config.shardCount).toBe('auto');
});

test('an empty environment names both required tokens', () => {
  const problems = problemsOf({});
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/^DISCORD_TOKEN: is required/);
  expect(problems[1]).toMatch(/^USEAPI_TOKEN: is required/);
});

test('every invalid variable is listed at once, by name', () => {
  const problems = problemsOf({
    ...valid,
    DISCORD_API_URL: 'ftp://example.test',
    USEAPI_BASE_URL: 'not a url',
    STORE_URL: 'postgres://db/state',
    ADMIN_ROLE_IDS: '123456789012345678,admins',
    METRICS_PORT: '70000',
    METRICS_HOST: 'every interface',
    LOG_LEVEL: 'loud',
    SHARD_COUNT: 'many',
    DISCORD_GUILD_ID: 'my-server',
    USEAPI_DEADLINE_MS: '60000',
  });
  const names = problems.map((problem) => problem.split(':')[0]);
  expect(names.sort()).toEqual(
    [
      'ADMIN_ROLE_IDS',
      'DISCORD_API_URL',
      'DISCORD_GUILD_ID',
      'LOG_LEVEL',
      'METRICS_HOST',
      'METRICS_PORT',
      'SHARD_COUNT',
      'STORE_URL',
      'USEAPI_BASE_URL',
      'USEAPI_DEADLINE_MS',
    ].sort(),
  );
});

test('a malformed token is reported without echoing it', () => {
  const pastedSecret = 'client-secret-s3cr3tValue0123456789';
  let error: unknown;
  try {
    parseConfig({ DISCORD_TOKEN: pastedSecret, USEAPI_TOKEN: `${USEAPI_TOKEN} extra` });
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof ConfigError)) throw new Error('expected a ConfigError');
  expect(error.message).toContain('DISCORD_TOKEN: does not look like a bot token');
  expect(error.message).toContain('USEAPI_TOKEN: must not contain spaces');
  expect(error.message).not.toContain(pastedSecret);
  expect(error.message).not.toContain(USEAPI_TOKEN);
});

test('deploy needs the application id but not the useapi.net token', () => {
  expect(problemsOf({ DISCORD_TOKEN }, 'deploy')).toEqual([
    'DISCORD_APPLICATION_ID: is required to deploy commands; copy it from the General Information page',
  ]);
  expect(
    parseConfig({ DISCORD_TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' }, 'deploy').discord
      .applicationId,
  ).toBe('123456789012345678');
});

test('lists, ports, levels and trailing slashes are normalised', () => {
  const config = parseConfig({
    ...valid,
    ADMIN_ROLE_IDS: ' 123456789012345678 , 223456789012345678,',
    METRICS_PORT: '9464',
    LOG_LEVEL: 'DEBUG',
    USEAPI_BASE_URL: 'http://127.0.0.1:8080/v2/',
    STORE_URL: 'redis://127.0.0.1:6379',
    SHARD_COUNT: '4',
  });
  expect(config.shardCount).toBe(4);
  expect(config.adminRoleIds).toEqual(['123456789012345678', '223456789012345678']);
  expect(config.metricsPort).toBe(9464);
  expect(config.logLevel).toBe('debug');
  expect(config.upstream).toMatchObject({ baseUrl: 'http://127.0.0.1:8080/v2' });
  expect(config.storeUrl).toBe('redis://127.0.0.1:6379');
});

test('a .env file fills in what the environment does not set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mj-env-'));
  writeFileSync(join(dir, '.env'), 'MJ_TEST_ONLY_IN_FILE=from-file\nPATH=from-file\n');
  const env = readEnvironment(dir);
  expect(env.MJ_TEST_ONLY_IN_FILE).toBe('from-file');
  expect(env.PATH).toBe(process.env.PATH);
  expect(process.env.MJ_TEST_ONLY_IN_FILE).toBeUndefined();
});

test('METRICS_HOST takes an address or a host name of this machine', () => {
  expect(parseConfig({ ...valid, METRICS_HOST: '0.0.0.0' }).metricsHost).toBe('0.0.0.0');
  expect(parseConfig({ ...valid, METRICS_HOST: '::' }).metricsHost).toBe('::');
  expect(parseConfig({ ...valid, METRICS_HOST: 'localhost' }).metricsHost).toBe('localhost');
  expect(problemsOf({ ...valid, METRICS_HOST: 'http://0.0.0.0:9100' })).toEqual([
    'METRICS_HOST: must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name of this machine',
  ]);
});

test('a token or Redis password too short to be a secret is refused, without echoing it', () => {
  expect(problemsOf({ ...valid, USEAPI_TOKEN: 'ab1' })).toEqual([
    'USEAPI_TOKEN: is too short to be a secret (fewer than 4 characters); the API token from your useapi.net account',
  ]);
  expect(problemsOf({ ...valid, STORE_URL: 'redis://:pw@redis:6379' })).toEqual([
    'STORE_URL: has a Redis password that is too short to be a secret (fewer than 4 characters)',
  ]);
});
