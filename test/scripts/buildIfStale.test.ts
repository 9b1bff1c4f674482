import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { root, SOURCES } from '../../scripts/buildIfStale.mjs';

/** Every `.js` file under `dir`, as a path relative to it. */
function emitted(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.js'))
    .map((entry) => relative(dir, join(dir, entry)));
}

// A source the build compiles but the check does not watch leaves dist/ stale after a change to it, so
// `npm run demo` (or a suite running dist/) would run old code without a word. The global setup has built.
test('a change to any source the build compiles triggers a rebuild', () => {
  const compiled = emitted(join(root, 'dist'))
    .map((file) => file.replace(/\.js$/, '.ts'))
    .filter((source) => existsSync(join(root, source)));
  expect(compiled).toContain(join('demo', 'demo.ts'));
  const unwatched = compiled.filter(
    (source) => !SOURCES.some((watched: string) => source === watched || source.startsWith(`${watched}/`)),
  );
  expect(unwatched).toEqual([]);
});
