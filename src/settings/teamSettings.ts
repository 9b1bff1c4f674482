/**
 * The team settings of a server: who may use Turbo and Fast, for how long, the cooldown, where alerts go
 * and the server's public language. Each comes from the operator (its environment variable is set: fixed),
 * from the server's admins (`/speed settings`), or is the default. Secrets, the upstream, CHANNEL_MAP and
 * ALLOWED_GUILD_IDS are not team settings: they stay in the environment.
 */
import type { ModeRules } from '../discord/modeAccess.js';
import { BOT_LOCALES, type BotLocale } from '../i18n/locales.js';
import {
  COOLDOWN_SECONDS_RULE,
  MAX_MINUTES_RULE,
  readWholeNumber,
  type WholeNumberRule,
} from './numberRules.js';

export interface TeamSettings {
  /** Roles whose members (and admins) may switch to Turbo; empty: everyone. */
  readonly turboRoleIds: readonly string[];
  /** The same for Fast. */
  readonly fastRoleIds: readonly string[];
  /** Longest time in Turbo, in minutes; `undefined`: no limit. */
  readonly turboMaxMinutes: number | undefined;
  readonly fastMaxMinutes: number | undefined;
  /** Seconds a member waits between speed changes of an account; 0: no cooldown. */
  readonly cooldownSeconds: number;
  /** Where admins are told about halts, resets, switch backs and changes; `undefined`: nowhere. */
  readonly alertChannelId: string | undefined;
  /** The language of what everyone in the server reads; `undefined`: the server's Discord language. */
  readonly locale: BotLocale | undefined;
}

export type SettingName = keyof TeamSettings;
export type SettingValue = TeamSettings[SettingName];

/** Every setting, in the order they are shown. */
export const SETTING_NAMES = [
  'turboRoleIds',
  'fastRoleIds',
  'turboMaxMinutes',
  'fastMaxMinutes',
  'cooldownSeconds',
  'alertChannelId',
  'locale',
] as const satisfies readonly SettingName[];

/** The environment variable that fixes each setting. */
export const SETTING_VARIABLES = {
  turboRoleIds: 'TURBO_ROLE_IDS',
  fastRoleIds: 'FAST_ROLE_IDS',
  turboMaxMinutes: 'TURBO_MAX_MINUTES',
  fastMaxMinutes: 'FAST_MAX_MINUTES',
  cooldownSeconds: 'COOLDOWN_SECONDS',
  alertChannelId: 'ALERT_CHANNEL_ID',
  locale: 'BOT_LOCALE',
} as const satisfies Record<SettingName, string>;

/** What applies when neither the operator nor the server's admins chose. */
export const DEFAULT_SETTINGS: TeamSettings = {
  turboRoleIds: [],
  fastRoleIds: [],
  turboMaxMinutes: undefined,
  fastMaxMinutes: undefined,
  cooldownSeconds: 0,
  alertChannelId: undefined,
  locale: undefined,
};

/**
 * Settings given a value by someone: by the operator in the environment (each one present is fixed), or
 * by a server's admins (stored per server). An absent key is not chosen: the next source decides.
 */
export type ChosenSettings = { -readonly [Name in SettingName]?: Exclude<TeamSettings[Name], undefined> };

export type SettingSource = 'operator' | 'discord' | 'default';

/** A server's settings as they apply, and where each comes from. */
export interface EffectiveSettings {
  readonly values: TeamSettings;
  readonly sources: Readonly<Record<SettingName, SettingSource>>;
}

/** Whether the operator fixed `name` (its variable is set). */
export function isFixed(fixed: ChosenSettings, name: SettingName): boolean {
  return fixed[name] !== undefined;
}

/** The operator's value wins, then the admins', then the default. */
export function effectiveSettings(fixed: ChosenSettings, stored: ChosenSettings): EffectiveSettings {
  const values: Record<string, unknown> = {};
  const sources = {} as Record<SettingName, SettingSource>;
  for (const name of SETTING_NAMES) {
    const source: SettingSource =
      fixed[name] !== undefined ? 'operator' : stored[name] !== undefined ? 'discord' : 'default';
    sources[name] = source;
    values[name] =
      source === 'operator' ? fixed[name] : source === 'discord' ? stored[name] : DEFAULT_SETTINGS[name];
  }
  return { values: values as unknown as TeamSettings, sources };
}

/** Who may use Turbo and Fast, and for how long, as the mode rules read it. */
export function modeRulesOf(settings: TeamSettings): ModeRules {
  return {
    roles: { turbo: settings.turboRoleIds, fast: settings.fastRoleIds },
    maxMinutes: {
      ...(settings.turboMaxMinutes !== undefined && { turbo: settings.turboMaxMinutes }),
      ...(settings.fastMaxMinutes !== undefined && { fast: settings.fastMaxMinutes }),
    },
  };
}

/** At most as many roles as a Discord role select can hold. */
export const MAX_ROLES = 25;
const SNOWFLAKE = /^\d{15,21}$/;

const roleList = (value: unknown) =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.length <= MAX_ROLES &&
  value.every((id) => typeof id === 'string' && SNOWFLAKE.test(id));
const wholeNumberIn = (rule: WholeNumberRule) => (value: unknown) =>
  typeof value === 'number' && 'value' in readWholeNumber(String(value), rule);

/** What a stored value of each setting must be to count; anything else is dropped. */
const VALID: Readonly<Record<SettingName, (value: unknown) => boolean>> = {
  turboRoleIds: roleList,
  fastRoleIds: roleList,
  turboMaxMinutes: wholeNumberIn(MAX_MINUTES_RULE),
  fastMaxMinutes: wholeNumberIn(MAX_MINUTES_RULE),
  cooldownSeconds: wholeNumberIn(COOLDOWN_SECONDS_RULE),
  alertChannelId: (value) => typeof value === 'string' && SNOWFLAKE.test(value),
  locale: (value) => typeof value === 'string' && (BOT_LOCALES as readonly string[]).includes(value),
};

/**
 * The settings a stored value holds, each checked as when it was chosen: a value another version wrote,
 * or one edited by hand, that breaks a rule is left out (the default applies), never obeyed.
 */
export function readChosenSettings(stored: unknown): ChosenSettings {
  if (typeof stored !== 'object' || stored === null) return {};
  const record = stored as Record<string, unknown>;
  const chosen: Record<string, unknown> = {};
  for (const name of SETTING_NAMES) if (VALID[name](record[name])) chosen[name] = record[name];
  return chosen as ChosenSettings;
}

/** Whether two values of a setting are the same (role lists in any order). */
export function sameValue(a: SettingValue, b: SettingValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join() === [...b].sort().join();
  }
  return a === b;
}
