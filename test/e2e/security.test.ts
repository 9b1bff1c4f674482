/**
 * What the bot must never do, whatever useapi.net or a member sends it: ping anyone with upstream text,
 * let that text escape its quote or Discord's limits, act on another channel than the one it was asked
 * in, or let a token reach Discord or the logs.
 */
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { type InteractionHandle, permissionSets } from '../standins/discord.js';
import { respond } from '../standins/useapi.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  DISCORD_TOKEN,
  type Harness,
  startHarness,
  USEAPI_TOKEN,
} from '../support/botHarness.js';

const OTHER_GUILD = '800000000000000002';
const OTHER_CHANNEL = '820000000000000001';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    discord: {
      guilds: [
        { id: '800000000000000001', channels: [CHANNEL_A, CHANNEL_B], roles: [ADMIN_ROLE_ID] },
        { id: OTHER_GUILD, channels: [OTHER_CHANNEL] },
      ],
    },
  });
});
afterAll(async () => {
  await harness.close();
});
afterEach(async () => {
  harness.useapi.clear();
});

/** Everything Midjourney's text could try: mentions, a code fence, markdown, a fake quote, and length. */
const HOSTILE = [
  '@everyone @here <@123456789012345678> <@!123456789012345679> <@&456456456456456456> <#810000000000000002>',
  '```',
  'this line tries to **escape** the quote: ``` and then ~~more~~ ||spoilers||',
  '# A heading',
  '>>> a quote that swallows the rest',
  '-# small print',
  '[click me](https://evil.example/steal)',
  'x'.repeat(5_000),
].join('\n');

/** Thousands of empty lines: every one grows by its quote marker. `lead` shifts where a cut lands. */
const manyLines = (lead = '') => `${lead}x${'\n'.repeat(4_998)}x`;

const NO_PINGS = { everyone: false, users: [], roles: [] };

function expectNoWriteCanPing(handle: InteractionHandle, roles: readonly string[] = []) {
  expect(handle.writes.length).toBeGreaterThan(0);
  for (const write of handle.writes) {
    // Deletes and the deferral ("thinking…") carry no text, so there is nothing in them to ping.
    const body = write.body as { content?: unknown; data?: { content?: unknown } } | undefined;
    if (body?.content === undefined && body?.data?.content === undefined) continue;
    expect(write.allowedMentions, `${write.route} sets allowed_mentions`).toBeDefined();
    expect(write.allowedMentions?.parse ?? []).toEqual([]);
    expect(write.allowedMentions?.roles ?? []).toEqual(roles);
    expect(write.allowedMentions?.users ?? []).toEqual([]);
  }
}

/** Lines from `start` that do not belong to the quote, i.e. that do not start with "> ". */
function linesOutsideQuote(content: string, from: number, to?: number): string[] {
  return content
    .split('\n')
    .slice(from, to)
    .filter((line) => !line.startsWith('> '));
}

test('hostile Midjourney text in a reply never pings, stays in its quote and fits in one message', async () => {
  harness.useapi.respondOnce(
    { route: 'jobs' },
    respond.json(200, { jobid: 'j1', status: 'completed', content: HOSTILE }),
  );
  const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
  expect(answer.content.length).toBeLessThanOrEqual(2_000);
  expect(answer.mentions).toEqual(NO_PINGS);
  expectNoWriteCanPing(answer.handle);
  expect(answer.content).not.toContain('```');
  expect(linesOutsideQuote(answer.content, 1)).toEqual([]);
  // Shown as typed: the link is no link, the heading and the small print are plain lines.
  expect(answer.content).toContain('> \\[click me\\](https\\://evil.example/steal)');
  expect(answer.content).toContain('> \\# A heading');
  expect(answer.content).toContain('> -\\# small print');
});

test.each(['', 'y', 'yy'])(
  'Midjourney text of thousands of lines (lead %j) stays in its quote and within 2,000 characters',
  async (lead) => {
    harness.useapi.respondOnce(
      { route: 'jobs' },
      respond.json(200, { jobid: 'j1', status: 'completed', content: manyLines(lead) }),
    );
    const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A });
    expect(answer.content.length).toBeLessThanOrEqual(2_000);
    expect(linesOutsideQuote(answer.content, 1)).toEqual([]);
  },
);

test('a hostile 596 text cannot push the instructions or the Reset button out of the moderation notice', async () => {
  harness.useapi.respondOnce(
    { route: 'jobs' },
    respond.json(596, { error: 'Pending mod message', errorDetails: manyLines(), code: 596 }),
  );
  const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B });
  expect(answer.content.length).toBeLessThanOrEqual(2_000);
  expect(answer.content).toContain('**What to do**');
  expect(answer.content).toContain('runs `/speed reset` or presses **Reset** below');
  expect(JSON.stringify(answer.components)).toContain('speed:reset');
  // Only the configured admin role may be pinged by a moderation notice, never anyone upstream text names.
  expect(answer.mentions).toEqual({ ...NO_PINGS, roles: [ADMIN_ROLE_ID] });
  expectNoWriteCanPing(answer.handle, [ADMIN_ROLE_ID]);
  await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, permissions: permissionSets.manager });
});

test('hostile text in a useapi.net error never pings and cannot open a code block, a heading or a link', async () => {
  harness.useapi.respondOnce({ route: 'jobs' }, respond.json(400, { error: HOSTILE, code: 400 }));
  const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
  expect(answer.ephemeral).toBe(true);
  expect(answer.content.length).toBeLessThanOrEqual(2_000);
  expect(answer.mentions).toEqual(NO_PINGS);
  expectNoWriteCanPing(answer.handle);
  // The upstream words stay on the line that introduces them, with their markdown disarmed.
  const said = answer.content.split('\n').find((line) => line.includes('useapi.net said:')) ?? '';
  expect(answer.content.split('\n').filter((line) => line.startsWith('#'))).toEqual([]);
  expect(said).not.toMatch(/(^|[^\\])`/);
  expect(said).not.toMatch(/(^|[^\\])\[click me\]/);
  expect(said).not.toMatch(/(^|[^\\])<@/);
  expect(said.length).toBeLessThan(700);
});

test('every subcommand acts on the useapi.net account of the channel it was typed in, and nowhere else', async () => {
  const admin = { permissions: permissionSets.manager };
  for (const channelId of [CHANNEL_B, OTHER_CHANNEL]) {
    const guildId = channelId === OTHER_CHANNEL ? OTHER_GUILD : undefined;
    for (const subcommand of ['fast', 'turbo', 'relax', 'status', 'reset']) {
      await harness.run({ subcommand, channelId, ...(guildId && { guildId }), ...admin });
    }
    await harness.run({
      type: 'button',
      customId: 'speed:reset',
      channelId,
      ...(guildId && { guildId }),
      ...admin,
    });
    expect(harness.useapi.requests.length).toBeGreaterThan(0);
    expect(harness.useapi.requests.map((request) => request.channel)).toEqual(
      harness.useapi.requests.map(() => channelId),
    );
    harness.useapi.clear();
  }
  // Answers go through the interactions themselves: the bot posts nothing into any channel directly.
  for (const channelId of [CHANNEL_A, CHANNEL_B, OTHER_CHANNEL]) {
    expect(harness.discord.channelMessages(channelId)).toEqual([]);
  }
  expect(harness.discord.unexpectedRequests()).toEqual([]);
});

test('neither token appears in anything sent to Discord or useapi.net bodies, nor in any log line', () => {
  // Runs last: it scans everything this file made the bot send and log, faults and hostile text included.
  const toDiscord = harness.discord.requests().map((request) => ({
    url: request.rawUrl,
    body: request.body,
    headers: request.headers,
  }));
  const toUseapi = harness.useapi.requests.map((request) => ({
    url: request.url,
    body: request.rawBody,
    headers: { ...request.headers, authorization: undefined },
  }));
  const everything = JSON.stringify([toDiscord, toUseapi, harness.logs]);
  expect(toDiscord.length).toBeGreaterThan(20);
  expect(harness.logs.length).toBeGreaterThan(10);
  for (const token of [DISCORD_TOKEN, USEAPI_TOKEN]) {
    expect(everything).not.toContain(token);
    // Nor its distinctive part, in case something cut or encoded it.
    expect(everything).not.toContain(token.slice(-24));
  }
});
