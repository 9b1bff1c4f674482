/** Discord's epoch (2015-01-01T00:00:00Z), the zero point of every snowflake timestamp. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Returns a generator of unique, increasing snowflakes whose timestamp part is close to the current
 * time, so discord.js derives sensible `createdAt` dates from them. When many ids are needed within
 * one millisecond (thousands of guilds and channels) the increment simply spills into later timestamps.
 */
export function snowflakeSequence(): () => string {
  let last = 0n;
  return () => {
    const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
    last = fromClock > last ? fromClock : last + 1n;
    return last.toString();
  };
}

/** Which of `shardCount` shards Discord routes a guild's events to. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
