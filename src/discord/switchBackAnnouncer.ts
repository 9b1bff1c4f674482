import { createHash } from 'node:crypto';
import type { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import type { Logger } from '../log.js';
import type { SwitchBackListener } from '../speed/results.js';
import type { SpeedService } from '../speed/SpeedService.js';
import { announcementChannels } from '../speed/timedSpeed.js';
import type { UpstreamWords } from '../upstream/messages.js';
import { fitLength, type Reply } from './replies.js';
import { switchBackAnnouncement } from './switchReplies.js';

/** How a channel post is sent. */
export interface PostOptions {
  signal?: AbortSignal;
  /**
   * The event the message is about. Discord creates at most one message per `nonce` from the bot within a
   * few minutes when `enforce_nonce` is set (it returns the first instead), so a retry after a post whose
   * answer was lost, by this process or another, never shows the message twice.
   */
  eventId?: string;
}

/** Discord's nonce: at most 25 characters (discord-api-spec, MessageCreateRequest.nonce). */
function nonceFor(eventId: string): string {
  return createHash('sha256').update(eventId).digest('base64url').slice(0, 25);
}

/**
 * Posts a reply as a plain channel message (`POST /channels/{id}/messages`): a switch back comes long after
 * the interaction token (15 min) expired. Needs View Channel and Send Messages in that channel.
 */
export async function postToChannel(
  rest: REST,
  channelId: string,
  reply: Reply,
  { signal, eventId }: PostOptions = {},
): Promise<void> {
  await rest.post(Routes.channelMessages(channelId), {
    ...(signal && { signal }),
    body: {
      content: fitLength(reply.content),
      components: (reply.components ?? []).map((row) => row.toJSON()),
      allowed_mentions: { parse: [], roles: [...(reply.mentionRoles ?? [])] },
      ...(eventId !== undefined && { nonce: nonceFor(eventId), enforce_nonce: true }),
    },
  });
}

/**
 * Announces each switch back that came due in the channel where the timed change was asked (and in the
 * channels of the changes that shared its call), and logs it.
 */
export function switchBackAnnouncer(
  rest: REST,
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
          await postToChannel(rest, channelId, reply, {
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
 * announces them through `rest` (and tells `alsoTell`, e.g. the alert channel), and logs how the store's
 * switch backs are kept armed. A store that does not answer is logged, not fatal: the switch backs are read
 * again, with backoff, until it does.
 */
export async function resumeSwitchBacks(
  speed: SpeedService,
  rest: REST,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
  logger: Logger,
  alsoTell?: SwitchBackListener,
): Promise<void> {
  const announce = switchBackAnnouncer(rest, adminRoleIds, words, logger);
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
