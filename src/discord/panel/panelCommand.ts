import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { Readers } from '../../i18n/ServerLanguages.js';
import type { BotServices } from '../Command.js';
import { isAdmin } from '../isAdmin.js';
import { completeDeferred, deferWhile, replyNow } from '../replies.js';
import { adminsOnlyReply } from '../replyText.js';
import { postedReply, remappedPanelReply } from './panelReplies.js';

/**
 * `/speed panel`, for admins (as for reset): posts the account's live panel in the channel as a channel
 * message (an interaction's reply could be edited for 15 minutes only) and answers the admin privately.
 */
export async function postPanel(
  interaction: ChatInputCommandInteraction,
  account: string,
  services: BotServices,
  readers: Readers,
): Promise<string> {
  if (!isAdmin(interaction, services.adminRoleIds)) {
    await replyNow(interaction, adminsOnlyReply('postPanel', services.adminRoleIds), readers);
    return 'refused';
  }
  const outcome = await deferWhile(interaction, { flags: MessageFlags.Ephemeral }, () =>
    services.panels.post({
      channelId: interaction.channelId,
      guildId: interaction.guildId ?? '',
      account,
      userId: interaction.user.id,
    }),
  );
  await completeDeferred(interaction, postedReply(outcome), readers);
  return outcome.kind === 'posted' ? 'posted' : `not-posted:${outcome.kind}`;
}

/**
 * Refuses, privately, a click on a panel that shows another account than the one CHANNEL_MAP now gives its
 * channel (the operator remapped it): its buttons would switch an account it does not show. Resolves to
 * whether it refused; then nothing was sent upstream.
 */
export async function refusedRemappedPanelClick(
  interaction: ButtonInteraction,
  account: string,
  services: BotServices,
  readers: Readers,
): Promise<boolean> {
  const shown = await services.panels.accountShown(interaction.channelId, interaction.message.id);
  if (shown === undefined || shown === account) return false;
  await replyNow(interaction, remappedPanelReply(), readers);
  return true;
}
