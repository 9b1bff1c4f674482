import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { secretScrubber } from './secrets.js';

export type { Logger };

// Paths where a token could sit if an object carrying one were ever logged; secrets are never passed in
// the first place, this is the second line of defence.
const REDACT_PATHS = [
  'token',
  '*.token',
  'headers.authorization',
  '*.headers.authorization',
  'config.discord',
  'config.upstream',
];

/**
 * Interaction tokens sit in Discord's webhook and callback paths (`/webhooks/<app>/<token>/…`,
 * `/interactions/<id>/<token>/callback`), which discord.js errors carry in `url`, and sometimes in their
 * message or stack. A token lets whoever reads it post as the bot in that channel for 15 minutes.
 */
const INTERACTION_TOKEN_IN_PATH = /(\/(?:webhooks|interactions)\/\d+\/)[^/?#\s"'\\]+/g;

/** `text` with every interaction token in a Discord path replaced by `:token`. */
export function hideInteractionTokens(text: string): string {
  return text.replace(INTERACTION_TOKEN_IN_PATH, '$1:token');
}

/** Fields of discord.js errors holding what the bot sent: reply text, not worth a log line, never needed. */
const REQUEST_BODY_FIELDS = ['requestBody'];

/** Removes request bodies from a serialized error and the errors nested in it. */
function dropRequestBodies(value: unknown, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 4) return;
  const record = value as Record<string, unknown>;
  for (const field of REQUEST_BODY_FIELDS) delete record[field];
  for (const nested of Object.values(record)) dropRequestBodies(nested, depth + 1);
}

/** pino's error serializer, without request bodies (tokens in paths are hidden from the whole line). */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error);
  dropRequestBodies(serialized);
  return serialized;
}

function prettyTransportAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/**
 * JSON lines for machines, pretty lines when a person watches a terminal (pino-pretty is a dev
 * dependency, so production installs stay JSON). Any known secret and every interaction token in a Discord
 * path is scrubbed from every line written, whichever field carries it.
 */
export function createLogger(
  level: string,
  secrets: readonly string[] = [],
  destination?: DestinationStream,
): Logger {
  const scrub = secretScrubber(secrets);
  const pretty = !destination && process.stdout.isTTY && prettyTransportAvailable();
  const options: LoggerOptions = {
    level,
    base: { app: 'mj-speed-bot' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
    hooks: {
      streamWrite: (line) => hideInteractionTokens(scrub(line)),
    },
    ...(pretty && { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }),
  };
  return destination ? pino(options, destination) : pino(options);
}
