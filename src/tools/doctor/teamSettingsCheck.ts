/**
 * The team settings as they apply: those the operator fixed in the environment (for every server), and
 * what each server's admins chose with `/speed settings` (read from the store, never changed). Operator
 * output, in English.
 */
import type { ChosenSettings, SettingName, TeamSettings } from '../../settings/teamSettings.js';
import { effectiveSettings, SETTING_NAMES, SETTING_VARIABLES } from '../../settings/teamSettings.js';
import { type CheckName, type CheckResult, passed } from './report.js';

export const TEAM_SETTINGS: CheckName = { id: 'teamSettings', title: 'Team settings' };

/** Servers listed one by one at most; the rest are counted. */
const SERVERS_LISTED = 20;

const NAMES: Record<SettingName, string> = {
  turboRoleIds: 'Turbo roles',
  fastRoleIds: 'Fast roles',
  turboMaxMinutes: 'Turbo max',
  fastMaxMinutes: 'Fast max',
  cooldownSeconds: 'cooldown',
  alertChannelId: 'alert channel',
  locale: 'language',
};

function describe(name: SettingName, value: TeamSettings[SettingName]): string {
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'everyone';
  switch (name) {
    case 'turboMaxMinutes':
    case 'fastMaxMinutes':
      return value === undefined ? 'no limit' : `${value} min`;
    case 'cooldownSeconds':
      return value ? `${value} s` : 'off';
    case 'alertChannelId':
      return value === undefined ? 'none' : String(value);
    default:
      return value === undefined ? "the server's Discord language" : String(value);
  }
}

/**
 * The settings of a server that chose nothing, with their sources, and what each server that chose some
 * chose (over those, where the operator left it open).
 */
export function teamSettingsResult(
  fixed: ChosenSettings,
  servers: ReadonlyArray<readonly [guildId: string, chosen: ChosenSettings]>,
): CheckResult {
  const base = effectiveSettings(fixed, {});
  const everyServer = SETTING_NAMES.map((name) => {
    const source = base.sources[name] === 'operator' ? SETTING_VARIABLES[name] : 'default';
    return `${NAMES[name]} ${describe(name, base.values[name])} (${source})`;
  });
  const choosing = servers
    .map(([guildId, chosen]) => {
      const { values, sources } = effectiveSettings(fixed, chosen);
      const own = SETTING_NAMES.filter((name) => sources[name] === 'discord');
      return {
        guildId,
        line: own.map((name) => `${NAMES[name]} ${describe(name, values[name])}`).join(', '),
      };
    })
    .filter(({ line }) => line !== '');
  const listed = choosing
    .slice(0, SERVERS_LISTED)
    .map(({ guildId, line }) => `server ${guildId} chose with /speed settings: ${line}`);
  const more = choosing.length - listed.length;
  const operator = SETTING_NAMES.filter((name) => base.sources[name] === 'operator').map(
    (name) => SETTING_VARIABLES[name],
  );
  const summary = `${operator.length > 0 ? `${operator.join(', ')} fixed by the operator` : 'none fixed by the operator'}; ${choosing.length} server${choosing.length === 1 ? '' : 's'} chose some with /speed settings`;
  return passed(TEAM_SETTINGS, summary, {
    details: [
      `every server, unless it chose otherwise: ${everyServer.join(', ')}`,
      ...listed,
      ...(more > 0 ? [`and ${more} more servers`] : []),
    ],
  });
}
