import { type Interaction, MessageFlags, type RepliableInteraction } from 'discord.js';
import type { MessageKey } from '../i18n/catalogs/en-US.js';
import { catalogLocale } from '../i18n/locales.js';
import { render } from '../i18n/render.js';
import { msg } from '../i18n/text.js';
import { withinTime } from '../timeLimit.js';
import type { CallLog } from '../upstream/port.js';
import { ClaimedElsewhereError, claimPending, claimWon, isAlreadyAcknowledged } from './acknowledgement.js';
import type { BotServices, Command } from './Command.js';
import type { GuildAccess } from './GuildAccess.js';

/**
 * How long an interaction's claim may take before the process stops waiting for the store: the claim comes
 * before the acknowledgement, which Discord wants within 3 s.
 */
export const INTERACTION_CLAIM_WAIT_MS = 1_000;

/** How long a claim on an interaction is kept: past its token's 15 minutes, nobody can act on it. */
export const INTERACTION_CLAIM_TTL_MS = 3_600_000;

/** A component's log and metrics label: its kind and custom id. */
function componentLabel(interaction: RepliableInteraction): string {
  if (interaction.isButton()) return `button:${interaction.customId}`;
  if (interaction.isAnySelectMenu()) return `select:${interaction.customId}`;
  if (interaction.isModalSubmit()) return `modal:${interaction.customId}`;
  return 'other';
}

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
    if (
      !interaction.isChatInputCommand() &&
      !interaction.isButton() &&
      !interaction.isAnySelectMenu() &&
      !interaction.isModalSubmit()
    )
      return;
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
    // A fixed set of names (subcommands, component ids), safe as a metrics label.
    const subcommand = interaction.isChatInputCommand()
      ? (interaction.options.getSubcommand(false) ?? interaction.commandName)
      : componentLabel(interaction);
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
      outcome = (await this.ours(interaction, context))
        ? await this.dispatch(interaction, upstream)
        : 'claimed-elsewhere';
    } catch (error) {
      if (isAlreadyAcknowledged(error)) {
        // Not a failure: another bot process on this token answered it, and only that one acts on it.
        outcome = 'answered-elsewhere';
      } else if (error instanceof ClaimedElsewhereError) {
        // Acknowledged here, but the claim answered late for another process, which completes the reply.
        outcome = 'claimed-elsewhere';
      } else {
        this.services.logger.error({ ...context, err: error }, 'interaction failed');
        await this.answerAfterError(interaction);
        outcome = 'error';
      }
    }
    this.services.metrics.recordInteraction(subcommand, outcome);
    const ms = Math.round(performance.now() - started);
    this.services.logger.info(
      { ...context, outcome, upstreamName: this.services.upstream.name, upstream, ms },
      'interaction',
    );
  }

  /**
   * Whether this process acts on the interaction. Discord sends it to every session of the shard, so with
   * the state shared between processes the first to claim its id in the store takes it, before anything is
   * acknowledged or sent upstream; the others leave it alone. A claim that takes longer than Discord's
   * deadline allows is not dropped: the acknowledgement goes out, then the claim still decides once it
   * answers, and only if the store says nothing does Discord's choice of acknowledgement (see
   * `acknowledgeDeferred`). With a store of its own (SQLite) the process is alone by design and claims
   * nothing, so its replies lose no time to it.
   */
  private async ours(interaction: RepliableInteraction, context: object): Promise<boolean> {
    const claims = this.services.interactionClaims;
    if (!claims) return true;
    const claim = claims.claim(`interaction:${interaction.id}`);
    try {
      const won = await withinTime(
        claim,
        INTERACTION_CLAIM_WAIT_MS,
        () => new Error(`the store did not answer within ${INTERACTION_CLAIM_WAIT_MS} ms`),
      );
      if (won) claimWon(interaction);
      return won;
    } catch (error) {
      this.services.logger.warn(
        { ...context, err: error },
        'could not claim the interaction in the store in time: acknowledging it, then acting as the claim says once it answers',
      );
      claimPending(interaction, claim);
      return true;
    }
  }

  private async dispatch(interaction: RepliableInteraction, calls: CallLog): Promise<string> {
    if (!this.accepting) return this.refuse(interaction, 'router.shuttingDown', 'shutting-down');
    if (!interaction.inGuild()) return this.refuse(interaction, 'router.guildOnly', 'not-in-guild');
    // Before any command or button: nothing from another server reaches the store or the upstream.
    if (!this.guildAccess.allows(interaction.guildId)) {
      return this.refuse(interaction, 'router.otherGuild', 'other-guild');
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
    if (interaction.isAnySelectMenu() || interaction.isModalSubmit()) {
      const command = this.commands.get(interaction.customId.split(':')[0] ?? '');
      if (!command?.handleComponent) throw new Error(`no handler for component ${interaction.customId}`);
      return command.handleComponent(interaction, this.services);
    }
    return 'ignored';
  }

  /** A private refusal, in the member's language. */
  private async refuse(interaction: RepliableInteraction, key: MessageKey, outcome: string): Promise<string> {
    const content = render(msg(key), catalogLocale(interaction.locale));
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return outcome;
  }

  /** Best effort: Discord may itself be what failed (expired token, missing access). */
  private async answerAfterError(interaction: RepliableInteraction): Promise<void> {
    // Private whichever way it is sent: the member's language.
    const payload = {
      content: render(msg('router.unexpected'), catalogLocale(interaction.locale)),
      allowedMentions: { parse: [] },
    };
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
