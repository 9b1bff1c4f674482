import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotServices, Command } from '../src/discord/Command.js';
import { isAdmin } from '../src/discord/isAdmin.js';
import { completeDeferred, replyNow } from '../src/discord/replies.js';
import { adminsDescription, resetReply, statusReply, switchReply } from '../src/discord/speedReplies.js';
import { isSpeedMode, SPEED_MODES, type SpeedMode } from '../src/speedModes.js';

const MODE_DESCRIPTIONS = {
  fast: 'Switch the shared Midjourney account to Fast mode (uses fast hours)',
  turbo: 'Switch the shared Midjourney account to Turbo mode (fastest, uses twice the fast hours)',
  relax: 'Switch the shared Midjourney account to Relax mode (no fast hours, slower)',
} as const satisfies Record<SpeedMode, string>;

const data = new SlashCommandBuilder()
  .setName('speed')
  .setDescription("Switch or check the shared Midjourney account's speed mode")
  .setContexts(InteractionContextType.Guild);
for (const mode of SPEED_MODES) {
  data.addSubcommand((sub) => sub.setName(mode).setDescription(MODE_DESCRIPTIONS[mode]));
}
data
  .addSubcommand((sub) =>
    sub
      .setName('reset')
      .setDescription('Admins: clear a moderation halt after it was resolved in Midjourney'),
  )
  .addSubcommand((sub) =>
    sub.setName('status').setDescription('Show whether this channel is halted and the last change'),
  );

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

async function reset(interaction: Repliable, services: BotServices): Promise<string> {
  if (!isAdmin(interaction, services.adminRoleIds)) {
    await replyNow(interaction, {
      content: `Only ${adminsDescription(services.adminRoleIds)} can reset the Midjourney account. Nothing was changed.`,
      ephemeral: true,
    });
    return 'refused';
  }
  await interaction.deferReply();
  const result = await services.speed.reset(interaction.channelId);
  await completeDeferred(interaction, resetReply(result, interaction.user.id));
  return result.kind === 'failed' ? `failed:${result.outcome.kind}` : result.kind;
}

async function status(interaction: ChatInputCommandInteraction, services: BotServices): Promise<string> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const admin = isAdmin(interaction, services.adminRoleIds);
  const [channelStatus, account] = await Promise.all([
    services.speed.status(interaction.channelId),
    admin ? services.speed.account(interaction.channelId) : undefined,
  ]);
  await completeDeferred(interaction, statusReply(channelStatus, services.storeDescription, account));
  return channelStatus.halt ? 'halted' : 'ok';
}

async function switchSpeed(
  interaction: ChatInputCommandInteraction,
  mode: SpeedMode,
  services: BotServices,
): Promise<string> {
  // Acknowledge before anything slow: Discord drops interactions not answered within 3 s.
  await interaction.deferReply();
  const result = await services.speed.switchSpeed(interaction.channelId, mode, {
    userId: interaction.user.id,
  });
  await completeDeferred(interaction, switchReply(result, interaction.user.id, services.adminRoleIds));
  return result.kind === 'failed' ? `failed:${result.outcome.kind}` : result.kind;
}

export default {
  data,
  async execute(interaction, services) {
    const subcommand = interaction.options.getSubcommand();
    if (isSpeedMode(subcommand)) return switchSpeed(interaction, subcommand, services);
    if (subcommand === 'reset') return reset(interaction, services);
    if (subcommand === 'status') return status(interaction, services);
    throw new Error(`unknown subcommand ${subcommand}`);
  },
  handleButton: reset,
} satisfies Command;
