import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs/index.js';
import { BOT_LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.js';
import { DiscordStandIn } from '../standins/discord.js';
import { DISCORD_TOKEN, GUILD_ID } from '../support/botHarness.js';
import { type CommandNode, commandSpecProblems, describedNodes } from '../support/commandSpec.js';
import { runCompiled } from '../support/runScript.js';

const APPLICATION_ID = '100000000000000001';
let discord: DiscordStandIn;
const cwd = mkdtempSync(join(tmpdir(), 'mj-deploy-'));

beforeAll(async () => {
  discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    applicationId: APPLICATION_ID,
    guilds: [{ id: GUILD_ID }],
  });
});
afterAll(async () => {
  await discord.close();
});

const deploy = (env: Record<string, string> = {}) =>
  runCompiled(
    'deploy.js',
    { DISCORD_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: discord.apiUrl, ...env },
    cwd,
  );

function expectSpeedCommand(
  commands: { name: string; contexts?: number[] | null; options?: { name: string; type: number }[] }[],
) {
  expect(commands.map((command) => command.name)).toEqual(['speed']);
  const [speed] = commands;
  expect(speed?.contexts).toEqual([0]);
  const subcommands = speed?.options?.filter((option) => option.type === 1).map((option) => option.name);
  expect(subcommands).toEqual(expect.arrayContaining(['fast', 'turbo', 'relax', 'reset', 'status']));
}

test('deploy with DISCORD_GUILD_ID registers /speed in that guild and says what it registered', async () => {
  const run = await deploy({ DISCORD_GUILD_ID: GUILD_ID });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`for guild ${GUILD_ID}`);
  expect(run.stdout).toMatch(/\/speed \(fast, turbo, relax, .*reset.*status/);
  expect(discord.requests({ route: 'putGuildCommands' })).toHaveLength(1);
  expectSpeedCommand(discord.registeredCommands(GUILD_ID) as never);
});

test('deploy registers every description in each language whose catalog is in, within Discord’s limits', async () => {
  const run = await deploy({ DISCORD_GUILD_ID: GUILD_ID });
  expect(run.code).toBe(0);
  const [speed] = discord.registeredCommands(GUILD_ID) as unknown as CommandNode[];
  if (!speed) throw new Error('/speed was not registered');
  const translated = BOT_LOCALES.filter((locale) => locale !== SOURCE_LOCALE && CATALOGS[locale]);
  for (const node of describedNodes(speed)) {
    expect(Object.keys(node.description_localizations ?? {}), node.name).toEqual(translated);
  }
  expect(commandSpecProblems(speed)).toEqual([]);
});

test('deploy without DISCORD_GUILD_ID registers /speed globally', async () => {
  const run = await deploy();
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('global');
  expect(discord.requests({ route: 'putGlobalCommands' })).toHaveLength(1);
  expectSpeedCommand(discord.registeredCommands() as never);
});

test('deploy with a wrong token fails with a clear message that does not echo the token', async () => {
  const wrong = 'MTAwMDAwMDAwMDAwMDAwMDAx.Wrong0.not-the-right-token-at-all_0123456789';
  const run = await deploy({ DISCORD_TOKEN: wrong });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('Discord rejected DISCORD_TOKEN');
  expect(run.stderr + run.stdout).not.toContain(wrong);
});

test('deploy without an application id names the missing variable and exits 1', async () => {
  const run = await runCompiled('deploy.js', { DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl }, cwd);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('DISCORD_APPLICATION_ID: is required to deploy commands');
});

test('deploy reports a Discord error and exits non-zero', async () => {
  discord.failNext(
    { route: 'putGuildCommands' },
    { status: 400, body: { code: 50035, message: 'Invalid Form Body' } },
  );
  const run = await deploy({ DISCORD_GUILD_ID: GUILD_ID });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^Deploy failed\. .*Invalid Form Body/);
});

test('the bot started without configuration lists what is missing and exits 1 without a stack trace', async () => {
  const run = await runCompiled('index.js', {}, cwd);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('DISCORD_TOKEN: is required');
  expect(run.stderr).toContain('USEAPI_TOKEN: is required');
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test('the bot started with CHANNEL_MAP=* and no list of allowed servers says why and exits 1', async () => {
  const run = await runCompiled(
    'index.js',
    { DISCORD_TOKEN, USEAPI_TOKEN: 'user:1-standin-token', CHANNEL_MAP: '*=830000000000000001' },
    cwd,
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('set ALLOWED_GUILD_IDS (or DISCORD_GUILD_ID)');
  expect(run.stderr).not.toMatch(/\n\s+at /);
});
