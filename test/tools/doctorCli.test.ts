import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DoctorReport } from '../../src/tools/doctor/report.js';
import { DISCORD_TOKEN } from '../support/botHarness.js';
import { type DoctorWorld, PROXY_TOKEN, startDoctorWorld } from '../support/doctorWorld.js';
import { runCompiled } from '../support/runScript.js';

let world: DoctorWorld;

beforeAll(async () => {
  world = await startDoctorWorld();
});
afterAll(async () => {
  await world.close();
});

const doctor = (env: Record<string, string>, args: readonly string[] = []) =>
  runCompiled('tools/doctorCli.js', env, world.cwd, 40_000, args);

test('npm run doctor -- --json prints one JSON object of the same checks, and exit code 0 when all pass', async () => {
  const run = await doctor(world.env(), ['--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as DoctorReport;
  expect(report.ok).toBe(true);
  expect(report.checks.map((check) => [check.id, check.status])).toEqual([
    ['config', 'ok'],
    ['discordToken', 'ok'],
    ['slashCommand', 'ok'],
    ['servers', 'ok'],
    ['alertChannel', 'ok'],
    ['upstream', 'ok'],
    ['channelMap', 'ok'],
    ['flaggedAccounts', 'ok'],
    ['proxyReadings', 'ok'],
    ['store', 'ok'],
    ['haltedChannels', 'ok'],
    ['teamSettings', 'ok'],
    ['metricsPort', 'ok'],
  ]);
}, 45_000);

test('a failing setup exits 1, and no token appears in what it prints, even when a service quotes it', async () => {
  // A Discord (or a proxy in front of it) that echoes the token it was sent in its error message.
  world.discord.failNext(
    { route: 'getCurrentUser' },
    { status: 400, body: { message: `Bad header: Bot ${DISCORD_TOKEN}`, code: 0 } },
  );
  const wrongProxyToken = 'mjproxy-wrong-token-that-looks-real-9f8e7d6c5b4a';
  const run = await doctor(world.env({ MJ_PROXY_TOKEN: wrongProxyToken }));
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^✗ Discord token: Discord answered 400 .*Bad header: Bot \[redacted\]/m);
  expect(run.stdout).toMatch(/^✗ Upstream: midjourney-proxy refused MJ_PROXY_TOKEN/m);
  expect(run.stdout).toMatch(/problems? to fix/);
  for (const secret of [DISCORD_TOKEN, wrongProxyToken, PROXY_TOKEN]) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
}, 45_000);

test('an invalid configuration is listed without echoing a secret, and exits 1', async () => {
  const pasted = 'not a token but a pasted client secret 0123456789';
  const run = await doctor(world.env({ DISCORD_TOKEN: pasted, STORE_URL: 'postgres://x' }));
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^✗ Configuration: /m);
  expect(run.stdout).toContain('DISCORD_TOKEN: must not contain spaces');
  expect(run.stdout).toContain('STORE_URL: must start with sqlite://');
  expect(`${run.stdout}${run.stderr}`).not.toContain(pasted);
});

test('an unknown option is refused with the usage', async () => {
  const run = await doctor(world.env(), ['--jsn']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('Usage: npm run doctor');
});
