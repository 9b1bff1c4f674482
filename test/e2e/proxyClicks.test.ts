/**
 * How the bot clicks midjourney-proxy's `/settings` card as the proxy really behaves (issue 19, audit
 * §3.3-§3.10), through the real bot and discord.js: mode buttons that toggle, cards of every age, syncs the
 * bot's gate refuses, a reset account that reconnects only later, Discord's refusals in the proxy's words,
 * clicks whose effect never shows, the `/fast`-`/turbo` style swap, the proxy's auto-relax, and its daily
 * restart at its own local midnight.
 */
import { describe, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import { FORBIDDEN_REASON, proxyFaults } from '../standins/midjourneyProxy.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  harnessForSuite,
  proxyHarnessForSuite,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * A channel whose account only the sync-gate tests use: the gate counts syncs per account in the bot's
 * store for 10 minutes, across tests.
 */
const CHANNEL_C = '810000000000000003';
/** Another, for the sync that never lands: the gate holds its account for 10 minutes too. */
const CHANNEL_D = '810000000000000004';
const asAdmin = { user: { id: '700000000000000902' }, permissions: permissionSets.manager };
let members = 0;
/** A member who has not switched yet, so no cooldown stands in the way. */
const member = () => ({ id: `7000000000000010${String(++members).padStart(2, '0')}` });

describe('clicking the /settings card of midjourney-proxy', () => {
  const harness = harnessForSuite({
    upstream: 'midjourney-proxy',
    discord: {
      guilds: [
        { id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, CHANNEL_C, CHANNEL_D], roles: [ADMIN_ROLE_ID] },
      ],
    },
    // Room for a wait, a sync and a second click; the real proxy takes seconds for each.
    env: { USEAPI_DEADLINE_MS: '12000' },
  });
  const proxy = () => harness().proxy;

  test('the mode already active is not clicked (its button may toggle it off): a success, in the history, and a timed change still switches back', async () => {
    const user = member();
    const relax = await harness().run({ subcommand: 'relax', channelId: CHANNEL_A, user });
    expect(relax.ephemeral).toBe(false);
    expect(relax.content).toBe(
      `**Relax mode** requested by <@${user.id}>.\nmidjourney-proxy shows the account already in **Relax** mode, 12.5 of 30 hours left (41.67%) of fast time, so nothing was clicked (clicking the active mode could switch it off).`,
    );
    expect(proxy().requestsTo('action')).toEqual([]);
    expect(harness().upstream.modeOf(CHANNEL_A)).toBe('relax');

    harness().upstream.startIn(CHANNEL_A, 'fast');
    const timed = await harness().run({
      subcommand: 'fast',
      channelId: CHANNEL_A,
      user: member(),
      options: { minutes: 30 },
    });
    expect(timed.content).toContain('already in **Fast** mode');
    expect(timed.content).toContain('The bot switches back to **Relax**');
    expect(proxy().requestsTo('action')).toEqual([]);
    expect(harness().upstream.modeOf(CHANNEL_A)).toBe('fast');

    const history = await harness().run({ subcommand: 'history', channelId: CHANNEL_A, user: member() });
    expect(history.content).toContain(`**Relax** by <@${user.id}>: ✅ already active`);
  });

  test('a card older than 6 hours is synced once before deciding, and then nothing is clicked when the mode is active', async () => {
    proxy().account(CHANNEL_A).cardSentAt = Date.now() - 8 * HOUR;
    const answer = await harness().run({ subcommand: 'relax', channelId: CHANNEL_A, user: member() });
    expect(answer.content).toContain('already in **Relax** mode');
    expect(proxy().requestsTo('sync')).toHaveLength(1);
    expect(proxy().requestsTo('action')).toEqual([]);
    expect(harness().upstream.modeOf(CHANNEL_A)).toBe('relax');
  });

  test('a card younger than 6 hours is trusted without a sync', async () => {
    proxy().account(CHANNEL_A).cardSentAt = Date.now() - 2 * HOUR;
    const answer = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_A, user: member() });
    expect(answer.content).toContain('midjourney-proxy now reports job mode **Turbo**');
    expect(proxy().requestsTo('sync')).toEqual([]);
    expect(harness().upstream.switches(CHANNEL_A)).toEqual(['turbo']);
  });

  test.each(['Asia/Shanghai', 'America/New_York'])(
    'after a hand-typed /turbo and a newer /info, "Job Mode" wins over the swapped button styles (proxy in %s)',
    async (timeZone) => {
      // The proxy writes infoUpdated in its own local time, with no offset: only placed with its offset is
      // a reading from New York newer than a card from an hour ago. A click's answer shows the offset.
      proxy().setTimeZone(timeZone);
      await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() });
      const account = proxy().account(CHANNEL_A);
      proxy().typedInDiscord(CHANNEL_A, 'turbo');
      Object.assign(account, { cardSentAt: Date.now() - HOUR, infoMode: 'turbo', infoUpdated: Date.now() });
      const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_A, ...asAdmin });
      expect(status.content).toContain('Job mode: Turbo.');
      const turbo = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_A, user: member() });
      expect(turbo.content).toContain('already in **Turbo** mode');
      // Only the click that showed the offset.
      expect(harness().upstream.switches(CHANNEL_A)).toEqual(['fast']);
    },
  );

  test('a click whose effect never shows ends "sent, not confirmed" after a few reads, not at the deadline', async () => {
    proxy().setModeLag('never');
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() }, 30_000);
    expect(answer.content).toContain(
      'The change was sent to midjourney-proxy but could not be confirmed in time',
    );
    const click = proxy().requestsTo('action')[0];
    const readsAfter = proxy()
      .requestsTo('account')
      .filter((request) => click && request.seq > click.seq);
    // About 4 s of reads a second apart, where the deadline would have allowed twelve.
    expect(readsAfter.length).toBeLessThanOrEqual(5);
  });

  test('at 0.2 hours of fast time or less, a switch to Fast warns that the proxy may switch to Relax itself', async () => {
    // What the proxy's last /info reading stored (the figure a click reads back).
    proxy().account(CHANNEL_A).storedFastTime = { remaining: 0.2, total: 30 };
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() });
    expect(answer.content).toContain(
      'midjourney-proxy may switch the account to Relax by itself (it does so at 0.2 hours or less',
    );
    proxy().account(CHANNEL_A).storedFastTime = { remaining: 0.3, total: 30 };
    const more = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_A, user: member() });
    expect(more.content).not.toContain('may switch the account to Relax');
  });

  test('Discord rate-limiting the click is "busy, try again", not a refusal for the operator', async () => {
    proxy().fail(proxyFaults.discord(429), { route: 'action' });
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('midjourney-proxy is busy');
    expect(answer.content).toContain('Try again');
    expect(answer.content).not.toContain('operator');
  });

  test('Discord refusing the click with 403 reports the account switched off with the proxy’s reason, and halts nothing', async () => {
    proxy().fail(proxyFaults.discord(403), { route: 'action' });
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('switched off for a reason that is not a moderation halt');
    expect(answer.content).toContain(`midjourney-proxy said: ${FORBIDDEN_REASON}`);
    const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_A, user: member() });
    expect(status.content).toContain('✅ Not halted');
  });

  test('a stale card Discord no longer knows (NotFound) is synced once and clicked once more', async () => {
    // Channel B: channel A's account was synced by the card-age test, and the gate holds it for 10 minutes.
    proxy().fail(proxyFaults.discord(404), { route: 'action' });
    const answer = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_B, user: member() });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('midjourney-proxy now reports job mode **Turbo**');
    expect(proxy().requestsTo('sync')).toHaveLength(1);
    expect(harness().upstream.switches(CHANNEL_B)).toEqual(['turbo', 'turbo']);
  });

  test('within 10 minutes of a sync, the gate refuses the next: an old card, no card or a stale one answers "busy" with when, and nothing is clicked', async () => {
    harness().upstream.addAccount(CHANNEL_C);
    const account = proxy().account(CHANNEL_C);
    // An 8-hour-old card: synced once (the gate's one sync for 10 minutes), then clicked.
    account.cardSentAt = Date.now() - 8 * HOUR;
    const turbo = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_C, user: member() });
    expect(turbo.content).toContain('midjourney-proxy now reports job mode **Turbo**');
    expect(proxy().requestsTo('sync')).toHaveLength(1);

    // Card and /info from 8 hours ago again: no sync may go, and a card that old may show the active mode
    // wrong, where a click could switch it off: nothing is decided until a sync may go.
    Object.assign(account, { cardSentAt: Date.now() - 8 * HOUR, infoUpdated: Date.now() - 8 * HOUR });
    const old = await harness().run({ subcommand: 'fast', channelId: CHANNEL_C, user: member() });
    expect(old.ephemeral).toBe(true);
    expect(old.content).toContain('midjourney-proxy is busy');
    expect(old.content).toContain('Try again in 10 minutes.');

    // A recent card Discord no longer knows: a new one needs a sync, which waits for the gate.
    account.cardSentAt = Date.now();
    proxy().fail(proxyFaults.discord(404), { route: 'action' });
    const stale = await harness().run({ subcommand: 'fast', channelId: CHANNEL_C, user: member() });
    expect(stale.ephemeral).toBe(true);
    expect(stale.content).toContain('midjourney-proxy is busy');
    expect(stale.content).toContain('Try again in 10 minutes.');

    // No card at all: nothing to decide with, nothing clicked.
    account.settingsCard = false;
    const noCard = await harness().run({ subcommand: 'relax', channelId: CHANNEL_C, user: member() });
    expect(noCard.ephemeral).toBe(true);
    expect(noCard.content).toContain('Try again in 10 minutes.');

    expect(proxy().requestsTo('sync')).toHaveLength(1);
    expect(harness().upstream.switches(CHANNEL_C)).toEqual(['turbo', 'fast']);
    expect(harness().upstream.modeOf(CHANNEL_C)).toBe('turbo');
  });

  test('a card too old to trust whose sync does not land in time: nothing is clicked, and the member hears the card could not be refreshed', async () => {
    harness().upstream.addAccount(CHANNEL_D);
    // Turbo on the account, but the 8-hour-old card still shows Fast: clicking Turbo on it would toggle
    // Turbo off where Turbo mode buttons toggle.
    harness().upstream.startIn(CHANNEL_D, 'turbo');
    Object.assign(proxy().account(CHANNEL_D), { cardSentAt: Date.now() - 8 * HOUR, styleSwapped: true });
    proxy().setSyncLag('never');
    const answer = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_D, user: member() }, 30_000);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(
      "midjourney-proxy could not refresh the Midjourney account's `/settings` card in time, so nothing was changed",
    );
    expect(answer.content).not.toContain('may still go through');
    expect(proxy().requestsTo('sync')).toHaveLength(1);
    expect(proxy().requestsTo('action')).toEqual([]);
    expect(harness().upstream.modeOf(CHANNEL_D)).toBe('turbo');
  });

  test('after a reset the account reconnects later: a change meanwhile waits for it, then clicks', async () => {
    harness().upstream.flagModeration(CHANNEL_B);
    await harness().run({ subcommand: 'fast', channelId: CHANNEL_B, user: member() });
    proxy().setReconnectLag(3);
    const reset = await harness().run({ subcommand: 'reset', channelId: CHANNEL_B, ...asAdmin });
    expect(reset.content).toContain('reconnects it within a minute or two');
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_B, user: member() });
    expect(answer.content).toContain('midjourney-proxy now reports job mode **Fast**');
    expect(harness().upstream.switches(CHANNEL_B)).toEqual(['fast']);
  });

  test('an account still reconnecting past the deadline is told to try again in a minute, not to ask the operator', async () => {
    harness().upstream.flagModeration(CHANNEL_B);
    await harness().run({ subcommand: 'fast', channelId: CHANNEL_B, user: member() });
    proxy().setReconnectLag('never');
    await harness().run({ subcommand: 'reset', channelId: CHANNEL_B, ...asAdmin });
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_B, user: member() }, 30_000);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('midjourney-proxy is still reconnecting the Midjourney account');
    expect(answer.content).toContain('Try again in 60 s.');
    expect(answer.content).not.toContain('operator');
    expect(proxy().requestsTo('action')).toEqual([]);

    // Status in the same window shows the stored fast time instead of a sync the proxy would refuse.
    proxy().account(CHANNEL_B).infoUpdated = Date.now() - 2 * HOUR;
    const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_B, user: member() });
    expect(status.content).toContain('Fast time remaining: **12.5 of 30 hours left (41.67%)**');
    expect(status.content).not.toContain('operator');
    expect(proxy().requestsTo('sync')).toEqual([]);
  });
});

describe('the proxy’s daily restart at its own local midnight', () => {
  // 16:01 UTC: one minute past midnight in Asia/Shanghai, where the stand-in's proxy runs by default.
  const harness = proxyHarnessForSuite(new ManualClock(Date.parse('2026-12-06T16:01:00Z')));

  test('a click refused in the first minutes of the proxy’s day is its restart: try again in a minute, not the operator', async () => {
    harness().proxy.startMidnightGap('never');
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(
      'midjourney-proxy restarts its accounts just after midnight on its own clock, so nothing was changed. Try again in 60 s.',
    );
    expect(answer.content).not.toContain('operator');
  });

  test('the same refusal at the same instant from a proxy on UTC (16:01 there) is an account with no live connection', async () => {
    harness().proxy.setTimeZone('UTC');
    harness().proxy.startMidnightGap('never');
    const answer = await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('has no live connection to the Midjourney account');
    expect(answer.content).not.toContain('midnight');
  });
});

describe('the bot’s own click against an older /info reading', () => {
  const clock = new ManualClock(Date.parse('2026-12-06T12:10:00Z'));
  const harness = proxyHarnessForSuite(clock);

  test('a click keeps the card’s id, yet outranks an /info reading taken before it: the switch back clicks Relax', async () => {
    const proxy = harness().proxy;
    const account = proxy.account(CHANNEL_A);
    // /settings at 11:50, a member's /info at 12:00, both Relax; the bot clicks Turbo at 12:10, and the
    // click edits the card in place (same message id, DiscordWebSocketService.cs:1490-1492) with no /info.
    harness().upstream.startIn(CHANNEL_A, 'relax');
    Object.assign(account, { cardSentAt: clock.now() - 20 * MINUTE, infoUpdated: clock.now() - 10 * MINUTE });
    const turbo = await harness().run({
      subcommand: 'turbo',
      channelId: CHANNEL_A,
      user: member(),
      options: { minutes: 30 },
    });
    expect(turbo.content).toContain('midjourney-proxy now reports job mode **Turbo**');
    expect(harness().upstream.modeOf(CHANNEL_A)).toBe('turbo');

    const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_A, ...asAdmin });
    expect(status.content).toContain('Job mode: Turbo.');

    clock.advance(30 * MINUTE);
    await harness().discord.waitFor(
      () =>
        harness()
          .discord.channelMessages(CHANNEL_A)
          .find((message) => message.content.includes('switched back to **Relax mode**')),
      { description: 'the switch back announced' },
    );
    expect(harness().upstream.switches(CHANNEL_A)).toEqual(['turbo', 'relax']);
    expect(harness().upstream.modeOf(CHANNEL_A)).toBe('relax');
  });
});

describe('a sync that leaves too little of the deadline for a click', () => {
  const harness = harnessForSuite({
    upstream: 'midjourney-proxy',
    // The bot's 25 s deadline and the real sync's 5.5–15 s (DiscordService.cs:4238-4250), scaled down.
    env: { USEAPI_DEADLINE_MS: '6000' },
  });

  test('nothing is clicked after a slow sync: the member is told to try again, not that the change may have gone through', async () => {
    const proxy = harness().proxy;
    proxy.account(CHANNEL_A).cardSentAt = Date.now() - 8 * HOUR;
    const before = harness().upstream.modeOf(CHANNEL_A);
    proxy.fail(proxyFaults.delay(4_000), { route: 'sync' });
    // The real action route clicks, sleeps 2 s and syncs before it answers (TaskService.cs:2267).
    proxy.fail(proxyFaults.delay(2_500), { route: 'action' });
    const answer = await harness().run({ subcommand: 'turbo', channelId: CHANNEL_A, user: member() }, 30_000);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('midjourney-proxy is busy');
    expect(answer.content).toContain('Try again');
    expect(answer.content).not.toContain('may still go through');
    expect(proxy.requestsTo('sync')).toHaveLength(1);
    expect(proxy.requestsTo('action')).toEqual([]);
    expect(harness().upstream.modeOf(CHANNEL_A)).toBe(before);
  });
});
