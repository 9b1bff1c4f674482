import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import { acknowledgeDeferred } from '../src/discord/acknowledgement.js';
import type { BotServices, Command } from '../src/discord/Command.js';
import { describedAs } from '../src/discord/commandDescriptions.js';
import {
  RESET_BUTTON_ID,
  RESET_SOLVED_BUTTON_ID,
  resetPrivateNote,
  resetReply,
  solveCaptchaFirst,
} from '../src/discord/haltReplies.js';
import { isAdmin } from '../src/discord/isAdmin.js';
import { modesLine } from '../src/discord/modeAccess.js';
import { postPanel, refusedRemappedPanelClick } from '../src/discord/panel/panelCommand.js';
import { panelButtonMode } from '../src/discord/panel/panelMessage.js';
import { completeDeferred, deferWhile, replyNow, replyPrivately } from '../src/discord/replies.js';
import { adminsOnlyReply, captchaLink } from '../src/discord/replyText.js';
import { handleSettingsControl, showSettings } from '../src/discord/settings/settingsInteractions.js';
import { withSettingsHistory } from '../src/discord/settings/settingsText.js';
import { SETTINGS_ID_PREFIX } from '../src/discord/settings/settingsView.js';
import { memberOf, type Repliable, requestSpeed, settingsOf } from '../src/discord/speedRequest.js';
import { historyReply, statusReply } from '../src/discord/statusReplies.js';
import { invalidMinutesReply, notSetUpReply } from '../src/discord/switchReplies.js';
import type { Readers } from '../src/i18n/ServerLanguages.js';
import { lines, type Message, msg } from '../src/i18n/text.js';
import { modeRulesOf } from '../src/settings/teamSettings.js';
import { accountFor } from '../src/speed/channelMap.js';
import { isTimedMode, isValidMinutes, TIMED_MINUTES } from '../src/speed/timedSpeed.js';
import { isSpeedMode, SPEED_MODES, type SpeedMode } from '../src/speedModes.js';
import { HISTORY_LIMIT } from '../src/state/History.js';
import type { CallLog } from '../src/upstream/port.js';

const MODE_DESCRIPTIONS = {
  fast: msg('command.speed.fast'),
  turbo: msg('command.speed.turbo'),
  relax: msg('command.speed.relax'),
} as const satisfies Record<SpeedMode, Message>;

/**
 * The answer to a `speed:` button this version does not know (from an older or newer version's message):
 * only the exact Reset id may run a reset, an admin action.
 */
const UNSUPPORTED_BUTTON = msg('speed.unsupportedButton');

/** The option of fast/turbo that makes the change timed. */
const MINUTES_OPTION = 'minutes';

// Descriptions in every language with a catalog (see describedAs); names stay English for everyone.
const data = describedAs(new SlashCommandBuilder().setName('speed'), msg('command.speed')).setContexts(
  InteractionContextType.Guild,
);
for (const mode of SPEED_MODES) {
  data.addSubcommand((sub) => {
    describedAs(sub.setName(mode), MODE_DESCRIPTIONS[mode]);
    if (isTimedMode(mode)) {
      sub.addIntegerOption((option) =>
        describedAs(option.setName(MINUTES_OPTION), msg('command.speed.minutes', TIMED_MINUTES))
          .setMinValue(TIMED_MINUTES.min)
          .setMaxValue(TIMED_MINUTES.max),
      );
    }
    return sub;
  });
}
data
  .addSubcommand((sub) => describedAs(sub.setName('reset'), msg('command.speed.reset')))
  .addSubcommand((sub) => describedAs(sub.setName('status'), msg('command.speed.status')))
  .addSubcommand((sub) =>
    describedAs(sub.setName('history'), msg('command.speed.history', { count: HISTORY_LIMIT })),
  )
  .addSubcommand((sub) => describedAs(sub.setName('panel'), msg('command.speed.panel')))
  .addSubcommand((sub) => describedAs(sub.setName('settings'), msg('settings.commandDescription')));

/**
 * `/speed reset` and the Reset buttons. Unless the admin already saw it (`solvedFirst`), a CAPTCHA lock
 * the upstream gives a link for is shown to the admin privately first, with the Reset to press once solved.
 */
async function reset(
  interaction: Repliable,
  account: string,
  services: BotServices,
  readers: Readers,
  calls: CallLog,
  solvedFirst = false,
): Promise<string> {
  if (!isAdmin(interaction, services.adminRoleIds)) {
    await replyNow(interaction, adminsOnlyReply('reset', services.adminRoleIds), readers);
    return 'refused';
  }
  // Deferred before the reset starts, as the bot process that acts on this press (see acknowledgeDeferred).
  await acknowledgeDeferred(interaction, {});
  const { words } = services.upstream;
  if (!solvedFirst && services.upstream.resetTrustsCaptcha) {
    const report = await services.speed.account(account, calls);
    const locked = report.kind === 'success' && report.value.flagged && report.value.cause === 'captcha';
    const link = locked ? captchaLink(report.value.captchaUrl) : undefined;
    if (link) {
      await completeDeferred(interaction, solveCaptchaFirst(link, words), readers);
      return 'captcha-first';
    }
  }
  const result = await services.speed.reset(account, { userId: interaction.user.id, calls });
  // The admins hear of a reset that was done even if Discord then refuses the reply.
  if (result.kind === 'reset') {
    const by = { userId: interaction.user.id, channelId: interaction.channelId ?? account };
    services.alerts.accountReset(interaction.id, account, by, result.account);
  }
  await completeDeferred(interaction, resetReply(result, interaction.user.id, words), readers);
  // A CAPTCHA link is for this admin alone: a private follow-up, never part of the channel's message.
  const privateNote = resetPrivateNote(result, words);
  if (privateNote) await replyPrivately(interaction, { content: privateNote, ephemeral: true }, readers);
  return result.kind === 'failed' ? `failed:${result.outcome.kind}` : result.kind;
}

async function status(
  interaction: ChatInputCommandInteraction,
  account: string,
  services: BotServices,
  readers: Readers,
  calls: CallLog,
): Promise<string> {
  const member = memberOf(interaction, services);
  const [channelStatus, upstreamAccount, settings] = await deferWhile(
    interaction,
    { flags: MessageFlags.Ephemeral },
    () =>
      Promise.all([
        services.speed.status(account, {
          fastTime: true,
          userId: interaction.user.id,
          channelId: interaction.channelId,
          calls,
        }),
        member.admin ? services.speed.account(account, calls) : undefined,
        settingsOf(interaction, services),
      ]),
  );
  const reply = statusReply(channelStatus, {
    storeDescription: services.storeDescription,
    words: services.upstream.words,
    ...(upstreamAccount && { account: upstreamAccount }),
    ...(account !== interaction.channelId && { mappedAccount: account }),
  });
  const content = lines(reply.content, modesLine(member, modeRulesOf(settings.values)));
  await completeDeferred(interaction, { ...reply, content }, readers);
  return channelStatus.halt ? 'halted' : 'ok';
}

async function history(
  interaction: ChatInputCommandInteraction,
  account: string,
  services: BotServices,
  readers: Readers,
): Promise<string> {
  const [entries, settingsChanges] = await deferWhile(interaction, { flags: MessageFlags.Ephemeral }, () =>
    Promise.all([services.speed.history(account), services.settings.history(interaction.guildId ?? '')]),
  );
  const reply = historyReply(entries, services.upstream.words);
  await completeDeferred(interaction, withSettingsHistory(reply, settingsChanges ?? []), readers);
  return entries ? 'ok' : 'store-unavailable';
}

/** `/speed fast|turbo|relax [minutes]`: answered in the channel, where everyone sees the change. */
async function switchSpeed(
  interaction: ChatInputCommandInteraction,
  mode: SpeedMode,
  account: string,
  services: BotServices,
  readers: Readers,
  calls: CallLog,
): Promise<string> {
  const asked = interaction.options.getInteger(MINUTES_OPTION) ?? undefined;
  if (asked !== undefined && !isValidMinutes(asked)) {
    await replyNow(interaction, invalidMinutesReply(), readers);
    return 'invalid-minutes';
  }
  return requestSpeed(
    interaction,
    { mode, minutes: asked, answer: 'channel' },
    account,
    services,
    readers,
    calls,
  );
}

/** The account for the interaction's channel, or `undefined` after answering "not set up here". */
async function routedAccount(
  interaction: Repliable,
  services: BotServices,
  readers: Readers,
): Promise<string | undefined> {
  const account = accountFor(services.channelMap, interaction.channelId ?? '');
  if (account === undefined && services.channelMap) {
    await replyNow(interaction, notSetUpReply(services.channelMap), readers);
  }
  return account;
}

export default {
  data,
  async execute(interaction, services, calls) {
    const readers = services.languages.readers(interaction);
    const subcommand = interaction.options.getSubcommand();
    // Settings belong to the server, not to an account: they work in any of its channels.
    if (subcommand === 'settings') return showSettings(interaction, services, readers);
    const account = await routedAccount(interaction, services, readers);
    if (account === undefined) return 'not-set-up';
    if (isSpeedMode(subcommand))
      return switchSpeed(interaction, subcommand, account, services, readers, calls);
    if (subcommand === 'reset') return reset(interaction, account, services, readers, calls);
    if (subcommand === 'status') return status(interaction, account, services, readers, calls);
    if (subcommand === 'history') return history(interaction, account, services, readers);
    if (subcommand === 'panel') return postPanel(interaction, account, services, readers);
    throw new Error(`unknown subcommand ${subcommand}`);
  },
  async handleButton(interaction, services, calls) {
    const readers = services.languages.readers(interaction);
    if (interaction.customId.startsWith(SETTINGS_ID_PREFIX))
      return handleSettingsControl(interaction, services, readers);
    const solved = interaction.customId === RESET_SOLVED_BUTTON_ID;
    // A live panel's mode button: that member's request, under every rule of the command, answered privately.
    const panelMode = panelButtonMode(interaction.customId);
    if (interaction.customId !== RESET_BUTTON_ID && !solved && !panelMode) {
      await replyNow(interaction, { content: UNSUPPORTED_BUTTON, ephemeral: true }, readers);
      return 'unsupported-button';
    }
    const account = await routedAccount(interaction, services, readers);
    if (account === undefined) return 'not-set-up';
    if (panelMode) {
      if (await refusedRemappedPanelClick(interaction, account, services, readers)) return 'panel-remapped';
      const request = { mode: panelMode, minutes: undefined, answer: 'private' } as const;
      return requestSpeed(interaction, request, account, services, readers, calls);
    }
    return reset(interaction, account, services, readers, calls, solved);
  },
  async handleComponent(interaction, services) {
    const readers = services.languages.readers(interaction);
    if (interaction.customId.startsWith(SETTINGS_ID_PREFIX))
      return handleSettingsControl(interaction, services, readers);
    await replyNow(interaction, { content: UNSUPPORTED_BUTTON, ephemeral: true }, readers);
    return 'unsupported-component';
  },
} satisfies Command;
