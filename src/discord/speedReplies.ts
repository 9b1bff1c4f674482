import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  roleMention,
  TimestampStyles,
  time,
  userMention,
} from 'discord.js';
import type { ChannelStatus, ResetOutcome, StoreProblem, SwitchResult } from '../speed/SpeedService.js';
import type { SpeedMode } from '../speedModes.js';
import type { HaltRecord } from '../state/ChannelState.js';
import { describeFailure, MISSING_CONTENT_MESSAGE } from '../useapi/messages.js';
import type { AccountInfo, UseapiOutcome } from '../useapi/outcomes.js';
import { quoteUntrusted, type Reply } from './replies.js';

/** custom_id of the Reset button on moderation instructions; routed to the `speed` command. */
export const RESET_BUTTON_ID = 'speed:reset';

// Leaves room for the bot's own words around upstream text within Discord's 2,000 characters.
const UPSTREAM_TEXT_LIMIT = 1_200;

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
    "⚠️ The bot's state store is not answering, so this change is missing from `/speed status`. Tell the bot's operator.",
} as const satisfies Record<StoreProblem, string>;

function withStoreNote(content: string, problem: StoreProblem | undefined): string {
  return problem ? `${content}\n${STORE_NOTES[problem]}` : content;
}

const at = (iso: string) => {
  const date = new Date(iso);
  return `${time(date, TimestampStyles.ShortDateTime)} (${time(date, TimestampStyles.RelativeTime)})`;
};

function haltSummary(halt: HaltRecord): string {
  const cause =
    halt.command === 'unknown'
      ? 'useapi.net flagged the account'
      : `\`/speed ${halt.command}\` by ${userMention(halt.userId)} met it`;
  return `since ${at(halt.since)}; ${cause}`;
}

/** The instructions posted when a 596 halts a channel: what happened, what to do, who resets. */
function moderationInstructions(halt: HaltRecord, adminRoleIds: readonly string[]): Reply {
  const said = halt.upstreamText ? `\nuseapi.net said:\n${quoteUntrusted(halt.upstreamText, 600)}` : '';
  const content = [
    '⛔ **Midjourney flagged the shared account: speed changes are halted in this channel.**',
    `${userMention(halt.userId)}'s \`/speed ${halt.command}\` was refused because Midjourney sent the account a pending moderation message or a CAPTCHA.${said}`,
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

/** The answer to `/speed fast|turbo|relax`. */
export function switchReply(result: SwitchResult, invokerId: string, adminRoleIds: readonly string[]): Reply {
  switch (result.kind) {
    case 'switched': {
      const upstream = result.content
        ? quoteUntrusted(result.content, UPSTREAM_TEXT_LIMIT)
        : MISSING_CONTENT_MESSAGE;
      const headline = `**${MODE_LABELS[result.mode]} mode** requested by ${userMention(invokerId)}. Midjourney says:`;
      return { content: withStoreNote(`${headline}\n${upstream}`, result.storeProblem), ephemeral: false };
    }
    case 'halted':
      if (result.fresh) {
        const instructions = moderationInstructions(result.halt, adminRoleIds);
        return { ...instructions, content: withStoreNote(instructions.content, result.storeProblem) };
      }
      return {
        content:
          `⛔ Speed changes are halted in this channel (${haltSummary(result.halt)}): Midjourney is waiting for a moderation message or CAPTCHA to be resolved. ` +
          `Nothing was sent to Midjourney. Once it is resolved, ${adminsDescription(adminRoleIds)} can run \`/speed reset\`.`,
        ephemeral: true,
      };
    case 'failed':
      return {
        content: withStoreNote(describeFailure(result.outcome), result.storeProblem),
        ephemeral: true,
      };
    case 'queueFull':
      return {
        content: `This channel already has ${result.waiting} speed requests waiting. Nothing was sent; try again in a minute.`,
        ephemeral: true,
      };
  }
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

/** The answer to `/speed status`; `account` only for admins. */
export function statusReply(
  status: ChannelStatus,
  storeDescription: string,
  account: UseapiOutcome<AccountInfo> | undefined,
): Reply {
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
    lines.push(
      change
        ? `Last speed change: **${MODE_LABELS[change.mode]}** by ${userMention(change.userId)} at ${at(change.at)}.`
        : 'Last speed change: none recorded.',
    );
  }
  if (account) lines.push(accountLine(account));
  lines.push(`State store: ${storeDescription}.`);
  return { content: lines.join('\n'), ephemeral: true };
}
