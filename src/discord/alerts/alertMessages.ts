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
import { describeFailure } from '../../useapi/messages.js';
import { blockEndLine, fullAndRelative } from '../blockEndText.js';
import { quoteUntrusted, type Reply } from '../replies.js';
import { formatDuration, haltSource, MODE_LABELS, timedLabel } from '../speedReplies.js';

// Room for the bot's own lines around the quoted moderation text.
const MODERATION_TEXT_LIMIT = 900;

const accountName = (account: string) => `Midjourney account \`${account}\``;
const where = (channelId: string | undefined) => (channelId ? ` in ${channelMention(channelId)}` : '');
const plain = (content: string): Reply => ({ content, ephemeral: false });

/** A halt: which account, who met it, where, the moderation text, and the admins, pinged. */
export function haltAlert(account: string, halt: HaltRecord, adminRoleIds: readonly string[]): Reply {
  const source = haltSource(halt) ?? 'the upstream’s account flag';
  const admins = adminRoleIds.length > 0 ? adminRoleIds.map(roleMention).join(' ') : 'Admins';
  const lines = [
    `⛔ **Halt** on ${accountName(account)}: ${source} met a moderation halt${where(halt.channelId)}. Speed changes of the account are blocked.`,
  ];
  if (halt.upstreamText)
    lines.push('Moderation text:', quoteUntrusted(halt.upstreamText, MODERATION_TEXT_LIMIT));
  const end = blockEndLine(halt);
  if (end) lines.push(end);
  lines.push(
    `${admins}: resolve it in the Midjourney account, then run \`/speed reset\`${where(halt.channelId)}.`,
  );
  return { content: lines.join('\n'), ephemeral: false, mentionRoles: adminRoleIds };
}

/** A reset: who, where, and whether the upstream still reports a flag. */
export function resetAlert(
  account: string,
  userId: string,
  channelId: string,
  stillFlagged: boolean | undefined,
): Reply {
  const flag =
    stillFlagged === undefined
      ? 'Could not confirm that the flag is gone.'
      : stillFlagged
        ? '⚠️ The upstream still reports a pending moderation message: the next speed change will halt again.'
        : 'The upstream reports no flag any more.';
  return plain(`✅ ${userMention(userId)} reset ${accountName(account)}${where(channelId)}. ${flag}`);
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
 * A switch back that came due: the automatic change, or why it did not happen. `undefined` when there is
 * nothing to tell (superseded, postponed) or the halt alert already tells it.
 */
export function switchBackAlert(record: PendingSwitchBack, result: SwitchBackResult): Reply | undefined {
  const after = `after ${userMention(record.userId)}'s ${timedLabel(record.mode, record.minutes)}`;
  const head = `${accountName(record.account)}${where(record.channelId)}`;
  const stillOn = `The account may still be in ${MODE_LABELS[record.mode]} mode.`;
  switch (result.kind) {
    case 'switched':
      return plain(`⏱️ Automatic switch back of ${head} to **Relax**, ${after}.`);
    case 'failed':
      return plain(
        `❌ The switch back to Relax of ${head}, ${after}, failed: ${describeFailure(result.outcome)} ${stillOn}`,
      );
    case 'halted':
      if (result.fresh) return undefined;
      return plain(
        `⏸️ The switch back to Relax of ${head}, ${after}, was skipped: the account is halted, so nothing was sent. ${stillOn}`,
      );
    case 'queueFull':
      return plain(
        `⏸️ The switch back to Relax of ${head}, ${after}, was skipped: too many requests were waiting. ${stillOn}`,
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
