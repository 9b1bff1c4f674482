/**
 * The private answers to `/speed status` and `/speed history`. Only `/speed status` for an admin shows the
 * upstream's own view of the account, CAPTCHA link included.
 */
import { TimestampStyles, time, userMention } from 'discord.js';
import { duration } from '../i18n/duration.js';
import { lines, type Message, msg, type Text } from '../i18n/text.js';
import { LOW_FAST_TIME_PERCENT } from '../speed/fastTime.js';
import type { ChannelStatus, FastTimeStatus } from '../speed/results.js';
import type { PendingSwitchBack } from '../speed/timedSpeed.js';
import type { HistoryEntry } from '../state/History.js';
import { describeFailure, inlineUntrusted, type UpstreamWords } from '../upstream/messages.js';
import type { UpstreamOutcome } from '../upstream/outcomes.js';
import type { AccountReport } from '../upstream/port.js';
import { blockEndLine } from './blockEndText.js';
import type { Reply } from './replies.js';
import {
  at,
  captchaLink,
  fastTimeFigures,
  haltSummary,
  LATE_NOTICE_MS,
  modeName,
  relative,
  storeNote,
  timedLabel,
  upstreamQuote,
} from './replyText.js';

/** Room for quoted upstream text (and its gloss) beside the rest of the status within Discord's limit. */
const STATUS_QUOTE_LIMIT = 600;
/** Room for the account's own text when the halt's is quoted too: both at full length would not fit. */
const SECOND_QUOTE_LIMIT = 150;

/** The job mode the upstream reports, for the messages that end with it when known. */
function jobModeValues(report: AccountReport) {
  return report.jobMode
    ? { jobModeKnown: 'yes', jobMode: inlineUntrusted(report.jobMode) }
    : { jobModeKnown: 'no', jobMode: '' };
}

/**
 * The account's text as the upstream reports it, quoted; once only when it is the halt's, already quoted
 * above (the usual case: the same flag), and shorter beside a different one.
 */
function accountQuote(text: string | undefined, haltText: string | undefined, words: UpstreamWords) {
  if (!text) return undefined;
  if (!haltText) return upstreamQuote(text, STATUS_QUOTE_LIMIT, words);
  if (text.trim() === haltText.trim()) return msg('status.account.sameText');
  return upstreamQuote(text, SECOND_QUOTE_LIMIT, words);
}

/**
 * The upstream's view of the account, for admins: flag, text, CAPTCHA link, job mode. `haltText`: the
 * halt's text, quoted above it.
 */
function accountLine(
  account: UpstreamOutcome<AccountReport>,
  haltText: string | undefined,
  words: UpstreamWords,
): Text {
  const upstream = words.name;
  if (account.kind !== 'success') {
    const notice = words.failureNotice?.(account);
    return lines(
      msg('status.account.unreadable', { upstream, failure: describeFailure(account, words) }),
      notice && msg('status.account.notice', { notice }),
    );
  }
  const report = account.value;
  const text = accountQuote(report.moderationText, haltText, words);
  if (report.flagged && report.cause === 'captcha') {
    const link = captchaLink(report.captchaUrl);
    return link
      ? msg('status.account.captchaLink', { upstream, link, ...jobModeValues(report) })
      : msg('status.account.captchaNoLink', { upstream, ...jobModeValues(report) });
  }
  if (report.flagged) return lines(msg('status.account.pendingModeration', { upstream }), text);
  if (!report.enabled)
    return lines(msg('status.account.switchedOff', { upstream, ...jobModeValues(report) }), text);
  return msg('status.account.clear', { upstream, ...jobModeValues(report) });
}

function fastTimeLine(fastTime: FastTimeStatus, words: UpstreamWords): Message {
  switch (fastTime.kind) {
    case 'known': {
      const { percent, at } = fastTime.fastTime;
      const figures = fastTimeFigures(fastTime.fastTime);
      const low = percent !== undefined && percent < LOW_FAST_TIME_PERCENT ? 'yes' : 'no';
      return at
        ? msg('status.fastTime.known', { figures, low, when: relative(at) })
        : msg('status.fastTime.knownUndated', { figures, low });
    }
    case 'missing':
      return msg('status.fastTime.unknownMissing');
    case 'halted':
      return msg('status.fastTime.unknownHalted');
    case 'unchecked':
      return msg('status.fastTime.unknownUnchecked');
    case 'busy':
      return msg('status.fastTime.unknownBusy');
    case 'restarting':
      return msg('status.fastTime.unknownRestarting');
    case 'failed':
      return msg('status.fastTime.unknownFailed', { failure: describeFailure(fastTime.outcome, words) });
  }
}

function switchBackLine(record: PendingSwitchBack, overdue: boolean, halted: boolean): Message {
  const set = { timed: timedLabel(record.mode, record.minutes), user: userMention(record.userId) };
  if (!overdue) return msg('status.switchBack.due', { ...set, at: at(record.dueAt) });
  const stillIn = { ...set, since: relative(record.dueAt), mode: modeName(record.mode) };
  return halted
    ? msg('status.switchBack.overdueHalted', stillIn)
    : msg('status.switchBack.overdueRetrying', stillIn);
}

function lastChangeLine(change: ChannelStatus['lastChange']): Message {
  if (!change) return msg('status.lastChange.none');
  const values = { mode: modeName(change.mode), user: userMention(change.userId), at: at(change.at) };
  return msg(change.automatic ? 'status.lastChange.automatic' : 'status.lastChange', values);
}

/** What `/speed status` shows besides the channel's state. */
export interface StatusContext {
  /** Where state lives, as users read it ("SQLite file …", "Redis at …"). */
  storeDescription: Text;
  words: UpstreamWords;
  /** The upstream's account view, for admins only. */
  account?: UpstreamOutcome<AccountReport>;
  /** The account's channel id, when `CHANNEL_MAP` routes this channel to another one. */
  mappedAccount?: string;
}

/** The channel's own state: halt, last change, pending switch back; only a store note when it did not answer. */
function channelLines(status: ChannelStatus, words: UpstreamWords): Text {
  if (status.storeProblem) return storeNote('haltUnreadable', words);
  const { halt } = status;
  return lines(
    halt ? msg('status.halted', { summary: haltSummary(halt, words) }) : msg('status.notHalted'),
    halt?.upstreamText ? upstreamQuote(halt.upstreamText, STATUS_QUOTE_LIMIT, words) : undefined,
    halt && blockEndLine(halt),
    lastChangeLine(status.lastChange),
    status.switchBack &&
      switchBackLine(status.switchBack, status.switchBackOverdue === true, halt !== undefined),
  );
}

/** The halt's text as `/speed status` quotes it; none when the store could not say whether there is a halt. */
const shownHaltText = (status: ChannelStatus) =>
  status.storeProblem ? undefined : status.halt?.upstreamText;

/** The answer to `/speed status`. */
export function statusReply(status: ChannelStatus, context: StatusContext): Reply {
  const { words } = context;
  return {
    content: lines(
      channelLines(status, words),
      status.fastTime && fastTimeLine(status.fastTime, words),
      context.account && accountLine(context.account, shownHaltText(status), words),
      context.mappedAccount !== undefined &&
        msg('status.mappedAccount', { upstream: words.name, channel: context.mappedAccount }),
      msg('status.store', { store: context.storeDescription }),
    ),
    ephemeral: true,
  };
}

const OUTCOME_KEYS = {
  done: 'history.outcome.done',
  alreadyActive: 'history.outcome.alreadyActive',
  halted: 'history.outcome.halted',
  skippedHalted: 'history.outcome.skippedHalted',
  failed: 'history.outcome.failed',
} as const satisfies Record<HistoryEntry['outcome'], string>;

/** Why a recorded change failed, as a short phrase. */
function failureWords(failure: NonNullable<HistoryEntry['failure']>, words: UpstreamWords): Message {
  if (failure === 'unauthorized')
    return msg('history.failure.unauthorized', { token: msg(words.messages.tokenName) });
  return msg(`history.failure.${failure}`, { upstream: words.name });
}

/** What the entry did and by whom, as a phrase. */
function historyWhat(entry: HistoryEntry): Message {
  const user = userMention(entry.userId);
  if (entry.action === 'reset') return msg('history.what.reset', { user });
  if (entry.action === 'info') return msg('history.what.info', { user });
  if (entry.after)
    return msg('history.what.switchBack', { timed: timedLabel(entry.after.mode, entry.after.minutes), user });
  return entry.minutes
    ? msg('history.what.timed', { timed: timedLabel(entry.action, entry.minutes), user })
    : msg('history.what.untimed', { mode: modeName(entry.action), user });
}

/** How the entry ended, with why it failed and how late it ran when that matters. */
function historyOutcome(entry: HistoryEntry, words: UpstreamWords): Message {
  const outcome =
    entry.outcome === 'failed' && entry.failure
      ? msg('history.outcome.failedBecause', { reason: failureWords(entry.failure, words) })
      : msg(OUTCOME_KEYS[entry.outcome]);
  return entry.lateMs !== undefined && entry.lateMs >= LATE_NOTICE_MS
    ? msg('history.outcome.late', { outcome, duration: duration(entry.lateMs) })
    : outcome;
}

function historyLine(entry: HistoryEntry, words: UpstreamWords): Message {
  return msg('history.line', {
    when: time(new Date(entry.at), TimestampStyles.ShortDateTime),
    what: historyWhat(entry),
    outcome: historyOutcome(entry, words),
  });
}

/** The answer to `/speed history`: newest first. `undefined` entries: the store did not answer. */
export function historyReply(entries: readonly HistoryEntry[] | undefined, words: UpstreamWords): Reply {
  if (!entries) return { content: msg('history.storeUnavailable'), ephemeral: true };
  if (entries.length === 0) return { content: msg('history.empty'), ephemeral: true };
  return {
    content: lines(
      msg('history.heading', { count: entries.length }),
      ...entries.map((entry) => historyLine(entry, words)),
    ),
    ephemeral: true,
  };
}
