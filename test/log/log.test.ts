import { DiscordAPIError } from '@discordjs/rest';
import { expect, test } from 'vitest';
import { createLogger } from '../../src/log.js';

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
