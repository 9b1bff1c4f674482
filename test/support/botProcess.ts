import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '../standins/discord.js';

/** The compiled bot (as `npm start` runs it) in a child process, with its output captured. */
export interface BotProcess {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr. */
  output(): string;
  /** What it wrote to stderr alone (Node's warnings go there). */
  stderr(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
}

const DIST = join(import.meta.dirname, '..', '..', 'dist', 'src');

/**
 * Starts `node dist/src/<entry>` (the bot as `npm start` runs it, or the shard manager) in `cwd` with
 * exactly `env` (plus PATH), without waiting for anything: for a start that is meant to fail.
 */
export function spawnBotProcess(cwd: string, env: Record<string, string>, entry = 'index.js'): BotProcess {
  const child = spawn(process.execPath, [join(DIST, entry)], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, stderr: () => stderr, exited };
}

/**
 * {@link spawnBotProcess}, then waits until `readyCount` bots have logged a line whose message starts with
 * `until` (by default their "ready: connected…" line).
 */
export async function startBotProcess(
  cwd: string,
  env: Record<string, string>,
  { entry = 'index.js', readyCount = 1, until = 'ready' } = {},
): Promise<BotProcess> {
  const bot = spawnBotProcess(cwd, env, entry);
  await waitFor(
    () => {
      if (bot.child.exitCode !== null) throw new Error(`the bot exited early:\n${bot.output()}`);
      return bot.output().split(`"msg":"${until}`).length - 1 >= readyCount;
    },
    { timeoutMs: 15_000, description: `the bot process to log ${until}` },
  );
  return bot;
}
