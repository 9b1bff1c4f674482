import { type Client, Events } from 'discord.js';
import type { Config } from './config.js';
import { createClient } from './discord/createClient.js';
import { InteractionRouter } from './discord/InteractionRouter.js';
import { loadCommands } from './discord/loadCommands.js';
import type { Logger } from './log.js';
import { ChannelGate } from './speed/ChannelGate.js';
import { SpeedService } from './speed/SpeedService.js';
import { ChannelState } from './state/ChannelState.js';
import { openStore } from './state/openStore.js';
import { UseapiClient } from './useapi/UseapiClient.js';

/** How long a shutdown waits for interactions already running (one upstream deadline, plus the reply). */
const DRAIN_TIMEOUT_MS = 28_000;

export interface RunningBot {
  client: Client;
  /** Stops taking interactions, lets running ones finish (bounded), then closes Discord, HTTP pool and store. */
  stop(): Promise<void>;
}

/** Wires configuration, store, useapi.net client and discord.js together and logs in. */
export async function startBot(config: Config, logger: Logger, cwd = process.cwd()): Promise<RunningBot> {
  const store = await openStore(
    config.storeUrl,
    (error) => logger.warn({ err: error }, 'state store error'),
    cwd,
  );
  const upstream = new UseapiClient({
    baseUrl: config.useapi.baseUrl,
    token: config.useapi.token,
    deadlineMs: config.useapi.deadlineMs,
  });
  const speed = new SpeedService(upstream, new ChannelState(store.keyv), new ChannelGate());
  const storeDescription =
    store.kind === 'sqlite' ? `SQLite file ${store.location}` : `Redis at ${store.location}`;
  const router = new InteractionRouter(await loadCommands(), {
    speed,
    adminRoleIds: config.adminRoleIds,
    storeDescription,
    logger,
  });

  const client = createClient(config.discord.apiUrl);
  client.on(Events.InteractionCreate, router.handle);
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, store: storeDescription }, 'ready'),
  );
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

  const closeResources = async () => {
    await Promise.allSettled([client.destroy(), upstream.close(), store.close()]);
  };
  try {
    await client.login(config.discord.token);
  } catch (error) {
    await closeResources();
    throw error;
  }
  return {
    client,
    async stop() {
      await router.drain(DRAIN_TIMEOUT_MS);
      await closeResources();
    },
  };
}
