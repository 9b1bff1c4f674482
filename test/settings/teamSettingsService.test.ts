/**
 * The team settings of a server as the bot reads and changes them: the operator's win, each server's are
 * its own, a store that does not answer never holds a reply, and what a store holds is obeyed only if it
 * keeps the rules.
 */
import { REST } from '@discordjs/rest';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { describe, expect, test } from 'vitest';
import { ServerLanguages } from '../../src/i18n/ServerLanguages.js';
import { createLogger } from '../../src/log.js';
import { SettingsStore } from '../../src/settings/SettingsStore.js';
import { SETTINGS_CACHE_MS, TeamSettingsService } from '../../src/settings/TeamSettingsService.js';
import type { ChosenSettings } from '../../src/settings/teamSettings.js';
import { PROCESS_LOCAL_INDEX_LOCK } from '../../src/state/KeyIndex.js';
import { ManualClock } from '../support/manualClock.js';

const GUILD = '800000000000000001';
const OTHER_GUILD = '800000000000000002';
const ADMIN = '700000000000000001';
const ROLE = '900000000000000001';

/** A store that answers like a Map until told to hang (a frozen Redis) or to refuse writes (a full disk). */
function faultyStore() {
  const map = new Map<string, unknown>();
  let hanging = false;
  let refusing = false;
  const answer = <T>(value: () => T) => (hanging ? new Promise<T>(() => {}) : Promise.resolve().then(value));
  const store = {
    get: (key: string) => answer(() => map.get(key)),
    set: (key: string, value: unknown) =>
      answer(() => {
        if (refusing) throw new Error('the store refused the write');
        map.set(key, value);
      }),
    delete: (key: string) => answer(() => map.delete(key)),
    clear: () => answer(() => map.clear()),
  };
  return {
    store: store as unknown as KeyvStoreAdapter,
    hang: () => (hanging = true),
    refuseWrites: () => (refusing = true),
  };
}

function service(keyv: Keyv, clock: ManualClock, fixed: ChosenSettings = {}, logs: string[] = []) {
  const logger = createLogger('debug', [], { write: (line) => logs.push(line) });
  return new TeamSettingsService(new SettingsStore(keyv, PROCESS_LOCAL_INDEX_LOCK), fixed, clock, logger);
}

describe('TeamSettingsService', () => {
  test('the operator’s settings win and cannot be changed; the others are each server’s own, with their source', async () => {
    const settings = service(new Keyv(), new ManualClock(), { fastMaxMinutes: 30 });
    expect(await settings.change(GUILD, ADMIN, { fastMaxMinutes: 60, turboMaxMinutes: 45 })).toEqual({
      kind: 'fixed',
      fixed: ['fastMaxMinutes'],
    });
    const changed = await settings.change(GUILD, ADMIN, { turboRoleIds: [ROLE], turboMaxMinutes: 45 });
    expect(changed).toMatchObject({
      kind: 'changed',
      event: {
        guildId: GUILD,
        userId: ADMIN,
        changes: [
          { setting: 'turboRoleIds', from: [], to: [ROLE] },
          { setting: 'turboMaxMinutes', from: undefined, to: 45 },
        ],
      },
    });
    const here = await settings.forGuild(GUILD);
    expect(here.values).toMatchObject({ turboRoleIds: [ROLE], turboMaxMinutes: 45, fastMaxMinutes: 30 });
    expect(here.sources).toMatchObject({
      turboRoleIds: 'discord',
      fastMaxMinutes: 'operator',
      cooldownSeconds: 'default',
    });
    const there = await settings.forGuild(OTHER_GUILD);
    expect(there.values).toMatchObject({ turboRoleIds: [], turboMaxMinutes: undefined, fastMaxMinutes: 30 });
  });

  test('two admins changing two settings at once both keep theirs, each in the history', async () => {
    const settings = service(new Keyv(), new ManualClock());
    const heard: string[] = [];
    settings.onChange((event) => heard.push(...event.changes.map((change) => change.setting)));
    await Promise.all([
      settings.change(GUILD, ADMIN, { turboRoleIds: [ROLE] }),
      settings.change(GUILD, ADMIN, { cooldownSeconds: 60 }),
    ]);
    expect((await settings.forGuild(GUILD)).values).toMatchObject({
      turboRoleIds: [ROLE],
      cooldownSeconds: 60,
    });
    expect((await settings.history(GUILD))?.map((entry) => entry.setting)).toEqual([
      'turboRoleIds',
      'cooldownSeconds',
    ]);
    expect(heard.sort()).toEqual(['cooldownSeconds', 'turboRoleIds']);
  });

  test('choosing what already applies changes nothing and records nothing', async () => {
    const settings = service(new Keyv(), new ManualClock());
    expect(await settings.change(GUILD, ADMIN, { cooldownSeconds: 0, turboRoleIds: [] })).toMatchObject({
      kind: 'unchanged',
    });
    expect(await settings.history(GUILD)).toEqual([]);
  });

  test('a change made through another process sharing the store is obeyed once the cache time has passed', async () => {
    const keyv = new Keyv();
    const clock = new ManualClock();
    const here = service(keyv, clock);
    const elsewhere = service(keyv, clock);
    expect((await here.forGuild(GUILD)).values.turboRoleIds).toEqual([]);
    await elsewhere.change(GUILD, ADMIN, { turboRoleIds: [ROLE] });
    clock.advance(SETTINGS_CACHE_MS);
    expect((await here.forGuild(GUILD)).values.turboRoleIds).toEqual([ROLE]);
  });

  test('stored values that break a rule (edited by hand, another version) are not obeyed: the default applies', async () => {
    const keyv = new Keyv();
    await keyv.set(`settings:${GUILD}`, {
      chosen: {
        turboRoleIds: ['@turbo'],
        turboMaxMinutes: 0,
        fastMaxMinutes: 7.5,
        cooldownSeconds: 86_401,
        alertChannelId: '#alerts',
        locale: 'tlh',
      },
    });
    const { sources } = await service(keyv, new ManualClock()).forGuild(GUILD);
    expect(Object.values(sources).every((source) => source === 'default')).toBe(true);
  });

  test('a store that stops answering holds no reply: the last settings known apply, said to be so, and logged', async () => {
    const { store, hang } = faultyStore();
    const clock = new ManualClock();
    const logs: string[] = [];
    const settings = service(new Keyv({ store }), clock, {}, logs);
    await settings.change(GUILD, ADMIN, { turboRoleIds: [ROLE], locale: 'ja' });
    clock.advance(SETTINGS_CACHE_MS);
    hang();
    const read = await settings.forGuild(GUILD);
    expect(read).toMatchObject({ notRead: true, values: { turboRoleIds: [ROLE] } });
    expect(logs.some((line) => line.includes("could not read the server's team settings"))).toBe(true);
    // A server never read before gets the defaults rather than a wait, said to be unknown, within the
    // cache time too (a reply must not take them for the server's own).
    const unknown = { notRead: true, nothingKnown: true, values: { turboRoleIds: [] } };
    expect(await settings.forGuild(OTHER_GUILD)).toMatchObject(unknown);
    expect(await settings.forGuild(OTHER_GUILD)).toMatchObject(unknown);
    expect(await settings.forGuild(GUILD)).not.toHaveProperty('nothingKnown');
  });

  test('a change the store does not take says so and changes nothing', async () => {
    const { store, refuseWrites } = faultyStore();
    const heard: unknown[] = [];
    // As the bot opens its stores: a failed operation rejects (openStore.ts).
    const keyv = new Keyv({ store });
    keyv.throwOnErrors = true;
    const settings = service(keyv, new ManualClock());
    settings.onChange((event) => heard.push(event));
    refuseWrites();
    expect(await settings.change(GUILD, ADMIN, { turboRoleIds: [ROLE] })).toEqual({ kind: 'notSaved' });
    expect((await settings.forGuild(GUILD)).values.turboRoleIds).toEqual([]);
    expect(heard).toEqual([]);
  });
});

describe('the public language chosen with /speed settings', () => {
  const languages = (settings: TeamSettingsService, botLocale?: 'de') =>
    new ServerLanguages({
      botLocale,
      chosen: (guildId) => settings.chosenLocale(guildId),
      cachedGuildLocale: () => 'fr',
      rest: new REST(),
      logger: createLogger('silent', []),
    });

  test('is what the server reads, over its Discord language; BOT_LOCALE wins over both', async () => {
    const settings = service(new Keyv(), new ManualClock());
    await settings.change(GUILD, ADMIN, { locale: 'ja' });
    expect(await languages(settings).forGuild(GUILD)).toBe('ja');
    expect(await languages(settings).forGuild(OTHER_GUILD)).toBe('fr');
    expect(await languages(settings, 'de').forGuild(GUILD)).toBe('de');
  });

  test('a store that does not answer does not hold the message: the server’s Discord language is used', async () => {
    const { store, hang } = faultyStore();
    const settings = service(new Keyv({ store }), new ManualClock());
    hang();
    expect(await languages(settings).forGuild(GUILD)).toBe('fr');
  });
});
