/**
 * `node dist/src/tools/migrateStoreCli.js --from <url> --to <url>` (or `npm run migrate-store -- …`):
 * copies the bot's state from one store to another. Exit code 0 when copied, 1 on any refusal or failure.
 */
import { parseArgs } from 'node:util';
import { isEntryPoint } from './isEntryPoint.js';
import { MigrateStoreError, migrateStore } from './migrateStore.js';

export const USAGE = `Usage: npm run migrate-store -- --from <store url> --to <store url>

Copies the bot's state (halts and last speed changes) from one store to another.
Store URLs: sqlite://<path> (relative to the current folder) or redis://host:port / rediss://host:port.
Stop the bot first, then point STORE_URL at the new store before starting it again.

Example: npm run migrate-store -- --from sqlite://./data/mj-speed-bot.sqlite --to redis://127.0.0.1:6379`;

/** Where the CLI writes; tests pass their own. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = { out: console.log, err: console.error };

/**
 * Runs the command for `argv` (without the node and script paths) and resolves to the exit code.
 * Never rejects: every failure becomes a message on `err` and code 1.
 */
export async function runMigrateStoreCli(
  argv: readonly string[],
  output: CliOutput = consoleOutput,
  cwd = process.cwd(),
): Promise<number> {
  let from: string | undefined;
  let to: string | undefined;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      output.out(USAGE);
      return 0;
    }
    ({ from, to } = values);
  } catch (error) {
    // parseArgs' messages name the bad option only, never an option's value.
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  if (!from || !to) {
    output.err(`Both --from and --to are required.\n\n${USAGE}`);
    return 1;
  }

  try {
    const result = await migrateStore(from, to, { cwd });
    const noun = result.copied === 1 ? 'key' : 'keys';
    const replaced =
      result.replaced > 0 ? ` (${result.replaced} of them replaced keys the target already had)` : '';
    output.out(`Copied ${result.copied} ${noun} from ${result.from} to ${result.to}${replaced}.`);
    return 0;
  } catch (error) {
    if (error instanceof MigrateStoreError) output.err(`Not migrating: ${error.message}`);
    else output.err(`Migration failed: ${withoutPasswords(describeFailure(error), [from, to])}`);
    return 1;
  }
}

/** A store error's message, else its code or class name. */
function describeFailure(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeFailure(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}

/** Store errors rarely quote a URL, but a Redis password must not reach a terminal or CI log if one does. */
function withoutPasswords(text: string, urls: readonly string[]): string {
  const secrets = urls.flatMap((url) => {
    const password = URL.canParse(url) ? new URL(url).password : '';
    if (!password) return [];
    try {
      return [password, decodeURIComponent(password)];
    } catch {
      return [password];
    }
  });
  return secrets.reduce((scrubbed, secret) => scrubbed.replaceAll(secret, '[redacted]'), text);
}

if (isEntryPoint(import.meta.url)) {
  const code = await runMigrateStoreCli(process.argv.slice(2));
  process.exitCode = code;
  // Exit as soon as the output is flushed: keyv's Redis adapter leaves its connect-timeout timer running,
  // which would otherwise hold a finished command for seconds.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
