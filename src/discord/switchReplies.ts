/**
 * The answers to `/speed fast|turbo|relax` and the announcements of timed switch backs. A change is
 * confirmed in the upstream's own way: Midjourney's quoted reply when the upstream relays it, or the mode
 * and fast time the upstream read back, or a plain "sent but not confirmed".
 */
import { TimestampStyles, time, userMention } from 'discord.js';
import { duration } from '../i18n/duration.js';
import { lines, type Message, msg, type Text } from '../i18n/text.js';
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
import { AUTO_RELAX_HOURS } from '../upstream/midjourneyProxy/ModeSwitch.js';
import type { SpeedChanged } from '../upstream/port.js';
import { alreadyHalted, joinedHalt, moderationInstructions } from './haltReplies.js';
import type { Reply } from './replies.js';
import {
  announcedIn,
  channelList,
  fastTimeFigures,
  haltSummary,
  LATE_NOTICE_MS,
  modeName,
  quoted,
  RESTARTING,
  relative,
  timedLabel,
  UPSTREAM_TEXT_LIMIT,
  withStoreNote,
} from './replyText.js';

/**
 * A change's headline ("**Turbo mode** requested by @someone.", "… switched back to **Relax mode**.") and,
 * below it, how the change to `mode` was confirmed: Midjourney's words quoted (the headline then ends
 * "Midjourney says:", `quoting` picks that variant), what the upstream read back, or that it could not be.
 */
function changeReport(
  headline: (quoting: 'yes' | 'no') => Message,
  changed: SpeedChanged,
  mode: SpeedMode,
  words: UpstreamWords,
): Text {
  if (changed.content?.trim()) return lines(headline('yes'), quoted(changed.content, UPSTREAM_TEXT_LIMIT));
  return lines(headline('no'), readBack(changed, mode, words));
}

/** What the upstream read back after the change, when it relayed no words of Midjourney's. */
function readBack(changed: SpeedChanged, mode: SpeedMode, words: UpstreamWords): Text {
  const confirmation = changed.confirmation;
  if (!confirmation) return unconfirmedMessage(words);
  const upstream = words.name;
  const fastTime = confirmation.fastHours && fastTimeFigures(confirmation.fastHours);
  const autoRelax =
    confirmation.mayRevertToRelax && msg('switch.autoRelax', { upstream, hours: AUTO_RELAX_HOURS });
  if (changed.alreadyActive) {
    const active = { upstream, mode: modeName(mode) };
    return lines(
      fastTime
        ? msg('switch.alreadyActive.withFastTime', { ...active, fastTime })
        : msg('switch.alreadyActive', active),
      autoRelax,
    );
  }
  if (!confirmation.confirmed) {
    return fastTime
      ? msg('switch.notConfirmed.withFastTime', { upstream, fastTime })
      : msg('switch.notConfirmed', { upstream });
  }
  const reported = {
    upstream,
    jobMode: confirmation.jobMode ? inlineUntrusted(confirmation.jobMode) : modeName(mode),
  };
  return lines(
    fastTime
      ? msg('switch.jobMode.withFastTime', { ...reported, fastTime })
      : msg('switch.jobMode', reported),
    autoRelax,
  );
}

/** `10:30` and `in 2 hours`, as Discord shows each reader the time a switch back is due. */
function dueTime(switchBack: PendingSwitchBack) {
  const due = new Date(switchBack.dueAt);
  return { time: time(due, TimestampStyles.ShortTime), relative: time(due, TimestampStyles.RelativeTime) };
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
      const { switchBack, cancelledSwitchBack: cancelled, lowFastTime: low } = result;
      const requested = { mode: modeName(result.mode), user: userMention(invokerId) };
      const content = lines(
        changeReport(
          (quoting) => msg('switch.requested', { ...requested, quoting }),
          result.changed,
          result.mode,
          words,
        ),
        switchBack &&
          msg('switch.switchBackSet', {
            ...dueTime(switchBack),
            duration: duration(switchBack.minutes * 60_000),
          }),
        cancelled &&
          cancelled.id !== switchBack?.id &&
          msg('switch.cancelsSwitchBack', {
            due: relative(cancelled.dueAt),
            user: userMention(cancelled.userId),
          }),
        low &&
          (low.at
            ? msg('switch.lowFastTime.asOf', { fastTime: fastTimeFigures(low), at: relative(low.at) })
            : msg('switch.lowFastTime', { fastTime: fastTimeFigures(low) })),
      );
      return { content: withStoreNote(content, result.storeProblem, words), ephemeral: false };
    }
    case 'halted':
      if (result.fresh) {
        const instructions = moderationInstructions(result.halt, adminRoleIds, words);
        const held = result.switchBackKept ? keptEarlierLimit : heldLimitAfterFlag;
        const content = lines(instructions.content, result.switchBack && held(result.switchBack));
        return { ...instructions, content: withStoreNote(content, result.storeProblem, words) };
      }
      if (result.joined) return { content: joinedHalt(result.halt, adminRoleIds, words), ephemeral: true };
      return { content: alreadyHalted(result.halt, adminRoleIds, words), ephemeral: true };
    case 'failed': {
      const held = result.switchBackKept ? keptEarlierLimit : heldLimit;
      const content = lines(
        describeSwitchFailure(result.outcome, words),
        result.switchBack && held(result.switchBack),
      );
      return { content: withStoreNote(content, result.storeProblem, words), ephemeral: true };
    }
    case 'cooldown': {
      const retryAt = new Date(Date.parse(result.lastAt) + result.cooldownMs);
      return {
        content: msg('switch.cooldown', {
          last: relative(result.lastAt),
          cooldown: duration(result.cooldownMs),
          remaining: duration(result.remainingMs),
          retryAt: time(retryAt, TimestampStyles.RelativeTime),
        }),
        ephemeral: true,
      };
    }
    case 'queueFull':
      return { content: msg('switch.queueFull', { waiting: result.waiting }), ephemeral: true };
    case 'restarting':
      return { content: RESTARTING, ephemeral: true };
  }
}

/** After a timed change whose outcome is unknown: its time limit holds all the same. */
function heldLimit(switchBack: PendingSwitchBack): Message {
  return msg('switch.limitHeld', {
    ...dueTime(switchBack),
    duration: duration(switchBack.minutes * 60_000),
  });
}

/**
 * After a timed change whose outcome is unknown while an earlier one's switch back was due sooner: that
 * one stays, since this change may never have landed.
 */
function keptEarlierLimit(switchBack: PendingSwitchBack): Message {
  return msg('switch.earlierLimitKept', {
    user: userMention(switchBack.userId),
    timed: timedLabel(switchBack.mode, switchBack.minutes),
    due: relative(switchBack.dueAt),
    channels: announcedIn(switchBack),
  });
}

/** After a timed change that met a flag once it was sent: the time limit holds, after the reset if need be. */
function heldLimitAfterFlag(switchBack: PendingSwitchBack): Message {
  return msg('switch.limitHeldAfterFlag', {
    mode: modeName(switchBack.mode),
    duration: duration(switchBack.minutes * 60_000),
    due: relative(switchBack.dueAt),
  });
}

/** The refusal of a `minutes` value outside the allowed range (Discord normally enforces it already). */
export function invalidMinutesReply(): Reply {
  return {
    content: msg('switch.invalidMinutes', { min: TIMED_MINUTES.min, max: TIMED_MINUTES.max }),
    ephemeral: true,
  };
}

/** The answer in a channel that `CHANNEL_MAP` does not list. */
export function notSetUpReply(map: ChannelMap): Reply {
  const channels = [...map.routes.keys()];
  return {
    content:
      channels.length > 0
        ? msg('switch.notSetUp.useIn', { channels: channelList(channels, 'disjunction') })
        : msg('switch.notSetUp'),
    ephemeral: true,
  };
}

/** Said in the channel when a switch back runs late: the bot was down, attempts failed, or the account was halted. */
function lateNote(lateMs: number, delayedBy: 'failures' | 'halt' | undefined): Message | undefined {
  if (lateMs < LATE_NOTICE_MS) return undefined;
  const late = { late: duration(lateMs) };
  switch (delayedBy) {
    case 'failures':
      return msg('switchBack.late.failures', late);
    case 'halt':
      return msg('switchBack.late.halt', late);
    case undefined:
      return msg('switchBack.late.botDown', late);
  }
}

/** How a switch back that did not happen goes on: tried again until it works. */
function retryNote(retry: SwitchBackRetry, mode: TimedMode): Message {
  return msg('switchBack.retry', { mode: modeName(mode), at: relative(retry.at) });
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
  const timed = msg('switchBack.timed', {
    timed: timedLabel(record.mode, record.minutes),
    user: userMention(record.userId),
  });
  switch (result.kind) {
    case 'superseded':
    case 'postponed':
      return undefined;
    case 'switched': {
      const content = lines(
        changeReport(
          (quoting) => msg('switchBack.switched', { timed, quoting }),
          result.changed,
          'relax',
          words,
        ),
        lateNote(result.lateMs, result.delayedBy),
      );
      return { content: withStoreNote(content, result.storeProblem, words), ephemeral: false };
    }
    case 'halted': {
      if (result.fresh) {
        const instructions = moderationInstructions(result.halt, adminRoleIds, words);
        return {
          ...instructions,
          content: withStoreNote(
            lines(msg('switchBack.haltedNow', { timed }), instructions.content),
            result.storeProblem,
            words,
          ),
        };
      }
      return {
        content: lines(
          msg('switchBack.heldByHalt', {
            timed,
            halt: haltSummary(result.halt, words),
            mode: modeName(record.mode),
          }),
          lateNote(result.lateMs, undefined),
        ),
        ephemeral: false,
      };
    }
    case 'failed':
      if (result.retry.attempt > 1) return undefined;
      return {
        content: lines(
          msg('switchBack.failed', {
            timed,
            failure: describeFailure(result.outcome, words),
            retry: retryNote(result.retry, record.mode),
          }),
          lateNote(result.lateMs, undefined),
        ),
        ephemeral: false,
      };
    case 'queueFull':
      if (result.retry.attempt > 1) return undefined;
      return {
        content: msg('switchBack.queueFull', { timed, retry: retryNote(result.retry, record.mode) }),
        ephemeral: false,
      };
  }
}
