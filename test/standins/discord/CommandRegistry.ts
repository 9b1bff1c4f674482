import { type APIApplicationCommand, Locale } from 'discord-api-types/v10';
import { type DiscordErrorResponse, invalidFormBody } from './errors.js';
import { asObject } from './messages.js';

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const CHAT_INPUT = 1;
/** Discord's locale codes: the keys a localization dictionary may have (openapi.json, AvailableLocalesEnum). */
const LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));
/** A description and each of its translations: 1–100 characters (openapi.json, ApplicationCommandUpdateRequest). */
const DESCRIPTION_LENGTH = { min: 1, max: 100 } as const;
/** The dictionaries Discord keeps per command and per option, and lists only when asked (`with_localizations`). */
const LOCALIZATIONS = ['name_localizations', 'description_localizations'] as const;

type Json = Record<string, unknown>;

const badLength = (path: string) =>
  invalidFormBody(
    path,
    'BASE_TYPE_BAD_LENGTH',
    `Must be between ${DESCRIPTION_LENGTH.min} and ${DESCRIPTION_LENGTH.max} in length.`,
  );
const fitsDescription = (text: unknown) =>
  typeof text === 'string' && text.length >= DESCRIPTION_LENGTH.min && text.length <= DESCRIPTION_LENGTH.max;

/**
 * Discord's checks of a chat-input command's or option's descriptions at `path`, its options' in turn:
 * the description, and each translation in `description_localizations` under a locale Discord knows.
 * (Discord does not document the inner error code for an unknown locale; the stand-in's is its own.)
 */
function descriptionProblem(node: Json, path: string): DiscordErrorResponse | undefined {
  if (!fitsDescription(node.description)) return badLength(`${path}description`);
  const translations = node.description_localizations;
  if (translations !== undefined && translations !== null) {
    for (const [locale, text] of Object.entries(asObject(translations))) {
      const field = `${path}description_localizations.${locale}`;
      if (!LOCALES.has(locale)) return invalidFormBody(field, 'LOCALE_INVALID', 'Invalid locale.');
      if (text !== null && !fitsDescription(text)) return badLength(field);
    }
  }
  const options = Array.isArray(node.options) ? node.options : [];
  for (const [index, option] of options.entries()) {
    const problem = descriptionProblem(asObject(option), `${path}options.${index}.`);
    if (problem) return problem;
  }
  return undefined;
}

/** `node` and each option in it, at any depth, as `change` makes them (a copy: `node` stays as it was). */
function atEveryLevel(node: Json, change: (level: Json) => void): Json {
  const copy: Json = { ...node };
  change(copy);
  if (Array.isArray(node.options))
    copy.options = node.options.map((option) => atEveryLevel(asObject(option), change));
  return copy;
}

/** The command as Discord stores it: every level has its dictionaries, `null` when none was sent. */
const withLocalizations = (command: Json) =>
  atEveryLevel(command, (level) => {
    for (const field of LOCALIZATIONS) level[field] ??= null;
  });

/**
 * The command as a GET lists it without `with_localizations=true`: no dictionaries at any level (Discord
 * docs, Get Global Application Commands: "Whether to include full localization dictionaries
 * (name_localizations and description_localizations) in the returned objects"; default false).
 */
const withoutLocalizations = (command: Json) =>
  atEveryLevel(command, (level) => {
    for (const field of LOCALIZATIONS) delete level[field];
  });

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

  /**
   * The commands of a guild, or the global ones, as `GET .../commands` lists them: the localization
   * dictionaries only with `withLocalizations` (the request's `with_localizations=true`).
   */
  list(guildId?: string, { withLocalizations = false } = {}): APIApplicationCommand[] {
    const commands = this.#commands.get(guildId ?? 'global') ?? [];
    if (withLocalizations) return commands;
    return commands.map(
      (command) => withoutLocalizations(command as unknown as Json) as unknown as APIApplicationCommand,
    );
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
      if (type === CHAT_INPUT) {
        const problem = descriptionProblem(command, `${index}.`);
        if (problem) return problem;
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
        ...(withLocalizations(command) as Partial<APIApplicationCommand>),
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
