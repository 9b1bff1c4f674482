import { setTimeout as sleep } from 'node:timers/promises';
import { startBot } from './bot.js';
import { explainStartupFailure, loadConfigOrExit } from './fatal.js';
import { createLogger } from './log.js';
import { configSecrets } from './secrets.js';
import { proxyTokenRisks } from './upstream/proxyTokenRisks.js';

const config = loadConfigOrExit('bot');

const logger = createLogger(config.logLevel, configSecrets(config));
for (const risk of proxyTokenRisks(config.upstream)) logger.warn(risk);

// A stray rejection is a bug to log, not a reason to drop every team's interactions.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
// After an uncaught exception the process state is unknown: exit non-zero so the supervisor restarts it.
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception, exiting');
  process.exitCode = 1;
  setImmediate(() => process.exit(1));
});

/** How long a stop waits for a start under way: the drain after it must still fit systemd's 35 s. */
const START_WAIT_MS = 5_000;

// Handlers go in before the start: a supervisor may stop the bot while it is still logging in, and
// Node's default for SIGTERM would kill it without closing the store.
const starting = startBot(config, logger).catch((error: unknown) => {
  logger.fatal(explainStartupFailure(error));
  process.exit(1);
});
let stopping = false;
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing running interactions');
  const bot = await Promise.race([starting, sleep(START_WAIT_MS).then(() => undefined)]);
  if (!bot) {
    // A start still stuck (Discord's login retrying) would otherwise outlast the supervisor's patience,
    // which then kills the process anyway. Nothing has been answered yet, so there is nothing to finish.
    logger.warn({ waitedMs: START_WAIT_MS }, 'stopped before the start finished');
    process.exit(0);
  }
  await bot.stop();
  logger.info('stopped');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
