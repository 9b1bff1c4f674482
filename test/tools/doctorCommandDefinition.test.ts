import { expect, test } from 'vitest';
import { commandDifferences } from '../../src/tools/doctor/commandDefinition.js';
import { definedCommands } from '../support/doctorWorld.js';

/** `/speed` as Discord gives it back: ids and versions added, defaults written out, localisations null. */
async function asDiscordStoresIt(): Promise<Record<string, unknown>> {
  const [speed = {}] = await definedCommands();
  const withDefaults = (option: Record<string, unknown>): Record<string, unknown> => ({
    ...option,
    name_localizations: null,
    description_localizations: null,
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
