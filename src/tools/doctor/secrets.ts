/**
 * The doctor prints what services answered, and a service may quote what it was sent. Whatever a check
 * found, every secret of the configuration is replaced before anything is printed.
 */
import type { DoctorReport } from './report.js';

const SECRET_VARIABLES = ['DISCORD_TOKEN', 'USEAPI_TOKEN', 'MJ_PROXY_TOKEN'] as const;
/** Shorter values are not replaced: they would blank out ordinary words, and no real token is that short. */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '[redacted]';

/** The secret values in `env`: the tokens, and a password in STORE_URL (`redis://:password@host`). */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  const values: string[] = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? '');
  const store = env.STORE_URL?.trim() ?? '';
  if (URL.canParse(store)) {
    const { password, username } = new URL(store);
    values.push(password, safeDecode(password), username && password ? username : '');
  }
  return [...new Set(values)]
    .filter((value) => value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
}

/** `report` with every secret replaced in each text it holds. */
export function withoutSecrets(report: DoctorReport, secrets: readonly string[]): DoctorReport {
  if (secrets.length === 0) return report;
  const scrub = (text: string) => secrets.reduce((clean, secret) => clean.replaceAll(secret, REDACTED), text);
  return {
    ok: report.ok,
    checks: report.checks.map((check) => ({
      ...check,
      summary: scrub(check.summary),
      ...(check.fix !== undefined && { fix: scrub(check.fix) }),
      ...(check.details !== undefined && { details: check.details.map(scrub) }),
    })),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
