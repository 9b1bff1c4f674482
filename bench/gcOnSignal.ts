/**
 * Preloaded into both bot processes by the benchmark (`node --expose-gc --import …/gcOnSignal.js`). On SIGUSR2 it
 * runs full garbage collections and prints one JSON line with `process.memoryUsage()` on stderr, so resident
 * memory is read once start-up garbage is gone, the same way for both bots. With `BENCH_HEAP_SNAPSHOT_DIR` set it
 * also writes a heap snapshot there (for `npm run bench -- --profile`).
 */
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

const gc = (globalThis as { gc?: () => void }).gc;
const snapshotDir = process.env.BENCH_HEAP_SNAPSHOT_DIR;

process.on('SIGUSR2', () => {
  gc?.();
  // A second collection after a turn of the event loop frees what the first one only queued for finalisation.
  setTimeout(() => {
    gc?.();
    const usage = process.memoryUsage();
    const snapshot = snapshotDir
      ? writeHeapSnapshot(join(snapshotDir, `${process.pid}.heapsnapshot`))
      : undefined;
    process.stderr.write(
      `${JSON.stringify({ benchMemory: { ...usage, gcExposed: gc !== undefined, snapshot } })}\n`,
    );
  }, 100);
});
