/**
 * Discord's own limits on a slash command as `PUT .../commands` takes it, read from its OpenAPI
 * description (an excerpt in test/fixtures/discord-openapi-application-commands.json): the command
 * (ApplicationCommandUpdateRequest), each option by its `type`, and the locale codes a localization
 * dictionary may use (AvailableLocalesEnum).
 */
import { readFileSync } from 'node:fs';

interface StringSchema {
  readonly minLength?: number;
  readonly maxLength?: number;
}

interface DictionarySchema {
  readonly maxProperties?: number;
  readonly additionalProperties?: StringSchema;
}

interface NodeSchema {
  readonly required?: readonly string[];
  readonly properties: {
    readonly type?: { readonly enum?: readonly number[] };
    readonly name?: StringSchema;
    readonly name_localizations?: DictionarySchema;
    readonly description?: StringSchema;
    readonly description_localizations?: DictionarySchema;
    readonly options?: { readonly maxItems?: number; readonly items: { readonly oneOf: readonly Ref[] } };
  };
}

interface Ref {
  readonly $ref: string;
}

const { schemas } = JSON.parse(
  readFileSync(new URL('../fixtures/discord-openapi-application-commands.json', import.meta.url), 'utf8'),
) as { schemas: Record<string, unknown> };

const byRef = (ref: Ref) => schemas[ref.$ref.replace('#/components/schemas/', '')] as NodeSchema;

const LOCALES: ReadonlySet<string> = new Set(
  (schemas.AvailableLocalesEnum as { oneOf: { const: string }[] }).oneOf.map((locale) => locale.const),
);

type Json = Record<string, unknown>;

function stringProblem(value: unknown, schema: StringSchema | undefined, path: string): string[] {
  if (value === undefined || schema === undefined) return [];
  if (typeof value !== 'string') return [`${path}: not a string`];
  const { minLength = 0, maxLength = Number.POSITIVE_INFINITY } = schema;
  if (value.length < minLength || value.length > maxLength)
    return [`${path}: ${value.length} characters, not ${minLength}–${maxLength}`];
  return [];
}

function dictionaryProblems(value: unknown, schema: DictionarySchema | undefined, path: string): string[] {
  if (value === undefined || value === null || schema === undefined) return [];
  const entries = Object.entries(value as Json);
  const problems = entries.flatMap(([locale, text]) => [
    ...(LOCALES.has(locale) ? [] : [`${path}.${locale}: not a Discord locale`]),
    ...stringProblem(text, schema.additionalProperties, `${path}.${locale}`),
  ]);
  if (schema.maxProperties !== undefined && entries.length > schema.maxProperties)
    problems.push(`${path}: ${entries.length} locales, more than ${schema.maxProperties}`);
  return problems;
}

function nodeProblems(node: Json, schema: NodeSchema, path: string): string[] {
  const { properties } = schema;
  const problems = [
    ...(schema.required ?? [])
      .filter((field) => node[field] === undefined)
      .map((field) => `${path}.${field}: missing`),
    ...stringProblem(node.name, properties.name, `${path}.name`),
    ...dictionaryProblems(
      node.name_localizations,
      properties.name_localizations,
      `${path}.name_localizations`,
    ),
    ...stringProblem(node.description, properties.description, `${path}.description`),
    ...dictionaryProblems(
      node.description_localizations,
      properties.description_localizations,
      `${path}.description_localizations`,
    ),
  ];
  const options = Array.isArray(node.options) ? (node.options as Json[]) : [];
  const allowed = properties.options;
  if (options.length > 0 && allowed === undefined) return [...problems, `${path}.options: none allowed here`];
  if (allowed?.maxItems !== undefined && options.length > allowed.maxItems)
    problems.push(`${path}.options: ${options.length}, more than ${allowed.maxItems}`);
  for (const option of options) {
    const optionSchema = allowed?.items.oneOf
      .map(byRef)
      .find((candidate) => candidate.properties.type?.enum?.includes(option.type as number));
    const optionPath = `${path} ${String(option.name)}`;
    if (optionSchema) problems.push(...nodeProblems(option, optionSchema, optionPath));
    else problems.push(`${optionPath}: no option of type ${String(option.type)} allowed here`);
  }
  return problems;
}

/**
 * What in `command` (a `toJSON()` of a command builder) breaks a limit of Discord's API description,
 * each named by its path (`/speed fast minutes.description_localizations.ja: …`); empty when it fits.
 */
export function commandSpecProblems(command: CommandNode): string[] {
  const schema = schemas.ApplicationCommandUpdateRequest as NodeSchema;
  return nodeProblems(command as unknown as Json, schema, `/${command.name}`);
}

/** A command, subcommand or option as a builder's `toJSON()` gives it. */
export interface CommandNode {
  readonly name: string;
  readonly description: string;
  readonly name_localizations?: unknown;
  readonly description_localizations?: Readonly<Record<string, string | null>> | null;
  readonly options?: readonly CommandNode[];
}

/** The command, each subcommand and each option: everything the command picker describes, in order. */
export function describedNodes(node: CommandNode): CommandNode[] {
  return [node, ...(node.options ?? []).flatMap(describedNodes)];
}
