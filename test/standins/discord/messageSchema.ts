/**
 * Checks message bodies against Discord's own request schemas (messageSchemas.json, extracted from
 * Discord's OpenAPI description by scripts/discord-message-schemas.mjs): the limits Discord documents for
 * every field, Components v2 included, instead of a hand-kept list. Only the JSON Schema keywords those
 * schemas use are read: `type`, `properties`, `required`, `items`, `enum`, `const`, `oneOf`, `allOf`,
 * `$ref`, the length, size and range bounds, `pattern` and `uniqueItems`.
 */
import spec from './messageSchemas.json' with { type: 'json' };

/** The request bodies with a schema. */
export type MessageSchemaName =
  | 'MessageCreateRequest'
  | 'MessageEditRequestPartial'
  | 'CreateMessageInteractionCallbackRequest'
  | 'IncomingWebhookRequestPartial'
  | 'IncomingWebhookUpdateRequestPartial';

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: Schema[];
  allOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  uniqueItems?: boolean;
}

const SCHEMAS = spec.schemas as unknown as Record<string, Schema>;

/** One way a body breaks the schema: where (a dotted path, as Discord's Invalid Form Body names it) and why. */
export interface SchemaProblem {
  path: string;
  problem: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string | string[]): boolean {
  const actual = typeOf(value);
  const allowed = Array.isArray(type) ? type : [type];
  return allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
}

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').at(-1) ?? '';
  const target = SCHEMAS[name];
  if (!target) throw new Error(`messageSchemas.json has no schema ${name}`);
  return resolve(target);
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** JSON Schema counts characters, not UTF-16 units. */
const characters = (text: string) => [...text].length;

function check(value: unknown, raw: Schema, path: string, problems: SchemaProblem[]): void {
  const schema = resolve(raw);
  const fail = (problem: string) => problems.push({ path: path || '_root', problem });
  if (schema.type !== undefined && !hasType(value, schema.type)) {
    fail(`must be ${[schema.type].flat().join(' or ')}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) fail(`must be one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && value !== schema.const) fail(`must be ${JSON.stringify(schema.const)}`);
  for (const part of schema.allOf ?? []) check(value, part, path, problems);
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((option) => validate(value, option, path).length === 0);
    if (matching.length !== 1) fail(`must match exactly one of ${schema.oneOf.length} shapes`);
  }
  if (typeof value === 'string') {
    const length = characters(value);
    if (schema.minLength !== undefined && length < schema.minLength)
      fail(`must be at least ${schema.minLength} long`);
    if (schema.maxLength !== undefined && length > schema.maxLength)
      fail(`must be ${schema.maxLength} or fewer in length`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      fail(`must match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`must be at least ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      fail(`must have at least ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      fail(`must be ${schema.maxItems} or fewer in length`);
    if (schema.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size !== value.length)
      fail('must not repeat an item');
    if (schema.items)
      for (const [index, item] of value.entries()) check(item, schema.items, join(path, index), problems);
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? [])
      if (object[name] === undefined) problems.push({ path: join(path, name), problem: 'is required' });
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      if (object[name] !== undefined) check(object[name], property, join(path, name), problems);
  }
}

function validate(value: unknown, schema: Schema, path: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  check(value, schema, path, problems);
  return problems;
}

/** Every way `body` breaks Discord's schema `name`; empty when Discord would take it. */
export function messageSchemaProblems(name: MessageSchemaName, body: unknown): SchemaProblem[] {
  return validate(body, { $ref: `#/components/schemas/${name}` }, '');
}
