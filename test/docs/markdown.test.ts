/**
 * The link check's reading of Markdown, on the cases where reading it wrong would let a broken link through
 * or fail a good one: code is not a link or a heading, and slugs are GitHub's.
 */
import { expect, test } from 'vitest';
import { anchorsIn, linksIn } from './markdown.js';

test("headings get GitHub's slugs: code kept without backticks, punctuation dropped, repeats numbered", () => {
  const page = [
    '# mj-speed-bot',
    '### Check your setup: `npm run doctor`',
    '### midjourney-proxy (`UPSTREAM=midjourney-proxy`)',
    '### 1. The Discord application',
    '## Who may use Turbo and Fast, and for how long',
    '## Notes',
    '## Notes ##',
    '## [Linked](https://example.com) **heading**',
    '<a id="kept-by-hand"></a>',
  ].join('\n');
  expect([...anchorsIn(page)]).toEqual([
    'mj-speed-bot',
    'check-your-setup-npm-run-doctor',
    'midjourney-proxy-upstreammidjourney-proxy',
    '1-the-discord-application',
    'who-may-use-turbo-and-fast-and-for-how-long',
    'notes',
    'notes-1',
    'linked-heading',
    'kept-by-hand',
  ]);
});

test('a line starting with # inside a fenced block is not a heading', () => {
  const page = ['# Title', '```sh', '# install', 'npm install', '```', '#not-a-heading'].join('\n');
  expect([...anchorsIn(page)]).toEqual(['title']);
});

test('links are found wherever prose has them, and not inside code', () => {
  const page = [
    'See [the guide](docs/guide.md#start) and ![a picture](<img/a b.png> "title"), or',
    'a [link whose text',
    'wraps](#wrapped) and <https://example.com/x>.',
    '`[not a link](nowhere.md)` and',
    '```md',
    '[also not](nowhere.md)',
    '```',
    '[ref]: other.md',
    '<a href="docs/x.md">x</a>',
  ].join('\n');
  expect(linksIn(page)).toEqual([
    { target: 'docs/guide.md#start', line: 1 },
    { target: 'img/a b.png', line: 1 },
    { target: '#wrapped', line: 2 },
    { target: 'https://example.com/x', line: 3 },
    { target: 'other.md', line: 8 },
    { target: 'docs/x.md', line: 9 },
  ]);
});
