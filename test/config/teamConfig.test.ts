import { expect, test } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { problemsOf } from './problemsOf.js';

const valid = {
  DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.s3cr3t-discord-token-value_0123456789',
  USEAPI_TOKEN: 'user:1234-s3cr3tUseapiTokenValue',
};

const problemsWith = (env: Record<string, string>) => problemsOf({ ...valid, ...env });

test('without CHANNEL_MAP and COOLDOWN_SECONDS channels use their own id and the cooldown is left to each server', () => {
  const config = parseConfig(valid);
  expect(config.channelMap).toBeUndefined();
  expect(config.fixedSettings.cooldownSeconds).toBeUndefined();
});

test('CHANNEL_MAP and COOLDOWN_SECONDS are read', () => {
  const config = parseConfig({
    ...valid,
    CHANNEL_MAP: '123456789012345671=987654321098765431,*=987654321098765432',
    ALLOWED_GUILD_IDS: '123456789012345670',
    COOLDOWN_SECONDS: '120',
  });
  expect(Object.fromEntries(config.channelMap?.routes ?? [])).toEqual({
    '123456789012345671': '987654321098765431',
  });
  expect(config.channelMap?.fallback).toBe('987654321098765432');
  expect(config.fixedSettings.cooldownSeconds).toBe(120);
});

test('a bad CHANNEL_MAP names each bad entry, next to the other invalid variables', () => {
  const problems = problemsWith({
    CHANNEL_MAP: '123456789012345671=987654321098765431,#general=987654321098765431,oops',
    COOLDOWN_SECONDS: '-5',
  });
  expect(problems).toEqual([
    'CHANNEL_MAP: entry 2 "#general=987654321098765431": "#general" must be a Discord channel id (15 to 21 digits) or *',
    expect.stringMatching(/^CHANNEL_MAP: entry 3 "oops" must be discordChannel=accountChannel/),
    'COOLDOWN_SECONDS: must be 0 (off) or more',
  ]);
});

test('COOLDOWN_SECONDS must be whole seconds up to a day', () => {
  expect(problemsWith({ COOLDOWN_SECONDS: '1.5' })).toEqual([
    'COOLDOWN_SECONDS: must be a whole number of seconds',
  ]);
  expect(problemsWith({ COOLDOWN_SECONDS: '90000' })).toEqual([
    'COOLDOWN_SECONDS: must be at most 86400 (a day)',
  ]);
  expect(problemsWith({ COOLDOWN_SECONDS: 'soon' })).toEqual([
    'COOLDOWN_SECONDS: must be a number of seconds (0 turns the cooldown off)',
  ]);
});

test('ALLOWED_GUILD_IDS lists the servers served; it defaults to DISCORD_GUILD_ID, else every server', () => {
  expect(
    parseConfig({ ...valid, ALLOWED_GUILD_IDS: '123456789012345671, 123456789012345672' }).allowedGuildIds,
  ).toEqual(['123456789012345671', '123456789012345672']);
  expect(parseConfig({ ...valid, DISCORD_GUILD_ID: '123456789012345673' }).allowedGuildIds).toEqual([
    '123456789012345673',
  ]);
  expect(parseConfig(valid).allowedGuildIds).toBeUndefined();
  expect(problemsWith({ ALLOWED_GUILD_IDS: '123456789012345671,my-server' })).toEqual([
    'ALLOWED_GUILD_IDS: entry 2 must be a Discord server (guild) id (15 to 21 digits)',
  ]);
});

test('CHANNEL_MAP with * but no list of allowed servers stops the bot, saying why and what to set', () => {
  const problems = problemsWith({ CHANNEL_MAP: '*=987654321098765432' });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^CHANNEL_MAP: \* sends every server's channels to your Midjourney account/);
  expect(problems[0]).toContain('set ALLOWED_GUILD_IDS (or DISCORD_GUILD_ID)');
  // A list of servers, or the server the commands are deployed to, makes it safe.
  const team = '123456789012345671';
  expect(
    parseConfig({ ...valid, CHANNEL_MAP: '*=987654321098765432', ALLOWED_GUILD_IDS: team }),
  ).toBeTruthy();
  expect(parseConfig({ ...valid, CHANNEL_MAP: '*=987654321098765432', DISCORD_GUILD_ID: team })).toBeTruthy();
  // Deploy never serves interactions, so it does not need the list.
  expect(
    parseConfig({ ...valid, CHANNEL_MAP: '*=987654321098765432', DISCORD_APPLICATION_ID: team }, 'deploy'),
  ).toBeTruthy();
});

test('mode roles, mode limits, the cooldown, the alert channel and the language set fix those settings; unset (or blank) they are left to each server', () => {
  expect(parseConfig(valid).fixedSettings).toEqual({});
  expect(
    parseConfig({ ...valid, TURBO_ROLE_IDS: ' ', COOLDOWN_SECONDS: '', BOT_LOCALE: '' }).fixedSettings,
  ).toEqual({});
  const config = parseConfig({
    ...valid,
    TURBO_ROLE_IDS: '123456789012345671, 123456789012345672',
    FAST_ROLE_IDS: '123456789012345673',
    TURBO_MAX_MINUTES: '60',
    FAST_MAX_MINUTES: '1440',
    COOLDOWN_SECONDS: '0',
    ALERT_CHANNEL_ID: '123456789012345674',
    BOT_LOCALE: 'ja',
  });
  expect(config.fixedSettings).toEqual({
    turboRoleIds: ['123456789012345671', '123456789012345672'],
    fastRoleIds: ['123456789012345673'],
    turboMaxMinutes: 60,
    fastMaxMinutes: 1440,
    // 0 is a choice: the operator turned the cooldown off for every server.
    cooldownSeconds: 0,
    alertChannelId: '123456789012345674',
    locale: 'ja',
  });
});

test('bad mode limits, mode roles and alert channel are named each with what to write', () => {
  expect(
    problemsWith({
      TURBO_MAX_MINUTES: '0',
      FAST_MAX_MINUTES: '2000',
      TURBO_ROLE_IDS: '@turbo',
      ALERT_CHANNEL_ID: '#alerts',
    }),
  ).toEqual([
    'TURBO_ROLE_IDS: entry 1 must be a Discord role id (15 to 21 digits)',
    'TURBO_MAX_MINUTES: must be at least 1 (leave it empty for no limit)',
    'FAST_MAX_MINUTES: must be at most 1440 (a day)',
    'ALERT_CHANNEL_ID: must be a Discord channel id (15 to 21 digits)',
  ]);
  expect(problemsWith({ TURBO_MAX_MINUTES: 'an hour', FAST_MAX_MINUTES: '7.5' })).toEqual([
    'TURBO_MAX_MINUTES: must be a number of minutes (leave it empty for no limit)',
    'FAST_MAX_MINUTES: must be a whole number of minutes',
  ]);
});
