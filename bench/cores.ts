/**
 * Keeps the bots off the core the stand-ins run on, where the machine allows.
 *
 * In production Discord and the upstream are other machines. Here they are stand-ins in the bench process,
 * and when they share cores with the bot under test, each request the bot sends wakes a stand-in that the
 * kernel runs on the bot's own core (a woken task goes where its waker ran), so the bot's next request waits
 * until the stand-in is done with the first. Measured with undici's diagnostics channels: ours, which sends
 * the deferral and the upstream call together, wrote the upstream call ~1 ms late on shared cores and on
 * time on split ones; the baseline sends one request at a time and was barely affected. So the bench process
 * keeps core 0 and every bot runs on the others, when there are two or more and `taskset` (util-linux) is
 * there; otherwise everything shares the cores, and the report says so.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** How the run placed its processes, for the report. */
export type CorePlacement = 'split' | 'shared';

let placement: CorePlacement | undefined;

/** The cores this process may use, read before it moves itself to core 0. */
const CORES = availableParallelism();
/** The bots' cores: all of those but core 0. */
const BOT_CORES = `1-${CORES - 1}`;

/** Moves this process (every thread of it) to core 0, once; resolves the placement the bots will get. */
export function placeStandIns(): CorePlacement {
  if (placement) return placement;
  placement = 'shared';
  if (CORES >= 2) {
    try {
      // A trial first: the bots' cores must be usable before the stand-ins leave them.
      execFileSync('taskset', ['-c', BOT_CORES, 'true'], { stdio: 'ignore' });
      execFileSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
      placement = 'split';
    } catch {
      // No taskset, or those cores are not ours to use: the cores stay shared.
    }
  }
  return placement;
}

/** The command that starts `node` with `args` where the bots belong. */
export function botCommand(args: readonly string[]): { command: string; args: string[] } {
  if (placeStandIns() === 'split') {
    return { command: 'taskset', args: ['-c', BOT_CORES, process.execPath, ...args] };
  }
  return { command: process.execPath, args: [...args] };
}
