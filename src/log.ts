import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

// Paths where a token could sit if an object carrying one were ever logged; secrets are never passed in
// the first place, this is the second line of defence.
const REDACT_PATHS = [
  'token',
  '*.token',
  'headers.authorization',
  '*.headers.authorization',
  'config.discord',
  'config.useapi',
];

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
 * dependency, so production installs stay JSON). Any known secret is scrubbed from every line written.
 */
export function createLogger(
  level: string,
  secrets: readonly string[] = [],
  destination?: DestinationStream,
): Logger {
  const scrub = secrets.filter((secret) => secret.length >= 8);
  const pretty = !destination && process.stdout.isTTY && prettyTransportAvailable();
  const options: LoggerOptions = {
    level,
    base: { app: 'mj-speed-bot' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      streamWrite: (line) => scrub.reduce((text, secret) => text.replaceAll(secret, '[redacted]'), line),
    },
    ...(pretty && { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }),
  };
  return destination ? pino(options, destination) : pino(options);
}
