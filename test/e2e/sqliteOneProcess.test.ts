/**
 * One bot process per SQLite file, as real processes meet it (src/state/sqliteFileLock.ts). The bot answers
 * reads from memory, so a second process writing the file would record halts the first never sees (the
 * 2026-12-06 review, finding 3): the second is refused at start instead, and a bot that dies without
 * closing the file (SIGKILL) leaves nothing that stops the next start.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHANNEL_A, type Harness, startHarness } from '../support/botHarness.js';
import { type BotProcess, spawnBotProcess, startBotProcess } from '../support/botProcess.js';

let harness: Harness;
const children: BotProcess[] = [];
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  for (const child of children) {
    if (child.child.exitCode === null && child.child.signalCode === null) {
      child.child.kill('SIGKILL');
      await child.exited;
    }
  }
  await harness?.close();
});

/** The bot's log lines at level fatal. */
const fatalLines = (bot: BotProcess) =>
  bot
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level?: number; msg?: string })
    .filter((line) => line.level === 60);

test('a second bot process on the file is refused: exit 1, one sentence naming the file and Redis', async () => {
  const second = spawnBotProcess(harness.cwd, harness.processEnv());
  children.push(second);
  expect(await second.exited).toBe(1);
  const file = join(harness.cwd, 'data', 'mj-speed-bot.sqlite');
  const [fatal, ...more] = fatalLines(second);
  expect(more).toEqual([]);
  expect(fatal?.msg).toMatch(/^Another bot process .* is using the SQLite file /);
  expect(fatal?.msg).toContain(` ${file},`);
  expect(fatal?.msg).toContain('put the state in Redis (STORE_URL=redis://…) to run several bot processes.');
  expect(second.output()).not.toContain('"msg":"ready');

  // The running bot never noticed: it records a halt and enforces it.
  harness.useapi.flagModeration(CHANNEL_A);
  expect((await harness.run({ subcommand: 'fast', channelId: CHANNEL_A })).content).toContain(
    'Midjourney flagged the shared account',
  );
  harness.useapi.clear();
  expect((await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A })).content).toMatch(
    /halted in this channel/,
  );
  expect(harness.useapi.requests).toHaveLength(0);
}, 30_000);

test('a bot killed with SIGKILL leaves no lock behind: the next one starts on the file and has its halts', async () => {
  const killed = await harness.switchToBotProcess();
  children.push(killed);
  killed.child.kill('SIGKILL');
  await killed.exited;
  const next = await startBotProcess(harness.cwd, harness.processEnv());
  children.push(next);
  const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
  expect(status.content).toContain('**Halted**');
  // Two process starts in a row (each allowed 15 s on a loaded machine).
}, 60_000);
