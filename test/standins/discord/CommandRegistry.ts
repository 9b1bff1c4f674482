import type { APIApplicationCommand } from 'discord-api-types/v10';
import { type DiscordErrorResponse, invalidFormBody } from './errors.js';
import { asObject } from './messages.js';

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const CHAT_INPUT = 1;

/**
 * Application commands as bulk-overwritten globally or per guild. Like Discord, overwriting a command
 * with the same name and type keeps its id.
 */
export class CommandRegistry {
  readonly #applicationId: string;
  readonly #nextId: () => string;
  readonly #commands = new Map<string, APIApplicationCommand[]>();
  readonly #ids = new Map<string, string>();

  constructor(applicationId: string, nextId: () => string) {
    this.#applicationId = applicationId;
    this.#nextId = nextId;
  }

  /** The commands of a guild, or the global ones. */
  list(guildId?: string): APIApplicationCommand[] {
    return this.#commands.get(guildId ?? 'global') ?? [];
  }

  /** `PUT .../commands`: validates like Discord (names, descriptions, duplicates) and stores. */
  overwrite(body: unknown, guildId?: string): APIApplicationCommand[] | DiscordErrorResponse {
    if (!Array.isArray(body)) return invalidFormBody('_root', 'BASE_TYPE_BAD_TYPE', 'Must be an array.');
    const scope = guildId ?? 'global';
    const seen = new Set<string>();
    const commands: APIApplicationCommand[] = [];
    for (const [index, raw] of body.entries()) {
      const command = asObject(raw);
      const type = typeof command.type === 'number' ? command.type : CHAT_INPUT;
      const name = command.name;
      if (
        typeof name !== 'string' ||
        !COMMAND_NAME.test(name) ||
        (type === CHAT_INPUT && name !== name.toLowerCase())
      ) {
        return invalidFormBody(
          `${index}.name`,
          'APPLICATION_COMMAND_INVALID_NAME',
          'Command name is invalid',
        );
      }
      const description = typeof command.description === 'string' ? command.description : '';
      if (type === CHAT_INPUT && (description.length < 1 || description.length > 100)) {
        return invalidFormBody(
          `${index}.description`,
          'BASE_TYPE_BAD_LENGTH',
          'Must be between 1 and 100 in length.',
        );
      }
      const key = `${scope}:${type}:${name}`;
      if (seen.has(key)) {
        return invalidFormBody(
          `${index}.name`,
          'APPLICATION_COMMANDS_DUPLICATE_NAME',
          'Application command names must be unique',
        );
      }
      seen.add(key);
      commands.push({
        ...(command as Partial<APIApplicationCommand>),
        id: this.#stableId(key),
        application_id: this.#applicationId,
        version: this.#nextId(),
        type,
        name,
        description,
        default_member_permissions:
          typeof command.default_member_permissions === 'string' ? command.default_member_permissions : null,
        nsfw: command.nsfw === true,
        ...(guildId === undefined ? {} : { guild_id: guildId }),
      } as APIApplicationCommand);
    }
    this.#commands.set(scope, commands);
    return commands;
  }

  /**
   * The id an invocation of chat-input command `name` carries: the guild's registration, else the
   * global one, else a stable made-up id (so tests need not deploy first).
   */
  idFor(name: string, guildId: string | undefined): { id: string; guildId?: string } {
    const find = (scope: string) =>
      this.#commands.get(scope)?.find((command) => command.name === name && command.type === CHAT_INPUT);
    const inGuild = guildId === undefined ? undefined : find(guildId);
    if (inGuild) return { id: inGuild.id, guildId: inGuild.guild_id };
    const global = find('global');
    return { id: global?.id ?? this.#stableId(`unregistered:${name}`) };
  }

  #stableId(key: string): string {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#nextId();
      this.#ids.set(key, id);
    }
    return id;
  }
}
