/**
 * A first start of the compiled bot (as `npm start` runs it) with a fresh `.env` and an empty folder: no
 * warning on stderr (the runtime contract: "a start prints no warnings when nothing is wrong"), and one
 * info line an operator can check the setup against.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiscordStandIn } from '../standins/discord.js';
import { UseapiStandIn } from '../standins/useapi.js';
import { CHANNEL_A, CHANNEL_B, DISCORD_TOKEN, GUILD_ID, USEAPI_TOKEN } from '../support/botHarness.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';

const SECOND_GUILD = '800000000000000002';

let discord: DiscordStandIn;
let useapi: UseapiStandIn;
let cwd: string;
let bot: BotProcess;
beforeAll(async () => {
  discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [
      { id: GUILD_ID, channels: [CHANNEL_A] },
      { id: SECOND_GUILD, channels: [CHANNEL_B] },
    ],
  });
  useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN });
  cwd = mkdtempSync(join(tmpdir(), 'mj-start-'));
  // Only what a fresh `.env` from .env.example needs filled in (plus the stand-ins' addresses).
  bot = await startBotProcess(cwd, {
    DISCORD_TOKEN,
    USEAPI_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    USEAPI_BASE_URL: useapi.url,
  });
});
afterAll(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
  await discord?.close();
  await useapi?.close();
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

test('a start prints no warning on stderr', () => {
  expect(bot.stderr()).toBe('');
  expect(bot.output()).not.toMatch(/warning/i);
});

test('a start logs one info line: connected, as whom, in how many servers, which upstream and store', () => {
  const infoLines = bot
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((line) => line.level >= 30);
  expect(infoLines).toHaveLength(1);
  const [line] = infoLines;
  const store = join(cwd, 'data', 'mj-speed-bot.sqlite');
  const upstreamHost = new URL(useapi.url).host;
  expect(line?.msg).toBe(
    `ready: connected to Discord as mj-speed-bot (id ${discord.botUserId}) in 2 servers; ` +
      `upstream useapi.net at ${upstreamHost}; store: SQLite file ${store}`,
  );
  expect(line).toMatchObject({
    servers: 2,
    upstream: 'useapi.net',
    upstreamHost,
    store: `SQLite file ${store}`,
  });
  expect(existsSync(store)).toBe(true);
  expect(bot.output()).not.toContain(DISCORD_TOKEN);
  expect(bot.output()).not.toContain(USEAPI_TOKEN);
});
