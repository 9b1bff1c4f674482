/**
 * The private `/speed settings` answer: the server's team settings, where each comes from, and a control
 * for each the operator left open (a fixed one's control is disabled). Role and channel pickers, a
 * language list, and a modal for the numbers, all in the admin's own language.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ChannelType,
  ComponentType,
  SelectMenuDefaultValueType,
  TextInputStyle,
} from 'discord.js';
import { BOT_LOCALES, type BotLocale } from '../../i18n/locales.js';
import { render } from '../../i18n/render.js';
import { lines, msg, type Text } from '../../i18n/text.js';
import { COOLDOWN_SECONDS_RULE, MAX_MINUTES_RULE } from '../../settings/numberRules.js';
import type { ReadSettings } from '../../settings/TeamSettingsService.js';
import {
  type EffectiveSettings,
  MAX_ROLES,
  SETTING_NAMES,
  type SettingName,
} from '../../settings/teamSettings.js';
import { fitLength } from '../replies.js';
import { nativeLanguageName, settingLabel, settingValueText, sourceText } from './settingsText.js';

/** The custom ids of the controls; a component whose id starts with `speed:settings:` is routed here. */
export const SETTINGS_IDS = {
  turboRoles: 'speed:settings:turbo-roles',
  fastRoles: 'speed:settings:fast-roles',
  alertChannel: 'speed:settings:alert-channel',
  clearAlertChannel: 'speed:settings:clear-alert-channel',
  language: 'speed:settings:language',
  /** The button that opens the modal, and the modal itself. */
  limits: 'speed:settings:limits',
} as const;

export const SETTINGS_ID_PREFIX = 'speed:settings:';

/** The fields of the limits modal, by the setting each sets. */
export const LIMIT_FIELDS = {
  turboMaxMinutes: 'turbo-max-minutes',
  fastMaxMinutes: 'fast-max-minutes',
  cooldownSeconds: 'cooldown-seconds',
} as const satisfies Partial<Record<SettingName, string>>;

export type LimitSetting = keyof typeof LIMIT_FIELDS;

export const LIMIT_SETTINGS = Object.keys(LIMIT_FIELDS) as LimitSetting[];

/** The language list's value for "the server's Discord language" (no language chosen). */
export const DISCORD_LANGUAGE_OPTION = 'discord';

/** The text of the answer: `outcome` (what the last action did) first, then every setting. */
export function settingsContent(settings: ReadSettings, outcome?: Text): Text {
  const { values, sources } = settings;
  return lines(
    outcome,
    msg('settings.view.heading'),
    ...SETTING_NAMES.map((name) =>
      msg('settings.view.line', {
        setting: settingLabel(name),
        value: settingValueText(name, values[name]),
        source: sourceText(name, sources[name]),
      }),
    ),
    SETTING_NAMES.some((name) => sources[name] === 'operator') && msg('settings.view.fixedNote'),
    settings.notRead && msg('settings.view.notRead'),
  );
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * Whether the pickers show `name`'s value as selected: only a value chosen in this server. The operator's
 * are the same for every server (their roles and channel may belong to another one) and shown in the text.
 */
const chosenHere = (settings: EffectiveSettings, name: SettingName) => settings.sources[name] === 'discord';

const row = (...components: APIComponentInMessageActionRow[]): Row => ({
  type: ComponentType.ActionRow,
  components,
});

/** A disabled control names its setting as the operator's; an open one says how to use it. */
function placeholder(settings: EffectiveSettings, name: SettingName, open: Text, locale: BotLocale): string {
  const text =
    settings.sources[name] === 'operator'
      ? msg('settings.control.fixedPlaceholder', { setting: settingLabel(name) })
      : open;
  return render(text, locale);
}

function roleSelect(
  settings: EffectiveSettings,
  name: 'turboRoleIds' | 'fastRoleIds',
  customId: string,
  open: Text,
  locale: BotLocale,
): Row {
  return row({
    type: ComponentType.RoleSelect,
    custom_id: customId,
    placeholder: placeholder(settings, name, open, locale),
    min_values: 0,
    max_values: MAX_ROLES,
    disabled: settings.sources[name] === 'operator',
    default_values: chosenHere(settings, name)
      ? settings.values[name].map((id) => ({ type: SelectMenuDefaultValueType.Role, id }))
      : [],
  });
}

/** The controls under the settings, in `locale`: five rows, Discord's most for a message. */
export function settingsComponents(settings: EffectiveSettings, locale: BotLocale): Row[] {
  const { values, sources } = settings;
  const fixed = (name: SettingName) => sources[name] === 'operator';
  const alertChannel = chosenHere(settings, 'alertChannelId') ? values.alertChannelId : undefined;
  return [
    roleSelect(
      settings,
      'turboRoleIds',
      SETTINGS_IDS.turboRoles,
      msg('settings.control.turboRolesPlaceholder'),
      locale,
    ),
    roleSelect(
      settings,
      'fastRoleIds',
      SETTINGS_IDS.fastRoles,
      msg('settings.control.fastRolesPlaceholder'),
      locale,
    ),
    row({
      type: ComponentType.ChannelSelect,
      custom_id: SETTINGS_IDS.alertChannel,
      placeholder: placeholder(
        settings,
        'alertChannelId',
        msg('settings.control.alertChannelPlaceholder'),
        locale,
      ),
      channel_types: [ChannelType.GuildText],
      min_values: 0,
      max_values: 1,
      disabled: fixed('alertChannelId'),
      default_values: alertChannel ? [{ type: SelectMenuDefaultValueType.Channel, id: alertChannel }] : [],
    }),
    row({
      type: ComponentType.StringSelect,
      custom_id: SETTINGS_IDS.language,
      placeholder: placeholder(settings, 'locale', msg('settings.control.languagePlaceholder'), locale),
      disabled: fixed('locale'),
      options: [
        {
          label: render(msg('settings.control.discordLanguageOption'), locale),
          value: DISCORD_LANGUAGE_OPTION,
          default: values.locale === undefined,
        },
        ...BOT_LOCALES.map((code) => ({
          label: nativeLanguageName(code),
          value: code,
          default: values.locale === code,
        })),
      ],
    }),
    row(
      {
        type: ComponentType.Button,
        custom_id: SETTINGS_IDS.limits,
        style: ButtonStyle.Primary,
        label: render(msg('settings.control.limitsButton'), locale),
        disabled: LIMIT_SETTINGS.every(fixed),
      },
      {
        type: ComponentType.Button,
        custom_id: SETTINGS_IDS.clearAlertChannel,
        style: ButtonStyle.Secondary,
        label: render(msg('settings.control.clearAlertChannelButton'), locale),
        disabled: alertChannel === undefined,
      },
    ),
  ];
}

/** The whole answer in `locale`, as Discord takes it. */
export function renderSettingsView(settings: ReadSettings, locale: BotLocale, outcome?: Text) {
  return {
    content: fitLength(render(settingsContent(settings, outcome), locale)),
    components: settingsComponents(settings, locale),
    allowedMentions: { parse: [] },
  };
}

/** Each limit's rule, for the modal's hints. */
const LIMIT_HINTS: Record<LimitSetting, Text> = {
  turboMaxMinutes: msg('settings.modal.maxMinutesDescription', { ...MAX_MINUTES_RULE }),
  fastMaxMinutes: msg('settings.modal.maxMinutesDescription', { ...MAX_MINUTES_RULE }),
  cooldownSeconds: msg('settings.modal.cooldownDescription', { ...COOLDOWN_SECONDS_RULE }),
};

/** A field's current value as typed in the modal: empty for none. */
function fieldValue(settings: EffectiveSettings, name: LimitSetting): string {
  const value = settings.values[name];
  return value === undefined || (name === 'cooldownSeconds' && value === 0) ? '' : String(value);
}

/** The modal for the numbers the operator left open, filled in with their values now. */
export function limitsModal(
  settings: EffectiveSettings,
  locale: BotLocale,
): APIModalInteractionResponseCallbackData {
  const open = LIMIT_SETTINGS.filter((name) => settings.sources[name] !== 'operator');
  return {
    custom_id: SETTINGS_IDS.limits,
    title: render(msg('settings.modal.title'), locale),
    components: open.map(
      (name): APILabelComponent => ({
        type: ComponentType.Label,
        label: render(settingLabel(name), locale),
        description: render(LIMIT_HINTS[name], locale),
        component: {
          type: ComponentType.TextInput,
          custom_id: LIMIT_FIELDS[name],
          style: TextInputStyle.Short,
          required: false,
          max_length: 10,
          ...(fieldValue(settings, name) && { value: fieldValue(settings, name) }),
        },
      }),
    ),
  };
}
