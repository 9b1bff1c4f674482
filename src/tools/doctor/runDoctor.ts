/**
 * `npm run doctor`: checks a configuration against the services it names, read-only, in seconds. The
 * configuration first (nothing else can run without it), then four groups side by side: Discord, the
 * upstream, the state store, the metrics port.
 */
import { type Config, ConfigError, parseConfig } from '../../config.js';
import { CATALOGS } from '../../i18n/catalogs/index.js';
import type { BotLocale } from '../../i18n/locales.js';
import { proxyTokenRisks } from '../../upstream/proxyTokenRisks.js';
import { discordChecks } from './discordChecks.js';
import { metricsPortCheck } from './metricsPortCheck.js';
import { type CheckName, type DoctorReport, failed, passed, reportOf, warned } from './report.js';
import { runGroups } from './runGroups.js';
import { secretsOf, withoutSecrets } from './secrets.js';
import { storeChecks } from './storeChecks.js';
import { upstreamChecks } from './upstreamChecks.js';

const CONFIG: CheckName = { id: 'config', title: 'Configuration' };

/** Each group's time limit: four groups run side by side, so the whole run stays well under 30 s. */
export const GROUP_TIMEOUT_MS = 12_000;

/** Options of {@link runDoctor}. */
export interface DoctorOptions {
  /** Folder a relative `sqlite://` path is resolved against, as the bot does. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Each group's time limit (default {@link GROUP_TIMEOUT_MS}). */
  readonly groupTimeoutMs?: number;
}

/** Runs every check against `env` (variables as `readEnvironment` gives them). Never rejects for a failed check. */
export async function runDoctor(
  env: Record<string, string | undefined>,
  options: DoctorOptions = {},
): Promise<DoctorReport> {
  const secrets = secretsOf(env);
  let config: Config;
  try {
    config = parseConfig(env, 'bot');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const result = failed(
      CONFIG,
      'the configuration does not parse, so nothing else was checked',
      'fix each variable listed (see .env.example and the configuration table in docs/operating.md#configuration), then run the doctor again',
      error.problems,
    );
    return withoutSecrets(reportOf([result]), secrets);
  }
  const timeoutMs = options.groupTimeoutMs ?? GROUP_TIMEOUT_MS;
  // Upstream calls end before the group's limit, so a slow upstream is named as such.
  const upstreamDeadlineMs = Math.min(config.upstream.deadlineMs, Math.max(1_000, timeoutMs - 2_000));
  const results = await runGroups(
    [
      discordChecks(config),
      upstreamChecks(config.upstream, config.channelMap, upstreamDeadlineMs),
      storeChecks(config, options.cwd ?? process.cwd()),
      metricsPortCheck(config),
    ],
    timeoutMs,
  );
  const summary = `parsed (UPSTREAM=${config.upstream.kind}, store ${storeKind(config.storeUrl)}, ${channelLanguage(config.fixedSettings.locale)})`;
  const risks = proxyTokenRisks(config.upstream);
  const parsed =
    risks.length > 0
      ? warned(CONFIG, `${summary}, but the midjourney-proxy token is exposed`, { details: risks })
      : passed(CONFIG, summary);
  return withoutSecrets(reportOf([parsed, ...results]), secrets);
}

const storeKind = (storeUrl: string) => (storeUrl.startsWith('sqlite://') ? 'SQLite' : 'Redis');

/** The language of what channels read: BOT_LOCALE's, which reads English while its catalog is not in. */
function channelLanguage(botLocale: BotLocale | undefined): string {
  if (botLocale === undefined) return "BOT_LOCALE unset: channels read each server's language";
  if (CATALOGS[botLocale] === undefined)
    return `BOT_LOCALE=${botLocale}, no catalog yet: channels read English`;
  return `BOT_LOCALE=${botLocale}`;
}
