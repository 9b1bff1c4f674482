/**
 * The doctor's report for scripts (`--json`): one JSON object,
 * `{"ok": boolean, "checks": [{"id", "title", "status": "ok"|"warn"|"fail"|"skip", "summary", "fix"?, "details"?}]}`.
 */
import type { DoctorReport } from './report.js';

/** The report as one line of JSON, ending with a newline. */
export function printJson(report: DoctorReport): string {
  return `${JSON.stringify(report)}\n`;
}
