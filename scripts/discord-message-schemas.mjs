#!/usr/bin/env node
/**
 * Extracts the request schemas of Discord's message bodies (channel messages, interaction callbacks and
 * webhook messages, with every schema they refer to) from Discord's OpenAPI description
 * (discord/discord-api-spec, specs/openapi.json) into test/standins/discord/messageSchemas.json, which
 * the Discord stand-in validates the bot's bodies against. The whole description is 1.2 MB; these schemas
 * are 34 kB.
 *
 *   node scripts/discord-message-schemas.mjs <path to openapi.json> <source note>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = [
  'MessageCreateRequest',
  'MessageEditRequestPartial',
  'CreateMessageInteractionCallbackRequest',
  'UpdateMessageInteractionCallbackRequest',
  'IncomingWebhookRequestPartial',
  'IncomingWebhookUpdateRequestPartial',
];

const [specPath, source] = process.argv.slice(2);
if (!specPath || !source) {
  console.error('usage: node scripts/discord-message-schemas.mjs <openapi.json> "<source note>"');
  process.exit(2);
}
const all = JSON.parse(readFileSync(specPath, 'utf8')).components.schemas;
const kept = new Set();
const visit = (node) => {
  if (Array.isArray(node)) node.forEach(visit);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref') keep(value.split('/').at(-1));
      else visit(value);
    }
};
const keep = (name) => {
  if (kept.has(name)) return;
  kept.add(name);
  visit(all[name]);
};
ROOTS.forEach(keep);
const schemas = Object.fromEntries([...kept].sort().map((name) => [name, all[name]]));
const target = join(import.meta.dirname, '..', 'test', 'standins', 'discord', 'messageSchemas.json');
writeFileSync(target, `${JSON.stringify({ $comment: source, schemas }, null, 1)}\n`);
console.log(`wrote ${kept.size} schemas to ${target}`);
