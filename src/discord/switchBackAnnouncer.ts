import type { Logger } from '../log.js';
import type { SwitchBackListener } from '../speed/results.js';
import type { SpeedService } from '../speed/SpeedService.js';
import { announcementChannels } from '../speed/timedSpeed.js';
import type { UpstreamWords } from '../upstream/messages.js';
import type { ChannelPoster } from './ChannelPoster.js';
import { switchBackAnnouncement } from './switchReplies.js';

/**
 * Announces each switch back that came due in the channel where the timed change was asked (and in the
 * channels of the changes that shared its call), and logs it.
 */
export function switchBackAnnouncer(
  poster: ChannelPoster,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
  logger: Logger,
): SwitchBackListener {
  return async (record, result) => {
    const context = { account: record.account, channel: record.channelId, user: record.userId };
    const lateMs = 'lateMs' in result ? result.lateMs : undefined;
    logger.info(
      {
        ...context,
        outcome: result.kind === 'failed' ? `failed:${result.outcome.kind}` : result.kind,
        lateMs,
      },
      'switch back',
    );
    const reply = switchBackAnnouncement(record, result, adminRoleIds, words);
    if (!reply) return;
    // Every channel that was told "says so here" hears it, each on its own: one refusing does not silence the others.
    // The nonce names the outcome too: a retried switch back announces its first failure, then its success.
    await Promise.all(
      announcementChannels(record).map(async (channelId) => {
        try {
          await poster.post(channelId, reply, {
            eventId: `switchback:${record.id}:${result.kind}:${channelId}`,
          });
        } catch (error) {
          logger.warn(
            { ...context, channel: channelId, err: error },
            'could not announce the switch back (does the bot have View Channel and Send Messages there?)',
          );
        }
      }),
    );
  };
}

/**
 * Resumes the stored switch backs (those due while the bot was down run now, saying they are late),
 * announces them through `poster` (and tells `alsoTell`, e.g. the alert channel), and logs how the store's
 * switch backs are kept armed. A store that does not answer is logged, not fatal: the switch backs are read
 * again, with backoff, until it does.
 */
export async function resumeSwitchBacks(
  speed: SpeedService,
  poster: ChannelPoster,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
  logger: Logger,
  alsoTell?: SwitchBackListener,
): Promise<void> {
  const announce = switchBackAnnouncer(poster, adminRoleIds, words, logger);
  await speed.startSwitchBacks({
    onResult: async (record, result) => {
      await Promise.all([announce(record, result), alsoTell?.(record, result)]);
    },
    onError: (error, record) =>
      logger.error({ err: error, account: record.account, channel: record.channelId }, 'switch back failed'),
    onReconciled(armed, atStart) {
      if (atStart && armed > 0) logger.info({ resumed: armed }, 'pending switch backs resumed');
      else if (armed > 0) logger.info({ armed }, 'armed stored switch backs this process did not hold');
    },
    onReconcileFailed: (error, retryInMs) =>
      logger.error({ err: error, retryInMs }, 'could not read the pending switch backs from the store'),
  });
}
