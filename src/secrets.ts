/**
 * Every secret the configuration holds, for whatever prints or logs text a service may have echoed: the
 * Discord and upstream tokens, and a password in STORE_URL (`redis://user:password@host`).
 */
import type { Config } from './config.js';

/** Shorter values are not replaced: they would blank out ordinary words, and no real secret is that short. */
export const MIN_SECRET_LENGTH = 8;

/** The secrets in a store URL: its password (as written and decoded), and its user name when it has one. */
export function storeUrlSecrets(storeUrl: string): string[] {
  if (!URL.canParse(storeUrl)) return [];
  const { password, username } = new URL(storeUrl);
  return [password, safeDecode(password), username && password ? username : ''];
}

/** `values` without duplicates and short ones, longest first (so a secret containing another is replaced whole). */
export function secretList(values: readonly string[]): string[] {
  return [...new Set(values)]
    .filter((value) => value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
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
