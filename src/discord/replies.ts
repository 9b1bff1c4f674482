import {
  type ActionRowBuilder,
  type ButtonBuilder,
  MessageFlags,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';

/** Discord's limit for a message's `content`. */
export const MESSAGE_LIMIT = 2_000;

/** Shown in the channel only for the moment between settling a deferral and removing it. */
export const PRIVATE_ANSWER_PLACEHOLDER = 'Answered privately.';

/** What the bot answers; `ephemeral` ones only the invoker sees. */
export interface Reply {
  content: string;
  ephemeral: boolean;
  components?: ActionRowBuilder<ButtonBuilder>[];
  /** Role ids this message may ping; nothing else ever pings. */
  mentionRoles?: readonly string[];
}

function allowedMentions(reply: Reply): MessageMentionOptions {
  return { parse: [], roles: [...(reply.mentionRoles ?? [])], repliedUser: false };
}

/** Cuts text to `limit` characters, marking the cut, so Discord never rejects a reply for its length. */
export function fitLength(text: string, limit = MESSAGE_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * Shows untrusted upstream text as a block quote of at most `limit` characters. Every line is quoted and
 * code fences are broken, so the text can neither end the quote nor swallow what follows it.
 */
export function quoteUntrusted(text: string, limit: number): string {
  const lines = fitLength(text.trim(), limit)
    .replaceAll('```', '`\u200b`\u200b`')
    .split(/\r?\n/)
    .map((line) => `> ${line}`);
  return lines.join('\n');
}

/** Answers directly (before any deferral): used for refusals that need no work. */
export async function replyNow(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  await interaction.reply({
    content: fitLength(reply.content),
    components: reply.components ?? [],
    allowedMentions: allowedMentions(reply),
    ...(reply.ephemeral && { flags: MessageFlags.Ephemeral }),
  });
}

/**
 * Completes an interaction deferred in public. A public reply replaces the "thinking" message. A private
 * one must not: Discord turns the first follow-up after a deferral into an edit of the (public) original,
 * whatever its flags. So the placeholder is settled first, the answer goes out as a real ephemeral
 * follow-up, and the public placeholder is removed, leaving failures meant for the invoker out of the channel.
 */
export async function completeDeferred(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const payload = {
    content: fitLength(reply.content),
    components: reply.components ?? [],
    allowedMentions: allowedMentions(reply),
  };
  if (!reply.ephemeral || interaction.ephemeral) {
    await interaction.editReply(payload);
    return;
  }
  await interaction.editReply({
    content: PRIVATE_ANSWER_PLACEHOLDER,
    components: [],
    allowedMentions: { parse: [] },
  });
  await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  await interaction.deleteReply();
}
