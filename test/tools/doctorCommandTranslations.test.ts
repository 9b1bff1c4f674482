import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DoctorWorld, definedCommands, lineOf, startDoctorWorld } from '../support/doctorWorld.js';

let world: DoctorWorld;

beforeAll(async () => {
  world = await startDoctorWorld();
});
afterAll(async () => {
  await world.close();
});

/** `node` and its options without their translated descriptions, as a deploy before translations sent it. */
function untranslated(node: Record<string, unknown>): Record<string, unknown> {
  const { description_localizations: _, ...rest } = node;
  const options = Array.isArray(node.options) ? node.options : undefined;
  return options ? { ...rest, options: options.map(untranslated) } : rest;
}

test('/speed deployed with its translations is current: the doctor reads them back with the command', async () => {
  await world.deploy();
  const line = lineOf(await world.run(), 'slashCommand');
  expect(line.status).toBe('ok');
  const [read] = world.discord.requests({ route: 'getGuildCommands' }).slice(-1);
  expect(read?.query).toMatchObject({ with_localizations: 'true' });
});

test('/speed deployed before its descriptions were translated: ✗ naming what is missing, run `npm run deploy`', async () => {
  await world.deploy((await definedCommands()).map(untranslated));
  const line = lineOf(await world.run(), 'slashCommand');
  expect(line).toMatchObject({ status: 'fail', fix: 'run `npm run deploy`' });
  expect(line.summary).toContain(
    'older than commands/: description_localizations, options (fast, turbo, relax, reset, status, history, panel, settings)',
  );
});
