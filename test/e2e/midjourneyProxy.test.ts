/**
 * What only midjourney-proxy does, through the real bot and discord.js: confirmations read back from the
 * account, CAPTCHA locks whose link only admins see, disabled accounts, resets of each kind, fast time from
 * the proxy's /info reading, and its failures.
 */
import { describe, expect, test } from 'vitest';
import { type InteractionHandle, permissionSets } from '../standins/discord.js';
import { proxyFaults } from '../standins/midjourneyProxy.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  harnessForSuite,
  MJ_PROXY_TOKEN,
  startHarness,
} from '../support/botHarness.js';

const MEMBER = { id: '700000000000000001' };
const ADMIN = { id: '700000000000000002' };
const CAPTCHA_URL = 'https://proxy.example/cf/verify?state=captcha-ticket-6d1f';
/** A channel of the server that has no account at the proxy. */
const CHANNEL_C = '810000000000000003';

const asAdmin = { user: ADMIN, permissions: permissionSets.manager };
/** The Reset an admin is offered privately once shown the CAPTCHA link. */
const SOLVED_RESET = { type: 'button', customId: 'speed:reset:solved' } as const;

/** Every message of these interactions that the whole channel sees (their private answers left out). */
function publicMessages(handles: readonly InteractionHandle[]): string[] {
  return handles
    .flatMap((handle) => [handle.original, ...handle.followUps])
    .flatMap((message) => (message && !message.ephemeral && !message.deleted ? [message.content] : []));
}

describe('against midjourney-proxy', () => {
  const harness = harnessForSuite({
    upstream: 'midjourney-proxy',
    discord: {
      guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, CHANNEL_C], roles: [ADMIN_ROLE_ID] }],
    },
    env: { USEAPI_DEADLINE_MS: '2500' },
  });

  test('a switch says the job mode and fast time the proxy reads back, and quotes no Midjourney text', async () => {
    const answer = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_A, user: MEMBER });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toBe(
      `**Turbo mode** requested by <@${MEMBER.id}>.\nmidjourney-proxy now reports job mode **Turbo**, 12.5 of 30 hours left (41.67%) of fast time.`,
    );
    expect(harness().proxy.requestsTo('action')).toHaveLength(1);
  });

  test('a change that never shows is reported as sent but unconfirmed, after exactly one click', async () => {
    harness().proxy.setModeLag('never');
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER }, 15_000);
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain(
      'The change was sent to midjourney-proxy but could not be confirmed in time',
    );
    expect(harness().proxy.requestsTo('action')).toHaveLength(1);
  });

  test('a CAPTCHA lock halts the account; the link is shown to admins only, privately, and never in the channel', async () => {
    harness().upstream.lockWithCaptcha(CHANNEL_A, CAPTCHA_URL);
    const halted = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    expect(halted.ephemeral).toBe(false);
    expect(halted.content).toContain('because Midjourney asked the account to solve a CAPTCHA');
    expect(halted.content).toContain('admins find the link in `/speed status`');
    expect(harness().proxy.requestsTo('action')).toHaveLength(0);

    const member = await harness().run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
    expect(member.content).toContain('**Halted**');
    expect(member.content).not.toContain('proxy.example');

    const admin = await harness().run({ subcommand: 'status', channelId: CHANNEL_A, ...asAdmin });
    expect(admin.ephemeral).toBe(true);
    expect(admin.content).toContain(
      `midjourney-proxy account: **locked by a CAPTCHA**. Solve it at <${CAPTCHA_URL}>`,
    );

    // Reset before really solving it: the proxy clears the lock without checking (AdminController.cs:803-827),
    // the reset says what the bot told it, and Midjourney locks the account again at its next interaction.
    // Asked to reset, the admin first gets the link privately, with the Reset to press once it is solved.
    const first = await harness().run({ subcommand: 'reset', channelId: CHANNEL_A, ...asAdmin });
    expect(first.ephemeral).toBe(true);
    expect(first.content).toContain(`First solve it at <${CAPTCHA_URL}>`);
    expect(first.content).toContain('Nothing was reset yet.');
    expect(JSON.stringify(first.components)).toContain('"custom_id":"speed:reset:solved"');
    expect(harness().proxy.requestsTo('captchaSolved')).toEqual([]);

    harness().proxy.account(CHANNEL_A).captchaSticks = true;
    const reset = await harness().run({ ...SOLVED_RESET, channelId: CHANNEL_A, ...asAdmin });
    expect(reset.ephemeral).toBe(false);
    expect(reset.content).toContain(
      'The bot told midjourney-proxy that the CAPTCHA was solved (midjourney-proxy does not check it).',
    );
    expect(reset.content).toContain('admins then find the new link in `/speed status`');
    const again = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    expect(again.content).toContain('because Midjourney asked the account to solve a CAPTCHA');
    const adminAgain = await harness().run({ subcommand: 'status', channelId: CHANNEL_A, ...asAdmin });
    expect(adminAgain.ephemeral).toBe(true);
    expect(adminAgain.content).toContain(`Solve it at <${CAPTCHA_URL}>`);
    const handle = reset.handle;

    const shown = publicMessages([
      halted.handle,
      member.handle,
      admin.handle,
      first.handle,
      handle,
      again.handle,
    ]);
    expect(shown.length).toBe(3);
    for (const message of shown) expect(message).not.toContain('proxy.example');
    expect(harness().logs.join('')).not.toContain('captcha-ticket');
    harness().proxy.account(CHANNEL_A).captchaSticks = false;
    await harness().run({ ...SOLVED_RESET, channelId: CHANNEL_A, ...asAdmin });
  });

  test('a CAPTCHA reset marks it solved at the proxy and says that is all the bot could do', async () => {
    harness().upstream.lockWithCaptcha(CHANNEL_B, CAPTCHA_URL);
    await harness().run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER });
    const reset = await harness().run({ ...SOLVED_RESET, channelId: CHANNEL_B, ...asAdmin });
    expect(reset.content).toContain('The bot told midjourney-proxy that the CAPTCHA was solved');
    expect(harness().proxy.requestsTo('captchaSolved')).toHaveLength(1);
    expect(harness().proxy.requestsTo('enable')).toHaveLength(0);
    expect(reset.handle.followUps).toEqual([]);
    const works = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_B, user: MEMBER });
    expect(works.content).toContain('now reports job mode **Turbo**');
  });

  test('an account disabled for a moderation message halts, and its reset re-enables it', async () => {
    harness().upstream.flagModeration(CHANNEL_B);
    const halted = await harness().run({ subcommand: 'relax', channelId: CHANNEL_B, user: MEMBER });
    expect(halted.content).toContain('Midjourney flagged the shared account');
    expect(halted.content).toContain('> Pending mod message, You have a pending moderation message.');
    const reset = await harness().run({ subcommand: 'reset', channelId: CHANNEL_B, ...asAdmin });
    expect(reset.content).toContain(
      'midjourney-proxy has enabled the account again and reconnects it within a minute or two',
    );
    expect(
      harness()
        .proxy.requestsTo('enable')
        .map((request) => request.body),
    ).toEqual([[`acc-${CHANNEL_B}`]]);
  });

  test('an account disabled for another reason is a private failure that says so, and halts nothing', async () => {
    Object.assign(harness().proxy.account(CHANNEL_B), {
      enable: false,
      disabledReason: 'Subscription paused, Your subscription is paused.',
    });
    const failed = await harness().run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER });
    expect(failed.ephemeral).toBe(true);
    expect(failed.content).toContain('not a moderation halt');
    expect(failed.content).toContain('midjourney-proxy said: Subscription paused');
    const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_B, ...asAdmin });
    expect(status.content).toContain('✅ Not halted');
    expect(status.content).toContain('midjourney-proxy account: **switched off** (not a moderation halt).');
  });

  test('status reads the fast time from the proxy, syncing a reading older than an hour once, then reuses it', async () => {
    harness().proxy.account(CHANNEL_B).infoUpdated = Date.now() - 2 * 3_600_000;
    harness().upstream.setFastTime(CHANNEL_B, 3, 15);
    const first = await harness().run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(first.content).toContain('Fast time remaining: **3 of 15 hours left (20%)**');
    expect(harness().proxy.syncsOf(CHANNEL_B)).toBe(1);

    const before = harness().proxy.requests.length;
    const second = await harness().run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(second.content).toContain('Fast time remaining: **3 of 15 hours left (20%)**');
    expect(harness().proxy.requests).toHaveLength(before);
  });

  test('a channel without an account at the proxy gets the clear reply, and nothing is clicked or synced', async () => {
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_C, user: MEMBER });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toBe(
      'midjourney-proxy has no account for this channel; add it there or map the channel.',
    );
    expect(harness().proxy.requests.map((request) => request.route)).toEqual(['search']);
  });

  test('a proxy that drops every connection, or never answers, gets a private explanation in time', async () => {
    harness().proxy.fail(proxyFaults.drop(), { times: 10 });
    const down = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    expect(down.ephemeral).toBe(true);
    expect(down.content).toContain('Could not reach midjourney-proxy');
    expect(down.content).toContain('MJ_PROXY_URL');

    harness().upstream.clear();
    harness().proxy.fail(proxyFaults.hang(), { route: 'account' });
    const hanging = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER }, 15_000);
    expect(hanging.ephemeral).toBe(true);
    expect(hanging.content).toContain('midjourney-proxy did not answer in time');
    expect(harness().proxy.requestsTo('action')).toHaveLength(0);
  });

  test('the admin token is never in a reply or a log line', async () => {
    harness().upstream.lockWithCaptcha(CHANNEL_A, CAPTCHA_URL);
    await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    await harness().run({ subcommand: 'status', channelId: CHANNEL_A, ...asAdmin });
    await harness().run({ subcommand: 'reset', channelId: CHANNEL_A, ...asAdmin });
    const everything = JSON.stringify(
      harness()
        .discord.requests()
        .map((request) => request.body),
    );
    expect(everything).not.toContain(MJ_PROXY_TOKEN);
    expect(harness().logs.join('')).not.toContain(MJ_PROXY_TOKEN);
    expect(
      harness().proxy.requests.every((request) => request.headers.authorization === MJ_PROXY_TOKEN),
    ).toBe(true);
  });
});

test('a wrong admin token is explained privately and names MJ_PROXY_TOKEN, without echoing it', async () => {
  const harness = await startHarness({
    upstream: 'midjourney-proxy',
    env: { MJ_PROXY_TOKEN: 'mjproxy-WRONG-token-0000' },
  });
  try {
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toBe(
      "midjourney-proxy rejected the bot's admin token. Ask the bot's operator to check MJ_PROXY_TOKEN.",
    );
    expect(harness.logs.join('')).not.toContain('mjproxy-WRONG-token-0000');
  } finally {
    await harness.close();
  }
});
