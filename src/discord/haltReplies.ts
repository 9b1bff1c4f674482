/**
 * The replies around a moderation halt: the public instructions with the Reset button, the refusals while
 * halted, and the answers to a reset. A CAPTCHA link never appears here except in {@link resetPrivateNote},
 * which only the admin who reset sees.
 */
import { ButtonStyle, userMention } from 'discord.js';
import { lines, type Message, msg, type Text } from '../i18n/text.js';
import type { ResetOutcome } from '../speed/results.js';
import type { HaltRecord } from '../state/ChannelState.js';
import { describeFailure, type UpstreamWords } from '../upstream/messages.js';
import { blockEndLine } from './blockEndText.js';
import type { Reply } from './replies.js';
import {
  adminsDescription,
  announcedIn,
  captchaLink,
  haltSummary,
  modeName,
  RESTARTING,
  relative,
  timedLabel,
  upstreamQuote,
} from './replyText.js';

/** custom_id of the Reset button on moderation instructions; routed to the `speed` command. */
export const RESET_BUTTON_ID = 'speed:reset';

/** custom_id of the Reset an admin is offered privately once shown the CAPTCHA link. */
export const RESET_SOLVED_BUTTON_ID = 'speed:reset:solved';

/**
 * Longest stretch of Midjourney's moderation text quoted in a halt or reset reply: the instructions, the
 * upstream's gloss, a held time limit and a store note must fit beside it in Discord's 2,000 characters.
 */
const MODERATION_QUOTE_LIMIT = 500;

/** What was refused and why, as one sentence per source of the request (the cause picks the reason). */
function refusal(halt: HaltRecord): Message {
  const user = userMention(halt.userId);
  const cause = halt.cause ?? 'moderation';
  switch (halt.command) {
    case 'unknown':
      return msg('halt.refused.unknown', { cause });
    case 'status':
      return msg('halt.refused.status', { cause, user });
    case 'switchBack':
      return msg('halt.refused.switchBack', { cause, user });
    default:
      return msg('halt.refused.command', { cause, user, command: halt.command });
  }
}

/** Step 2 of the instructions. A CAPTCHA link is for admins only: they find it in `/speed status`. */
function resolveStep(halt: HaltRecord): Message {
  return halt.cause === 'captcha' ? msg('halt.step.solveCaptcha') : msg('halt.step.resolveModeration');
}

/**
 * The instructions posted when a moderation flag halts an account: what happened, what to do, who resets.
 * The Midjourney text the upstream relayed is quoted as it came, with the upstream's gloss when it knows it.
 */
export function moderationInstructions(
  halt: HaltRecord,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
): Reply {
  const blockEnd = blockEndLine(halt);
  const content = lines(
    msg('halt.flagged'),
    refusal(halt),
    halt.upstreamText
      ? lines(
          msg('halt.upstreamSaid', { upstream: words.name }),
          upstreamQuote(halt.upstreamText, MODERATION_QUOTE_LIMIT, words),
        )
      : undefined,
    blockEnd,
    msg('halt.whatToDo'),
    msg('halt.step.logIn'),
    resolveStep(halt),
    msg('halt.step.reset', { admins: adminsDescription(adminRoleIds) }),
    msg('halt.untilReset'),
  );
  return {
    content,
    ephemeral: false,
    buttons: [{ customId: RESET_BUTTON_ID, label: msg('halt.resetButton'), style: ButtonStyle.Danger }],
    mentionRoles: adminRoleIds,
  };
}

/** To a member whose request shared the call of an identical one that met the flag: the notice is posted once. */
export function joinedHalt(halt: HaltRecord, adminRoleIds: readonly string[], words: UpstreamWords): Message {
  return msg('halt.joined', {
    halt: haltSummary(halt, words),
    admins: adminsDescription(adminRoleIds),
  });
}

export function alreadyHalted(
  halt: HaltRecord,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
): Message {
  return msg('halt.already', {
    halt: haltSummary(halt, words),
    admins: adminsDescription(adminRoleIds),
  });
}

/**
 * What the read-back after a reset says, for the channel (no link: that goes to the admin alone);
 * `undefined` when there is nothing to add.
 */
function afterReset(
  result: Extract<ResetOutcome, { kind: 'reset' }>,
  words: UpstreamWords,
): Text | undefined {
  const { account } = result;
  const upstream = { upstream: words.name };
  if (!account) return msg('halt.reset.unconfirmed', upstream);
  if (account.flagged && account.cause === 'captcha') return msg('halt.reset.stillCaptcha', upstream);
  const moderationText = account.moderationText
    ? upstreamQuote(account.moderationText, MODERATION_QUOTE_LIMIT, words)
    : undefined;
  if (account.flagged) return lines(msg('halt.reset.stillModeration', upstream), moderationText);
  if (!account.enabled) return lines(msg('halt.reset.stillDisabled', upstream), moderationText);
  // An upstream that says what it cleared gets the reset spelled out, as far as it can be verified.
  const cleared = lines(
    result.cleared.includes('captcha') && msg('halt.reset.captchaCleared', upstream),
    result.cleared.includes('disabled') && msg('halt.reset.enabledAgain', upstream),
  );
  // No empty line for nothing cleared.
  return cleared.lines.length > 0 ? cleared : undefined;
}

/** The answer to `/speed reset` and the Reset button. */
export function resetReply(result: ResetOutcome, invokerId: string, words: UpstreamWords): Reply {
  const upstream = { upstream: words.name };
  switch (result.kind) {
    case 'reset': {
      const { switchBack } = result;
      const content = lines(
        msg('halt.reset.done', { ...upstream, user: userMention(invokerId) }),
        !result.clearedHalt && msg('halt.reset.noHaltRecorded', upstream),
        afterReset(result, words),
        switchBack &&
          msg('halt.reset.switchBackNow', {
            mode: modeName(switchBack.mode),
            user: userMention(switchBack.userId),
            timed: timedLabel(switchBack.mode, switchBack.minutes),
            due: relative(switchBack.dueAt),
            channels: announcedIn(switchBack),
          }),
      );
      return { content, ephemeral: false };
    }
    case 'failed':
      return {
        content: msg('halt.reset.failed', { failure: describeFailure(result.outcome, words) }),
        ephemeral: true,
      };
    case 'notPersisted':
      return { content: msg('halt.reset.notPersisted', upstream), ephemeral: true };
    case 'queueFull':
      return { content: msg('halt.reset.queueFull', { waiting: result.waiting }), ephemeral: true };
    case 'restarting':
      return { content: RESTARTING, ephemeral: true };
  }
}

/**
 * To the admin who asked for a reset while the upstream reports a CAPTCHA lock with a link: the link first
 * (for this admin alone), and the Reset to press once it is solved, since the reset only tells the upstream
 * it was solved and nothing checks it.
 */
export function solveCaptchaFirst(link: string, words: UpstreamWords): Reply {
  // The text names the button by its own label, so they agree in every language.
  const button = msg('halt.solvedResetButton');
  return {
    content: msg('halt.solveCaptchaFirst', { upstream: words.name, link, button }),
    ephemeral: true,
    buttons: [{ customId: RESET_SOLVED_BUTTON_ID, label: button, style: ButtonStyle.Danger }],
  };
}

/**
 * What only the admin who reset sees: the CAPTCHA link, when the upstream still reports the account
 * locked after the reset. `undefined` when there is nothing private to say.
 */
export function resetPrivateNote(result: ResetOutcome, words: UpstreamWords): Text | undefined {
  if (result.kind !== 'reset' || result.account?.cause !== 'captcha' || !result.account.flagged)
    return undefined;
  const link = captchaLink(result.account.captchaUrl);
  return link
    ? msg('halt.reset.stillLocked', { upstream: words.name, link })
    : msg('halt.reset.stillLockedNoLink', { upstream: words.name });
}
