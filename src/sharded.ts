import { fileURLToPath } from 'node:url';
import { REST } from '@discordjs/rest';
import { type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import type { Config } from './config.js';
import { explainStartupFailure, loadConfigOrExit } from './fatal.js';
import { createLogger } from './log.js';

/**
 * `npm run start:sharded`: one process per gateway shard through discord.js's ShardingManager, for bots in
 * many guilds. Each shard is the ordinary bot (`index.js`); with STORE_URL=redis:// they share halts and
 * the per-channel lock.
 */

const SHARD_ENTRY = fileURLToPath(new URL('./index.js', import.meta.url));
// Each shard drains for up to 28 s on SIGTERM; give it a little more before giving up on it.
const SHARD_STOP_TIMEOUT_MS = 32_000;

/** Discord's recommendation, asked through DISCORD_API_URL (the ShardingManager's own lookup ignores it). */
async function recommendedShardCount(config: Config): Promise<number> {
  const rest = new REST({ api: config.discord.apiUrl }).setToken(config.discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return gateway.shards;
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
const logger = createLogger(config.logLevel, [config.discord.token, config.useapi.token]);

try {
  const totalShards = config.shardCount === 'auto' ? await recommendedShardCount(config) : config.shardCount;
  const manager = new ShardingManager(SHARD_ENTRY, {
    totalShards,
    token: config.discord.token,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard started');
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
