/**
 * A start with midjourney-proxy's fresh-install token, over http:// to another machine, warns about both
 * before anything else (the warnings come before the login, so a Discord that cannot be reached ends this
 * start after them, and nothing here needs a network), and the doctor shows the same on its first line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DISCORD_TOKEN } from '../support/botHarness.js';
import { closedPort } from '../support/closedPort.js';
import { type DoctorWorld, lineOf, startDoctorWorld } from '../support/doctorWorld.js';
import { runCompiled } from '../support/runScript.js';

const cwd = mkdtempSync(join(tmpdir(), 'mj-proxy-token-'));
let world: DoctorWorld;
beforeAll(async () => {
  world = await startDoctorWorld();
});
afterAll(async () => {
  await world?.close();
  rmSync(cwd, { recursive: true, force: true });
});

test('the bot warns at start about the fresh-install token and a token sent in clear to another machine', async () => {
  const run = await runCompiled(
    'index.js',
    {
      DISCORD_TOKEN,
      DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api`,
      UPSTREAM: 'midjourney-proxy',
      MJ_PROXY_URL: 'http://proxy.example.org:8086',
      MJ_PROXY_TOKEN: 'admin',
    },
    cwd,
  );
  const warnings = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((line) => line.level === 40)
    .map((line) => line.msg)
    // The start-time reachability check of the (made-up) proxy host may finish before the process ends.
    .filter((msg) => !msg.startsWith('Could not reach midjourney-proxy'));
  expect(warnings).toEqual([
    expect.stringMatching(
      /^MJ_PROXY_TOKEN is the token every fresh midjourney-proxy accepts, .* set a new token/,
    ),
    expect.stringMatching(
      /^MJ_PROXY_URL is http:\/\/ to proxy\.example\.org:8086, which is not this machine/,
    ),
  ]);
});

test('the doctor flags the fresh-install token on its configuration line', async () => {
  const report = await world.run({ MJ_PROXY_TOKEN: 'admin' });
  expect(lineOf(report, 'config')).toMatchObject({
    status: 'warn',
    summary: expect.stringContaining('the midjourney-proxy token is exposed'),
    details: [expect.stringMatching(/^MJ_PROXY_TOKEN is the token every fresh midjourney-proxy accepts/)],
  });
});
