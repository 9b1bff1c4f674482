import { expect, test } from 'vitest';
import { commandDifferences } from '../../src/tools/doctor/commandDefinition.js';
import { definedCommands } from '../support/doctorWorld.js';

/** `/speed` as Discord gives it back: ids and versions added, defaults written out, absent localisations null. */
async function asDiscordStoresIt(): Promise<Record<string, unknown>> {
  const [speed = {}] = await definedCommands();
  const withDefaults = (option: Record<string, unknown>): Record<string, unknown> => ({
    ...option,
    name_localizations: option.name_localizations ?? null,
    description_localizations: option.description_localizations ?? null,
    required: option.required ?? false,
    ...(Array.isArray(option.options) && { options: option.options.map(withDefaults) }),
  });
  return {
    ...speed,
    id: '1300000000000000001',
    application_id: '100000000000000001',
    version: '1300000000000000002',
    default_member_permissions: null,
    integration_types: [0],
    nsfw: false,
    options: (speed.options as Record<string, unknown>[]).map(withDefaults),
  };
}

test('the command as Discord stores it matches its definition', async () => {
  const [speed] = await definedCommands();
  expect(commandDifferences(speed, await asDiscordStoresIt())).toEqual([]);
});

test('a changed description, a new option and a permission change are each named', async () => {
  const [speed = {}] = await definedCommands();
  const registered = await asDiscordStoresIt();
  const options = registered.options as Record<string, unknown>[];
  const changed = {
    ...registered,
    description: 'old words',
    default_member_permissions: '8',
    options: options.map((option) => (option.name === 'fast' ? { ...option, options: [] } : option)),
  };
  expect(commandDifferences(speed, changed)).toEqual([
    'description',
    'options (fast)',
    'default_member_permissions',
  ]);
});

test('a command registered before contexts existed is compared by dm_permission', () => {
  const defined = { name: 'x', description: 'd', dm_permission: false };
  expect(commandDifferences(defined, { name: 'x', description: 'd', dm_permission: false })).toEqual([]);
  expect(commandDifferences(defined, { name: 'x', description: 'd' })).toEqual(['contexts']);
});

test('translations are compared whatever their order; none, null and an empty dictionary are the same', () => {
  const subcommand = { type: 1, name: 'fast', description: 'Fast' };
  const defined = {
    name: 'x',
    description: 'd',
    description_localizations: { ja: '日本語', fr: 'français' },
    options: [{ ...subcommand, description_localizations: {} }],
  };
  const registered = {
    name: 'x',
    description: 'd',
    name_localizations: null,
    description_localizations: { fr: 'français', ja: '日本語' },
    options: [{ ...subcommand, description_localizations: null, name_localizations: null }],
  };
  expect(commandDifferences(defined, registered)).toEqual([]);
});

test('translations missing, stale or added at Discord are named by field and subcommand', () => {
  const defined = {
    name: 'x',
    description: 'd',
    description_localizations: { ja: '日本語' },
    options: [
      { type: 1, name: 'fast', description: 'Fast', description_localizations: { ja: '速い' } },
      { type: 1, name: 'relax', description: 'Relax', description_localizations: { ja: 'ゆっくり' } },
    ],
  };
  const registered = {
    name: 'x',
    name_localizations: { ja: 'エックス' },
    description: 'd',
    options: [
      { type: 1, name: 'fast', description: 'Fast', description_localizations: { ja: '古い' } },
      { type: 1, name: 'relax', description: 'Relax', description_localizations: { ja: 'ゆっくり' } },
    ],
  };
  expect(commandDifferences(defined, registered)).toEqual([
    'name_localizations',
    'description_localizations',
    'options (fast)',
  ]);
});
