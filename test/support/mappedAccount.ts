import type { DiscordStandInOptions } from '../standins/discord.js';
import { GUILD_ID, type Harness, startHarness } from './botHarness.js';
import type { ManualClock } from './manualClock.js';

/** The useapi.net channel (the Midjourney account) the team's channels are mapped to. */
export const MAPPED_ACCOUNT = '820000000000000009';

/**
 * The bot on `clock`, with every one of `channels` (one server) mapped to {@link MAPPED_ACCOUNT} by
 * CHANNEL_MAP, and useapi.net calls slow enough (400 ms) that identical requests sent together share one.
 */
export function startMappedHarness(
  clock: ManualClock,
  channels: readonly string[],
  discord: DiscordStandInOptions = {},
): Promise<Harness> {
  return startHarness({
    clock,
    jobDelayMs: 400,
    discord: { guilds: [{ id: GUILD_ID, channels }], ...discord },
    env: { CHANNEL_MAP: channels.map((channel) => `${channel}=${MAPPED_ACCOUNT}`).join(',') },
  });
}
