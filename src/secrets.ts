/**
 * Every secret the configuration holds, for whatever prints or logs text a service may have echoed: the
 * Discord and upstream tokens, and a password in STORE_URL (`redis://user:password@host`).
 */
import type { Config } from './config.js';

/**
 * The configuration refuses tokens and passwords shorter than this: anyone could guess them, and
 * scrubbing one or two characters from every log line would mangle the lines without hiding anything.
 */
export const MIN_SECRET_LENGTH = 4;

/**
 * From this length a secret is replaced wherever it appears, even inside other text. A shorter one (a
 * fresh midjourney-proxy's `admin`, a short Redis password) only where it stands alone, not touching a
 * letter, digit, `_` or `-`, so it never blanks out the same letters inside ordinary words ("admins").
 */
const SCRUB_ANYWHERE_LENGTH = 8;

const REDACTED = '[redacted]';

/** The secrets in a store URL: its password (as written and decoded), and its user name when it has one. */
export function storeUrlSecrets(storeUrl: string): string[] {
  if (!URL.canParse(storeUrl)) return [];
  const { password, username } = new URL(storeUrl);
  return [password, safeDecode(password), username && password ? username : ''];
}

/**
 * `values` without duplicates or ones too short to be secrets (the configuration refuses those), longest
 * first (so a secret containing another is replaced whole).
 */
export function secretList(values: readonly string[]): string[] {
  return [...new Set(values)]
    .filter((value) => value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
}

/**
 * A function replacing every secret of `values` in a text by `[redacted]`: as written, and as JSON
 * escapes it (a log line is JSON, so a password with a quote appears escaped there).
 */
export function secretScrubber(values: readonly string[]): (text: string) => string {
  const forms = secretList(values.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]));
  if (forms.length === 0) return (text) => text;
  const alternatives = forms.map((form) => {
    const literal = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return form.length >= SCRUB_ANYWHERE_LENGTH ? literal : `(?<![\\w-])${literal}(?![\\w-])`;
  });
  const pattern = new RegExp(alternatives.join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

/** The secrets of a parsed configuration, for the logger's scrubbing. */
export function configSecrets(config: Config): string[] {
  return secretList([config.discord.token, config.upstream.token, ...storeUrlSecrets(config.storeUrl)]);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
