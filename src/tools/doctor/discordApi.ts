/**
 * The doctor's read-only view of Discord's REST API, through @discordjs/rest as the bot and deploy use it,
 * and one place that turns a failed request into a sentence and what to do.
 */
import { DiscordAPIError, HTTPError, RateLimitError, REST } from '@discordjs/rest';
import type { Config } from '../../config.js';

/** One request's limit: short, since the doctor answers in seconds and a group has its own limit too. */
const REQUEST_TIMEOUT_MS = 5_000;

/**
 * A REST client for the doctor: no retries, a rate limit is reported rather than waited out, and no
 * sweeper timers that would keep a finished run alive.
 */
export function doctorRest(discord: Config['discord']): REST {
  return new REST({
    api: discord.apiUrl,
    retries: 0,
    timeout: REQUEST_TIMEOUT_MS,
    rejectOnRateLimit: () => true,
    handlerSweepInterval: 0,
    hashSweepInterval: 0,
  }).setToken(discord.token);
}

/** What went wrong with a Discord request, for a check line. */
export interface DiscordFailure {
  /** The HTTP status Discord answered with, when it answered. */
  readonly status?: number;
  readonly summary: string;
  readonly fix: string;
}

export const NEW_TOKEN_FIX =
  'copy the bot token again from the Developer Portal (your application, Bot page, Reset Token) into DISCORD_TOKEN';

/**
 * Why a request to Discord failed, in words an operator acts on. Discord's own messages name no secret,
 * and the bot token travels only in a header, so nothing here can carry it.
 */
export function describeDiscordFailure(error: unknown, apiUrl: string): DiscordFailure {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return { status: 401, summary: 'Discord refused DISCORD_TOKEN (401 Unauthorized)', fix: NEW_TOKEN_FIX };
    }
    return {
      status: error.status,
      summary: `Discord answered ${error.status} (${error.code}: ${error.message})`,
      fix: 'see Discord’s message above; run the doctor again once it is resolved',
    };
  }
  if (error instanceof RateLimitError) {
    return {
      status: 429,
      summary: `Discord is rate-limiting this token (retry after ${Math.ceil(error.retryAfter / 1_000)} s)`,
      fix: 'wait that long and run the doctor again',
    };
  }
  if (error instanceof HTTPError) {
    return {
      status: error.status,
      summary: `Discord answered HTTP ${error.status} ${error.message}`,
      fix: `Discord may be having trouble (https://discordstatus.com); if DISCORD_API_URL is set (${apiUrl}), check it`,
    };
  }
  if ((error as { name?: unknown })?.name === 'AbortError') {
    return {
      summary: `Discord did not answer within ${REQUEST_TIMEOUT_MS / 1_000} s`,
      fix: `check this machine's network and DISCORD_API_URL (${apiUrl})`,
    };
  }
  return {
    summary: `could not reach Discord at ${apiUrl} (${connectionCode(error)})`,
    fix: `check this machine's network and DISCORD_API_URL (${apiUrl})`,
  };
}

/** The error code of a failed connection (`ECONNREFUSED`, `ENOTFOUND`…), never a message that could be long. */
function connectionCode(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.name : 'unknown error';
}
