/**
 * `npm run doctor` (`node dist/src/tools/doctorCli.js [--json]`): checks the configuration in `.env` and the
 * environment against Discord, the upstream, the state store and the metrics port, changing nothing.
 * Exit code 0 when no check failed, 1 otherwise (and for bad arguments).
 */
import { parseArgs } from 'node:util';
import { readEnvironment } from '../config.js';
import { printJson } from './doctor/printJson.js';
import { printText } from './doctor/printText.js';
import { type DoctorOptions, runDoctor } from './doctor/runDoctor.js';
import { isEntryPoint } from './isEntryPoint.js';

export const USAGE = `Usage: npm run doctor [-- --json]

Checks the setup before going live, read-only: the configuration (.env and the environment), the Discord
token and application, the registered /speed command, the servers the bot is in, the upstream and its
accounts, the state store and METRICS_PORT. One line per check: ✓ fine, ! worth a look, ✗ to fix (with
what to do). Exit code 0 when nothing is ✗.

  --json   print the same as one JSON object`;

/** Where the CLI writes; tests pass their own. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the doctor for `argv` (without node and the script) and resolves to the exit code. */
export async function runDoctorCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  output: CliOutput = processOutput,
  options: DoctorOptions = {},
): Promise<number> {
  let json = false;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      output.out(`${USAGE}\n`);
      return 0;
    }
    json = values.json === true;
  } catch (error) {
    // parseArgs' messages name the bad option only.
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 1;
  }
  try {
    const report = await runDoctor(env, options);
    output.out(json ? printJson(report) : printText(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    // A bug of the doctor itself, not a finding: its name and message only (no configuration values).
    output.err(
      `The doctor itself failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`,
    );
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) {
  const code = await runDoctorCli(process.argv.slice(2), readEnvironment());
  // Exit once the output is flushed: a Redis client that never connected keeps retrying in the background.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
