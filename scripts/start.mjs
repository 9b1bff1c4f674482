// `npm start` and `npm run deploy`: compile only when a source is newer than the last build (a no-op
// `tsc` still costs seconds), then run the compiled entry point in this same process.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'commands', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (Math.max(...SOURCES.map((source) => newestChange(join(root, source)))) > builtAt) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  console.error('Sources changed since the last build: compiling…');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  writeFileSync(stamp, '');
  const now = new Date();
  utimesSync(stamp, now, now);
}

const entry = process.argv[2] === 'deploy' ? 'deploy.js' : 'index.js';
await import(pathToFileURL(join(root, 'dist', 'src', entry)).href);
