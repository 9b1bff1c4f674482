/**
 * TURBO_MAX_MINUTES always ends (second review, finding 2): the switch back to Relax is kept until Relax is
 * confirmed. A failed one is tried again with backoff, announced once; one held by a halt runs right after
 * the reset; a timed change whose answer was lost keeps its switch back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type ChannelMessage, permissionSets } from '../standins/discord.js';
import { proxyFaults } from '../standins/midjourneyProxy/faults.js';
import { respond } from '../standins/useapi.js';
import { watchAlerts } from '../support/alertWatch.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  type Harness,
  startHarness,
  UPSTREAMS,
  type UpstreamKind,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';

const CHANNEL_C = '810000000000000003';
const ALERTS = '810000000000000099';
const MINUTE = 60_000;
const LIMIT_MINUTES = 60;
const MEMBER = { id: '700000000000000501' };
const ADMIN = { user: { id: '700000000000000502' }, permissions: permissionSets.manager };
const SWITCHED_BACK = 'switched back to **Relax mode**';
const FAILED = 'switching back to Relax failed';

/** Makes the next `times` switches to Relax fail as each upstream fails when it is briefly unwell. */
const failRelax: Record<UpstreamKind, (harness: Harness, times: number) => void> = {
  useapi: (harness, times) =>
    void harness.useapi.script({ path: '/jobs/relax' }, respond.json(500, { error: 'Internal error' }), {
      times,
    }),
  // The proxy's answer while its Discord session reconnects.
  'midjourney-proxy': (harness, times) =>
    harness.proxy.fail(proxyFaults.noLiveInstance(), { route: 'action', times }),
};

function startTeam(kind: UpstreamKind, clock: ManualClock): Promise<Harness> {
  return startHarness({
    upstream: kind,
    clock,
    discord: {
      guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, CHANNEL_C, ALERTS], roles: [ADMIN_ROLE_ID] }],
    },
    env: {
      TURBO_MAX_MINUTES: String(LIMIT_MINUTES),
      ALERT_CHANNEL_ID: ALERTS,
      ...(kind === 'useapi' ? { USEAPI_DEADLINE_MS: '2000' } : {}),
    },
  });
}

/** A team's bot for the tests of one `describe`, on a clock of its own starting at `start`. */
function useTeam(kind: UpstreamKind, start: string): { readonly harness: Harness; clock: ManualClock } {
  const clock = new ManualClock(Date.parse(start));
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startTeam(kind, clock);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return {
    clock,
    get harness() {
      if (!harness) throw new Error('the bot has not started');
      return harness;
    },
  };
}

/** Lets bot time pass a minute per poll (retries and reconciliation run on the bot's clock) until `check`. */
function passTimeUntil(harness: Harness, clock: ManualClock, check: () => boolean, description: string) {
  return harness.discord.waitFor(
    () => {
      if (check()) return true;
      clock.advance(MINUTE);
      return false;
    },
    { timeoutMs: 20_000, intervalMs: 100, description },
  );
}

const relaxSwitches = (harness: Harness, account: string) =>
  harness.upstream.switches(account).filter((mode) => mode === 'relax').length;

function messagesIn(harness: Harness, channel: string, containing: string): ChannelMessage[] {
  return harness.discord.channelMessages(channel).filter((message) => message.content.includes(containing));
}

function waitForMessage(harness: Harness, channel: string, containing: string): Promise<ChannelMessage> {
  return harness.discord.waitFor(() => messagesIn(harness, channel, containing).at(-1), {
    description: `a message in ${channel} saying "${containing}"`,
  });
}

describe.each(UPSTREAMS)('with %s', (kind) => {
  const team = useTeam(kind, '2026-12-06T18:00:00Z');
  const { all: alerts } = watchAlerts(() => team.harness, ALERTS);

  test('a failed switch back is retried with backoff until Relax, announced once', async () => {
    const { harness, clock } = team;
    const turbo = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: MEMBER });
    expect(turbo.content).toContain('switches back to **Relax**');
    expect(harness.upstream.modeOf(CHANNEL_A)).toBe('turbo');
    failRelax[kind](harness, 3);

    clock.advance(LIMIT_MINUTES * MINUTE);
    const failed = await waitForMessage(harness, CHANNEL_A, FAILED);
    expect(failed.content).toContain('tries again');
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
    expect(status.content).toMatch(/overdue since <t:\d+:R>, retrying/);

    await passTimeUntil(
      harness,
      clock,
      () => harness.upstream.modeOf(CHANNEL_A) === 'relax',
      'the switch back to go through',
    );
    const done = await waitForMessage(harness, CHANNEL_A, SWITCHED_BACK);
    expect(done.content).toContain('late: the earlier attempts failed');
    // Three failures and the success, each one request: retries respect the one-switch-per-call rule.
    expect(relaxSwitches(harness, CHANNEL_A)).toBe(4);
    expect(messagesIn(harness, CHANNEL_A, FAILED)).toHaveLength(1);
    await harness.discord.waitFor(
      () => alerts().some((alert) => alert.content.includes('Automatic switch back')),
      {
        description: 'the alert of the switch back',
      },
    );
    expect(alerts().filter((alert) => alert.content.includes('failed:'))).toHaveLength(1);
    const after = await harness.run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
    expect(after.content).not.toContain('Switch');
  });
});

describe('with useapi.net, at the limit', () => {
  const team = useTeam('useapi', '2026-12-07T18:00:00Z');
  afterEach(() => {
    team.harness.useapi.clearScripts();
  });

  test('a switch back held by a halt sends nothing while halted and runs right after the reset', async () => {
    const { harness, clock } = team;
    await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user: MEMBER });
    harness.useapi.flagModeration(CHANNEL_B);
    const halting = await harness.run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(halting.content).toContain('Halted');

    clock.advance(LIMIT_MINUTES * MINUTE);
    const held = await waitForMessage(harness, CHANNEL_B, 'did **not** switch back');
    expect(held.content).toContain('`/speed reset`, the bot switches back to Relax right away');
    clock.advance(30 * MINUTE);
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(status.content).toMatch(/overdue since <t:\d+:R>/);
    expect(status.content).toContain('right after `/speed reset`');
    expect(relaxSwitches(harness, CHANNEL_B)).toBe(0);

    const reset = await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, ...ADMIN });
    expect(reset.content).toContain('switches back to **Relax** now');
    await harness.useapi.waitFor(() => relaxSwitches(harness, CHANNEL_B) === 1, 10_000);
    expect(harness.useapi.modeOf(CHANNEL_B)).toBe('relax');
    const done = await waitForMessage(harness, CHANNEL_B, SWITCHED_BACK);
    expect(done.content).toContain('late: the account was halted until the reset');
  });

  test('a timed change whose answer was lost keeps its switch back', async () => {
    const { harness, clock } = team;
    harness.useapi.respondOnce({ path: '/jobs/turbo' }, () => {
      // Midjourney switched; the answer never comes back.
      harness.useapi.channelState(CHANNEL_C).mode = 'turbo';
      return respond.hang();
    });
    const turbo = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_C, user: MEMBER });
    expect(turbo.content).toContain('The change may still go through');
    expect(turbo.content).toContain('the 1 h limit still applies');
    expect(harness.useapi.modeOf(CHANNEL_C)).toBe('turbo');

    clock.advance(LIMIT_MINUTES * MINUTE);
    await harness.useapi.waitFor(() => relaxSwitches(harness, CHANNEL_C) === 1, 10_000);
    expect(harness.useapi.modeOf(CHANNEL_C)).toBe('relax');
    await waitForMessage(harness, CHANNEL_C, SWITCHED_BACK);
  });

  test('a timed change that times out keeps an earlier, sooner switch back', async () => {
    const { harness, clock } = team;
    const timed = (subcommand: 'turbo' | 'fast', minutes: number) =>
      harness.run({ subcommand, channelId: CHANNEL_A, user: MEMBER, options: { minutes } });
    const turbo = await timed('turbo', 5);
    expect(turbo.content).toContain('switches back to **Relax**');
    // The Fast request never lands: Turbo stays on, so its 5-minute limit must hold.
    harness.useapi.respondOnce({ path: '/jobs/fast' }, () => respond.hang());
    const fast = await timed('fast', 60);
    expect(fast.content).toContain('The change may still go through');
    expect(fast.content).toContain(
      `<@${MEMBER.id}>'s earlier **Turbo** for 5 min keeps its sooner switch back`,
    );
    expect(fast.content).toContain(`<#${CHANNEL_A}>`);
    expect(harness.useapi.modeOf(CHANNEL_A)).toBe('turbo');

    clock.advance(5 * MINUTE);
    await harness.useapi.waitFor(() => relaxSwitches(harness, CHANNEL_A) === 1, 10_000);
    expect(harness.useapi.modeOf(CHANNEL_A)).toBe('relax');
    await waitForMessage(harness, CHANNEL_A, SWITCHED_BACK);
  });
});

describe('with midjourney-proxy, a CAPTCHA right after the click', () => {
  const team = useTeam('midjourney-proxy', '2026-12-08T18:00:00Z');

  test('halts, keeps the switch back, and switches back right after the reset', async () => {
    const { harness, clock } = team;
    harness.proxy.account(CHANNEL_B).captchaAfterNextClick = 'https://editor.midjourney.com/captcha/stand-in';
    const turbo = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user: MEMBER });
    expect(turbo.content).toContain('CAPTCHA');
    expect(turbo.content).toContain('the 1 h limit still applies');
    expect(harness.upstream.modeOf(CHANNEL_B)).toBe('turbo');

    clock.advance(LIMIT_MINUTES * MINUTE);
    await waitForMessage(harness, CHANNEL_B, 'did **not** switch back');
    expect(relaxSwitches(harness, CHANNEL_B)).toBe(0);

    // The admin is shown the CAPTCHA link first and presses "Solved: reset" once it is solved.
    const link = await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, ...ADMIN });
    expect(link.content).toContain('Nothing was reset yet.');
    const reset = await harness.run({
      type: 'button',
      customId: 'speed:reset:solved',
      channelId: CHANNEL_B,
      ...ADMIN,
    });
    expect(reset.content).toContain('switches back to **Relax** now');
    await waitForMessage(harness, CHANNEL_B, SWITCHED_BACK);
    expect(harness.upstream.modeOf(CHANNEL_B)).toBe('relax');
    expect(relaxSwitches(harness, CHANNEL_B)).toBe(1);
  });
});
