/**
 * The private answers to `/speed status` and `/speed history`. Only `/speed status` for an admin shows the
 * upstream's own view of the account, CAPTCHA link included.
 */
import { TimestampStyles, time, userMention } from 'discord.js';
import { msg } from '../i18n/text.js';
import { LOW_FAST_TIME_PERCENT } from '../speed/fastTime.js';
import type { ChannelStatus, FastTimeStatus } from '../speed/results.js';
import type { PendingSwitchBack } from '../speed/timedSpeed.js';
import type { HistoryEntry } from '../state/History.js';
import { describeFailure, inlineUntrusted, type UpstreamWords } from '../upstream/messages.js';
import type { UpstreamOutcome } from '../upstream/outcomes.js';
import type { AccountReport } from '../upstream/port.js';
import { blockEndLine } from './blockEndText.js';
import { quoteUntrusted, type Reply } from './replies.js';
import {
  at,
  captchaLink,
  english,
  fastTimeFigures,
  formatDuration,
  haltSummary,
  LATE_NOTICE_MS,
  MODE_LABELS,
  relative,
  storeNote,
  timedLabel,
} from './replyText.js';

/** The upstream's view of the account, for admins: flag, text, CAPTCHA link, job mode. */
function accountLine(account: UpstreamOutcome<AccountReport>, words: UpstreamWords): string {
  const label = `${words.name} account`;
  if (account.kind !== 'success') {
    const notice = words.failureNotice?.(account);
    return `${label}: could not be read. ${describeFailure(account, words)}${notice ? `\n⚠️ ${notice}` : ''}`;
  }
  const report = account.value;
  const mode = report.jobMode ? ` Job mode: ${inlineUntrusted(report.jobMode)}.` : '';
  const text = report.moderationText ? `\n${quoteUntrusted(report.moderationText, 600)}` : '';
  if (report.flagged && report.cause === 'captcha') {
    const link = captchaLink(report.captchaUrl);
    const where = link
      ? `Solve it at ${link} while logged in to the Discord account that runs Midjourney`
      : `It gives no link: solve it in the Discord account that runs Midjourney or on ${words.name}'s account page`;
    return `${label}: **locked by a CAPTCHA**. ${where}, then run \`/speed reset\`. (Only admins see this.)${mode}`;
  }
  if (report.flagged) return `${label}: **pending moderation message**${text}`;
  if (!report.enabled) return `${label}: **switched off** (not a moderation halt).${mode}${text}`;
  return `${label}: no pending moderation message.${mode}`;
}

function fastTimeLine(fastTime: FastTimeStatus, words: UpstreamWords): string {
  switch (fastTime.kind) {
    case 'known': {
      const { percent } = fastTime.fastTime;
      const low = percent !== undefined && percent < LOW_FAST_TIME_PERCENT ? ' ⚠️ running low' : '';
      const { at } = fastTime.fastTime;
      return at
        ? `Fast time remaining: **${fastTimeFigures(fastTime.fastTime)}**${low}, per Midjourney's /info ${relative(at)}.`
        : `Fast time remaining: **${fastTimeFigures(fastTime.fastTime)}**${low}, per Midjourney's /info (when it was read is unknown).`;
    }
    case 'missing':
      return "Fast time remaining: unknown (Midjourney's /info did not show it).";
    case 'halted':
      return 'Fast time remaining: unknown (not asked while the account is halted).';
    case 'unchecked':
      return 'Fast time remaining: unknown (not asked while the bot cannot check for a halt).';
    case 'busy':
      return 'Fast time remaining: unknown (too many requests are waiting for this account; try again in a minute).';
    case 'restarting':
      return 'Fast time remaining: unknown (the bot is restarting; try again in a moment).';
    case 'failed':
      return `Fast time remaining: unknown. ${describeFailure(fastTime.outcome, words)}`;
  }
}

function switchBackLine(record: PendingSwitchBack, overdue: boolean, halted: boolean): string {
  const set = `${timedLabel(record.mode, record.minutes)} set by ${userMention(record.userId)}`;
  if (!overdue) return `⏱️ Switches back to **Relax** at ${at(record.dueAt)}: ${set}.`;
  return halted
    ? `⏱️ Switch back to **Relax** overdue since ${relative(record.dueAt)}: ${set}. The account may still be in ${MODE_LABELS[record.mode]} mode; it switches back right after \`/speed reset\`.`
    : `⏱️ Switch back to **Relax** overdue since ${relative(record.dueAt)}, retrying: ${set}. The account may still be in ${MODE_LABELS[record.mode]} mode; \`/speed relax\` switches now.`;
}

/** What `/speed status` shows besides the channel's state. */
export interface StatusContext {
  storeDescription: string;
  words: UpstreamWords;
  /** The upstream's account view, for admins only. */
  account?: UpstreamOutcome<AccountReport>;
  /** The account's channel id, when `CHANNEL_MAP` routes this channel to another one. */
  mappedAccount?: string;
}

/** The answer to `/speed status`. */
export function statusReply(status: ChannelStatus, context: StatusContext): Reply {
  const { words } = context;
  const lines: string[] = [];
  if (status.storeProblem) {
    lines.push(english(storeNote('haltUnreadable', words)));
  } else {
    lines.push(
      status.halt
        ? `⛔ **Halted** ${haltSummary(status.halt, words)}.`
        : '✅ Not halted: speed changes are allowed.',
    );
    if (status.halt?.upstreamText) lines.push(quoteUntrusted(status.halt.upstreamText, 600));
    const blockEnd = status.halt && blockEndLine(status.halt);
    if (blockEnd) lines.push(blockEnd);
    const change = status.lastChange;
    const how = change?.automatic ? ' (automatic switch back) for' : ' by';
    lines.push(
      change
        ? `Last speed change: **${MODE_LABELS[change.mode]}**${how} ${userMention(change.userId)} at ${at(change.at)}.`
        : 'Last speed change: none recorded.',
    );
    if (status.switchBack)
      lines.push(
        switchBackLine(status.switchBack, status.switchBackOverdue === true, status.halt !== undefined),
      );
  }
  if (status.fastTime) lines.push(fastTimeLine(status.fastTime, words));
  if (context.account) lines.push(accountLine(context.account, words));
  if (context.mappedAccount)
    lines.push(`${words.name} channel: \`${context.mappedAccount}\` (set by CHANNEL_MAP).`);
  lines.push(`State store: ${context.storeDescription}.`);
  return { content: lines.join('\n'), ephemeral: true };
}

const OUTCOME_WORDS = {
  done: '✅',
  alreadyActive: '✅ already active',
  halted: '⛔ met a moderation halt',
  skippedHalted: '⏸️ not sent: the account was halted',
  failed: '❌ failed',
} as const satisfies Record<HistoryEntry['outcome'], string>;

function failureWords(failure: NonNullable<HistoryEntry['failure']>, words: UpstreamWords): string {
  const phrases = {
    busy: `${words.name} busy`,
    unauthorized: `${english(msg(words.messages.tokenName))} rejected`,
    noSubscription: `no ${words.name} subscription`,
    badRequest: 'request rejected as invalid',
    notFound: 'no account configured',
    accountDisabled: `account switched off at ${words.name}`,
    discontinued: `${words.name} no longer serves Midjourney`,
    unavailable: `${words.name} unavailable`,
  } as const satisfies Record<NonNullable<HistoryEntry['failure']>, string>;
  return phrases[failure];
}

function historyLine(entry: HistoryEntry, words: UpstreamWords): string {
  const when = time(new Date(entry.at), TimestampStyles.ShortDateTime);
  let what: string;
  if (entry.action === 'reset') what = `**Reset** by ${userMention(entry.userId)}`;
  else if (entry.action === 'info') what = `Fast-hours check by ${userMention(entry.userId)}`;
  else if (entry.after)
    what = `**Relax**, automatically after ${timedLabel(entry.after.mode, entry.after.minutes)} by ${userMention(entry.userId)}`;
  else
    what = `${entry.minutes ? timedLabel(entry.action, entry.minutes) : `**${MODE_LABELS[entry.action]}**`} by ${userMention(entry.userId)}`;
  let outcome: string = OUTCOME_WORDS[entry.outcome];
  if (entry.outcome === 'failed' && entry.failure) outcome += ` (${failureWords(entry.failure, words)})`;
  if (entry.lateMs !== undefined && entry.lateMs >= LATE_NOTICE_MS)
    outcome += `, ${formatDuration(entry.lateMs)} late`;
  return `${when} ${what}: ${outcome}`;
}

/** The answer to `/speed history`: newest first. `undefined` entries: the store did not answer. */
export function historyReply(entries: readonly HistoryEntry[] | undefined, words: UpstreamWords): Reply {
  if (!entries) {
    return {
      content:
        "The bot's state store is not answering, so the history cannot be shown. Tell the bot's operator.",
      ephemeral: true,
    };
  }
  if (entries.length === 0) {
    return {
      content: 'No speed changes, resets or halts recorded for this Midjourney account yet.',
      ephemeral: true,
    };
  }
  const heading = `**Last ${entries.length} speed changes, resets and halts** of this Midjourney account (newest first):`;
  return {
    content: [heading, ...entries.map((entry) => historyLine(entry, words))].join('\n'),
    ephemeral: true,
  };
}
