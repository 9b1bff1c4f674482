import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import {
  channelMap,
  cooldownSeconds,
  httpUrl,
  idList,
  maxMinutes,
  optional,
  plainBaseUrl,
  secret,
  snowflake,
  TOO_SHORT_SECRET,
} from './configFields.js';
import { BOT_LOCALES } from './i18n/locales.js';
import { MIN_SECRET_LENGTH } from './secrets.js';
import type { ChosenSettings } from './settings/teamSettings.js';
import type { ChannelMap } from './speed/channelMap.js';

/** What the configuration is for: `deploy` needs no upstream token, the bot needs no application id. */
export type ConfigPurpose = 'bot' | 'deploy';

/** The backends `UPSTREAM` can name. */
export const UPSTREAM_KINDS = ['useapi', 'midjourney-proxy'] as const;
export type UpstreamKind = (typeof UPSTREAM_KINDS)[number];

// A bot token is three base64url parts joined by dots; checking the shape catches a pasted client secret.
const DISCORD_TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const HOSTNAME = /^[a-z\d]([a-z\d-]*[a-z\d])?(\.[a-z\d]([a-z\d-]*[a-z\d])?)*$/i;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const isShortPassword = (password: string) => password !== '' && password.length < MIN_SECRET_LENGTH;

export const DEFAULT_STORE_URL = 'sqlite://./data/mj-speed-bot.sqlite';

const storeUrl = z.preprocess(
  optional,
  z
    .string()
    .default(DEFAULT_STORE_URL)
    .refine((url) => /^(sqlite|redis|rediss):\/\/./.test(url), {
      error: 'must start with sqlite:// (embedded file) or redis:// / rediss:// (shared state)',
    })
    // Checked here, or the Redis client's own "Invalid URL" would end the start without naming STORE_URL.
    .refine((url) => !/^rediss?:\/\/./.test(url) || (URL.canParse(url) && new URL(url).hostname !== ''), {
      error:
        'must be a URL such as redis://host:6379 or redis://:password@host:6379 (percent-encode @ : / in the password)',
    })
    .refine((url) => !URL.canParse(url) || !isShortPassword(new URL(url).password), {
      error: `has a Redis password that ${TOO_SHORT_SECRET}`,
    }),
);

const schema = z.object({
  DISCORD_TOKEN: secret('the bot token from the Discord Developer Portal (Bot page)').refine(
    (token) => DISCORD_TOKEN_SHAPE.test(token),
    'does not look like a bot token (three dot-separated parts); copy it from the Bot page',
  ),
  DISCORD_APPLICATION_ID: z.preprocess(optional, snowflake('application').optional()),
  DISCORD_GUILD_ID: z.preprocess(optional, snowflake('server (guild)').optional()),
  DISCORD_API_URL: httpUrl('https://discord.com/api'),
  UPSTREAM: z.preprocess(
    (value) => optional(value as string | undefined)?.toLowerCase(),
    z.enum(UPSTREAM_KINDS, { error: `must be one of ${UPSTREAM_KINDS.join(', ')}` }).default('useapi'),
  ),
  USEAPI_TOKEN: z.preprocess(optional, z.string().regex(/^\S+$/, 'must not contain spaces').optional()),
  MJ_PROXY_URL: z.preprocess(optional, plainBaseUrl.optional()),
  MJ_PROXY_TOKEN: z.preprocess(optional, z.string().regex(/^\S+$/, 'must not contain spaces').optional()),
  MJ_PROXY_SYNC_MIN_AGE_MINUTES: z.preprocess(
    optional,
    z.coerce
      .number({ error: 'must be a number of minutes' })
      .int('must be a whole number of minutes')
      // Below 30 the bot's syncs (which clear the proxy's anti-ban throttle) come close to what gets
      // accounts banned; above a day the fast time shown is older than the proxy's own slowest cadence.
      .min(30, 'must be at least 30 (more frequent syncs risk the account)')
      .max(1_440, 'must be at most 1440 (a day)')
      .default(60),
  ),
  USEAPI_BASE_URL: httpUrl('https://api.useapi.net/v2'),
  USEAPI_DEADLINE_MS: z.preprocess(
    optional,
    z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(1_000, 'must be at least 1000')
      .max(28_000, 'must be at most 28000 so users hear back within 30 s')
      .default(25_000),
  ),
  STORE_URL: storeUrl,
  ADMIN_ROLE_IDS: idList('role'),
  ALLOWED_GUILD_IDS: idList('server (guild)'),
  METRICS_PORT: z.preprocess(
    optional,
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a whole port number')
      .min(0, 'must be between 0 and 65535')
      .max(65_535, 'must be between 0 and 65535')
      .optional(),
  ),
  METRICS_HOST: z.preprocess(
    optional,
    z
      .string()
      .refine((host) => isIP(host) !== 0 || HOSTNAME.test(host), {
        error: 'must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name of this machine',
      })
      .default('127.0.0.1'),
  ),
  CHANNEL_MAP: channelMap,
  COOLDOWN_SECONDS: cooldownSeconds,
  TURBO_ROLE_IDS: idList('role'),
  FAST_ROLE_IDS: idList('role'),
  TURBO_MAX_MINUTES: maxMinutes,
  FAST_MAX_MINUTES: maxMinutes,
  ALERT_CHANNEL_ID: z.preprocess(optional, snowflake('channel').optional()),
  BOT_LOCALE: z.preprocess(
    optional,
    z
      .enum(BOT_LOCALES, { error: `must be one of ${BOT_LOCALES.join(', ')} (Discord's locale codes)` })
      .optional(),
  ),
  SHARD_COUNT: z.preprocess(
    (value) => optional(value as string | undefined)?.toLowerCase(),
    z
      .string()
      .default('auto')
      .transform((text, ctx) => {
        if (text === 'auto') return text;
        const count = Number(text);
        if (Number.isInteger(count) && count >= 1 && count <= 1_000) return count;
        ctx.addIssue({ code: 'custom', message: 'must be auto or a whole number of shards from 1 to 1000' });
        return z.NEVER;
      }),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => optional(value as string | undefined)?.toLowerCase(),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
});

// Each purpose requires only what it uses: deploy never talks to an upstream, the bot never registers
// commands, and the bot needs the credentials of the one upstream it uses.
const botSchemas = {
  useapi: schema.extend({ USEAPI_TOKEN: secret('the API token from your useapi.net account') }),
  'midjourney-proxy': schema.extend({
    MJ_PROXY_URL: z
      .preprocess(
        optional,
        z.string({
          error:
            'is required with UPSTREAM=midjourney-proxy; where the proxy listens, e.g. http://127.0.0.1:8080',
        }),
      )
      .pipe(plainBaseUrl),
    // The proxy compares the header as is, so the token must be something an HTTP header can carry.
    MJ_PROXY_TOKEN: secret(
      "an admin user's token of your midjourney-proxy (needed with UPSTREAM=midjourney-proxy)",
    ).pipe(z.string().regex(/^[\x21-\x7e]+$/, 'must be printable ASCII')),
  }),
} as const;

const deploySchema = schema.extend({
  DISCORD_APPLICATION_ID: z
    .preprocess(
      optional,
      z.string({ error: 'is required to deploy commands; copy it from the General Information page' }),
    )
    .pipe(snowflake('application')),
});

/** The schema for `purpose`; an unknown UPSTREAM gets the plain one, which reports just that. */
function schemaFor(purpose: ConfigPurpose, upstream: string | undefined) {
  if (purpose === 'deploy') return deploySchema;
  const kind = (upstream?.trim().toLowerCase() || 'useapi') as UpstreamKind;
  return UPSTREAM_KINDS.includes(kind) ? botSchemas[kind] : schema;
}

/** Where the bot switches speed: useapi.net (default) or a self-hosted midjourney-proxy. */
export type UpstreamConfig =
  | {
      readonly kind: 'useapi';
      readonly baseUrl: string;
      readonly token: string;
      /** Longest wait for one call, retries and polls included (USEAPI_DEADLINE_MS). */
      readonly deadlineMs: number;
    }
  | {
      readonly kind: 'midjourney-proxy';
      readonly url: string;
      readonly token: string;
      readonly deadlineMs: number;
      /** An /info reading at least this old is refreshed by a sync (MJ_PROXY_SYNC_MIN_AGE_MINUTES). */
      readonly syncMinAgeMinutes: number;
    };

/** The bot's settings, validated once at start. */
export interface Config {
  discord: {
    token: string;
    applicationId: string | undefined;
    guildId: string | undefined;
    apiUrl: string;
  };
  /** The upstream the bot uses and its credentials (empty token for `deploy`, which calls none). */
  upstream: UpstreamConfig;
  storeUrl: string;
  adminRoleIds: readonly string[];
  /**
   * The servers whose interactions the bot serves (ALLOWED_GUILD_IDS, else DISCORD_GUILD_ID);
   * `undefined`: every server the bot is in.
   */
  allowedGuildIds: readonly string[] | undefined;
  metricsPort: number | undefined;
  /** Interface of the health and metrics listener; `127.0.0.1` unless METRICS_HOST says otherwise. */
  metricsHost: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Which useapi.net channel each Discord channel uses; `undefined`: every channel uses its own id. */
  channelMap: ChannelMap | undefined;
  /** Gateway shards for `npm run start:sharded`: Discord's recommendation, or a fixed number. */
  shardCount: 'auto' | number;
  /**
   * The team settings the operator fixed (TURBO_/FAST_ROLE_IDS, TURBO_/FAST_MAX_MINUTES, COOLDOWN_SECONDS,
   * ALERT_CHANNEL_ID, BOT_LOCALE): one present is fixed for every server; the others each server's admins
   * choose with `/speed settings`.
   */
  fixedSettings: ChosenSettings;
}

/** Thrown when the environment is unusable; `problems` name each variable and never echo its value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/**
 * Validates the given variables and returns the settings, or throws a {@link ConfigError} listing every
 * problem at once so an operator fixes them in one go.
 */
export function parseConfig(
  source: Record<string, string | undefined>,
  purpose: ConfigPurpose = 'bot',
): Config {
  const result = schemaFor(purpose, source.UPSTREAM).safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = result.data;
  const allowedGuildIds = allowedGuilds(env.ALLOWED_GUILD_IDS, env.DISCORD_GUILD_ID);
  // Checked once every variable is valid on its own, since it needs two of them.
  if (purpose === 'bot' && env.CHANNEL_MAP?.fallback !== undefined && allowedGuildIds === undefined) {
    throw new ConfigError([
      "CHANNEL_MAP: * sends every server's channels to your Midjourney account, so whoever adds the bot to their own server could switch its speed or reset a halt; set ALLOWED_GUILD_IDS (or DISCORD_GUILD_ID) to your team's servers",
    ]);
  }
  return {
    discord: {
      token: env.DISCORD_TOKEN,
      applicationId: env.DISCORD_APPLICATION_ID,
      guildId: env.DISCORD_GUILD_ID,
      apiUrl: env.DISCORD_API_URL,
    },
    upstream:
      env.UPSTREAM === 'midjourney-proxy'
        ? {
            kind: 'midjourney-proxy',
            url: env.MJ_PROXY_URL ?? '',
            token: env.MJ_PROXY_TOKEN ?? '',
            deadlineMs: env.USEAPI_DEADLINE_MS,
            syncMinAgeMinutes: env.MJ_PROXY_SYNC_MIN_AGE_MINUTES,
          }
        : {
            kind: 'useapi',
            baseUrl: env.USEAPI_BASE_URL,
            token: env.USEAPI_TOKEN ?? '',
            deadlineMs: env.USEAPI_DEADLINE_MS,
          },
    storeUrl: env.STORE_URL,
    adminRoleIds: env.ADMIN_ROLE_IDS,
    allowedGuildIds,
    metricsPort: env.METRICS_PORT,
    metricsHost: env.METRICS_HOST,
    logLevel: env.LOG_LEVEL,
    channelMap: env.CHANNEL_MAP,
    shardCount: env.SHARD_COUNT,
    fixedSettings: fixedSettings(env),
  };
}

/** The team settings whose variables are set; an empty role list is an unset variable. */
function fixedSettings(env: z.infer<typeof schema>): ChosenSettings {
  const values = {
    turboRoleIds: env.TURBO_ROLE_IDS.length > 0 ? env.TURBO_ROLE_IDS : undefined,
    fastRoleIds: env.FAST_ROLE_IDS.length > 0 ? env.FAST_ROLE_IDS : undefined,
    turboMaxMinutes: env.TURBO_MAX_MINUTES,
    fastMaxMinutes: env.FAST_MAX_MINUTES,
    cooldownSeconds: env.COOLDOWN_SECONDS,
    alertChannelId: env.ALERT_CHANNEL_ID,
    locale: env.BOT_LOCALE,
  } satisfies Record<keyof ChosenSettings, unknown>;
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** ALLOWED_GUILD_IDS when given, else the server the commands are deployed to, else none: every server. */
function allowedGuilds(listed: readonly string[], deployGuild: string | undefined): string[] | undefined {
  if (listed.length > 0) return [...listed];
  return deployGuild === undefined ? undefined : [deployGuild];
}

/**
 * The process environment over the optional `.env` file in `cwd`: real environment variables win, as with
 * `node --env-file`, and `process.env` itself is left untouched.
 */
export function readEnvironment(cwd = process.cwd()): Record<string, string | undefined> {
  const file = resolve(cwd, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

/** Reads and validates the configuration once; the only place that looks at `process.env`. */
export function loadConfig(purpose: ConfigPurpose = 'bot', cwd = process.cwd()): Config {
  return parseConfig(readEnvironment(cwd), purpose);
}
