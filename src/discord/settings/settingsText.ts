/**
 * How the team settings read, wherever they are shown: the `/speed settings` view, `/speed history` and
 * the alert channel. Mentions never ping (every message here is sent with no mention allowed).
 */
import { channelMention, roleMention, TimestampStyles, time, userMention } from 'discord.js';
import type { MessageKey } from '../../i18n/catalogs/en-US.js';
import { duration } from '../../i18n/duration.js';
import type { BotLocale } from '../../i18n/locales.js';
import { lines, listOf, msg, type Text, verbatim } from '../../i18n/text.js';
import type { SettingsHistoryEntry } from '../../settings/SettingsStore.js';
import type { SettingChange, SettingsChangedEvent } from '../../settings/TeamSettingsService.js';
import {
  SETTING_VARIABLES,
  type SettingName,
  type SettingSource,
  type SettingValue,
} from '../../settings/teamSettings.js';
import type { Reply } from '../replies.js';

/** Each setting's name as admins read it. */
export const SETTING_LABELS = {
  turboRoleIds: 'settings.name.turboRoleIds',
  fastRoleIds: 'settings.name.fastRoleIds',
  turboMaxMinutes: 'settings.name.turboMaxMinutes',
  fastMaxMinutes: 'settings.name.fastMaxMinutes',
  cooldownSeconds: 'settings.name.cooldownSeconds',
  alertChannelId: 'settings.name.alertChannelId',
  locale: 'settings.name.locale',
} as const satisfies Record<SettingName, MessageKey>;

export const settingLabel = (name: SettingName): Text => msg(SETTING_LABELS[name]);

/** Roles named in one line at most; the rest are counted, so a long list never crowds out the others. */
const ROLES_SHOWN = 3;

function rolesText(roleIds: readonly string[]): Text {
  if (roleIds.length === 0) return msg('settings.value.everyone');
  const more = roleIds.length - ROLES_SHOWN;
  const named = roleIds.slice(0, ROLES_SHOWN).map((id): Text => verbatim(roleMention(id)));
  const roles = listOf(
    more > 0 ? [...named, msg('settings.value.moreRoles', { more })] : named,
    'disjunction',
  );
  return msg('settings.value.roles', { roles });
}

/** A language by its own name ("Deutsch", "日本語"), as its speakers look for it in a list. */
export function nativeLanguageName(locale: BotLocale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}

/** A setting's value as admins read it. */
export function settingValueText(name: SettingName, value: SettingValue): Text {
  switch (name) {
    case 'turboRoleIds':
    case 'fastRoleIds':
      return rolesText((value as readonly string[] | undefined) ?? []);
    case 'turboMaxMinutes':
    case 'fastMaxMinutes':
      return typeof value === 'number' ? duration(value * 60_000) : msg('settings.value.noLimit');
    case 'cooldownSeconds':
      return typeof value === 'number' && value > 0
        ? duration(value * 1_000)
        : msg('settings.value.cooldownOff');
    case 'alertChannelId':
      return typeof value === 'string'
        ? verbatim(channelMention(value))
        : msg('settings.value.noAlertChannel');
    case 'locale':
      return typeof value === 'string'
        ? verbatim(nativeLanguageName(value as BotLocale))
        : msg('settings.value.discordLanguage');
  }
}

/** Where a setting's value comes from. */
export function sourceText(name: SettingName, source: SettingSource): Text {
  if (source === 'operator') return msg('settings.source.operator', { variable: SETTING_VARIABLES[name] });
  return msg(source === 'discord' ? 'settings.source.discord' : 'settings.source.default');
}

/** One change: the setting, and what it was and is now. */
export function changeLine(change: SettingChange): Text {
  return msg('settings.change.line', {
    setting: settingLabel(change.setting),
    from: settingValueText(change.setting, change.from),
    to: settingValueText(change.setting, change.to),
  });
}

/** The alert for a change: who changed what, from what to what. Names the admin without pinging. */
export function settingsChangedAlert(event: SettingsChangedEvent): Reply {
  return {
    content: lines(
      msg('settings.alert.heading', { admin: userMention(event.userId) }),
      ...event.changes.map(changeLine),
    ),
    ephemeral: false,
  };
}

/** Settings changes shown in `/speed history`, the newest first: few, so the account's own lines fit. */
export const SETTINGS_HISTORY_SHOWN = 3;

/**
 * `/speed history` with the server's last settings changes (`entries` oldest first) above the account's
 * own lines, which a message too long for Discord loses from its end (their oldest) instead; unchanged
 * when there are none.
 */
export function withSettingsHistory(reply: Reply, entries: readonly SettingsHistoryEntry[]): Reply {
  if (entries.length === 0) return reply;
  const newest = entries.slice(-SETTINGS_HISTORY_SHOWN).reverse();
  const section = lines(
    msg('settings.history.heading'),
    ...newest.map((entry) =>
      msg('settings.history.line', {
        when: time(new Date(entry.at), TimestampStyles.ShortDateTime),
        setting: settingLabel(entry.setting),
        admin: userMention(entry.userId),
        from: settingValueText(entry.setting, entry.from),
        to: settingValueText(entry.setting, entry.to),
      }),
    ),
  );
  return { ...reply, content: lines(section, reply.content) };
}
