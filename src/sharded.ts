import { fileURLToPath } from 'node:url';
import { REST } from '@discordjs/rest';
import { type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import { type Config, ConfigError } from './config.js';
import { explainStartupFailure, loadConfigOrExit } from './fatal.js';
import { createLogger } from './log.js';
import { configSecrets } from './secrets.js';
import { discordAddress, reaching } from './unreachable.js';

/**
 * `npm run start:sharded`: one process per gateway shard through discord.js's ShardingManager, for bots in
 * many guilds. Each shard is the ordinary bot (`index.js`); they share halts and the per-channel lock
 * through STORE_URL=redis://, and each serves its own health and metrics listener on METRICS_PORT + its id.
 */

const SHARD_ENTRY = fileURLToPath(new URL('./index.js', import.meta.url));
// Each shard drains for up to 28 s on SIGTERM; give it a little more before giving up on it.
const SHARD_STOP_TIMEOUT_MS = 32_000;

/** Discord's recommendation, asked through DISCORD_API_URL (the ShardingManager's own lookup ignores it). */
async function recommendedShardCount(config: Config): Promise<number> {
  const rest = new REST({ api: config.discord.apiUrl }).setToken(config.discord.token);
  const gateway = (await reaching(
    discordAddress(config.discord.apiUrl),
    rest.get(Routes.gatewayBot()),
  )) as RESTGetAPIGatewayBotResult;
  return gateway.shards;
}

/**
 * Why a sharded start would be unsafe before any shard is spawned: several processes on one SQLite file
 * would each hold only their own per-channel lock and each arm every stored switch back.
 */
function storeProblem(config: Config): string | undefined {
  if (/^rediss?:\/\//.test(config.storeUrl)) return undefined;
  return 'STORE_URL: npm run start:sharded runs one process per shard, and they must share their state and lock: set STORE_URL=redis://host:port (see docs/operating.md#several-processes-one-truth), or run npm start';
}

/** Why the shards' listener ports would not fit: shard N listens on METRICS_PORT + N. */
function portProblem(config: Config, totalShards: number): string | undefined {
  if (!config.metricsPort || config.metricsPort + totalShards - 1 <= 65_535) return undefined;
  return `METRICS_PORT: shard N listens on METRICS_PORT + N, so with ${totalShards} shards it must be at most ${65_536 - totalShards}`;
}

/** Shard N's listener port: METRICS_PORT + N (0 stays 0: each shard picks a free port). */
function metricsPortOf(config: Config, shardId: number): string | undefined {
  if (config.metricsPort === undefined) return undefined;
  return String(config.metricsPort === 0 ? 0 : config.metricsPort + shardId);
}

function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // kill() also detaches the manager's exit listener, so the shard is not respawned.
    shard.kill();
  });
}

const config = loadConfigOrExit('bot');
const logger = createLogger(config.logLevel, configSecrets(config));

try {
  const unsharedStore = storeProblem(config);
  if (unsharedStore) throw new ConfigError([unsharedStore]);
  const totalShards = config.shardCount === 'auto' ? await recommendedShardCount(config) : config.shardCount;
  const portsDoNotFit = portProblem(config, totalShards);
  if (portsDoNotFit) throw new ConfigError([portsDoNotFit]);
  const manager = new ShardingManager(SHARD_ENTRY, {
    totalShards,
    token: config.discord.token,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    // Each shard is its own process with its own listener; the shard keeps this env when respawned.
    const metricsPort = metricsPortOf(config, shard.id);
    if (metricsPort !== undefined) (shard.env as NodeJS.ProcessEnv).METRICS_PORT = metricsPort;
    logger.info({ shard: shard.id, totalShards, metricsPort }, 'shard started');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited; restarting it'));
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping every shard');
    await Promise.all([...manager.shards.values()].map(stopShard));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn({ timeout: 60_000 });
} catch (error) {
  logger.fatal(explainStartupFailure(error));
  process.exit(1);
}
