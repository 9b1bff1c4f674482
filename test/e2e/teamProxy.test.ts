/**
 * The team controls of issue 14 through midjourney-proxy, the upstream without Midjourney's 596 body: the
 * block end comes from the account's disabled reason, alerts name midjourney-proxy and never carry a
 * CAPTCHA link, and a refused mode clicks nothing at the proxy.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import { ALERT_WAIT_MS, watchAlerts } from '../support/alertWatch.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';

const ALERTS = '810000000000000099';
const TURBO_ROLE = '900000000000000011';
const MEMBER = { id: '700000000000000401' };
const TURBO_MEMBER = { id: '700000000000000402' };
const asAdmin = { user: { id: '700000000000000403' }, permissions: permissionSets.manager };
/** The Reset an admin is offered privately once shown the CAPTCHA link. */
const SOLVED_RESET = { type: 'button', customId: 'speed:reset:solved' } as const;
const DAY = 24 * 3_600_000;
const BLOCKED_REASON = 'Blocked, your account is blocked for 3 days';
const CAPTCHA_URL = 'https://proxy.example/cf/verify?state=team-captcha-ticket-91';

const unix = (ms: number) => Math.floor(ms / 1_000);

describe('team controls against midjourney-proxy', () => {
  const clock = new ManualClock(Date.parse('2026-03-10T08:30:00Z'));
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      upstream: 'midjourney-proxy',
      clock,
      discord: {
        guilds: [
          { id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, ALERTS], roles: [ADMIN_ROLE_ID, TURBO_ROLE] },
        ],
      },
      env: { ALERT_CHANNEL_ID: ALERTS, TURBO_ROLE_IDS: TURBO_ROLE, TURBO_MAX_MINUTES: '45' },
    });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.upstream.clear();
    harness.discord.clearRequests();
  });

  const { all: alerts, of: alertOf } = watchAlerts(() => harness, ALERTS);

  test('an account the proxy disabled with "Blocked, … for 3 days": the notice, status and alert show the end; the reminder comes then', async () => {
    Object.assign(harness.proxy.account(CHANNEL_A), { enable: false, disabledReason: BLOCKED_REASON });
    let notice: Awaited<ReturnType<Harness['run']>> | undefined;
    const alert = await alertOf(async () => {
      notice = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A, user: MEMBER });
    }, '⛔');
    const end = unix(clock.now() + 3 * DAY);
    const endLine = `The moderation text says the block ends <t:${end}:F> (<t:${end}:R>).`;
    expect(notice?.content).toContain(`midjourney-proxy said:\n> ${BLOCKED_REASON}`);
    expect(notice?.content).toContain(endLine);
    expect(harness.proxy.requestsTo('action')).toEqual([]);

    expect(alert.content).toContain(
      `⛔ **Halt** on Midjourney account \`${CHANNEL_A}\`: \`/speed relax\` by <@${MEMBER.id}> met a moderation halt in <#${CHANNEL_A}>.`,
    );
    expect(alert.content).toContain(`midjourney-proxy said:\n> ${BLOCKED_REASON}`);
    expect(alert.content).toContain(endLine);
    expect(alert.content).not.toContain('useapi.net');

    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
    expect(status.content).toContain(endLine);

    clock.advance(3 * DAY);
    const reminder = await harness.discord.waitFor(
      () => alerts().find((message) => message.content.startsWith('⏰')),
      ALERT_WAIT_MS,
    );
    expect(reminder.content).toContain(`ended <t:${end}:F>`);
    expect(reminder.content).toContain('an admin can check it in Midjourney and run `/speed reset`');
    // Never reset by the bot: the proxy was not asked to enable the account.
    expect(harness.proxy.requestsTo('enable')).toEqual([]);
    const reset = await alertOf(
      () => harness.run({ subcommand: 'reset', channelId: CHANNEL_A, ...asAdmin }),
      '✅',
    );
    expect(reset.content).toContain('midjourney-proxy reports no flag any more.');
  });

  test('a CAPTCHA halt and its reset are alerts without the link, and an unsolved CAPTCHA halts again at the next change', async () => {
    harness.upstream.lockWithCaptcha(CHANNEL_B, CAPTCHA_URL);
    const halt = await alertOf(
      () => harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: MEMBER }),
      '⛔',
    );
    expect(halt.content).toContain(`met a CAPTCHA in <#${CHANNEL_B}>`);
    expect(halt.content).toContain('the link is in `/speed status`, for admins only');
    // The halt is the one alert that pings the admins, whatever the upstream.
    expect(halt.mentions.roles).toEqual([ADMIN_ROLE_ID]);

    // The proxy clears the lock whatever the truth; Midjourney asks again at the next interaction.
    harness.proxy.account(CHANNEL_B).captchaSticks = true;
    await alertOf(() => harness.run({ ...SOLVED_RESET, channelId: CHANNEL_B, ...asAdmin }), '✅');
    const again = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, ...asAdmin });
    expect(again.content).toContain('because Midjourney asked the account to solve a CAPTCHA');
    for (const alert of alerts()) expect(alert.content).not.toContain('proxy.example');
    harness.proxy.account(CHANNEL_B).captchaSticks = false;
    await harness.run({ ...SOLVED_RESET, channelId: CHANNEL_B, ...asAdmin });
  });

  test('Turbo without the role clicks nothing at the proxy; with it, Turbo is timed at the limit and alerted', async () => {
    const refused = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user: MEMBER });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain(`Only members with <@&${TURBO_ROLE}> (or admins) may switch to`);
    expect(harness.proxy.requests).toEqual([]);

    let switched: Awaited<ReturnType<Harness['run']>> | undefined;
    const change = await alertOf(async () => {
      switched = await harness.run({
        subcommand: 'turbo',
        channelId: CHANNEL_B,
        user: TURBO_MEMBER,
        roles: [TURBO_ROLE],
      });
    }, '🔁');
    expect(switched?.content).toContain('midjourney-proxy now reports job mode **Turbo**');
    expect(switched?.content).toContain('(Turbo is limited to 45 min at a time here.)');
    expect(change.content).toContain(`switched Midjourney account \`${CHANNEL_B}\` to **Turbo**`);
    expect(change.content).toContain('for 45 min (back to Relax');

    const back = await alertOf(() => clock.advance(45 * 60_000), '⏱️');
    expect(back.content).toContain(`Automatic switch back of Midjourney account \`${CHANNEL_B}\``);
    expect(harness.upstream.switches(CHANNEL_B)).toEqual(['turbo', 'relax']);
  });
});
