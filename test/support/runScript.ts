import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** What a finished command-line run printed and how it ended. */
export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const DIST = join(import.meta.dirname, '..', '..', 'dist', 'src');

/**
 * Runs a compiled entry point (`deploy.js`, `index.js`, `tools/doctorCli.js`, …) with `args`, exactly `env`
 * (plus PATH) and no .env file.
 */
export function runCompiled(
  entry: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 20_000,
  args: readonly string[] = [],
): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(DIST, entry), ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
