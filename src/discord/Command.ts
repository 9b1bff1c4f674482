import type {
  AnySelectMenuInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { ServerLanguages } from '../i18n/ServerLanguages.js';
import type { Text } from '../i18n/text.js';
import type { Logger } from '../log.js';
import type { BotMetrics } from '../ops/metrics.js';
import type { TeamSettingsService } from '../settings/TeamSettingsService.js';
import type { ChannelMap } from '../speed/channelMap.js';
import type { SpeedService } from '../speed/SpeedService.js';
import type { OnceClaims } from '../state/OnceClaims.js';
import type { CallLog, Upstream } from '../upstream/port.js';
import type { TeamAlerts } from './alerts/TeamAlerts.js';
import type { LivePanels } from './panel/LivePanels.js';

/** What commands need from the running bot. */
export interface BotServices {
  speed: SpeedService;
  /** Which upstream serves the account, and how replies name it. */
  upstream: Pick<Upstream, 'name' | 'displayName' | 'words' | 'resetTrustsCaptcha'>;
  adminRoleIds: readonly string[];
  /** CHANNEL_MAP: which account each Discord channel uses; `undefined`: its own id. */
  channelMap: ChannelMap | undefined;
  /** Where state lives, as shown to users ("SQLite file …", "Redis at …"). */
  storeDescription: Text;
  logger: Logger;
  metrics: BotMetrics;
  /** Each server's team settings: who may use Turbo and Fast, for how long, the cooldown, alerts, language. */
  settings: TeamSettingsService;
  /** What admins are told in the alert channel. */
  alerts: TeamAlerts;
  /** In which language each reply is read; which server a channel belongs to. */
  languages: Pick<ServerLanguages, 'readers' | 'guildOf' | 'channelGuild'>;
  /**
   * With state shared between processes, which process acts on an interaction they all received (by
   * interaction id); `undefined` when the store is this process's own and every interaction is its own.
   */
  interactionClaims: OnceClaims | undefined;
  /** The live panels (`/speed panel`). */
  panels: Pick<LivePanels, 'post' | 'accountShown'>;
}

/**
 * One slash command: its definition (shared by deploy and the runtime) and its handlers. Buttons whose
 * custom_id starts with `<name>:` are routed to `handleButton`, select menus and modals to `handleComponent`.
 */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /**
   * Handles the command and resolves to a short outcome label for logs and metrics; the upstream calls it
   * makes are noted in `calls` (passed on to the upstream) for the interaction's log line.
   */
  execute(interaction: ChatInputCommandInteraction, services: BotServices, calls: CallLog): Promise<string>;
  handleButton?(interaction: ButtonInteraction, services: BotServices, calls: CallLog): Promise<string>;
  handleComponent?(
    interaction: AnySelectMenuInteraction | ModalSubmitInteraction,
    services: BotServices,
  ): Promise<string>;
}
