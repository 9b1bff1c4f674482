/**
 * The bot's discord.js client keeps no channel cache on purpose, and drops discord.js' warning about exactly
 * that (src/discord/createClient.ts): every other warning must still reach the operator.
 */
import { afterEach, expect, test } from 'vitest';
import { createClient } from '../../src/discord/createClient.js';

const heard: Error[] = [];
const hear = (warning: Error) => heard.push(warning);
afterEach(() => {
  process.off('warning', hear);
  heard.length = 0;
});

const nextTick = () => new Promise((resolve) => process.nextTick(resolve));

test('only the channel managers’ cache warning is dropped; other warnings still reach the operator', async () => {
  const client = createClient('http://127.0.0.1:9/api');
  try {
    process.on('warning', hear);
    process.emitWarning(
      'Overriding the cache handling for GuildChannelManager is unsupported and breaks functionality.',
      'UnsupportedCacheOverwriteWarning',
    );
    process.emitWarning(
      'Overriding the cache handling for RoleManager is unsupported and breaks functionality.',
      'UnsupportedCacheOverwriteWarning',
    );
    process.emitWarning('something else is off', { type: 'ExperimentalWarning' });
    await nextTick();
    expect(heard.map((warning) => `${warning.name}: ${warning.message}`)).toEqual([
      'UnsupportedCacheOverwriteWarning: Overriding the cache handling for RoleManager is unsupported and breaks functionality.',
      'ExperimentalWarning: something else is off',
    ]);
  } finally {
    await client.destroy();
  }
});
