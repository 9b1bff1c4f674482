import { DiscordAPIError } from '@discordjs/rest';
import { expect, test } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { configSecrets } from '../../src/secrets.js';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzOnNlY3JldC1pbnRlcmFjdGlvbi10b2tlbg';

test('an acknowledgement error is logged with its path, minus the interaction token and the body sent', () => {
  const lines: string[] = [];
  const logger = createLogger('info', [], { write: (line) => lines.push(line) });
  const url = `https://discord.com/api/v10/interactions/1234567890123456789/${TOKEN}/callback?with_response=true`;
  const error = new DiscordAPIError(
    { code: 10_062, message: 'Unknown interaction' },
    10_062,
    404,
    'POST',
    url,
    { body: { type: 5, data: { content: 'the reply' } }, files: undefined },
  );
  logger.error({ err: new Error(`wrapped: ${url}`, { cause: error }) }, 'ack failed');
  logger.warn({ err: error }, 'ack failed');
  expect(lines).toHaveLength(2);
  for (const line of lines) {
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('the reply');
    expect(line).toContain('/interactions/1234567890123456789/:token/callback?with_response=true');
  }
  expect(JSON.parse(lines[1] ?? '{}').err).toMatchObject({ code: 10_062, status: 404, method: 'POST' });
});

test('a Redis password in STORE_URL never reaches a log line, whatever error quotes the URL', () => {
  const password = 'correct-horse-battery-staple';
  const config = parseConfig({
    DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.GStand.in-discord-bot-token-do-not-leak_0123456789',
    USEAPI_TOKEN: 'user:4242-standin-useapi-token-do-not-leak-9876543210',
    STORE_URL: `redis://mj:${encodeURIComponent(password)}@127.0.0.1:6379`,
  });
  const lines: string[] = [];
  const logger = createLogger('info', configSecrets(config), { write: (line) => lines.push(line) });
  logger.warn({ err: new Error(`cannot reach ${config.storeUrl}`) }, 'state store error');
  expect(lines.join('')).not.toContain(password);
  expect(lines.join('')).not.toContain(encodeURIComponent(password));
});

test('a short proxy token and Redis password are scrubbed where they stand alone, the words around them kept', () => {
  const config = parseConfig({
    DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.GStand.in-discord-bot-token-do-not-leak_0123456789',
    UPSTREAM: 'midjourney-proxy',
    MJ_PROXY_URL: 'http://127.0.0.1:8086',
    // A fresh midjourney-proxy's admin token, and a password as short as the proxy's own compose file uses.
    MJ_PROXY_TOKEN: 'admin',
    STORE_URL: 'redis://:123456@redis:6379',
  });
  const lines: string[] = [];
  const logger = createLogger('info', configSecrets(config), { write: (line) => lines.push(line) });
  logger.warn(
    { err: new Error('WRONGPASS for redis://:123456@redis:6379'), sent: 'Authorization: admin' },
    'the admins were told; port 1234567 is not a password',
  );
  const line = lines.join('');
  expect(line).toContain('redis://:[redacted]@redis:6379');
  expect(line).toContain('"sent":"Authorization: [redacted]"');
  expect(line).not.toMatch(/:123456@|: admin"/);
  expect(line).toContain('the admins were told; port 1234567 is not a password');
});
