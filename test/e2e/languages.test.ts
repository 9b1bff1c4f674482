/**
 * Who reads which language, through the real bot: a private answer in the member's Discord language, what
 * the channel sees in the server's (or BOT_LOCALE's), English for a language without a catalog, and
 * Midjourney's words quoted untouched whatever the language. Expected texts are the catalogs' own messages
 * rendered in the language the reader should get, and each is checked to differ from English, so a reply
 * that fell back to English fails.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { changeAlert } from '../../src/discord/alerts/alertMessages.js';
import { modeName } from '../../src/discord/replyText.js';
import type { BotLocale } from '../../src/i18n/locales.js';
import { render } from '../../src/i18n/render.js';
import { msg, type Text } from '../../src/i18n/text.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';

const ALERTS = '810000000000000099';
const MEMBER = { id: '700000000000000301' };
/** useapi.net's stand-in relays Midjourney's English answer to a mode change, which is quoted as it came. */
const MIDJOURNEY_SAYS = '> Done! Note that once you exhaust your fast hours';

/** `message` as a reader in `locale` reads it, checked not to be the English text. */
function inLanguage(message: Text, locale: BotLocale): string {
  const text = render(message, locale);
  expect(text, `the text in ${locale}`).not.toBe(render(message, 'en-US'));
  return text;
}

const requested = (user: string) => msg('switch.requested', { quoting: 'yes', mode: modeName('fast'), user });

async function startInJapaneseServer(env: Record<string, string> = {}): Promise<Harness> {
  return startHarness({
    discord: {
      guilds: [
        {
          id: GUILD_ID,
          channels: [CHANNEL_A, CHANNEL_B, ALERTS],
          roles: [ADMIN_ROLE_ID],
          preferredLocale: 'ja',
        },
      ],
    },
    env: { ALERT_CHANNEL_ID: ALERTS, ...env },
  });
}

describe('a server whose Discord language is Japanese', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startInJapaneseServer();
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.useapi.clear();
  });

  test('a member whose Discord is in Chinese reads /speed status in Chinese', async () => {
    const answer = await harness.run({
      subcommand: 'status',
      channelId: CHANNEL_A,
      user: MEMBER,
      locale: 'zh-CN',
    });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(inLanguage(msg('status.notHalted'), 'zh-CN'));
    expect(answer.content).not.toContain(render(msg('status.notHalted'), 'en-US'));
  });

  test("a public change reads in the server's Japanese, whatever the member's language, and quotes Midjourney untouched", async () => {
    const answer = await harness.run({
      subcommand: 'fast',
      channelId: CHANNEL_A,
      user: MEMBER,
      locale: 'ko',
    });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain(inLanguage(requested(`<@${MEMBER.id}>`), 'ja'));
    expect(answer.content).toContain(MIDJOURNEY_SAYS);
  });

  test("the alert channel reads the server's language too", async () => {
    const expected = changeAlert(CHANNEL_B, { mode: 'relax', userId: MEMBER.id, channelId: CHANNEL_B });
    const japanese = inLanguage(expected.content, 'ja');
    await harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: MEMBER, locale: 'ko' });
    // Alerts are posted in the background: the earlier tests' may still be arriving.
    const alert = await harness.discord.waitFor(
      () =>
        harness.discord
          .channelMessages(ALERTS)
          .find((message) => message.content.includes(`\`${CHANNEL_B}\``)),
      { description: 'the change alert' },
    );
    expect(alert.content).toBe(japanese);
  });

  test('a member whose Discord language has no catalog reads English', async () => {
    const answer = await harness.run({
      subcommand: 'status',
      channelId: CHANNEL_A,
      user: MEMBER,
      locale: 'it',
    });
    expect(answer.content).toContain(render(msg('status.notHalted'), 'en-US'));
  });
});

describe('BOT_LOCALE set by the operator', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startInJapaneseServer({ BOT_LOCALE: 'de' });
  });
  afterAll(async () => {
    await harness.close();
  });

  test("overrides the server's language for what the channel sees, and leaves private answers to the member", async () => {
    const change = await harness.run({
      subcommand: 'fast',
      channelId: CHANNEL_A,
      user: MEMBER,
      locale: 'ja',
    });
    expect(change.content).toContain(inLanguage(requested(`<@${MEMBER.id}>`), 'de'));
    expect(change.content).toContain(MIDJOURNEY_SAYS);

    const status = await harness.run({
      subcommand: 'status',
      channelId: CHANNEL_A,
      user: MEMBER,
      locale: 'ja',
    });
    expect(status.content).toContain(inLanguage(msg('status.notHalted'), 'ja'));
  });
});
