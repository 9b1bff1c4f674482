/**
 * The compiled bot as `npm start` runs it, in a child process, meeting a stray promise rejection and then
 * an uncaught exception. The bot has no code path that produces either on purpose, so the test preloads a
 * tiny module (`node --import`, through NODE_OPTIONS) that raises them inside the bot's process when it
 * receives SIGUSR2: the bot's own code is exactly what runs in production. The errors carry both tokens,
 * to check that crash output is scrubbed too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { waitFor } from '../standins/discord.js';
import { CHANNEL_A, DISCORD_TOKEN, type Harness, startHarness, USEAPI_TOKEN } from '../support/botHarness.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';

const TRIGGER = `
let signals = 0;
process.on('SIGUSR2', () => {
  signals += 1;
  const secrets = \`\${process.env.DISCORD_TOKEN} \${process.env.USEAPI_TOKEN}\`;
  if (signals === 1) {
    Promise.reject(new Error(\`stray rejection while holding \${secrets}\`));
  } else {
    setImmediate(() => {
      throw new Error(\`uncaught exception while holding \${secrets}\`);
    });
  }
});
`;

let harness: Harness;
let bot: BotProcess;
let dir: string;
beforeAll(async () => {
  harness = await startHarness();
  // Only the child process serves the stand-ins from here on.
  await harness.bot.stop();
  dir = mkdtempSync(join(tmpdir(), 'mj-crash-'));
  const trigger = join(dir, 'trigger.mjs');
  writeFileSync(trigger, TRIGGER);
  bot = await startBotProcess(harness.cwd, {
    DISCORD_TOKEN,
    USEAPI_TOKEN,
    DISCORD_API_URL: harness.discord.apiUrl,
    USEAPI_BASE_URL: harness.useapi.url,
    NODE_OPTIONS: `--import=${trigger}`,
  });
});
afterAll(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGKILL');
    await bot.exited;
  }
  await harness?.discord.close();
  await harness?.useapi.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (harness) rmSync(harness.cwd, { recursive: true, force: true });
});

const logLines = () =>
  bot
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map(
      (line) =>
        JSON.parse(line) as { msg?: string; level?: number; err?: { message?: string; stack?: string } },
    );

test('an unhandled promise rejection is logged with its error and stack, and the bot keeps answering', async () => {
  bot.child.kill('SIGUSR2');
  const logged = await waitFor(() => logLines().find((line) => line.msg === 'unhandled promise rejection'));
  expect(logged.level).toBe(50);
  expect(logged.err?.message).toContain('stray rejection while holding');
  expect(logged.err?.stack).toContain('trigger.mjs');
  const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
  expect(answer.content).toContain('Done!');
  expect(bot.child.exitCode).toBeNull();
});

test('an uncaught exception is logged and the process exits with code 1', async () => {
  bot.child.kill('SIGUSR2');
  expect(await bot.exited).toBe(1);
  const fatal = logLines().find((line) => line.msg === 'uncaught exception, exiting');
  expect(fatal?.level).toBe(60);
  expect(fatal?.err?.message).toContain('uncaught exception while holding');
});

test('neither token appears in what the crashed process printed', () => {
  const output = bot.output();
  expect(output).toContain('[redacted]');
  expect(output).not.toContain(DISCORD_TOKEN);
  expect(output).not.toContain(USEAPI_TOKEN);
});
