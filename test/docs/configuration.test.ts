/**
 * The configuration tables against what the bot reads. The full table (docs/operating.md, "Configuration")
 * has a row for every variable of .env.example that src/config.ts reads, and no row for one it does not;
 * the README's short table names only real variables. A variable added to the code and .env.example but
 * not to the table, or a row left behind by a removed one, fails here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { withoutCode } from './markdown.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The variable names that rows of a table begin with, in the section under `heading`. */
function tableVariables(markdown: string, heading: string): string[] {
  // Headings are found outside code; withoutCode keeps every line where it was, so its line numbers hold
  // for the original, whose code spans (the names) it blanks.
  const prose = withoutCode(markdown).split('\n');
  const start = prose.indexOf(heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const end = prose.findIndex((line, index) => index > start && /^#{1,2} /.test(line));
  return markdown
    .split('\n')
    .slice(start, end < 0 ? undefined : end)
    .flatMap((line) => [...line.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1] ?? ''));
}

const configSource = read('src/config.ts');
/** What .env.example lists and the bot itself reads (compose's REDIS_PASSWORD is not the bot's). */
const botVariables = [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)]
  .map((match) => match[1] ?? '')
  .filter((name) => new RegExp(`\\b${name}\\b`).test(configSource));

test('the full configuration table has one row for each variable the bot reads, and no other', () => {
  expect(botVariables.length).toBeGreaterThan(10);
  const rows = tableVariables(read('docs/operating.md'), '## Configuration');
  expect([...rows].sort()).toEqual([...botVariables].sort());
});

test("the README's short table names only variables the bot reads, the required ones among them", () => {
  const rows = tableVariables(read('README.md'), '## Configuration');
  expect(rows.filter((name) => !botVariables.includes(name))).toEqual([]);
  expect(rows).toEqual(expect.arrayContaining(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'USEAPI_TOKEN']));
});
