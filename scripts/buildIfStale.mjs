// Compiles only when a source is newer than the last build: a no-op `tsc` still costs seconds, and
// `npm start`, the test suite and the benchmark all need an up-to-date dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
// The folders the build compiles (its `include`, read so the two cannot drift apart), the test helpers the demo
// and the benchmark import from outside them, and the files that change what tsc emits.
const { include } = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8'));
export const SOURCES = [
  ...include,
  'test/support',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Runs `tsc -p tsconfig.build.json` if dist/ is missing or older than any source. */
export function buildIfStale() {
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (Math.max(...SOURCES.map((source) => newestChange(join(root, source)))) <= builtAt) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  console.error('Sources changed since the last build: compiling…');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  } catch {
    console.error(
      'The TypeScript build failed (errors above); fix them, or run `npm run build` to see them again.',
    );
    process.exit(1);
  }
  writeFileSync(stamp, '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale();
