/**
 * The answers to `/speed fast|turbo|relax` and the announcements of timed switch backs. A change is
 * confirmed in the upstream's own way: Midjourney's quoted reply when the upstream relays it, or the mode
 * and fast time the upstream read back, or a plain "sent but not confirmed".
 */
import { TimestampStyles, time, userMention } from 'discord.js';
import { verbatim } from '../i18n/text.js';
import type { ChannelMap } from '../speed/channelMap.js';
import type { SwitchBackResult, SwitchBackRetry, SwitchResult } from '../speed/results.js';
import { type PendingSwitchBack, TIMED_MINUTES, type TimedMode } from '../speed/timedSpeed.js';
import type { SpeedMode } from '../speedModes.js';
import {
  describeFailure,
  describeSwitchFailure,
  inlineUntrusted,
  type UpstreamWords,
  unconfirmedMessage,
} from '../upstream/messages.js';
import type { SpeedChanged } from '../upstream/port.js';
import { alreadyHalted, joinedHalt, moderationInstructions } from './haltReplies.js';
import { quoteUntrusted, type Reply } from './replies.js';
import {
  announcedIn,
  channelList,
  english,
  fastTimeFigures,
  formatDuration,
  haltSummary,
  LATE_NOTICE_MS,
  MODE_LABELS,
  RESTARTING,
  relative,
  timedLabel,
  UPSTREAM_TEXT_LIMIT,
  withStoreNote,
} from './replyText.js';

/**
 * How the change to `mode` was confirmed, after "… requested by @someone." (or "switched back to Relax
 * mode."): Midjourney's words quoted, what the upstream read back, or that it could not be confirmed.
 */
export function changeReport(changed: SpeedChanged, mode: SpeedMode, words: UpstreamWords): string {
  if (changed.content?.trim()) {
    return ` Midjourney says:\n${quoteUntrusted(changed.content, UPSTREAM_TEXT_LIMIT)}`;
  }
  const confirmation = changed.confirmation;
  if (!confirmation) return `\n${unconfirmedMessage(words)}`;
  const hours = confirmation.fastHours;
  const fast = hours ? `, ${fastTimeFigures(hours)} of fast time` : '';
  const autoRelax = confirmation.mayRevertToRelax
    ? `\n⚠️ With this little fast time left, ${words.name} may switch the account to Relax by itself (it does so at 0.2 hours or less when its auto-relax is on).`
    : '';
  if (changed.alreadyActive) {
    return `\n${words.name} shows the account already in **${MODE_LABELS[mode]}** mode${fast}, so nothing was clicked (clicking the active mode could switch it off).${autoRelax}`;
  }
  if (!confirmation.confirmed) {
    return (
      `\nThe change was sent to ${words.name} but could not be confirmed in time${fast ? ` (last reading${fast.slice(1)})` : ''}. ` +
      'Run `/info` in Midjourney, or `/speed status` in a minute, to check the mode.'
    );
  }
  const jobMode = confirmation.jobMode ? inlineUntrusted(confirmation.jobMode) : MODE_LABELS[mode];
  return `\n${words.name} now reports job mode **${jobMode}**${fast}.${autoRelax}`;
}

/** The answer to `/speed fast|turbo|relax`. */
export function switchReply(
  result: SwitchResult,
  invokerId: string,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
): Reply {
  switch (result.kind) {
    case 'switched': {
      const lines = [
        `**${MODE_LABELS[result.mode]} mode** requested by ${userMention(invokerId)}.${changeReport(result.changed, result.mode, words)}`,
      ];
      if (result.switchBack) {
        const due = new Date(result.switchBack.dueAt);
        lines.push(
          `⏱️ The bot switches back to **Relax** at ${time(due, TimestampStyles.ShortTime)} (${time(due, TimestampStyles.RelativeTime)}), after ${formatDuration(result.switchBack.minutes * 60_000)}, and says so here. Any later \`/speed\` change cancels it.`,
        );
      }
      const cancelled = result.cancelledSwitchBack;
      if (cancelled && cancelled.id !== result.switchBack?.id) {
        lines.push(
          `(This cancels the switch back to Relax that was due ${relative(cancelled.dueAt)}, set by ${userMention(cancelled.userId)}.)`,
        );
      }
      const low = result.lowFastTime;
      if (low) {
        lines.push(
          low.at
            ? `⚠️ Fast hours are running low: ${fastTimeFigures(low)} as of ${relative(low.at)}. \`/speed relax\` saves what is left.`
            : `⚠️ Fast hours are running low: ${fastTimeFigures(low)} at the last reading. \`/speed relax\` saves what is left.`,
        );
      }
      return {
        content: withStoreNote(verbatim(lines.join('\n')), result.storeProblem, words),
        ephemeral: false,
      };
    }
    case 'halted':
      if (result.fresh) {
        const instructions = moderationInstructions(result.halt, adminRoleIds, words);
        const held = result.switchBackKept ? keptEarlierLimit : heldLimitAfterFlag;
        // TRANSITIONAL (issue 21): until halt replies are Text.
        const content = result.switchBack
          ? `${instructions.content as string}\n${held(result.switchBack)}`
          : instructions.content;
        return {
          ...instructions,
          content: withStoreNote(verbatim(content as string), result.storeProblem, words),
        };
      }
      if (result.joined) return { content: joinedHalt(result.halt, adminRoleIds, words), ephemeral: true };
      return { content: alreadyHalted(result.halt, adminRoleIds, words), ephemeral: true };
    case 'failed': {
      const failure = describeSwitchFailure(result.outcome, words);
      const held = result.switchBackKept ? keptEarlierLimit : heldLimit;
      const content = result.switchBack
        ? `${english(failure)}\n${held(result.switchBack)}`
        : english(failure);
      return { content: withStoreNote(verbatim(content), result.storeProblem, words), ephemeral: true };
    }
    case 'cooldown': {
      const retryAt = new Date(Date.parse(result.lastAt) + result.cooldownMs);
      return {
        content:
          `⏳ You changed the speed ${relative(result.lastAt)}; members wait ${formatDuration(result.cooldownMs)} between changes. ` +
          `Try again in ${formatDuration(result.remainingMs)} (${time(retryAt, TimestampStyles.RelativeTime)}). Nothing was sent to Midjourney.`,
        ephemeral: true,
      };
    }
    case 'queueFull':
      return {
        content: `This channel already has ${result.waiting} speed requests waiting. Nothing was sent; try again in a minute.`,
        ephemeral: true,
      };
    case 'restarting':
      return { content: RESTARTING, ephemeral: true };
  }
}

/** After a timed change whose outcome is unknown: its time limit holds all the same. */
function heldLimit(switchBack: PendingSwitchBack): string {
  const due = new Date(switchBack.dueAt);
  return `⏱️ In case it went through, the ${formatDuration(switchBack.minutes * 60_000)} limit still applies: the bot switches back to **Relax** at ${time(due, TimestampStyles.ShortTime)} (${time(due, TimestampStyles.RelativeTime)}) and says so in this channel. Any later \`/speed\` change cancels it.`;
}

/**
 * After a timed change whose outcome is unknown while an earlier one's switch back was due sooner: that
 * one stays, since this change may never have landed.
 */
function keptEarlierLimit(switchBack: PendingSwitchBack): string {
  return `⏱️ ${userMention(switchBack.userId)}'s earlier ${timedLabel(switchBack.mode, switchBack.minutes)} keeps its sooner switch back, in case this change did not go through: the bot switches back to **Relax** ${relative(switchBack.dueAt)} (as soon as it can, if that time has passed) and says so in ${announcedIn(switchBack)}. Any later \`/speed\` change cancels it.`;
}

/** After a timed change that met a flag once it was sent: the time limit holds, after the reset if need be. */
function heldLimitAfterFlag(switchBack: PendingSwitchBack): string {
  return `⏱️ The change was sent before the flag showed, so the account may be in ${MODE_LABELS[switchBack.mode]} mode: the ${formatDuration(switchBack.minutes * 60_000)} limit still applies. The bot switches back to **Relax** ${relative(switchBack.dueAt)}, or right after \`/speed reset\` if the account is still halted then.`;
}

/** The refusal of a `minutes` value outside the allowed range (Discord normally enforces it already). */
export function invalidMinutesReply(): Reply {
  return {
    content: `\`minutes\` must be a whole number from ${TIMED_MINUTES.min} to ${TIMED_MINUTES.max} (a day). Nothing was changed.`,
    ephemeral: true,
  };
}

/** The answer in a channel that `CHANNEL_MAP` does not list. */
export function notSetUpReply(map: ChannelMap): Reply {
  const channels = [...map.routes.keys()];
  const where = channels.length > 0 ? ` Use it in ${english(channelList(channels, 'disjunction'))}.` : '';
  return {
    content: `\`/speed\` is not set up in this channel: it is not linked to a Midjourney account, so nothing was sent.${where} (The bot's operator links channels with CHANNEL_MAP.)`,
    ephemeral: true,
  };
}

/** Said in the channel when a switch back runs late: the bot was down, attempts failed, or the account was halted. */
function lateNote(lateMs: number, delayedBy: 'failures' | 'halt' | undefined): string {
  if (lateMs < LATE_NOTICE_MS) return '';
  const late = formatDuration(lateMs);
  switch (delayedBy) {
    case 'failures':
      return `\n(${late} late: the earlier attempts failed.)`;
    case 'halt':
      return `\n(${late} late: the account was halted until the reset.)`;
    case undefined:
      return `\n(${late} late: the bot was not running when the time was up.)`;
  }
}

/** How a switch back that did not happen goes on: tried again until it works. */
function retryNote(retry: SwitchBackRetry, mode: TimedMode): string {
  return `The account may still be in ${MODE_LABELS[mode]} mode: the bot tries again ${relative(retry.at)} and keeps trying until it works (only this first failure is announced). \`/speed relax\` switches now.`;
}

/**
 * The message posted in the channel when a timed change comes due; `undefined` when there is nothing to
 * say (a later change had cancelled it).
 */
export function switchBackAnnouncement(
  record: PendingSwitchBack,
  result: SwitchBackResult,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
): Reply | undefined {
  const timed = `${timedLabel(record.mode, record.minutes)} (asked by ${userMention(record.userId)})`;
  switch (result.kind) {
    case 'superseded':
    case 'postponed':
      return undefined;
    case 'switched': {
      const content = `⏱️ Time is up for ${timed}: switched back to **Relax mode**.${changeReport(result.changed, 'relax', words)}${lateNote(result.lateMs, result.delayedBy)}`;
      return { content: withStoreNote(verbatim(content), result.storeProblem, words), ephemeral: false };
    }
    case 'halted': {
      if (result.fresh) {
        const instructions = moderationInstructions(result.halt, adminRoleIds, words);
        return {
          ...instructions,
          content: withStoreNote(
            verbatim(
              `⏱️ Time was up for ${timed}, but switching back to Relax met a moderation halt. The bot switches back right after \`/speed reset\`.\n${instructions.content}`,
            ),
            result.storeProblem,
            words,
          ),
        };
      }
      return {
        content:
          `⏱️ Time is up for ${timed}, but speed changes are halted (${haltSummary(result.halt, words)}), so the bot sent nothing to Midjourney and did **not** switch back to Relax yet: the account may still be in ${MODE_LABELS[record.mode]} mode. ` +
          `Once the moderation is resolved and an admin runs \`/speed reset\`, the bot switches back to Relax right away.${lateNote(result.lateMs, undefined)}`,
        ephemeral: false,
      };
    }
    case 'failed':
      if (result.retry.attempt > 1) return undefined;
      return {
        content: `⏱️ Time is up for ${timed}, but switching back to Relax failed: ${describeFailure(result.outcome, words)} ${retryNote(result.retry, record.mode)}${lateNote(result.lateMs, undefined)}`,
        ephemeral: false,
      };
    case 'queueFull':
      if (result.retry.attempt > 1) return undefined;
      return {
        content: `⏱️ Time is up for ${timed}, but too many requests were waiting for this account, so the bot did not switch back to Relax yet. ${retryNote(result.retry, record.mode)}`,
        ephemeral: false,
      };
  }
}
