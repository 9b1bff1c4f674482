/**
 * What the alert channel reads: one plain message per event, for admins. Only a halt may ping (the admin
 * roles); everything else names people and roles without notifying them.
 */
import { channelMention, roleMention, userMention } from 'discord.js';
import { duration } from '../../i18n/duration.js';
import { lines, type Message, msg, verbatim } from '../../i18n/text.js';
import type { SwitchBackResult } from '../../speed/results.js';
import type { PendingSwitchBack } from '../../speed/timedSpeed.js';
import type { SpeedMode } from '../../speedModes.js';
import type { BlockEndReminder } from '../../state/BlockEndStore.js';
import type { HaltRecord } from '../../state/ChannelState.js';
import { describeFailure, type UpstreamWords } from '../../upstream/messages.js';
import type { AccountReport } from '../../upstream/port.js';
import { blockEndLine, fullAndRelative } from '../blockEndText.js';
import type { Reply } from '../replies.js';
import { haltSource, modeName, relative, timedLabel, upstreamQuote } from '../replyText.js';

// Room for the bot's own lines around the quoted moderation text.
const MODERATION_TEXT_LIMIT = 900;

/** The values of a message that names a channel only when it is known (`inChannel`: yes or no). */
const inChannel = (channelId: string | undefined) =>
  channelId ? { inChannel: 'yes', channel: channelMention(channelId) } : { inChannel: 'no', channel: '' };

const plain = (content: Message): Reply => ({ content, ephemeral: false });

/**
 * A halt: which account, who met it, where, what the upstream said, and the admins, pinged. Never a
 * CAPTCHA link (the halt does not keep one): this is a channel message, and admins find the link in
 * `/speed status`.
 */
export function haltAlert(
  account: string,
  halt: HaltRecord,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
): Reply {
  const where = inChannel(halt.channelId);
  const cause = halt.cause ?? 'moderation';
  const source = haltSource(halt) ?? msg('alert.halt.upstreamFlag', { upstream: words.name });
  const admins =
    adminRoleIds.length > 0 ? verbatim(adminRoleIds.map(roleMention).join(' ')) : msg('alert.halt.admins');
  const content = lines(
    msg('alert.halt', { account, source, cause, ...where }),
    halt.upstreamText
      ? lines(
          msg('alert.halt.said', { upstream: words.name }),
          upstreamQuote(halt.upstreamText, MODERATION_TEXT_LIMIT, words),
        )
      : undefined,
    blockEndLine(halt),
    msg('alert.halt.resolve', { admins, cause, ...where }),
  );
  return { content, ephemeral: false, mentionRoles: adminRoleIds };
}

/** What the read-back after a reset says of the flag, as the `flag` of `alert.reset`. */
function flagAfterReset(report: AccountReport | undefined): string {
  if (!report) return 'unconfirmed';
  if (report.flagged) return report.cause === 'captcha' ? 'captcha' : 'moderation';
  return report.enabled ? 'clear' : 'switchedOff';
}

/** A reset: who, where, and whether the upstream still reports a flag (no CAPTCHA link). */
export function resetAlert(
  account: string,
  by: { userId: string; channelId: string },
  report: AccountReport | undefined,
  words: UpstreamWords,
): Reply {
  return plain(
    msg('alert.reset', {
      user: userMention(by.userId),
      account,
      channel: channelMention(by.channelId),
      flag: flagAfterReset(report),
      upstream: words.name,
    }),
  );
}

/** One line per speed change someone asked for. */
export function changeAlert(
  account: string,
  change: { mode: SpeedMode; userId: string; channelId: string; minutes?: number; dueAt?: string },
): Reply {
  const values = {
    user: userMention(change.userId),
    account,
    mode: modeName(change.mode),
    channel: channelMention(change.channelId),
  };
  return plain(
    change.minutes !== undefined && change.dueAt !== undefined
      ? msg('alert.change.timed', {
          ...values,
          duration: duration(change.minutes * 60_000),
          due: fullAndRelative(change.dueAt),
        })
      : msg('alert.change.untimed', values),
  );
}

/**
 * A switch back that came due: the automatic change, or why it did not happen yet. `undefined` when there
 * is nothing to tell (superseded, postponed, a failure after the first: it is being retried) or the halt
 * alert already tells it.
 */
export function switchBackAlert(
  record: PendingSwitchBack,
  result: SwitchBackResult,
  words: UpstreamWords,
): Reply | undefined {
  const values = {
    account: record.account,
    channel: channelMention(record.channelId),
    user: userMention(record.userId),
    timed: timedLabel(record.mode, record.minutes),
    mode: modeName(record.mode),
  };
  switch (result.kind) {
    case 'switched':
      return plain(msg('alert.switchBack.switched', values));
    case 'failed':
      if (result.retry.attempt > 1) return undefined;
      return plain(
        msg('alert.switchBack.failed', {
          ...values,
          failure: describeFailure(result.outcome, words),
          retry: relative(result.retry.at),
        }),
      );
    case 'halted':
      if (result.fresh) return undefined;
      return plain(msg('alert.switchBack.held', values));
    case 'queueFull':
      if (result.retry.attempt > 1) return undefined;
      return plain(msg('alert.switchBack.queueFull', { ...values, retry: relative(result.retry.at) }));
    case 'superseded':
    case 'postponed':
      return undefined;
  }
}

/** The end of a block: the halt is still on, and only an admin lifts it. */
export function blockEndReminder(reminder: BlockEndReminder): Reply {
  const values = { account: reminder.account, ended: fullAndRelative(reminder.dueAt) };
  return plain(
    reminder.channelId
      ? msg('alert.blockEnd.met', {
          ...values,
          channel: channelMention(reminder.channelId),
          user: userMention(reminder.userId),
        })
      : msg('alert.blockEnd', values),
  );
}
