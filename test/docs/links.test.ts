/**
 * The documentation's links, checked as GitHub would follow them: every relative link in README.md and
 * docs/*.md names a file of the repository, every `#anchor` is a heading (or explicit anchor) of the page it
 * points into, and every external link is a well-formed http(s) URL (not fetched: tests never reach the
 * network). The front page links every docs page, so none is left where a newcomer cannot find it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorsIn, linksIn, type MarkdownLink } from './markdown.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

const anchorsOf = new Map<string, Set<string>>();
/** The anchors of a page of the repository (path relative to the root), read once. */
function anchorsOfPage(page: string): Set<string> {
  let anchors = anchorsOf.get(page);
  if (anchors === undefined) {
    anchors = anchorsIn(readFileSync(join(ROOT, page), 'utf8'));
    anchorsOf.set(page, anchors);
  }
  return anchors;
}

/** GitHub's links to lines of a source file: `#L12` or `#L12-L20`. */
const LINE_ANCHOR = /^L\d+(?:-L\d+)?$/;

/** Why a link written in `page` leads nowhere, or undefined when it leads somewhere. */
function brokenBecause(page: string, { target }: MarkdownLink): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    if (!/^https?:\/\//i.test(target)) return 'only http(s) links leave the repository';
    if (!URL.canParse(target) || new URL(target).hostname === '') return 'not a well-formed URL';
    return undefined;
  }
  const hash = target.indexOf('#');
  const pathPart = hash < 0 ? target : target.slice(0, hash);
  const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
  if (pathPart.startsWith('/')) return 'write it relative to the page, as GitHub resolves it';
  const file = pathPart === '' ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), decodeURI(pathPart));
  const inRepository = relative(ROOT, file);
  if (inRepository.startsWith(`..${sep}`) || inRepository === '..') return 'points outside the repository';
  if (!existsSync(file)) return `no such file ${inRepository}`;
  if (anchor === undefined) return undefined;
  if (anchor === '') return 'empty #anchor';
  if (statSync(file).isDirectory()) return `${inRepository} is a folder: it has no #${anchor}`;
  if (!file.endsWith('.md'))
    return LINE_ANCHOR.test(anchor) ? undefined : `#${anchor} is not a line of ${inRepository}`;
  return anchorsOfPage(inRepository).has(anchor) ? undefined : `no heading #${anchor} in ${inRepository}`;
}

describe.each(PAGES)('%s', (page) => {
  const links = linksIn(readFileSync(join(ROOT, page), 'utf8'));

  test('every link leads to a file, a heading or a well-formed web address', () => {
    const broken = links.flatMap((link) => {
      const reason = brokenBecause(page, link);
      return reason === undefined ? [] : [`${page}:${link.line} (${link.target}): ${reason}`];
    });
    expect(broken).toEqual([]);
  });
});

test('the front page links every docs page', () => {
  const linked = new Set(
    linksIn(readFileSync(join(ROOT, 'README.md'), 'utf8')).map(({ target }) => target.split('#')[0]),
  );
  const docs = PAGES.filter((page) => page !== 'README.md');
  expect(docs.length).toBeGreaterThan(0);
  expect(docs.filter((page) => !linked.has(page))).toEqual([]);
});
