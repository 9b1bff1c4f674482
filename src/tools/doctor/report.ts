/**
 * What `npm run doctor` reports: one line per check, each passed (✓), failed (✗, with what to do) or
 * worth a look (!). Checks build these with the helpers below; the printers only lay them out.
 */

/** `ok` ✓, `warn` !, `fail` ✗; `skip` when what the check needs failed first (it says which). */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** Which check a line belongs to; stable, for `--json` consumers. */
export type CheckId =
  | 'config'
  | 'discordToken'
  | 'slashCommand'
  | 'servers'
  | 'alertChannel'
  | 'upstream'
  | 'channelMap'
  | 'flaggedAccounts'
  | 'proxyReadings'
  | 'store'
  | 'haltedChannels'
  | 'teamSettings'
  | 'metricsPort';

/** One line of the report. */
export interface CheckResult {
  readonly id: CheckId;
  /** Short name of what was checked, e.g. `Discord token`. */
  readonly title: string;
  readonly status: CheckStatus;
  /** What was found, in one sentence. */
  readonly summary: string;
  /** What to do about it; given for every `fail`, sometimes for a `warn`. */
  readonly fix?: string;
  /** Items the operator may need: problems, accounts, halted channels. */
  readonly details?: readonly string[];
}

/** The whole run. */
export interface DoctorReport {
  /** True when no check failed (warnings allowed): the exit code is 0. */
  readonly ok: boolean;
  readonly checks: readonly CheckResult[];
}

/** The name and id of a check, before it has a result. */
export interface CheckName {
  readonly id: CheckId;
  readonly title: string;
}

type Extra = Pick<CheckResult, 'fix' | 'details'>;

export const passed = (check: CheckName, summary: string, extra: Extra = {}): CheckResult => ({
  ...check,
  status: 'ok',
  summary,
  ...extra,
});

export const warned = (check: CheckName, summary: string, extra: Extra = {}): CheckResult => ({
  ...check,
  status: 'warn',
  summary,
  ...extra,
});

export const failed = (check: CheckName, summary: string, fix: string, details?: readonly string[]) =>
  ({ ...check, status: 'fail', summary, fix, ...(details && { details }) }) satisfies CheckResult;

export const skipped = (check: CheckName, why: string): CheckResult => ({
  ...check,
  status: 'skip',
  summary: `not checked: ${why}`,
});

/**
 * Text from elsewhere (a server's name, an account's remark, an upstream's message) made safe for one
 * line of a terminal: control characters (escape sequences, newlines) become spaces, and it is cut short.
 */
export function oneLine(text: string, max = 120): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A report of `checks`, in their order. */
export function reportOf(checks: readonly CheckResult[]): DoctorReport {
  return { ok: checks.every((check) => check.status !== 'fail'), checks };
}
