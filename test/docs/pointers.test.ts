/**
 * Where the code sends people to read on. Doctor fixes, startup errors, log lines and configuration comments
 * name docs pages (`docs/upstreams.md`, `docs/operating.md#configuration`); each must be a page of the
 * repository, and a named `#anchor` one of its headings, or the operator is sent nowhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { anchorsIn } from './markdown.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** What an operator runs or reads: the bot, its tools and scripts, and its configuration files. */
const SOURCES = [
  'src',
  'commands',
  'scripts',
  'deploy',
  'bench',
  'demo',
  '.ci',
  '.env.example',
  'Dockerfile',
  'compose.yaml',
];
const DOCS_POINTER = /\bdocs\/([\w.-]+\.md)(?:#([\w-]+))?/g;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

test('every docs page the code and configuration name exists, with the section named', () => {
  const pointers = SOURCES.flatMap((source) => filesUnder(join(ROOT, source))).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(DOCS_POINTER)].map(([written, page, anchor]) => ({
      where: relative(ROOT, file),
      written,
      page: `docs/${page}`,
      anchor,
    })),
  );
  expect(pointers.length).toBeGreaterThan(0);
  const docs = new Set(readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`));
  const broken = pointers.filter(({ page, anchor }) => {
    if (!docs.has(page)) return true;
    return anchor !== undefined && !anchorsIn(readFileSync(join(ROOT, page), 'utf8')).has(anchor);
  });
  expect(broken.map(({ where, written }) => `${where}: ${written}`)).toEqual([]);
});
