/**
 * What the alert channel reads: one plain message per event, for admins. Only a halt may ping (the admin
 * roles); everything else names people and roles without notifying them.
 */
import { channelMention, roleMention, userMention } from 'discord.js';
import type { SwitchBackResult } from '../../speed/results.js';
import type { PendingSwitchBack } from '../../speed/timedSpeed.js';
import type { SpeedMode } from '../../speedModes.js';
import type { BlockEndReminder } from '../../state/BlockEndStore.js';
import type { HaltRecord } from '../../state/ChannelState.js';
import { describeFailure, type UpstreamWords } from '../../upstream/messages.js';
import type { AccountReport } from '../../upstream/port.js';
import { blockEndLine, fullAndRelative } from '../blockEndText.js';
import { quoteUntrusted, type Reply } from '../replies.js';
import { formatDuration, haltSource, MODE_LABELS, relative, timedLabel } from '../replyText.js';

// Room for the bot's own lines around the quoted moderation text.
const MODERATION_TEXT_LIMIT = 900;

const accountName = (account: string) => `Midjourney account \`${account}\``;
const where = (channelId: string | undefined) => (channelId ? ` in ${channelMention(channelId)}` : '');
const plain = (content: string): Reply => ({ content, ephemeral: false });

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
  const source = haltSource(halt) ?? `${words.name}'s account flag`;
  const captcha = halt.cause === 'captcha';
  const admins = adminRoleIds.length > 0 ? adminRoleIds.map(roleMention).join(' ') : 'Admins';
  const lines = [
    `⛔ **Halt** on ${accountName(account)}: ${source} met ${captcha ? 'a CAPTCHA' : 'a moderation halt'}${where(halt.channelId)}. Speed changes of the account are blocked.`,
  ];
  if (halt.upstreamText)
    lines.push(`${words.name} said:`, quoteUntrusted(halt.upstreamText, MODERATION_TEXT_LIMIT));
  const end = blockEndLine(halt);
  if (end) lines.push(end);
  const resolve = captcha
    ? 'solve the CAPTCHA in the Midjourney account (the link is in `/speed status`, for admins only)'
    : 'resolve it in the Midjourney account';
  lines.push(`${admins}: ${resolve}, then run \`/speed reset\`${where(halt.channelId)}.`);
  return { content: lines.join('\n'), ephemeral: false, mentionRoles: adminRoleIds };
}

/** What the read-back after a reset says, in one sentence (no CAPTCHA link). */
function flagAfterReset(report: AccountReport | undefined, words: UpstreamWords): string {
  if (!report) return `Could not confirm with ${words.name} that the flag is gone.`;
  if (report.flagged && report.cause === 'captcha')
    return `⚠️ ${words.name} still reports a CAPTCHA: the next speed change will halt again.`;
  if (report.flagged)
    return `⚠️ ${words.name} still reports a pending moderation message: the next speed change will halt again.`;
  if (!report.enabled)
    return `⚠️ ${words.name} still has the account switched off: the next speed change will fail.`;
  return `${words.name} reports no flag any more.`;
}

/** A reset: who, where, and whether the upstream still reports a flag. */
export function resetAlert(
  account: string,
  by: { userId: string; channelId: string },
  report: AccountReport | undefined,
  words: UpstreamWords,
): Reply {
  const flag = flagAfterReset(report, words);
  return plain(`✅ ${userMention(by.userId)} reset ${accountName(account)}${where(by.channelId)}. ${flag}`);
}

/** One line per speed change someone asked for. */
export function changeAlert(
  account: string,
  change: { mode: SpeedMode; userId: string; channelId: string; minutes?: number; dueAt?: string },
): Reply {
  const timed =
    change.minutes !== undefined && change.dueAt !== undefined
      ? ` for ${formatDuration(change.minutes * 60_000)} (back to Relax ${fullAndRelative(change.dueAt)})`
      : ', untimed';
  return plain(
    `🔁 ${userMention(change.userId)} switched ${accountName(account)} to **${MODE_LABELS[change.mode]}**${where(change.channelId)}${timed}.`,
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
  const after = `after ${userMention(record.userId)}'s ${timedLabel(record.mode, record.minutes)}`;
  const head = `${accountName(record.account)}${where(record.channelId)}`;
  const stillOn = `The account may still be in ${MODE_LABELS[record.mode]} mode.`;
  switch (result.kind) {
    case 'switched':
      return plain(`⏱️ Automatic switch back of ${head} to **Relax**, ${after}.`);
    case 'failed':
      if (result.retry.attempt > 1) return undefined;
      return plain(
        `❌ The switch back to Relax of ${head}, ${after}, failed: ${describeFailure(result.outcome, words)} ${stillOn} The bot tries again ${relative(result.retry.at)} and keeps trying until it works; a success is posted here.`,
      );
    case 'halted':
      if (result.fresh) return undefined;
      return plain(
        `⏸️ The switch back to Relax of ${head}, ${after}, is held: the account is halted, so nothing was sent. ${stillOn} It runs right after \`/speed reset\`.`,
      );
    case 'queueFull':
      if (result.retry.attempt > 1) return undefined;
      return plain(
        `⏸️ The switch back to Relax of ${head}, ${after}, is late: too many requests were waiting. ${stillOn} The bot tries again ${relative(result.retry.at)}.`,
      );
    case 'superseded':
    case 'postponed':
      return undefined;
  }
}

/** The end of a block: the halt is still on, and only an admin lifts it. */
export function blockEndReminder(reminder: BlockEndReminder): Reply {
  const met = reminder.channelId
    ? `, met${where(reminder.channelId)} by ${userMention(reminder.userId)}`
    : '';
  return plain(
    `⏰ The Midjourney block of ${accountName(reminder.account)} ended ${fullAndRelative(reminder.dueAt)}, per the moderation text of its halt${met}. ` +
      'The account is still halted: an admin can check it in Midjourney and run `/speed reset`. The bot never resets it by itself.',
  );
}
