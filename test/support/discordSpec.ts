/**
 * Checks what the bot sends Discord against Discord's own OpenAPI description (discord/discord-api-spec;
 * the message, component and modal schemas are kept in ./discord-openapi-messages.json, which says where
 * from): custom ids, select options, labels, placeholders and every other limit as Discord states it,
 * instead of learning them from Discord in production. A small JSON Schema reader for the keywords that
 * description uses; `format` and `contentEncoding` are notes, not checked.
 */
// Imported, not read from disk: the Discord stand-in checks with it too, compiled for the demo (`dist/`).
import spec from './discord-openapi-messages.json' with { type: 'json' };

type Schema = { [keyword: string]: unknown };

const schemas = spec.components.schemas as unknown as Record<string, Schema>;

function schemaNamed(name: string): Schema {
  const schema = schemas[name];
  if (!schema) throw new Error(`discord-openapi.json has no schema ${name}`);
  return schema;
}

const REF_PREFIX = '#/components/schemas/';

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: unknown, value: unknown): boolean {
  const actual = typeOf(value);
  const types = Array.isArray(expected) ? expected : [expected];
  return types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
}

/** Every way `value` breaks `schema`, each with its path; none when it holds. */
function problemsOf(schema: Schema, value: unknown, path: string): string[] {
  if (typeof schema.$ref === 'string')
    return problemsOf(schemaNamed(schema.$ref.slice(REF_PREFIX.length)), value, path);
  const problems: string[] = [];
  const fail = (why: string) => problems.push(`${path || '(body)'}: ${why}`);
  if (schema.type !== undefined && !typeMatches(schema.type, value)) {
    fail(`is ${typeOf(value)}, not ${JSON.stringify(schema.type)}`);
    return problems;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && schema.const !== value)
    fail(`${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      fail(`is shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      fail(`is ${length} long, over ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`is below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`is above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      fail(`has fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      fail(`has ${value.length} items, over ${schema.maxItems}`);
    if (
      schema.uniqueItems === true &&
      new Set(value.map((item) => JSON.stringify(item))).size !== value.length
    )
      fail('has repeated items');
    const items = schema.items as Schema | undefined;
    if (items)
      for (const [index, item] of value.entries())
        problems.push(...problemsOf(items, item, `${path}[${index}]`));
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? [])
      if (!(name in record)) fail(`lacks ${name}`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [name, item] of Object.entries(record)) {
      const property = properties[name];
      if (property) problems.push(...problemsOf(property, item, `${path}.${name}`));
      else if (schema.additionalProperties === false) fail(`has ${name}, which Discord does not take`);
      else if (typeof schema.additionalProperties === 'object')
        problems.push(...problemsOf(schema.additionalProperties as Schema, item, `${path}.${name}`));
    }
  }
  for (const part of (schema.allOf as Schema[] | undefined) ?? [])
    problems.push(...problemsOf(part, value, path));
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((part) => problemsOf(part as Schema, value, path).length === 0)
  )
    fail('matches none of its allowed shapes');
  if (Array.isArray(schema.oneOf)) {
    const fits = (schema.oneOf as Schema[]).map((part) => problemsOf(part, value, path));
    if (fits.filter((found) => found.length === 0).length !== 1) problems.push(...closest(fits, path));
  }
  return problems;
}

/**
 * The problems of the shape `value` was most likely meant to have: Discord tells its shapes apart by
 * `type`, so shapes of another type are the last resort; then the one with the fewest problems.
 */
function closest(fits: string[][], path: string): string[] {
  const otherType = (found: string[]) => found.some((problem) => problem.startsWith(`${path}.type:`));
  const byCount = (a: string[], b: string[]) => a.length - b.length;
  const sameType = fits.filter((found) => !otherType(found)).sort(byCount);
  return sameType[0] ?? fits.sort(byCount)[0] ?? [`${path}: matches no shape`];
}

/** How `body` breaks Discord's schema `schemaName` (e.g. `ModalInteractionCallbackRequest`); none when it holds. */
export function specProblems(schemaName: string, body: unknown): string[] {
  return problemsOf(schemaNamed(schemaName), body, '');
}
