/** The fixed counts of a benchmark run: the full run the goals apply to, and the quick smoke run CI makes. */

export interface BenchSettings {
  mode: 'full' | 'quick';
  /** Guilds (and text channels in each) the gateway delivers for the memory and start-up measurement. */
  guilds: number;
  channelsPerGuild: number;
  /** Let the process settle this long after READY before forcing GC and reading memory. */
  settleMs: number;
  /** Starts of each bot for the READY time and memory (alternating who goes first; the best is kept). */
  readyRounds: number;
  /**
   * Interactions sent to each bot as one burst before anything is measured. In the full run as many as a
   * measured burst: V8 optimises a function only after it ran hot, and with a warm-up of 100 the first
   * measured bursts of both bots still ran half-compiled code (ack p99 falling from ~400 ms in the first
   * burst to ~180 ms by the sixth, for each bot), so the ratio measured start-up noise, not the bots.
   */
  warmUp: number;
  /** Latency rounds: each runs the burst, then the steady load, on each bot in turn (alternating order). */
  rounds: number;
  burst: number;
  burstChannels: number;
  steadyPerSecond: number;
  /** Length of the steady load per round. */
  steadyMs: number;
  coalesce: number;
  /**
   * How long a speed switch takes to answer: useapi.net's `/jobs/*` calls, midjourney-proxy's button
   * clicks. Subtracted from reply times, so they show what the bots add.
   */
  jobDelayMs: number;
  /** The whole run is abandoned (bots killed, exit 2) after this long. */
  watchdogMs: number;
}

export const FULL: BenchSettings = {
  mode: 'full',
  guilds: 2_500,
  channelsPerGuild: 50,
  settleMs: 1_000,
  readyRounds: 2,
  warmUp: 500,
  rounds: 3,
  burst: 500,
  burstChannels: 50,
  steadyPerSecond: 20,
  steadyMs: 5_000,
  coalesce: 50,
  jobDelayMs: 250,
  watchdogMs: 190_000,
};

export const QUICK: BenchSettings = {
  ...FULL,
  mode: 'quick',
  guilds: 250,
  channelsPerGuild: 20,
  settleMs: 300,
  readyRounds: 1,
  warmUp: 20,
  rounds: 1,
  burst: 100,
  burstChannels: 10,
  steadyMs: 3_000,
  jobDelayMs: 200,
  // A safety net for CI on a busy machine, not the target (a quick run takes about 25 s).
  watchdogMs: 60_000,
};
