import { type Interaction, MessageFlags, type RepliableInteraction } from 'discord.js';
import type { CallLog } from '../upstream/port.js';
import type { BotServices, Command } from './Command.js';
import type { GuildAccess } from './GuildAccess.js';

const GUILD_ONLY = 'This bot works in server channels only: use `/speed` in a channel of your server.';
const OTHER_GUILD =
  "This bot serves only its own team's servers, and this server is not one of them, so nothing was done. If you run this server and want the bot, set up your own copy.";
const SHUTTING_DOWN = 'The bot is restarting. Try again in a moment.';
const UNEXPECTED =
  "Something went wrong inside the bot, so this request may not have finished. Check `/speed status`, then try again; if it keeps happening, tell the bot's operator.";

/**
 * The edge between discord.js and the commands: routes each interaction, answers every one of them even
 * when a handler throws, logs one line per interaction, and knows which are still running so a shutdown
 * can wait for them.
 */
export class InteractionRouter {
  private readonly inFlight = new Set<Promise<void>>();
  private accepting = true;

  constructor(
    private readonly commands: ReadonlyMap<string, Command>,
    private readonly services: BotServices,
    private readonly guildAccess: GuildAccess,
  ) {}

  /** The `interactionCreate` listener. */
  readonly handle = (interaction: Interaction): void => {
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const task = this.route(interaction).finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  };

  /** Refuses new work and waits up to `timeoutMs` for the interactions already running. */
  async drain(timeoutMs: number): Promise<void> {
    this.accepting = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
    clearTimeout(timer);
  }

  private async route(interaction: RepliableInteraction): Promise<void> {
    const started = performance.now();
    // A fixed set of names (subcommands, button ids), safe as a metrics label.
    const subcommand = interaction.isChatInputCommand()
      ? (interaction.options.getSubcommand(false) ?? interaction.commandName)
      : `button:${interaction.isButton() ? interaction.customId : 'other'}`;
    const context = {
      subcommand,
      guild: interaction.guildId,
      channel: interaction.channelId,
      user: interaction.user.id,
    };
    // A request that joined another's call (coalesced) notes none: it made none.
    const upstream: CallLog = [];
    let outcome: string;
    try {
      outcome = await this.dispatch(interaction, upstream);
    } catch (error) {
      this.services.logger.error({ ...context, err: error }, 'interaction failed');
      await this.answerAfterError(interaction);
      outcome = 'error';
    }
    this.services.metrics.recordInteraction(subcommand, outcome);
    const ms = Math.round(performance.now() - started);
    this.services.logger.info(
      { ...context, outcome, upstreamName: this.services.upstream.name, upstream, ms },
      'interaction',
    );
  }

  private async dispatch(interaction: RepliableInteraction, calls: CallLog): Promise<string> {
    if (!this.accepting) return this.refuse(interaction, SHUTTING_DOWN, 'shutting-down');
    if (!interaction.inGuild()) return this.refuse(interaction, GUILD_ONLY, 'not-in-guild');
    // Before any command or button: nothing from another server reaches the store or the upstream.
    if (!this.guildAccess.allows(interaction.guildId)) {
      return this.refuse(interaction, OTHER_GUILD, 'other-guild');
    }
    if (interaction.isChatInputCommand()) {
      const command = this.commands.get(interaction.commandName);
      if (!command) throw new Error(`no command named ${interaction.commandName}`);
      return command.execute(interaction, this.services, calls);
    }
    if (interaction.isButton()) {
      const command = this.commands.get(interaction.customId.split(':')[0] ?? '');
      if (!command?.handleButton) throw new Error(`no handler for button ${interaction.customId}`);
      return command.handleButton(interaction, this.services, calls);
    }
    return 'ignored';
  }

  private async refuse(interaction: RepliableInteraction, content: string, outcome: string): Promise<string> {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return outcome;
  }

  /** Best effort: Discord may itself be what failed (expired token, missing access). */
  private async answerAfterError(interaction: RepliableInteraction): Promise<void> {
    const payload = { content: UNEXPECTED, allowedMentions: { parse: [] } };
    try {
      if (interaction.deferred) await interaction.editReply(payload);
      else if (interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
      else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
    } catch (error) {
      this.services.logger.warn(
        { err: error, channel: interaction.channelId },
        'could not tell the user about the failure',
      );
    }
  }
}
