import { type Config, ConfigError, type ConfigPurpose, loadConfig } from './config.js';
import { StoreInUseError } from './state/sqliteFileLock.js';
import { type ServiceAddress, ServiceUnreachableError, type UnreachableReason } from './unreachable.js';

/** What went wrong on the way to a service, in an operator's words. */
const UNREACHABLE_WHY: Readonly<Record<UnreachableReason, string>> = {
  refused: 'nothing accepted the connection',
  unresolved: 'its host name could not be resolved',
  timeout: 'it did not answer in time',
  failed: 'the connection failed',
};

/** What could not be reached, why, and what to check, in an operator's words. */
function couldNotReach({ name, variable, url }: ServiceAddress, reason: UnreachableReason): string {
  return `Could not reach ${name} at ${new URL(url).host} (${UNREACHABLE_WHY[reason]}): check ${variable}, that ${name} is up, and this machine's network (DNS, firewall, proxy)`;
}

/**
 * The log line for an upstream that could not be reached at start. The bot starts all the same (the
 * upstream may come up later, and members are told per request), but the operator hears it at once.
 */
export function upstreamUnreachableWarning(upstream: ServiceAddress, reason: UnreachableReason): string {
  return `${couldNotReach(upstream, reason)}. The bot runs on; speed changes fail until it can be reached.`;
}

/**
 * A one-paragraph explanation of why the process cannot start, for an operator's terminal: no stack
 * trace for the failures we expect, and never a secret (neither configuration nor Discord errors carry one).
 */
export function explainStartupFailure(error: unknown): string {
  if (error instanceof ConfigError)
    return `${error.message}\nSee .env.example and the configuration table in docs/operating.md#configuration.`;
  if (error instanceof StoreInUseError) {
    return `Another bot process (or a running \`npm run migrate-store\`) is using the SQLite file ${error.file}, and only one process may use a SQLite file: stop the other one first, or put the state in Redis (STORE_URL=redis://…) to run several bot processes.`;
  }
  if (error instanceof ServiceUnreachableError) {
    return `${couldNotReach(error.service, error.reason)}, then start again.`;
  }
  const { code, message, name } = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown };
  if (code === 'TokenInvalid' || code === 4004 || /401|Unauthorized/.test(String(message))) {
    return 'Discord rejected DISCORD_TOKEN. Copy the bot token again from the Developer Portal (Bot page, Reset Token).';
  }
  if (code === 'DisallowedIntents' || code === 4014) {
    return 'Discord refused the requested intents; the bot needs only the Guilds intent, so check the application settings.';
  }
  return `${String(name ?? 'Error')}: ${String(message ?? error)}`;
}

/** The configuration, or, when it is unusable, the list of problems on stderr and exit code 1. */
export function loadConfigOrExit(purpose: ConfigPurpose): Config {
  try {
    return loadConfig(purpose);
  } catch (error) {
    console.error(explainStartupFailure(error));
    process.exit(1);
  }
}
