/**
 * The replies around a moderation halt: the public instructions with the Reset button, the refusals while
 * halted, and the answers to a reset. A CAPTCHA link never appears here except in {@link resetPrivateNote},
 * which only the admin who reset sees.
 */
import { ButtonStyle, userMention } from 'discord.js';
import { msg } from '../i18n/text.js';
import type { ResetOutcome } from '../speed/results.js';
import type { HaltRecord } from '../state/ChannelState.js';
import { describeFailure, type UpstreamWords } from '../upstream/messages.js';
import { blockEndLine } from './blockEndText.js';
import { quoteUntrusted, type Reply } from './replies.js';
import {
  adminsDescription,
  announcedIn,
  captchaLink,
  english,
  haltSource,
  haltSummary,
  MODE_LABELS,
  RESTARTING,
  relative,
  timedLabel,
} from './replyText.js';

/** custom_id of the Reset button on moderation instructions; routed to the `speed` command. */
export const RESET_BUTTON_ID = 'speed:reset';

/** custom_id of the Reset an admin is offered privately once shown the CAPTCHA link. */
export const RESET_SOLVED_BUTTON_ID = 'speed:reset:solved';

/** What Midjourney asked for, as the end of "because Midjourney …". */
function whatMidjourneyDid(halt: HaltRecord): string {
  return halt.cause === 'captcha'
    ? 'asked the account to solve a CAPTCHA'
    : 'sent the account a pending moderation message or a CAPTCHA';
}

/** Step 2 of the instructions. A CAPTCHA link is for admins only: they find it in `/speed status`. */
function resolveStep(halt: HaltRecord): string {
  return halt.cause === 'captcha'
    ? '2. Solve the CAPTCHA for that account: admins find the link in `/speed status` (it is never posted here).'
    : '2. Read and acknowledge the moderation message, or solve the CAPTCHA. For a CAPTCHA, run a manual `/imagine` there if the verification dialog does not show.';
}

/** The instructions posted when a moderation flag halts an account: what happened, what to do, who resets. */
export function moderationInstructions(
  halt: HaltRecord,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
): Reply {
  const said = halt.upstreamText ? `\n${words.name} said:\n${quoteUntrusted(halt.upstreamText, 600)}` : '';
  const source = haltSource(halt);
  const refused =
    halt.command === 'unknown' || halt.command === 'status' || halt.command === 'switchBack'
      ? `${source ? `${english(source).charAt(0).toUpperCase()}${english(source).slice(1)}` : 'A request'} was refused`
      : `${userMention(halt.userId)}'s \`/speed ${halt.command}\` was refused`;
  const blockEnd = blockEndLine(halt);
  const content = [
    '⛔ **Midjourney flagged the shared account: speed changes are halted in this channel.**',
    `${refused} because Midjourney ${whatMidjourneyDid(halt)}.${said}`,
    ...(blockEnd ? [blockEnd] : []),
    '**What to do**',
    '1. Log in to the Discord account that runs Midjourney for this team and open its Midjourney messages.',
    resolveStep(halt),
    `3. Then an admin (${adminsDescription(adminRoleIds)}) runs \`/speed reset\` or presses **Reset** below.`,
    'Until then the bot sends nothing to Midjourney from this channel: more calls risk a ban of the account.',
  ].join('\n');
  return {
    content,
    ephemeral: false,
    buttons: [{ customId: RESET_BUTTON_ID, label: msg('halt.resetButton'), style: ButtonStyle.Danger }],
    mentionRoles: adminRoleIds,
  };
}

/** To a member whose request shared the call of an identical one that met the flag: the notice is posted once. */
export function joinedHalt(halt: HaltRecord, adminRoleIds: readonly string[], words: UpstreamWords): string {
  return (
    `⛔ Your request was sent together with an identical one (${haltSummary(halt, words)}), which met a moderation halt: speed changes are halted in this channel. ` +
    `The instructions are posted in the channel; once it is resolved, ${adminsDescription(adminRoleIds)} can run \`/speed reset\`.`
  );
}

export function alreadyHalted(
  halt: HaltRecord,
  adminRoleIds: readonly string[],
  words: UpstreamWords,
): string {
  return (
    `⛔ Speed changes are halted in this channel (${haltSummary(halt, words)}): Midjourney is waiting for a moderation message or CAPTCHA to be resolved. ` +
    `Nothing was sent to Midjourney. Once it is resolved, ${adminsDescription(adminRoleIds)} can run \`/speed reset\`.`
  );
}

/** What the read-back after a reset says, for the channel (no link: that goes to the admin alone). */
function afterReset(result: Extract<ResetOutcome, { kind: 'reset' }>, words: UpstreamWords): string[] {
  const { account } = result;
  if (!account) {
    return [
      `(Could not confirm with ${words.name} that the moderation flag is gone; \`/speed status\` can check again.)`,
    ];
  }
  if (account.flagged && account.cause === 'captcha') {
    return [
      `⚠️ ${words.name} still reports a CAPTCHA on the account; solve it in the Midjourney account (the admin who reset has the link) or the next speed change will halt again.`,
    ];
  }
  if (account.flagged) {
    const pending = account.moderationText ? `\n${quoteUntrusted(account.moderationText, 600)}` : '';
    return [
      `⚠️ ${words.name} still reports a pending moderation message; resolve it in the Midjourney account or the next speed change will halt again.${pending}`,
    ];
  }
  if (!account.enabled) {
    const reason = account.moderationText ? `\n${quoteUntrusted(account.moderationText, 600)}` : '';
    return [`⚠️ ${words.name} still has the account switched off; the next speed change will fail.${reason}`];
  }
  // An upstream that says what it cleared gets the reset spelled out, as far as it can be verified.
  const lines: string[] = [];
  if (result.cleared.includes('captcha')) {
    lines.push(
      `The bot told ${words.name} that the CAPTCHA was solved (${words.name} does not check it). If it was not, Midjourney asks again at the account's next action and the next speed change halts again; admins then find the new link in \`/speed status\`.`,
    );
  }
  if (result.cleared.includes('disabled')) {
    lines.push(
      `${words.name} has enabled the account again and reconnects it within a minute or two; a speed change meanwhile waits for it or says when to try again.`,
    );
  }
  return lines;
}

/** The answer to `/speed reset` and the Reset button. */
export function resetReply(result: ResetOutcome, invokerId: string, words: UpstreamWords): Reply {
  switch (result.kind) {
    case 'reset': {
      const lines = [
        `✅ ${userMention(invokerId)} reset the Midjourney account at ${words.name}: speed changes are allowed again in this channel.`,
      ];
      if (!result.clearedHalt)
        lines.push(`(The bot had not recorded a halt here; ${words.name} was reset anyway.)`);
      lines.push(...afterReset(result, words));
      if (result.switchBack)
        lines.push(
          `⏱️ The account may still be in ${MODE_LABELS[result.switchBack.mode]} mode from ${userMention(result.switchBack.userId)}'s ${timedLabel(result.switchBack.mode, result.switchBack.minutes)}, which was due ${relative(result.switchBack.dueAt)}: the bot switches back to **Relax** now and says so in ${announcedIn(result.switchBack)}.`,
        );
      return { content: lines.join('\n'), ephemeral: false };
    }
    case 'failed':
      return {
        content: `The reset did not go through. ${describeFailure(result.outcome, words)}`,
        ephemeral: true,
      };
    case 'notPersisted':
      return {
        content: `${words.name} reset the account, but the bot's state store is not answering, so this channel is still marked halted. Try \`/speed reset\` again once the store is back, and tell the bot's operator.`,
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

/**
 * To the admin who asked for a reset while the upstream reports a CAPTCHA lock with a link: the link first
 * (for this admin alone), and the Reset to press once it is solved, since the reset only tells the upstream
 * it was solved and nothing checks it.
 */
export function solveCaptchaFirst(link: string, words: UpstreamWords): Reply {
  return {
    content: `🔒 ${words.name} reports the account locked by a CAPTCHA. First solve it at ${link} while logged in to the Discord account that runs Midjourney, then press **Solved: reset** below: the reset only tells ${words.name} the CAPTCHA was solved, and nothing checks it. Nothing was reset yet. (Only you see this link.)`,
    ephemeral: true,
    buttons: [
      { customId: RESET_SOLVED_BUTTON_ID, label: msg('halt.solvedResetButton'), style: ButtonStyle.Danger },
    ],
  };
}

/**
 * What only the admin who reset sees: the CAPTCHA link, when the upstream still reports the account
 * locked after the reset. `undefined` when there is nothing private to say.
 */
export function resetPrivateNote(result: ResetOutcome, words: UpstreamWords): string | undefined {
  if (result.kind !== 'reset' || result.account?.cause !== 'captcha' || !result.account.flagged)
    return undefined;
  const link = captchaLink(result.account.captchaUrl);
  return link
    ? `🔒 ${words.name} still reports the account locked by a CAPTCHA. Solve it at ${link} while logged in to the Discord account that runs Midjourney, then run \`/speed reset\` again. (Only you see this link.)`
    : `🔒 ${words.name} still reports the account locked by a CAPTCHA and gives no link: solve it in the Discord account that runs Midjourney (or on ${words.name}'s account page), then run \`/speed reset\` again.`;
}
