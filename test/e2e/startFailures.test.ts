/**
 * How the compiled entry points end when they cannot start, as an operator sees it in a terminal or a
 * journal: a bad value gets the readable list and exit 1, a Discord that cannot be reached one plain
 * sentence saying what and what to check; never a stack trace or a bare network error code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { DISCORD_TOKEN, USEAPI_TOKEN } from '../support/botHarness.js';
import { closedPort } from '../support/closedPort.js';
import { runCompiled, type ScriptRun } from '../support/runScript.js';

const cwd = mkdtempSync(join(tmpdir(), 'mj-start-failures-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function expectNoCrashOutput(run: ScriptRun) {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/TypeError|ECONNREFUSED|ENOTFOUND|Invalid URL/);
}

test.each([
  ['MJ_PROXY_URL', 'http//x', 'MJ_PROXY_URL: must be an http(s) URL'],
  ['MJ_PROXY_URL', 'notaurl', 'MJ_PROXY_URL: must be an http(s) URL'],
  ['ALLOWED_GUILD_IDS', ',,,', 'ALLOWED_GUILD_IDS: lists no server (guild) id, only commas'],
  ['FAST_ROLE_IDS', '1,,2', 'FAST_ROLE_IDS: entry 2 is empty: remove the extra comma'],
  ['SHARD_COUNT', '-1', 'SHARD_COUNT: must be auto or a whole number of shards from 1 to 1000'],
  ['STORE_URL', 'redis://a b', 'STORE_URL: must be a URL such as redis://host:6379'],
])('%s=%s stops the start with the list naming it, exit 1', async (name, value, problem) => {
  const env = {
    DISCORD_TOKEN,
    UPSTREAM: 'midjourney-proxy',
    MJ_PROXY_URL: 'http://127.0.0.1:8080',
    MJ_PROXY_TOKEN: 'mjproxy-ADMIN-s3cr3t-9b1c4e',
    [name]: value,
  };
  const run = await runCompiled('index.js', env, cwd);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^Invalid configuration:\n/);
  expect(run.stderr).toContain(`  - ${problem}`);
  expectNoCrashOutput(run);
});

test('a Discord that cannot be reached ends the start with one sentence naming it and what to check', async () => {
  const port = await closedPort();
  const run = await runCompiled(
    'index.js',
    { DISCORD_TOKEN, USEAPI_TOKEN, DISCORD_API_URL: `http://127.0.0.1:${port}/api` },
    cwd,
  );
  expect(run.code).toBe(1);
  const fatal = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { level?: number; msg?: string };
  expect(fatal.level).toBe(60);
  expect(fatal.msg).toBe(
    `Could not reach Discord at 127.0.0.1:${port} (nothing accepted the connection): check DISCORD_API_URL, that Discord is up, and this machine's network (DNS, firewall, proxy), then start again.`,
  );
  expectNoCrashOutput(run);
});

test('deploy and the shard manager say the same about an unreachable Discord', async () => {
  const port = await closedPort();
  const discord = { DISCORD_TOKEN, DISCORD_API_URL: `http://127.0.0.1:${port}/api` };
  const deploy = await runCompiled(
    'deploy.js',
    { ...discord, DISCORD_APPLICATION_ID: '100000000000000001' },
    cwd,
  );
  expect(deploy.code).toBe(1);
  expect(deploy.stderr).toContain(`Deploy failed. Could not reach Discord at 127.0.0.1:${port}`);
  expectNoCrashOutput(deploy);
  // Sharded needs Redis in its configuration, but asks Discord for the shard count before using it.
  const sharded = await runCompiled(
    'sharded.js',
    { ...discord, USEAPI_TOKEN, STORE_URL: 'redis://127.0.0.1:6379' },
    cwd,
  );
  expect(sharded.code).toBe(1);
  expect(sharded.stdout).toContain(`Could not reach Discord at 127.0.0.1:${port} (nothing accepted`);
  expectNoCrashOutput(sharded);
});
