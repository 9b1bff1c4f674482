import { expect, test } from 'vitest';
import { fitLength, quoteUntrusted } from '../../src/discord/replies.js';
import { inlineUntrusted, UPSTREAM_INLINE_LIMIT } from '../../src/upstream/messages.js';

const quotedEverywhere = (text: string) => text.split('\n').every((line) => line.startsWith('> '));

test('a quote never exceeds its limit, markers included, however many lines the text has', () => {
  for (const text of ['\n'.repeat(5_000), 'a\n'.repeat(3_000), '```\n'.repeat(1_000), 'x'.repeat(5_000)]) {
    const quoted = quoteUntrusted(`x${text}x`, 600);
    expect(quoted.length).toBeLessThanOrEqual(600);
    expect(quotedEverywhere(quoted)).toBe(true);
  }
});

test('a cut quote ends with its mark on a quoted line, never on a line of its own', () => {
  for (let lead = 0; lead < 4; lead += 1) {
    const quoted = quoteUntrusted(`${'y'.repeat(lead)}x${'\n'.repeat(900)}x`, 100 + lead);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quotedEverywhere(quoted)).toBe(true);
  }
});

test('every line break a Discord client may honour starts a new quoted line', () => {
  expect(quoteUntrusted('a\rb\u2028c\u2029d\r\ne', 100)).toBe('> a\n> b\n> c\n> d\n> e');
});

test('a code fence in quoted text is broken so it cannot open a code block', () => {
  expect(quoteUntrusted('```js\nx\n```', 100)).not.toContain('```');
});

test('cutting never splits an emoji into half a surrogate pair', () => {
  const cut = fitLength('😀'.repeat(1_500));
  expect(cut.length).toBeLessThanOrEqual(2_000);
  expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  expect(quoteUntrusted('😀'.repeat(400), 101)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
});

test('upstream words inside a sentence stay on one line, with their markdown shown as typed', () => {
  const said = inlineUntrusted('**bold**\n# heading\n`code` [link](https://x.example) <@123> @everyone');
  expect(said).not.toContain('\n');
  expect(said).toBe(
    '\\*\\*bold\\*\\* \\# heading \\`code\\` \\[link\\](https\\://x.example) \\<@123\\> \\@everyone'.replace(
      '\\<@123',
      '\\<\\@123',
    ),
  );
});

test('upstream words inside a sentence are cut to their limit, and invisible characters dropped', () => {
  expect([...inlineUntrusted('y'.repeat(5_000))]).toHaveLength(UPSTREAM_INLINE_LIMIT);
  expect(inlineUntrusted('a\u202eb\u200bc')).toBe('abc');
});
