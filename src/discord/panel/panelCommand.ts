import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { Readers } from '../../i18n/ServerLanguages.js';
import type { BotServices } from '../Command.js';
import { isAdmin } from '../isAdmin.js';
import { completeDeferred, deferWhile, replyNow } from '../replies.js';
import { adminsOnlyReply } from '../replyText.js';
import { postedReply } from './panelReplies.js';

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
