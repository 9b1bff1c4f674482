/**
 * `/speed settings` and its controls. Everything is checked again on every interaction, whatever the view
 * showed: a stale view, or a forged interaction, by a member who is not an admin, for a setting the
 * operator fixed, or with values that break a rule, changes nothing and is told so privately.
 */
import {
  type AnySelectMenuInteraction,
  type ButtonInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  type ComponentType,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { isBotLocale } from '../../i18n/locales.js';
import type { Readers } from '../../i18n/ServerLanguages.js';
import { lines, listOf, msg, type Text } from '../../i18n/text.js';
import {
  COOLDOWN_SECONDS_RULE,
  MAX_MINUTES_RULE,
  type NumberProblem,
  readWholeNumber,
} from '../../settings/numberRules.js';
import type { SettingsChangeOutcome, SettingsUpdate } from '../../settings/TeamSettingsService.js';
import { isFixed, MAX_ROLES, type SettingName } from '../../settings/teamSettings.js';
import { acknowledgeDeferred, acknowledgeUpdate } from '../acknowledgement.js';
import type { BotServices } from '../Command.js';
import { isAdmin } from '../isAdmin.js';
import { replyNow } from '../replies.js';
import { adminsOnlyReply } from '../replyText.js';
import { changeLine, settingLabel } from './settingsText.js';
import {
  DISCORD_LANGUAGE_OPTION,
  LIMIT_FIELDS,
  LIMIT_SETTINGS,
  type LimitSetting,
  limitsModal,
  renderSettingsView,
  SETTINGS_IDS,
} from './settingsView.js';

/** A control of the settings view, as Discord sends it. */
export type SettingsControlInteraction =
  | ButtonInteraction
  | AnySelectMenuInteraction
  | ModalSubmitInteraction;

const privately = (content: Text) => ({ content, ephemeral: true });

/**
 * Whether the invoker is an admin (as for reset), checked on every interaction; one who is not is told
 * privately that only admins may, and nothing else happens.
 */
async function admitted(
  interaction: ChatInputCommandInteraction | SettingsControlInteraction,
  services: BotServices,
  readers: Readers,
): Promise<boolean> {
  if (isAdmin(interaction, services.adminRoleIds)) return true;
  await replyNow(interaction, adminsOnlyReply('changeSettings', services.adminRoleIds), readers);
  return false;
}

/** Answers privately with `content`, and labels the outcome. */
async function refuse(
  interaction: ChatInputCommandInteraction | SettingsControlInteraction,
  readers: Readers,
  content: Text,
  outcome: string,
): Promise<string> {
  await replyNow(interaction, privately(content), readers);
  return outcome;
}

const fixedRefusal = (names: readonly SettingName[]) =>
  msg('settings.refused.fixed', { settings: listOf(names.map(settingLabel)), count: names.length });

/** `/speed settings`: the server's settings and their controls, to an admin only. */
export async function showSettings(
  interaction: ChatInputCommandInteraction,
  services: BotServices,
  readers: Readers,
): Promise<string> {
  if (!(await admitted(interaction, services, readers))) return 'refused-admin';
  const settings = await services.settings.forGuild(interaction.guildId ?? '');
  await interaction.reply({
    ...renderSettingsView(settings, await readers.localeFor(true)),
    flags: MessageFlags.Ephemeral,
  });
  return 'shown';
}

/** A control of the settings view was used: checks it all again, then applies the change. */
export async function handleSettingsControl(
  interaction: SettingsControlInteraction,
  services: BotServices,
  readers: Readers,
): Promise<string> {
  if (!(await admitted(interaction, services, readers))) return 'refused-admin';
  // Before its values are even read: whatever a control for a fixed setting carries changes nothing.
  const fixed = (CONTROLLED[interaction.customId] ?? []).filter((name) =>
    isFixed(services.settings.fixed, name),
  );
  if (fixed.length > 0) return refuse(interaction, readers, fixedRefusal(fixed), 'refused-fixed');
  const request = await settingsRequest(interaction, services);
  if ('refusal' in request) return refuse(interaction, readers, request.refusal, request.outcome);
  if ('modal' in request) {
    const settings = await services.settings.forGuild(interaction.guildId ?? '');
    await request.modal.showModal(limitsModal(settings, await readers.localeFor(true)));
    return 'modal';
  }
  return applyChange(interaction, request, services, readers);
}

/** The setting each control changes (the limits modal's fields say theirs). */
const CONTROLLED: Readonly<Record<string, readonly SettingName[]>> = {
  [SETTINGS_IDS.turboRoles]: ['turboRoleIds'],
  [SETTINGS_IDS.fastRoles]: ['fastRoleIds'],
  [SETTINGS_IDS.alertChannel]: ['alertChannelId'],
  [SETTINGS_IDS.clearAlertChannel]: ['alertChannelId'],
  [SETTINGS_IDS.language]: ['locale'],
};

/** A refusal of a control, said privately, with its outcome label. */
interface Refusal {
  refusal: Text;
  outcome: string;
}

/** What a control asks for: a change, the limits modal, or a refusal (with its outcome label). */
type SettingsRequest =
  | ChangeRequest
  /** The limits button: the modal opens in answer to it. */
  | { modal: ButtonInteraction }
  | Refusal;

interface ChangeRequest {
  update: SettingsUpdate;
  /**
   * What must still be asked of Discord before the change is made: only once the interaction is
   * acknowledged, since a lookup may take longer than Discord's 3 s. A refusal changes nothing.
   */
  check?: () => Promise<Refusal | undefined>;
}

const unknownControl: SettingsRequest = {
  refusal: msg('settings.refused.unknownControl'),
  outcome: 'unknown-control',
};

/** Reads the control's values, each checked as the environment variable's would be. */
async function settingsRequest(
  interaction: SettingsControlInteraction,
  services: BotServices,
): Promise<SettingsRequest> {
  const { customId } = interaction;
  if (interaction.isModalSubmit())
    return customId === SETTINGS_IDS.limits ? limitsRequest(interaction, services) : unknownControl;
  if (interaction.isButton()) {
    if (customId === SETTINGS_IDS.clearAlertChannel) return { update: { alertChannelId: undefined } };
    if (customId !== SETTINGS_IDS.limits) return unknownControl;
    const open = LIMIT_SETTINGS.filter((name) => !isFixed(services.settings.fixed, name));
    return open.length > 0
      ? { modal: interaction }
      : { refusal: fixedRefusal(LIMIT_SETTINGS), outcome: 'refused-fixed' };
  }
  if (interaction.isRoleSelectMenu()) {
    const [setting] = CONTROLLED[customId] ?? [];
    if (setting !== 'turboRoleIds' && setting !== 'fastRoleIds') return unknownControl;
    const roles = interaction.guild?.roles.cache;
    const valid =
      interaction.values.length <= MAX_ROLES &&
      interaction.values.every((id) => id !== interaction.guildId && roles?.has(id));
    return valid
      ? { update: { [setting]: interaction.values } }
      : { refusal: msg('settings.invalid.roles'), outcome: 'invalid' };
  }
  if (interaction.isChannelSelectMenu() && customId === SETTINGS_IDS.alertChannel) {
    return alertChannelRequest(interaction, services);
  }
  if (interaction.isStringSelectMenu() && customId === SETTINGS_IDS.language) {
    const [choice, ...more] = interaction.values;
    if (choice === DISCORD_LANGUAGE_OPTION && more.length === 0) return { update: { locale: undefined } };
    return choice !== undefined && isBotLocale(choice) && more.length === 0
      ? { update: { locale: choice } }
      : { refusal: msg('settings.invalid.language'), outcome: 'invalid' };
  }
  return unknownControl;
}

/** The alert channel picked: none clears it; one must be a text channel of this server, as Discord says. */
function alertChannelRequest(
  interaction: Extract<AnySelectMenuInteraction, { componentType: ComponentType.ChannelSelect }>,
  services: BotServices,
): SettingsRequest {
  const [channelId, ...more] = interaction.values;
  if (channelId === undefined) return { update: { alertChannelId: undefined } };
  const resolved = interaction.channels.get(channelId);
  if (more.length > 0 || resolved?.type !== ChannelType.GuildText) return notThisServer;
  const check = async () => {
    try {
      const guildId = await services.languages.channelGuild(channelId);
      return guildId === interaction.guildId ? undefined : notThisServer;
    } catch (error) {
      services.logger.warn(
        { err: error, channel: channelId },
        'could not check an alert channel with Discord',
      );
      return { refusal: msg('settings.notChecked.channel'), outcome: 'not-checked' };
    }
  };
  return { update: { alertChannelId: channelId }, check };
}

const notThisServer: Refusal = { refusal: msg('settings.invalid.channel'), outcome: 'invalid' };

/** What each refusal of a number says, by the kind of setting. */
const NUMBER_PROBLEMS = {
  maxMinutes: {
    notNumber: 'settings.invalid.maxMinutes.notNumber',
    notWhole: 'settings.invalid.maxMinutes.notWhole',
    tooSmall: 'settings.invalid.maxMinutes.tooSmall',
    tooLarge: 'settings.invalid.maxMinutes.tooLarge',
  },
  cooldown: {
    notNumber: 'settings.invalid.cooldown.notNumber',
    notWhole: 'settings.invalid.cooldown.notWhole',
    tooSmall: 'settings.invalid.cooldown.tooSmall',
    tooLarge: 'settings.invalid.cooldown.tooLarge',
  },
} as const satisfies Record<string, Record<NumberProblem, string>>;

const LIMIT_RULES = {
  turboMaxMinutes: { rule: MAX_MINUTES_RULE, problems: NUMBER_PROBLEMS.maxMinutes },
  fastMaxMinutes: { rule: MAX_MINUTES_RULE, problems: NUMBER_PROBLEMS.maxMinutes },
  cooldownSeconds: { rule: COOLDOWN_SECONDS_RULE, problems: NUMBER_PROBLEMS.cooldown },
} as const satisfies Record<LimitSetting, unknown>;

/**
 * The limits modal's fields: empty is none (no limit, no cooldown), anything else a whole number within
 * the variable's bounds. A field for a setting the operator fixed (a modal opened before, or forged)
 * refuses the whole submission, as does any field in error; the problems are listed together.
 */
function limitsRequest(interaction: ModalSubmitInteraction, services: BotServices): SettingsRequest {
  const submitted = LIMIT_SETTINGS.flatMap((name) => {
    const field = interaction.fields.fields.get(LIMIT_FIELDS[name]);
    return field && 'value' in field && typeof field.value === 'string'
      ? [{ name, text: field.value.trim() }]
      : [];
  });
  if (submitted.length === 0) return unknownControl;
  const fixed = submitted.map(({ name }) => name).filter((name) => isFixed(services.settings.fixed, name));
  if (fixed.length > 0) return { refusal: fixedRefusal(fixed), outcome: 'refused-fixed' };
  const update: SettingsUpdate = {};
  const problems: Text[] = [];
  for (const { name, text } of submitted) {
    if (text === '') {
      update[name] = undefined;
      continue;
    }
    const { rule, problems: words } = LIMIT_RULES[name];
    const read = readWholeNumber(text, rule);
    if ('value' in read) update[name] = read.value;
    else problems.push(msg(words[read.problem], { setting: settingLabel(name), ...rule }));
  }
  if (problems.length > 0)
    return { refusal: lines(...problems, msg('settings.invalid.nothingChanged')), outcome: 'invalid' };
  return { update };
}

/**
 * Stores the change and shows the settings as they now are, with what changed. The view the control sits
 * on is updated in place when it is the admin's private view; anything else gets a private answer.
 */
async function applyChange(
  interaction: SettingsControlInteraction,
  { update, check }: ChangeRequest,
  services: BotServices,
  readers: Readers,
): Promise<string> {
  if (onPrivateView(interaction)) await acknowledgeUpdate(interaction);
  else await acknowledgeDeferred(interaction, { flags: MessageFlags.Ephemeral });
  const guildId = interaction.guildId ?? '';
  const refused = await check?.();
  if (refused) {
    const settings = await services.settings.forGuild(guildId);
    await interaction.editReply(renderSettingsView(settings, await readers.localeFor(true), refused.refusal));
    return refused.outcome;
  }
  const outcome = await services.settings.change(guildId, interaction.user.id, update);
  const settings =
    outcome.kind === 'changed' ? outcome.event.settings : await services.settings.forGuild(guildId);
  await interaction.editReply(
    renderSettingsView(settings, await readers.localeFor(true), outcomeText(outcome)),
  );
  return outcome.kind === 'notSaved' ? 'not-saved' : outcome.kind;
}

function onPrivateView(interaction: SettingsControlInteraction): boolean {
  const message = interaction.isModalSubmit()
    ? interaction.isFromMessage()
      ? interaction.message
      : undefined
    : interaction.message;
  return message?.flags.has(MessageFlags.Ephemeral) ?? false;
}

function outcomeText(outcome: SettingsChangeOutcome): Text {
  switch (outcome.kind) {
    case 'changed':
      return lines(msg('settings.outcome.changed'), ...outcome.event.changes.map(changeLine));
    case 'unchanged':
      return msg('settings.outcome.unchanged');
    case 'fixed':
      return fixedRefusal(outcome.fixed);
    case 'notSaved':
      return msg('settings.outcome.notSaved');
  }
}
