import { expect, test } from 'vitest';
import { haltAlert } from '../../src/discord/alerts/alertMessages.js';
import { moderationInstructions } from '../../src/discord/haltReplies.js';
import { fitLength, quoteUntrusted } from '../../src/discord/replies.js';
import type { HaltRecord } from '../../src/state/ChannelState.js';
import { inlineUntrusted, UPSTREAM_INLINE_LIMIT } from '../../src/upstream/messages.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { rendered } from '../support/rendered.js';

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

/** Markdown Discord would render live: a masked link, a bare or `<…>` link, a heading or subtext line, a quoted list. */
const LIVE_MARKDOWN = [
  /(?<!\\)\[[^\]\n]*(?<!\\)\]\(/, // [text](url)
  /(?<!\\)https?:\/\//, // https://… and <https://…>
  /^(?:> )?(?:#{1,3}|-#) /m, // # heading, -# subtext
  /^> +(?:[-+*]|\d+\.) /m, // - item, 1. item, in a quote (the bot's own steps are a list)
];
const liveMarkdown = (content: string) => LIVE_MARKDOWN.filter((live) => live.test(content));

const PHISHING =
  'Pending mod message, [Solve the CAPTCHA here](https://discord-verify.example/login)\n# Action required';

test('quoted upstream text shows its markdown as typed: no link, heading, subtext or list is live', () => {
  const text = `${PHISHING}\n-# small print\n- item\n  1. first\nVisit https://evil.example or <https://evil.example/a>\n**bold** \`code\``;
  const quoted = quoteUntrusted(text, 1_000);
  expect(quoted).toBe(
    [
      '> Pending mod message, \\[Solve the CAPTCHA here\\](https\\://discord-verify.example/login)',
      '> \\# Action required',
      '> -\\# small print',
      '> \\- item',
      '>   1\\. first',
      '> Visit https\\://evil.example or \\<https\\://evil.example/a\\>',
      '> \\*\\*bold\\*\\* \\`code\\`',
    ].join('\n'),
  );
  expect(liveMarkdown(quoted)).toEqual([]);
});

test.each([
  ['useapi.net', USEAPI_WORDS],
  ['midjourney-proxy', MIDJOURNEY_PROXY_WORDS],
])(
  'a masked link and a heading in %s moderation text stay dead in the public instructions and the alert',
  (_upstream, words) => {
    const halt: HaltRecord = {
      since: '2026-12-06T12:00:00.000Z',
      command: 'turbo',
      userId: '700000000000000001',
      upstreamText: PHISHING,
      cause: 'moderation',
      channelId: '810000000000000001',
    };
    for (const content of [
      moderationInstructions(halt, ['900000000000000001'], words),
      haltAlert('810000000000000001', halt, ['900000000000000001'], words),
    ].map((reply) => rendered(reply))) {
      expect(content).toContain('\\[Solve the CAPTCHA here\\](https\\://discord-verify.example/login)');
      expect(content).toContain('> \\# Action required');
      expect(liveMarkdown(content)).toEqual([]);
    }
  },
);
