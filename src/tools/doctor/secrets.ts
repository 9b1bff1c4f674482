/**
 * The doctor prints what services answered, and a service may quote what it was sent. Whatever a check
 * found, every secret of the configuration is replaced before anything is printed.
 */
import { secretList, secretScrubber, storeUrlSecrets } from '../../secrets.js';
import type { DoctorReport } from './report.js';

const SECRET_VARIABLES = ['DISCORD_TOKEN', 'USEAPI_TOKEN', 'MJ_PROXY_TOKEN'] as const;
/**
 * The secret values in `env`: the tokens, and a password in STORE_URL (`redis://:password@host`). Read
 * from the raw environment, not the parsed configuration: the doctor scrubs even when that does not parse.
 */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  return secretList([
    ...SECRET_VARIABLES.map((name) => env[name]?.trim() ?? ''),
    ...storeUrlSecrets(env.STORE_URL?.trim() ?? ''),
  ]);
}

/** `report` with every secret replaced in each text it holds. */
export function withoutSecrets(report: DoctorReport, secrets: readonly string[]): DoctorReport {
  if (secrets.length === 0) return report;
  const scrub = secretScrubber(secrets);
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
