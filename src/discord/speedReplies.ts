import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  channelMention,
  roleMention,
  TimestampStyles,
  time,
  userMention,
} from 'discord.js';
import type { ChannelMap } from '../speed/channelMap.js';
import { type FastTime, LOW_FAST_TIME_PERCENT } from '../speed/fastTime.js';
import type {
  ChannelStatus,
  FastTimeStatus,
  ResetOutcome,
  StoreProblem,
  SwitchBackResult,
  SwitchResult,
} from '../speed/results.js';
import { type PendingSwitchBack, TIMED_MINUTES } from '../speed/timedSpeed.js';
import type { SpeedMode } from '../speedModes.js';
import type { HaltRecord } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import { describeFailure, MISSING_CONTENT_MESSAGE } from '../useapi/messages.js';
import type { AccountInfo, UseapiOutcome } from '../useapi/outcomes.js';
import { quoteUntrusted, type Reply } from './replies.js';

/** custom_id of the Reset button on moderation instructions; routed to the `speed` command. */
export const RESET_BUTTON_ID = 'speed:reset';

/** To a request that was still waiting for its turn when the bot began shutting down. */
const RESTARTING =
  'The bot is restarting, so this request was not sent to Midjourney. Try again in a moment.';

// Leaves room for the bot's own words around upstream text within Discord's 2,000 characters.
const UPSTREAM_TEXT_LIMIT = 1_200;
// A switch back counts as late (and says so) when it runs this much after its time: the bot was down.
const LATE_NOTICE_MS = 60_000;

const MODE_LABELS = { fast: 'Fast', turbo: 'Turbo', relax: 'Relax' } as const satisfies Record<
  SpeedMode,
  string
>;

/** Who may reset, as users read it. */
export function adminsDescription(adminRoleIds: readonly string[]): string {
  const roles = adminRoleIds.map(roleMention).join(', ');
  return `members with Manage Server or Administrator${roles ? `, or ${roles}` : ''}`;
}

const STORE_NOTES = {
  haltUnreadable:
    "⚠️ The bot's state store is not answering, so it could not check for a moderation halt; useapi.net still blocks a halted account. Tell the bot's operator.",
  haltNotRecorded:
    "⚠️ The bot's state store is not answering, so this halt could not be recorded: the bot may not block the next speed change itself (useapi.net still does). Tell the bot's operator.",
  changeNotRecorded:
    "⚠️ The bot's state store is not answering, so this change is missing from `/speed status` and `/speed history`. Tell the bot's operator.",
  switchBackNotStored:
    "⚠️ The bot's state store is not answering, so the switch back is not stored: it still happens on time unless the bot restarts first. Tell the bot's operator.",
  switchBackNotCancelled:
    "⚠️ The bot's state store is not answering, so the pending switch back to Relax could not be cancelled there: the bot deletes it once the store answers, but if the bot restarts first it may still switch the account to Relax. Check `/speed status`, and tell the bot's operator.",
} as const satisfies Record<StoreProblem, string>;

function withStoreNote(content: string, problem: StoreProblem | undefined): string {
  return problem ? `${content}\n${STORE_NOTES[problem]}` : content;
}

const at = (iso: string) => {
  const date = new Date(iso);
  return `${time(date, TimestampStyles.ShortDateTime)} (${time(date, TimestampStyles.RelativeTime)})`;
};

const relative = (iso: string) => time(new Date(iso), TimestampStyles.RelativeTime);

/** `42 s`, `4 min 10 s`, `2 h 5 min`: a wait as people say it (rounded up to the second). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1_000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/** `**Turbo** for 30 min`. */
const timedLabel = (mode: SpeedMode, minutes: number) =>
  `**${MODE_LABELS[mode]}** for ${formatDuration(minutes * 60_000)}`;

/** What met a 596, as a noun phrase; `undefined` when only useapi.net's account flag told the bot. */
function haltSource(halt: HaltRecord): string | undefined {
  switch (halt.command) {
    case 'unknown':
      return undefined;
    case 'status':
      return `the fast-hours check of \`/speed status\` by ${userMention(halt.userId)}`;
    case 'switchBack':
      return `the automatic switch back to Relax after ${userMention(halt.userId)}'s timed change`;
    default:
      return `\`/speed ${halt.command}\` by ${userMention(halt.userId)}`;
  }
}

function haltSummary(halt: HaltRecord): string {
  const source = haltSource(halt);
  return `since ${at(halt.since)}; ${source ? `${source} met it` : 'useapi.net flagged the account'}`;
}

/** The instructions posted when a 596 halts a channel: what happened, what to do, who resets. */
function moderationInstructions(halt: HaltRecord, adminRoleIds: readonly string[]): Reply {
  const said = halt.upstreamText ? `\nuseapi.net said:\n${quoteUntrusted(halt.upstreamText, 600)}` : '';
  const source = haltSource(halt);
  const refused =
    halt.command === 'unknown' || halt.command === 'status' || halt.command === 'switchBack'
      ? `${source ? `${source.charAt(0).toUpperCase()}${source.slice(1)}` : 'A request'} was refused`
      : `${userMention(halt.userId)}'s \`/speed ${halt.command}\` was refused`;
  const content = [
    '⛔ **Midjourney flagged the shared account: speed changes are halted in this channel.**',
    `${refused} because Midjourney sent the account a pending moderation message or a CAPTCHA.${said}`,
    '**What to do**',
    '1. Log in to the Discord account that runs Midjourney for this team and open its Midjourney messages.',
    '2. Read and acknowledge the moderation message, or solve the CAPTCHA. For a CAPTCHA, run a manual `/imagine` there if the verification dialog does not show.',
    `3. Then an admin (${adminsDescription(adminRoleIds)}) runs \`/speed reset\` or presses **Reset** below.`,
    'Until then the bot sends nothing to Midjourney from this channel: more calls risk a ban of the account.',
  ].join('\n');
  const reset = new ButtonBuilder()
    .setCustomId(RESET_BUTTON_ID)
    .setLabel('Reset (admins)')
    .setStyle(ButtonStyle.Danger);
  return {
    content,
    ephemeral: false,
    components: [new ActionRowBuilder<ButtonBuilder>().addComponents(reset)],
    mentionRoles: adminRoleIds,
  };
}

/** To a member whose request shared the call of an identical one that met the 596: the notice is posted once. */
function joinedHalt(halt: HaltRecord, adminRoleIds: readonly string[]): string {
  return (
    `⛔ Your request was sent together with an identical one (${haltSummary(halt)}), which met a moderation halt: speed changes are halted in this channel. ` +
    `The instructions are posted in the channel; once it is resolved, ${adminsDescription(adminRoleIds)} can run \`/speed reset\`.`
  );
}

function alreadyHalted(halt: HaltRecord, adminRoleIds: readonly string[]): string {
  return (
    `⛔ Speed changes are halted in this channel (${haltSummary(halt)}): Midjourney is waiting for a moderation message or CAPTCHA to be resolved. ` +
    `Nothing was sent to Midjourney. Once it is resolved, ${adminsDescription(adminRoleIds)} can run \`/speed reset\`.`
  );
}

function fastTimeFigures(fastTime: FastTime): string {
  const percent = Number(fastTime.percent.toFixed(2));
  return `${fastTime.remainingHours} of ${fastTime.totalHours} hours left (${percent}%)`;
}

/** The answer to `/speed fast|turbo|relax`. */
export function switchReply(result: SwitchResult, invokerId: string, adminRoleIds: readonly string[]): Reply {
  switch (result.kind) {
    case 'switched': {
      const upstream = result.content
        ? quoteUntrusted(result.content, UPSTREAM_TEXT_LIMIT)
        : MISSING_CONTENT_MESSAGE;
      const lines = [
        `**${MODE_LABELS[result.mode]} mode** requested by ${userMention(invokerId)}. Midjourney says:`,
        upstream,
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
      if (result.lowFastTime) {
        lines.push(
          `⚠️ Fast hours are running low: ${fastTimeFigures(result.lowFastTime)} as of ${relative(result.lowFastTime.at)}. \`/speed relax\` saves what is left.`,
        );
      }
      return { content: withStoreNote(lines.join('\n'), result.storeProblem), ephemeral: false };
    }
    case 'halted':
      if (result.fresh) {
        const instructions = moderationInstructions(result.halt, adminRoleIds);
        return { ...instructions, content: withStoreNote(instructions.content, result.storeProblem) };
      }
      if (result.joined) return { content: joinedHalt(result.halt, adminRoleIds), ephemeral: true };
      return { content: alreadyHalted(result.halt, adminRoleIds), ephemeral: true };
    case 'failed':
      return {
        content: withStoreNote(describeFailure(result.outcome), result.storeProblem),
        ephemeral: true,
      };
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
  const where =
    channels.length > 0
      ? ` Use it in ${channels.slice(0, 10).map(channelMention).join(', ')}${channels.length > 10 ? ', …' : ''}.`
      : '';
  return {
    content: `\`/speed\` is not set up in this channel: it is not linked to a Midjourney account, so nothing was sent.${where} (The bot's operator links channels with CHANNEL_MAP.)`,
    ephemeral: true,
  };
}

/** The answer to `/speed reset` and the Reset button. */
export function resetReply(result: ResetOutcome, invokerId: string): Reply {
  switch (result.kind) {
    case 'reset': {
      const lines = [
        `✅ ${userMention(invokerId)} reset the Midjourney account at useapi.net: speed changes are allowed again in this channel.`,
      ];
      if (!result.clearedHalt)
        lines.push('(The bot had not recorded a halt here; useapi.net was reset anyway.)');
      if (result.stillFlagged) {
        const pending = result.pendingModMessage ? `\n${quoteUntrusted(result.pendingModMessage, 600)}` : '';
        lines.push(
          `⚠️ useapi.net still reports a pending moderation message; resolve it in the Midjourney account or the next speed change will halt again.${pending}`,
        );
      } else if (result.stillFlagged === undefined) {
        lines.push(
          '(Could not confirm with useapi.net that the moderation flag is gone; `/speed status` can check again.)',
        );
      }
      return { content: lines.join('\n'), ephemeral: false };
    }
    case 'failed':
      return { content: `The reset did not go through. ${describeFailure(result.outcome)}`, ephemeral: true };
    case 'notPersisted':
      return {
        content:
          "useapi.net reset the account, but the bot's state store is not answering, so this channel is still marked halted. Try `/speed reset` again once the store is back, and tell the bot's operator.",
        ephemeral: true,
      };
    case 'queueFull':
      return {
        content: `This channel already has ${result.waiting} requests waiting. Nothing was sent; try again in a minute.`,
        ephemeral: true,
      };
    case 'restarting':
      return { content: RESTARTING, ephemeral: true };
  }
}

function accountLine(account: UseapiOutcome<AccountInfo>): string {
  if (account.kind !== 'success') return `useapi.net account: could not be read. ${describeFailure(account)}`;
  if (!account.value.flagged) return 'useapi.net account: no pending moderation message.';
  const pending = account.value.pendingModMessage
    ? `\n${quoteUntrusted(account.value.pendingModMessage, 600)}`
    : '';
  return `useapi.net account: **pending moderation message**${pending}`;
}

function fastTimeLine(fastTime: FastTimeStatus): string {
  switch (fastTime.kind) {
    case 'known': {
      const low = fastTime.fastTime.percent < LOW_FAST_TIME_PERCENT ? ' ⚠️ running low' : '';
      return `Fast time remaining: **${fastTimeFigures(fastTime.fastTime)}**${low}, per Midjourney's /info ${relative(fastTime.fastTime.at)}.`;
    }
    case 'missing':
      return "Fast time remaining: unknown (Midjourney's /info did not show it).";
    case 'halted':
      return 'Fast time remaining: unknown (not asked while the account is halted).';
    case 'unsupported':
      return 'Fast time remaining: unknown.';
    case 'unchecked':
      return 'Fast time remaining: unknown (not asked while the bot cannot check for a halt).';
    case 'busy':
      return 'Fast time remaining: unknown (too many requests are waiting for this account; try again in a minute).';
    case 'restarting':
      return 'Fast time remaining: unknown (the bot is restarting; try again in a moment).';
    case 'failed':
      return `Fast time remaining: unknown. ${describeFailure(fastTime.outcome)}`;
  }
}

function switchBackLine(record: PendingSwitchBack): string {
  return `⏱️ Switches back to **Relax** at ${at(record.dueAt)}: ${timedLabel(record.mode, record.minutes)} set by ${userMention(record.userId)}.`;
}

/** What `/speed status` shows besides the channel's state. */
export interface StatusContext {
  storeDescription: string;
  /** useapi.net's account view, for admins only. */
  account?: UseapiOutcome<AccountInfo>;
  /** The useapi.net channel, when `CHANNEL_MAP` routes this channel to another one. */
  mappedAccount?: string;
}

/** The answer to `/speed status`. */
export function statusReply(status: ChannelStatus, context: StatusContext): Reply {
  const lines: string[] = [];
  if (status.storeProblem) {
    lines.push(STORE_NOTES.haltUnreadable);
  } else {
    lines.push(
      status.halt
        ? `⛔ **Halted** ${haltSummary(status.halt)}.`
        : '✅ Not halted: speed changes are allowed.',
    );
    if (status.halt?.upstreamText) lines.push(quoteUntrusted(status.halt.upstreamText, 600));
    const change = status.lastChange;
    const how = change?.automatic ? ' (automatic switch back) for' : ' by';
    lines.push(
      change
        ? `Last speed change: **${MODE_LABELS[change.mode]}**${how} ${userMention(change.userId)} at ${at(change.at)}.`
        : 'Last speed change: none recorded.',
    );
    if (status.switchBack) lines.push(switchBackLine(status.switchBack));
  }
  if (status.fastTime) lines.push(fastTimeLine(status.fastTime));
  if (context.account) lines.push(accountLine(context.account));
  if (context.mappedAccount)
    lines.push(`useapi.net channel: \`${context.mappedAccount}\` (set by CHANNEL_MAP).`);
  lines.push(`State store: ${context.storeDescription}.`);
  return { content: lines.join('\n'), ephemeral: true };
}

const OUTCOME_WORDS = {
  done: '✅',
  halted: '⛔ met a moderation halt (596)',
  skippedHalted: '⏸️ not sent: the account was halted',
  failed: '❌ failed',
} as const satisfies Record<HistoryEntry['outcome'], string>;

const FAILURE_WORDS = {
  busy: 'useapi.net busy',
  unauthorized: 'API token rejected',
  noSubscription: 'no useapi.net subscription',
  badRequest: 'request rejected as invalid',
  notFound: 'no account configured',
  unavailable: 'useapi.net unavailable',
} as const satisfies Record<NonNullable<HistoryEntry['failure']>, string>;

function historyLine(entry: HistoryEntry): string {
  const when = time(new Date(entry.at), TimestampStyles.ShortDateTime);
  let what: string;
  if (entry.action === 'reset') what = `**Reset** by ${userMention(entry.userId)}`;
  else if (entry.action === 'info') what = `Fast-hours check by ${userMention(entry.userId)}`;
  else if (entry.after)
    what = `**Relax**, automatically after ${timedLabel(entry.after.mode, entry.after.minutes)} by ${userMention(entry.userId)}`;
  else
    what = `${entry.minutes ? timedLabel(entry.action, entry.minutes) : `**${MODE_LABELS[entry.action]}**`} by ${userMention(entry.userId)}`;
  let outcome: string = OUTCOME_WORDS[entry.outcome];
  if (entry.outcome === 'failed' && entry.failure) outcome += ` (${FAILURE_WORDS[entry.failure]})`;
  if (entry.lateMs !== undefined && entry.lateMs >= LATE_NOTICE_MS)
    outcome += `, ${formatDuration(entry.lateMs)} late`;
  return `${when} ${what}: ${outcome}`;
}

/** The answer to `/speed history`: newest first. `undefined` entries: the store did not answer. */
export function historyReply(entries: readonly HistoryEntry[] | undefined): Reply {
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
  return { content: [heading, ...entries.map(historyLine)].join('\n'), ephemeral: true };
}

/** Said in the channel when a timed change runs late because the bot was down at the time. */
function lateNote(lateMs: number): string {
  return lateMs >= LATE_NOTICE_MS
    ? `\n(${formatDuration(lateMs)} late: the bot was not running when the time was up.)`
    : '';
}

/**
 * The message posted in the channel when a timed change comes due; `undefined` when there is nothing to
 * say (a later change had cancelled it).
 */
export function switchBackAnnouncement(
  record: PendingSwitchBack,
  result: SwitchBackResult,
  adminRoleIds: readonly string[],
): Reply | undefined {
  const timed = `${timedLabel(record.mode, record.minutes)} (asked by ${userMention(record.userId)})`;
  switch (result.kind) {
    case 'superseded':
    case 'postponed':
      return undefined;
    case 'switched': {
      const upstream = result.content
        ? quoteUntrusted(result.content, UPSTREAM_TEXT_LIMIT)
        : MISSING_CONTENT_MESSAGE;
      const content = `⏱️ Time is up for ${timed}: switched back to **Relax mode**. Midjourney says:\n${upstream}${lateNote(result.lateMs)}`;
      return { content: withStoreNote(content, result.storeProblem), ephemeral: false };
    }
    case 'halted': {
      if (result.fresh) {
        const instructions = moderationInstructions(result.halt, adminRoleIds);
        return {
          ...instructions,
          content: withStoreNote(
            `⏱️ Time was up for ${timed}, but switching back to Relax met a moderation halt.\n${instructions.content}`,
            result.storeProblem,
          ),
        };
      }
      return {
        content:
          `⏱️ Time is up for ${timed}, but speed changes are halted (${haltSummary(result.halt)}), so the bot sent nothing to Midjourney and did **not** switch back to Relax: the account may still be in ${MODE_LABELS[record.mode]} mode. ` +
          `Once the moderation is resolved and an admin ran \`/speed reset\`, switch with \`/speed relax\`.${lateNote(result.lateMs)}`,
        ephemeral: false,
      };
    }
    case 'failed':
      return {
        content: `⏱️ Time is up for ${timed}, but switching back to Relax failed: ${describeFailure(result.outcome)} The account may still be in ${MODE_LABELS[record.mode]} mode: run \`/speed relax\`.${lateNote(result.lateMs)}`,
        ephemeral: false,
      };
    case 'queueFull':
      return {
        content: `⏱️ Time is up for ${timed}, but too many requests were waiting for this account, so the bot did not switch back to Relax: run \`/speed relax\`.`,
        ephemeral: false,
      };
  }
}
