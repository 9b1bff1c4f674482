import { type Client, Events, Status } from 'discord.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { connectedLine } from './discord/connectedLine.js';
import { createClient } from './discord/createClient.js';
import { InteractionRouter } from './discord/InteractionRouter.js';
import { loadCommands } from './discord/loadCommands.js';
import { resumeSwitchBacks } from './discord/switchBackAnnouncer.js';
import type { Logger } from './log.js';
import { type HealthServer, startHealthServer } from './ops/healthServer.js';
import { instrumentUpstream } from './ops/instrumentUpstream.js';
import { createMetrics } from './ops/metrics.js';
import { ChannelGate } from './speed/ChannelGate.js';
import { PROCESS_LOCAL_LOCK } from './speed/ChannelLock.js';
import { RedisChannelLock } from './speed/RedisChannelLock.js';
import { SpeedService } from './speed/SpeedService.js';
import { ChannelState } from './state/ChannelState.js';
import { openStore } from './state/openStore.js';
import { UseapiClient } from './useapi/UseapiClient.js';

/** How long a shutdown waits for interactions already running (one upstream deadline, plus the reply). */
const DRAIN_TIMEOUT_MS = 28_000;

export interface RunningBot {
  client: Client;
  /** The port of the health and metrics listener, when METRICS_PORT is set (0 picks a free one). */
  metricsPort: number | undefined;
  /** Stops taking interactions, lets running ones finish (bounded), then closes Discord, HTTP pool and store. */
  stop(): Promise<void>;
}

/** What the wiring may be given instead of its defaults. */
export interface StartOptions {
  /** Time for timed speed, cooldowns, the fast-hours cache and records (default: the system clock). */
  clock?: Clock;
}

/** Wires configuration, store, useapi.net client and discord.js together and logs in. */
export async function startBot(
  config: Config,
  logger: Logger,
  cwd = process.cwd(),
  options: StartOptions = {},
): Promise<RunningBot> {
  const store = await openStore(
    config.storeUrl,
    (error) => logger.warn({ err: error }, 'state store error'),
    cwd,
  );
  const state = new ChannelState(store.keyv, store.syncDurably);
  const metrics = createMetrics({ countHaltedChannels: () => state.countHalts() });
  const upstream = instrumentUpstream(
    new UseapiClient({
      baseUrl: config.useapi.baseUrl,
      token: config.useapi.token,
      deadlineMs: config.useapi.deadlineMs,
    }),
    metrics,
  );
  // With shared Redis state, other processes may serve the same account: hold the channel there too.
  const lock =
    store.kind === 'redis' ? await RedisChannelLock.connect(config.storeUrl, logger) : PROCESS_LOCAL_LOCK;
  const speed = new SpeedService(upstream, state, new ChannelGate(20, lock), {
    clock: options.clock,
    cooldownMs: config.cooldownSeconds * 1_000,
  });
  const storeDescription =
    store.kind === 'sqlite' ? `SQLite file ${store.location}` : `Redis at ${store.location}`;
  const router = new InteractionRouter(await loadCommands(), {
    speed,
    adminRoleIds: config.adminRoleIds,
    channelMap: config.channelMap,
    storeDescription,
    logger,
    metrics,
  });

  const client = createClient(config.discord.apiUrl);
  client.on(Events.InteractionCreate, router.handle);
  client.once(Events.ClientReady, (ready) => {
    const line = connectedLine({
      user: ready.user,
      servers: ready.guilds.cache.size,
      upstream: { name: 'useapi.net', baseUrl: config.useapi.baseUrl },
      store: storeDescription,
    });
    logger.info(line.fields, line.message);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

  let health: HealthServer | undefined;
  const closeResources = async () => {
    await Promise.allSettled([
      health?.close(),
      client.destroy(),
      upstream.close(),
      lock.close(),
      store.close(),
    ]);
  };
  try {
    if (config.metricsPort !== undefined) {
      health = await startHealthServer({
        port: config.metricsPort,
        metrics,
        logger,
        checkHealth: async () => {
          if (client.ws.status !== Status.Ready)
            return { ok: false, reason: 'not connected to the Discord gateway' };
          try {
            await store.probe();
            return { ok: true };
          } catch {
            return { ok: false, reason: 'the state store is not answering' };
          }
        },
      });
      logger.info({ port: health.port }, 'health and metrics listening');
    }
    await client.login(config.discord.token);
    await resumeSwitchBacks(speed, client.rest, config.adminRoleIds, logger);
  } catch (error) {
    await closeResources();
    throw error;
  }
  return {
    client,
    metricsPort: health?.port,
    async stop() {
      await router.drain(DRAIN_TIMEOUT_MS);
      await speed.stopSwitchBacks();
      await closeResources();
    },
  };
}
