#!/usr/bin/env node
/**
 * Extracts the request schemas of what the bot sends Discord (channel messages and their edits, interaction
 * callbacks, webhook messages, modals, with every schema they refer to) from Discord's OpenAPI description
 * (discord/discord-api-spec, specs/openapi.json) into test/support/discord-openapi-messages.json, which
 * test/support/discordSpec.ts (and through it the Discord stand-in) checks the bot's bodies against. The
 * whole description is 1.2 MB; these schemas are a few dozen kB.
 *
 *   node scripts/discord-message-schemas.mjs <path to openapi.json> "<where it is from>"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = [
  'CreateMessageInteractionCallbackRequest',
  'UpdateMessageInteractionCallbackRequest',
  'IncomingWebhookUpdateRequestPartial',
  'IncomingWebhookRequestPartial',
  'ModalInteractionCallbackRequest',
  'MessageCreateRequest',
  'MessageEditRequestPartial',
];

const [specPath, source] = process.argv.slice(2);
if (!specPath || !source) {
  console.error('usage: node scripts/discord-message-schemas.mjs <openapi.json> "<where it is from>"');
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
const $comment = `The schemas reachable from ${ROOTS.join(', ')} in Discord's OpenAPI description of its v10 HTTP API (${source}), kept as they are: what test/support/discordSpec.ts checks the bot's messages, components and modals against. Made by scripts/discord-message-schemas.mjs.`;
const target = join(import.meta.dirname, '..', 'test', 'support', 'discord-openapi-messages.json');
writeFileSync(target, `${JSON.stringify({ $comment, components: { schemas } }, null, 2)}\n`);
console.log(`wrote ${kept.size} schemas to ${target}`);
