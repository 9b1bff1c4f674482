/**
 * How each kind of configuration value is read: the zod schemas `config.ts` builds its variables from.
 * Messages never interpolate the input: a mistyped secret must not end up in a terminal or log.
 */
import { z } from 'zod';
import { EMPTY_ENTRY_PROBLEM, listEntries, onlyCommas } from './listEntries.js';
import { MIN_SECRET_LENGTH } from './secrets.js';
import {
  COOLDOWN_SECONDS_RULE,
  MAX_MINUTES_RULE,
  type NumberProblem,
  readWholeNumber,
  type WholeNumberRule,
} from './settings/numberRules.js';
import { parseChannelMap } from './speed/channelMap.js';

const SNOWFLAKE = /^\d{15,21}$/;

/** A variable's value, trimmed; empty or blank counts as unset. */
export const optional = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

/** Why a token or password that short is refused (secrets.ts explains the length). */
export const TOO_SHORT_SECRET = `is too short to be a secret (fewer than ${MIN_SECRET_LENGTH} characters)`;

/** A required token: `hint` says where to get it. */
export const secret = (hint: string) =>
  z.preprocess(
    optional,
    z
      .string({ error: `is required; ${hint}` })
      .regex(/^\S+$/, 'must not contain spaces')
      .min(MIN_SECRET_LENGTH, `${TOO_SHORT_SECRET}; ${hint}`),
  );

/** An http(s) base URL, `fallback` when unset, without a trailing slash. */
export const httpUrl = (fallback: string) =>
  z.preprocess(
    optional,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default(fallback)
      .transform((url) => url.replace(/\/+$/, '')),
  );

/** An http(s) base URL that may carry no credentials, query or fragment (the token has its own variable). */
export const plainBaseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .refine((url) => {
    // zod goes on checking after the URL check failed; that problem is already listed.
    if (!URL.canParse(url)) return true;
    const parsed = new URL(url);
    return !parsed.username && !parsed.password && !parsed.search && !parsed.hash;
  }, 'must not contain credentials, a query or a fragment')
  .transform((url) => url.replace(/\/+$/, ''));

/** What a Discord id looks like, for the messages: "1" is digits only, yet no id. */
const snowflakeProblem = (what: string) => `must be a Discord ${what} id (15 to 21 digits)`;

/** A Discord id (`what`: role, channel, server…). */
export const snowflake = (what: string) => z.string().regex(SNOWFLAKE, snowflakeProblem(what));

/**
 * A comma-separated list of ids, e.g. `ADMIN_ROLE_IDS`; empty or unset is an empty list. Each problem
 * names the entry by its place in the value, never its text (a pasted secret is not echoed).
 */
export const idList = (what: string) =>
  z.preprocess(optional, z.string().optional()).transform((text, ctx) => {
    if (text === undefined) return [];
    const entries = listEntries(text);
    const problems = onlyCommas(entries)
      ? [`lists no ${what} id, only commas; write the ids separated by commas, or leave it empty`]
      : entries.flatMap(({ text: id, number }) => {
          if (id === '') return [`entry ${number} ${EMPTY_ENTRY_PROBLEM}`];
          return SNOWFLAKE.test(id) ? [] : [`entry ${number} ${snowflakeProblem(what)}`];
        });
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return problems.length > 0 ? z.NEVER : entries.map((entry) => entry.text);
  });

/**
 * A whole-number setting (see `settings/numberRules.ts`, shared with `/speed settings`); empty is unset.
 * `problems` says, for the operator, what each refusal means for this variable.
 */
const wholeNumber = (rule: WholeNumberRule, problems: Readonly<Record<NumberProblem, string>>) =>
  z.preprocess(optional, z.string().optional()).transform((text, ctx) => {
    if (text === undefined) return undefined;
    const read = readWholeNumber(text, rule);
    if ('value' in read) return read.value;
    ctx.addIssue({ code: 'custom', message: problems[read.problem] });
    return z.NEVER;
  });

/** TURBO_MAX_MINUTES / FAST_MAX_MINUTES: the longest time in that mode; empty is no limit. */
export const maxMinutes = wholeNumber(MAX_MINUTES_RULE, {
  notNumber: 'must be a number of minutes (leave it empty for no limit)',
  notWhole: 'must be a whole number of minutes',
  tooSmall: `must be at least ${MAX_MINUTES_RULE.min} (leave it empty for no limit)`,
  tooLarge: `must be at most ${MAX_MINUTES_RULE.max} (a day)`,
});

/** COOLDOWN_SECONDS: how long a member waits between speed changes; empty is unset (no cooldown). */
export const cooldownSeconds = wholeNumber(COOLDOWN_SECONDS_RULE, {
  notNumber: 'must be a number of seconds (0 turns the cooldown off)',
  notWhole: 'must be a whole number of seconds',
  tooSmall: `must be ${COOLDOWN_SECONDS_RULE.min} (off) or more`,
  tooLarge: `must be at most ${COOLDOWN_SECONDS_RULE.max} (a day)`,
});

/** CHANNEL_MAP, with every problem of its pairs reported. */
export const channelMap = z.preprocess(optional, z.string().optional()).transform((text, ctx) => {
  if (text === undefined) return undefined;
  const parsed = parseChannelMap(text);
  if ('map' in parsed) return parsed.map;
  for (const problem of parsed.problems) ctx.addIssue({ code: 'custom', message: problem });
  return z.NEVER;
});
