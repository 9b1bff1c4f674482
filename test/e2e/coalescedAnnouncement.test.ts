/**
 * Timed changes from several channels mapped to one account (CHANNEL_MAP) that share one upstream call:
 * each member was told the switch back is announced "here", so each of their channels hears it, once, even
 * across a restart.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import { CHANNEL_A, CHANNEL_B, finalAnswer, type Harness } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { MAPPED_ACCOUNT, startMappedHarness } from '../support/mappedAccount.js';

const CHANNEL_C = '810000000000000003';
const MINUTE = 60_000;
const MEMBERS = [{ id: '700000000000000401' }, { id: '700000000000000402' }, { id: '700000000000000403' }];

const clock = new ManualClock();
let harness: Harness;
beforeAll(async () => {
  harness = await startMappedHarness(clock, [CHANNEL_A, CHANNEL_B, CHANNEL_C]);
});
afterAll(async () => {
  await harness.close();
});

const announcements = (channel: string) =>
  harness.discord.channelMessages(channel).filter((message) => message.content.includes('Relax'));

/** Sends `/speed turbo minutes:30` from A, B and A again (two members in A) at once. */
async function sharedTimedChange() {
  const channels = [CHANNEL_A, CHANNEL_B, CHANNEL_A];
  const answers = await Promise.all(
    channels.map((channelId, index) =>
      finalAnswer(
        harness.discord.dispatchInteraction({
          subcommand: 'turbo',
          options: { minutes: 30 },
          channelId,
          user: MEMBERS[index],
        }),
      ),
    ),
  );
  expect(harness.useapi.requestsTo('/jobs/turbo')).toHaveLength(1);
  for (const answer of answers) expect(answer.content).toContain('and says so here');
}

test('each channel that was promised the announcement gets it, once', async () => {
  await sharedTimedChange();
  clock.advance(30 * MINUTE);
  await harness.discord.waitFor(
    () => announcements(CHANNEL_A).length > 0 && announcements(CHANNEL_B).length > 0,
    {
      description: 'the switch back announced in A and B',
    },
  );
  await harness.run({ subcommand: 'status', channelId: CHANNEL_A }); // the announcements are out by now
  expect(announcements(CHANNEL_A)).toHaveLength(1);
  expect(announcements(CHANNEL_B)).toHaveLength(1);
  expect(announcements(CHANNEL_C)).toHaveLength(0);
  expect(harness.useapi.requestsTo('/jobs/relax')).toHaveLength(1);
});

test('the channels to announce in are stored with the switch back and survive a restart', async () => {
  harness.useapi.clear();
  const before = { a: announcements(CHANNEL_A).length, b: announcements(CHANNEL_B).length };
  await sharedTimedChange();
  await harness.restartBot(() => clock.advance(31 * MINUTE));
  await harness.discord.waitFor(
    () => announcements(CHANNEL_A).length > before.a && announcements(CHANNEL_B).length > before.b,
    { description: 'the late switch back announced in A and B' },
  );
  expect(announcements(CHANNEL_B)).toHaveLength(before.b + 1);
});

test('a reset in another channel names the channel where the held switch back is announced', async () => {
  await harness.run({
    subcommand: 'turbo',
    options: { minutes: 30 },
    channelId: CHANNEL_A,
    user: MEMBERS[0],
  });
  harness.useapi.flagModeration(MAPPED_ACCOUNT);
  await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBERS[1] });
  harness.useapi.clearModeration(MAPPED_ACCOUNT);
  clock.advance(30 * MINUTE);
  await harness.discord.waitFor(
    () =>
      harness.discord.channelMessages(CHANNEL_A).some((message) => message.content.includes('did **not**')),
    { description: 'the held switch back announced in A' },
  );

  const reset = await harness.run({
    subcommand: 'reset',
    channelId: CHANNEL_C,
    user: { id: '700000000000000404' },
    permissions: permissionSets.manager,
  });
  expect(reset.content).toContain(`switches back to **Relax** now and says so in <#${CHANNEL_A}>.`);
  expect(reset.content).not.toContain('says so here');
});
