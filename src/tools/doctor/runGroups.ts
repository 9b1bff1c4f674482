/**
 * Runs the doctor's check groups side by side, each within its own time limit, so a service that hangs
 * costs its own checks a line each and never holds up the others or the whole run.
 */
import { type CheckName, type CheckResult, failed } from './report.js';

/**
 * Checks that belong together because each needs what the one before found (the Discord token before the
 * commands it may read). Groups do not depend on each other.
 */
export interface CheckGroup {
  /** The checks this group reports, in print order. */
  readonly checks: readonly CheckName[];
  /** What the group talks to, for the line of a check that ran out of time (e.g. `Discord`). */
  readonly service: string;
  /** Runs the checks, reporting each result once known; `signal` aborts when the time is up. */
  run(report: (result: CheckResult) => void, signal: AbortSignal): Promise<void>;
}

/** Every group's results, in the order the groups and their checks were given. */
export async function runGroups(groups: readonly CheckGroup[], timeoutMs: number): Promise<CheckResult[]> {
  const results = await Promise.all(groups.map((group) => runGroup(group, timeoutMs)));
  return results.flat();
}

async function runGroup(group: CheckGroup, timeoutMs: number): Promise<CheckResult[]> {
  const reported = new Map<string, CheckResult>();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const running = group
    .run((result) => {
      if (!controller.signal.aborted) reported.set(result.id, result);
    }, controller.signal)
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  const ended = await Promise.race([running, timedOut]);
  clearTimeout(timer);
  controller.abort();
  return group.checks.map(
    (check) => reported.get(check.id) ?? unfinished(check, group.service, ended, timeoutMs),
  );
}

/** The line of a check its group did not report: out of time, or stopped by an unexpected error. */
function unfinished(check: CheckName, service: string, ended: unknown, timeoutMs: number): CheckResult {
  if (ended === 'timeout') {
    return failed(
      check,
      `${service} did not answer within ${Math.round(timeoutMs / 1_000)} s`,
      `make sure ${service} is running and reachable from this machine, then run the doctor again`,
    );
  }
  const why = ended instanceof Error ? `${ended.name}: ${ended.message}` : String(ended ?? 'no result');
  return failed(
    check,
    `could not be checked (${why})`,
    'run the doctor again; if this repeats, report it with the line above',
  );
}
