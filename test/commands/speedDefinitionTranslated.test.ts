import { expect, test, vi } from 'vitest';
import speed from '../../commands/speed.js';
import { type CommandNode, commandSpecProblems, describedNodes } from '../support/commandSpec.js';

// A Japanese catalog before the real one lands: each message marked, so what came from it is recognisable.
vi.mock('../../src/i18n/catalogs/index.js', async (importOriginal) => {
  const { CATALOGS } = await importOriginal<typeof import('../../src/i18n/catalogs/index.js')>();
  const marked = Object.entries((await import('../../src/i18n/catalogs/en-US.js')).enUS).map(
    ([key, message]) => [key, `[ja] ${message}`],
  );
  return { CATALOGS: { ...CATALOGS, ja: Object.fromEntries(marked) } };
});

test('a language whose catalog is in gets each description from that catalog, within Discord’s limits', () => {
  const command = speed.data.toJSON() as unknown as CommandNode;
  for (const node of describedNodes(command)) {
    expect(node.description_localizations?.ja, node.name).toBe(`[ja] ${node.description}`);
  }
  const minutes = command.options?.find((option) => option.name === 'turbo')?.options?.[0];
  expect(minutes?.description_localizations?.ja).toBe(
    '[ja] Switch back to Relax after this many minutes (1-1440)',
  );
  expect(commandSpecProblems(command)).toEqual([]);
});
