import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { botCommand } from './cores.js';

/** The compiled tree (`dist/`), where this file lives as `dist/bench/BenchBot.js`. */
const DIST = join(import.meta.dirname, '..');

/** The two bots the benchmark compares. */
export const BOTS = {
  /** The project's bot exactly as `npm start` runs it: the compiled entry point. */
  ours: join(DIST, 'src', 'index.js'),
  /** The minimal discord.js bot of `bench/baselineBot.ts`. */
  baseline: join(DIST, 'bench', 'baselineBot.js'),
} as const;

export type BotName = keyof typeof BOTS;

const GC_HOOK = pathToFileURL(join(DIST, 'bench', 'gcOnSignal.js')).href;
const MAX_KEPT_LINES = 400;

/** Memory of a bot process after forced garbage collection. */
export interface MemoryReading {
  /** `VmRSS` from `/proc/<pid>/status`: resident memory now. */
  rssMb: number;
  /** `VmHWM`: the most resident memory the process ever had (the peak while guilds arrived). */
  peakRssMb: number;
  heapUsedMb: number;
  /** Memory of buffers and native objects outside the JS heap (`external`, array buffers included). */
  externalMb: number;
}

/** Options of {@link BenchBot.spawn}. */
export interface SpawnOptions {
  env: Record<string, string>;
  cwd: string;
  /** Write CPU profiles (on exit) and a heap snapshot (at the memory reading) to this folder. */
  profileDir?: string;
}

const megabytes = (kilobytes: number) => Math.round((kilobytes / 1024) * 10) / 10;

/**
 * One bot under test in a child process: `node --expose-gc --import gcOnSignal.js <entry>` on the bots'
 * cores (./cores.ts), with exactly the given environment (plus PATH). Its output is kept line by line so the benchmark can wait for a log line.
 */
export class BenchBot {
  /** `performance.now()` just before the process was spawned. */
  readonly spawnedAt: number;
  readonly #child: ChildProcess;
  readonly #lines: string[] = [];
  readonly #waiters = new Set<() => void>();
  readonly #exited: Promise<number | null>;
  #partial = '';

  private constructor(
    readonly name: BotName,
    options: SpawnOptions,
  ) {
    const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
    const env = {
      PATH: process.env.PATH ?? '',
      ...options.env,
      ...(options.profileDir && { BENCH_HEAP_SNAPSHOT_DIR: options.profileDir }),
    };
    this.spawnedAt = performance.now();
    // taskset replaces itself with node, so the child's pid is the bot's (its /proc entry is read).
    const { command, args } = botCommand(['--expose-gc', '--import', GC_HOOK, ...profile, BOTS[name]]);
    this.#child = spawn(command, args, {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child.stdout?.on('data', (chunk: Buffer) => this.#onOutput(chunk));
    this.#child.stderr?.on('data', (chunk: Buffer) => this.#onOutput(chunk));
    this.#exited = new Promise((resolve) => {
      this.#child.once('exit', (code) => {
        this.#notify();
        resolve(code);
      });
    });
  }

  /** Starts a bot process. */
  static spawn(name: BotName, options: SpawnOptions): BenchBot {
    return new BenchBot(name, options);
  }

  get pid(): number {
    return this.#child.pid ?? -1;
  }

  /** The last lines the process wrote (stdout and stderr), for error reports. */
  output(): string {
    return this.#lines.join('\n');
  }

  /**
   * Resolves with the time since spawn at which the process wrote a line containing `text`, and that line.
   * Rejects if the process exits first or after `timeoutMs`.
   */
  waitForLine(text: string, timeoutMs: number): Promise<{ atMs: number; line: string }> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = this.#lines.find((candidate) => candidate.includes(text));
        if (line !== undefined) {
          finish();
          resolve({ atMs: performance.now() - this.spawnedAt, line });
        } else if (this.#child.exitCode !== null || this.#child.signalCode !== null) {
          finish();
          reject(new Error(`${this.name} bot exited before writing "${text}":\n${this.output()}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${this.name} bot wrote no "${text}" within ${timeoutMs} ms:\n${this.output()}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
      check();
    });
  }

  /** Forces garbage collection in the process (SIGUSR2 to its hook), then reads its memory. */
  async memory(timeoutMs = 30_000): Promise<MemoryReading> {
    this.#lines.splice(0, this.#lines.length, ...this.#lines.filter((line) => !line.includes('benchMemory')));
    this.#child.kill('SIGUSR2');
    const { line } = await this.waitForLine('"benchMemory"', timeoutMs);
    const usage = (JSON.parse(line) as { benchMemory: NodeJS.MemoryUsage & { gcExposed: boolean } })
      .benchMemory;
    if (!usage.gcExposed) throw new Error(`${this.name} bot: global gc() is not exposed`);
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return {
      rssMb: megabytes(field('VmRSS')),
      peakRssMb: megabytes(field('VmHWM')),
      heapUsedMb: megabytes(usage.heapUsed / 1024),
      externalMb: megabytes(usage.external / 1024),
    };
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves with the exit code. */
  async stop(graceMs = 10_000): Promise<number | null> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return this.#child.exitCode;
    this.#child.kill('SIGTERM');
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), graceMs);
    try {
      return await this.#exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills the process at once (SIGKILL), for a run that is being abandoned. */
  kill(): void {
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill('SIGKILL');
  }

  #onOutput(chunk: Buffer): void {
    const parts = (this.#partial + chunk.toString('utf8')).split('\n');
    this.#partial = parts.pop() ?? '';
    if (parts.length === 0) return;
    this.#lines.push(...parts);
    if (this.#lines.length > MAX_KEPT_LINES) this.#lines.splice(0, this.#lines.length - MAX_KEPT_LINES);
    this.#notify();
  }

  #notify(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}
