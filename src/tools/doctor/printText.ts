/** The doctor's report for a terminal: one line per check, what to do under each ✗, a closing tally. */
import type { CheckResult, CheckStatus, DoctorReport } from './report.js';

const MARK: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✗', skip: '-' };

function lines(check: CheckResult): string[] {
  const out = [`${MARK[check.status]} ${check.title}: ${check.summary}`];
  for (const detail of check.details ?? []) out.push(`    ${detail}`);
  if (check.fix) out.push(`    → ${check.fix}`);
  return out;
}

/** The report as text, ending with a newline. */
export function printText(report: DoctorReport): string {
  const count = (status: CheckStatus) => report.checks.filter((check) => check.status === status).length;
  const failures = count('fail');
  const warnings = count('warn');
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const tally = failures
    ? `${plural(failures, 'problem')} to fix${warnings ? `, ${plural(warnings, 'warning')}` : ''}.`
    : `Ready: nothing to fix${warnings ? ` (${plural(warnings, 'warning')})` : ''}.`;
  return `${report.checks.flatMap(lines).join('\n')}\n\n${tally}\n`;
}
