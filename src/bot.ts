import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, Events, Status } from 'discord.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { connectFailure } from './connectFailure.js';
import { alertRouting } from './discord/alerts/alertRouting.js';
import { createTeamFeatures } from './discord/alerts/teamFeatures.js';
import { ChannelMessages } from './discord/ChannelMessages.js';
import { ChannelPoster } from './discord/ChannelPoster.js';
import { connectedLine } from './discord/connectedLine.js';
import { createChannelRest, createClient } from './discord/createClient.js';
import { GuildAccess } from './discord/GuildAccess.js';
import { INTERACTION_CLAIM_TTL_MS, InteractionRouter } from './discord/InteractionRouter.js';
import { loadCommands } from './discord/loadCommands.js';
import { LivePanels } from './discord/panel/LivePanels.js';
import { resumeSwitchBacks } from './discord/switchBackAnnouncer.js';
import { upstreamUnreachableWarning } from './fatal.js';
import { ServerLanguages } from './i18n/ServerLanguages.js';
import { msg } from './i18n/text.js';
import type { Logger } from './log.js';
import { type HealthServer, startHealthServer } from './ops/healthServer.js';
import { instrumentUpstream } from './ops/instrumentUpstream.js';
import { createMetrics } from './ops/metrics.js';
import { SettingsStore } from './settings/SettingsStore.js';
import { TeamSettingsService } from './settings/TeamSettingsService.js';
import { modeRulesOf } from './settings/teamSettings.js';
import { ChannelGate } from './speed/ChannelGate.js';
import { PROCESS_LOCAL_LOCK } from './speed/ChannelLock.js';
import { RedisChannelLock } from './speed/RedisChannelLock.js';
import { SpeedService } from './speed/SpeedService.js';
import { AccountChanges, NO_OTHER_PROCESSES } from './state/AccountChanges.js';
import { ChannelState } from './state/ChannelState.js';
import { OnceClaims } from './state/OnceClaims.js';
import { openStore } from './state/openStore.js';
import { PanelStore } from './state/PanelStore.js';
import { RedisChangeFeed } from './state/RedisChangeFeed.js';
import { discordAddress, reaching } from './unreachable.js';
import { shutdownController } from './upstream/CallDeadline.js';
import { createUpstream } from './upstream/createUpstream.js';

/**
 * How a shutdown spends its time, well inside systemd's `TimeoutStopSec=35` (deploy/mj-speed-bot.service):
 * up to `drainMs` for the upstream calls and interactions already running, then the calls still in flight
 * are aborted and their users told, with up to `abortGraceMs` for that and the store writes around it;
 * closing the gateway, the HTTP pool and the store takes well under a second after that.
 */
export interface ShutdownBudget {
  drainMs: number;
  abortGraceMs: number;
}

/** How long the start-time check of the upstream waits for a connection (the upstream's own connect timeout). */
const UPSTREAM_CONNECT_CHECK_MS = 5_000;

export const SHUTDOWN_BUDGET_DEFAULTS = {
  drainMs: 20_000,
  abortGraceMs: 5_000,
} as const satisfies ShutdownBudget;

export interface RunningBot {
  client: Client;
  /** The port of the health and metrics listener, when METRICS_PORT is set (0 picks a free one). */
  metricsPort: number | undefined;
  /**
   * Stops taking interactions, answers queued requests "restarting" without sending them, lets running
   * ones finish (bounded: {@link ShutdownBudget}), aborts what is still waiting for the upstream, and only
   * then closes Discord, the HTTP pool and the store.
   */
  stop(): Promise<void>;
}

/** What the wiring may be given instead of its defaults. */
export interface StartOptions {
  /** Time for timed speed, cooldowns, the fast-hours cache and records (default: the system clock). */
  clock?: Clock;
  /** How long a shutdown waits (tests shorten it). */
  shutdown?: Partial<ShutdownBudget>;
  /** How long changes are gathered before the live panels are edited (tests shorten it). */
  panelCoalesceMs?: number;
}

/** Wires configuration, store, upstream and discord.js together and logs in. */
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
  // With shared Redis state, other processes may serve the same account: hold the channel there too.
  const lock =
    store.kind === 'redis' ? await RedisChannelLock.connect(config.storeUrl, logger) : PROCESS_LOCAL_LOCK;
  // Every change of an account's state, made by this process or (through Redis) another, reaches its panels.
  const changes = new AccountChanges(
    store.kind === 'redis' ? await RedisChangeFeed.connect(config.storeUrl, logger) : NO_OTHER_PROCESSES,
  );
  const state = new ChannelState(store.keyv, lock, store.syncDurably, changes.accountChanged);
  // Aborted when a shutdown can wait no longer for the upstream: calls in flight end at once.
  const shuttingDown = shutdownController();
  const metrics = createMetrics({ countHaltedChannels: () => state.countHalts() });
  const upstream = instrumentUpstream(
    createUpstream(config.upstream, {
      shutdownSignal: shuttingDown.signal,
      clock: options.clock,
      syncStore: { keyv: store.keyv, lock },
      onNotice: (notice, outcome) =>
        logger.warn(
          { upstream: config.upstream.kind, outcome: outcome.kind, status: outcome.status },
          notice,
        ),
    }),
    metrics,
  );
  const client = createClient(config.discord.apiUrl);
  const channelRest = createChannelRest(config.discord.apiUrl, config.discord.token);
  const clock = options.clock ?? systemClock;
  const settings = new TeamSettingsService(
    new SettingsStore(store.keyv, lock),
    config.fixedSettings,
    clock,
    logger,
  );
  const languages = new ServerLanguages({
    botLocale: config.fixedSettings.locale,
    chosen: (guildId) => settings.chosenLocale(guildId),
    cachedGuildLocale: (guildId) => client.guilds.cache.get(guildId)?.preferredLocale,
    rest: channelRest,
    logger,
  });
  const poster = new ChannelPoster(channelRest, languages);
  const team = createTeamFeatures(config, {
    keyv: store.keyv,
    lock,
    state,
    poster,
    logger,
    clock,
    words: upstream.words,
    routing: alertRouting(settings, (channelId) => languages.guildOf(channelId)),
  });
  const panels = new LivePanels({
    state,
    store: new PanelStore(store.keyv, lock),
    messages: new ChannelMessages(channelRest),
    languages,
    changes,
    lock,
    rules: async (guildId) => modeRulesOf((await settings.forGuild(guildId)).values),
    words: upstream.words,
    alert: (channelId, eventId, alert) => team.alerts.panelUnreachable(channelId, eventId, alert),
    logger,
    clock,
    coalesceMs: options.panelCoalesceMs,
  });
  // Another process changed a server's settings: its cached ones go before any panel of it is refreshed
  // (listened to before the panels start), else that refresh would put the old settings back.
  changes.listen((change) => {
    if ('guildId' in change) settings.forget(change.guildId);
  });
  // The process that made a settings change tells the team, and brings the server's live panels (in
  // every process) up to date.
  settings.onChange((event) => {
    team.alerts.settingsChanged(event);
    panels.refreshGuild(event.guildId);
  });
  const speed = new SpeedService(upstream, state, new ChannelGate(20, lock), {
    clock: options.clock,
    observer: team.observer,
    recordsAfterReply: store.kind === 'sqlite',
  });
  // English for the log; `/speed status` names the store in its reader's language.
  const storeDescription =
    store.kind === 'sqlite' ? `SQLite file ${store.location}` : `Redis at ${store.location}`;
  const guildAccess = new GuildAccess(config.allowedGuildIds);
  const services = {
    speed,
    upstream,
    adminRoleIds: config.adminRoleIds,
    channelMap: config.channelMap,
    storeDescription: msg(`status.store.${store.kind}`, { location: store.location }),
    logger,
    metrics,
    settings,
    alerts: team.alerts,
    languages,
    // Every process on the token receives every interaction: with Redis, the store says which one acts.
    interactionClaims:
      store.kind === 'redis' ? new OnceClaims(store.keyv, lock, INTERACTION_CLAIM_TTL_MS) : undefined,
    panels,
  };
  const router = new InteractionRouter(await loadCommands(), services, guildAccess);

  client.on(Events.InteractionCreate, router.handle);
  guildAccess.warnAboutOtherGuilds(client, logger);
  const upstreamBaseUrl = config.upstream.kind === 'useapi' ? config.upstream.baseUrl : config.upstream.url;
  client.once(Events.ClientReady, (ready) => {
    const line = connectedLine({
      user: ready.user,
      servers: ready.guilds.cache.size,
      upstream: { name: upstream.displayName, baseUrl: upstreamBaseUrl },
      store: storeDescription,
    });
    logger.info(line.fields, line.message);
  });
  const upstreamAddress = {
    name: upstream.displayName,
    variable: upstream.words.urlVariable,
    url: upstreamBaseUrl,
  };
  void connectFailure(upstreamBaseUrl, UPSTREAM_CONNECT_CHECK_MS).then((reason) => {
    if (reason) logger.warn({ reason }, upstreamUnreachableWarning(upstreamAddress, reason));
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
      changes.close(),
      store.close(),
    ]);
  };
  try {
    if (config.metricsPort !== undefined) {
      health = await startHealthServer({
        port: config.metricsPort,
        host: config.metricsHost,
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
      logger.info({ host: health.address, port: health.port }, 'health and metrics listening');
    }
    await reaching(discordAddress(config.discord.apiUrl), client.login(config.discord.token));
    await resumeSwitchBacks(
      speed,
      poster,
      config.adminRoleIds,
      upstream.words,
      logger,
      team.alerts.switchBack,
    );
    await team.start();
    panels.start();
  } catch (error) {
    await closeResources();
    throw error;
  }
  return {
    client,
    metricsPort: health?.port,
    async stop() {
      const budget = { ...SHUTDOWN_BUDGET_DEFAULTS, ...options.shutdown };
      const interactions = router.drain(budget.drainMs);
      const speedWork = Promise.all([speed.shutdown(), team.stop(), panels.stop()]);
      await Promise.race([
        Promise.all([interactions, speedWork]),
        sleep(budget.drainMs, undefined, { ref: false }),
      ]);
      // What still waits for the upstream is cut short and told so; it records what it can, and only then
      // does the store close, so nothing is written to a closed store.
      shuttingDown.abort();
      await Promise.race([
        Promise.all([router.drain(budget.abortGraceMs), speedWork.then(() => team.settle())]),
        sleep(budget.abortGraceMs, undefined, { ref: false }),
      ]);
      await closeResources();
    },
  };
}
