import {
  ActionRowBuilder,
  ButtonBuilder,
  type ButtonStyle,
  type InteractionDeferReplyOptions,
  MessageFlags,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { BotLocale } from '../i18n/locales.js';
import { render, renderWithin } from '../i18n/render.js';
import type { Readers } from '../i18n/ServerLanguages.js';
import { msg, type Text } from '../i18n/text.js';
import { disarmLine } from '../upstream/messages.js';
import { acknowledgeDeferred, workWaitsForAcknowledgement } from './acknowledgement.js';

/** Discord's limit for a message's `content`. */
export const MESSAGE_LIMIT = 2_000;

/** A button under a reply; its label is in the reply's language. */
export interface ReplyButton {
  customId: string;
  label: Text;
  style: ButtonStyle;
}

/**
 * What the bot answers; `ephemeral` ones only the invoker sees. Its words are rendered when it is sent: in
 * the invoker's language when private, the server's when public (see `ServerLanguages`).
 */
export interface Reply {
  content: Text;
  ephemeral: boolean;
  buttons?: readonly ReplyButton[];
  /** Role ids this message may ping; nothing else ever pings. */
  mentionRoles?: readonly string[];
}

/** A reply as Discord takes it, in `locale`: content within Discord's length, buttons in one row. */
export function renderReply(reply: Reply, locale: BotLocale) {
  const buttons = (reply.buttons ?? []).map((button) =>
    new ButtonBuilder()
      .setCustomId(button.customId)
      .setLabel(render(button.label, locale))
      .setStyle(button.style),
  );
  return {
    content: fitLength(renderWithin(reply.content, locale, MESSAGE_LIMIT)),
    components: buttons.length > 0 ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [],
  };
}

/** `reply` in its readers' language. */
async function rendered(reply: Reply, readers: Readers) {
  return renderReply(reply, await readers.localeFor(reply.ephemeral));
}

function allowedMentions(reply: Reply): MessageMentionOptions {
  return { parse: [], roles: [...(reply.mentionRoles ?? [])], repliedUser: false };
}

// Everything a Discord client may start a new line at, not only `\n`.
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;

/** The first `length` UTF-16 units of `text`, one fewer if that would split a surrogate pair. */
function cutAt(text: string, length: number): string {
  const cut = text.slice(0, Math.max(0, length));
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** `text` cut to `length`, then without a trailing line start, so a mark added after it ends a line. */
function cutAtLineEnd(text: string, length: number): string {
  return cutAt(text, length).replace(/\n(?:> ?)?$/, '');
}

/**
 * Cuts text to `limit` characters, marking the cut, so Discord never rejects a reply for its length. The
 * mark never starts a line, where it would fall out of a quote being cut.
 */
export function fitLength(text: string, limit = MESSAGE_LIMIT): string {
  return text.length <= limit ? text : `${cutAtLineEnd(text, limit - 1)}…`;
}

/**
 * Shows untrusted upstream text as a block quote of at most `limit` characters, quote markers included, so
 * however many lines it has it cannot crowd out the bot's own words around it. Every line is quoted with
 * its markdown disarmed (no code block, heading, masked or bare link: see `disarmLine`), and a cut never
 * leaves its mark on a line of its own, so the text can neither end the quote nor swallow what follows it.
 */
export function quoteUntrusted(text: string, limit: number): string {
  // Quoting and escaping only lengthen text, so more than `limit` input characters can never be shown.
  const quoted = cutAt(text.trim(), limit)
    .split(LINE_BREAK)
    .map((line) => `> ${disarmLine(line)}`)
    .join('\n');
  if (quoted.length <= limit) return quoted;
  return `${cutAtLineEnd(quoted, limit - 1)}…`;
}

/**
 * Answers directly (before any deferral): used for refusals that need no work. While the interaction's claim
 * among bot processes is still out, the answer waits for it like any work (deferred, then completed), so
 * only the claim holder answers: a refusal can depend on what this process could read from the store (a
 * server's team settings), which another process may have read.
 */
export async function replyNow(
  interaction: RepliableInteraction,
  reply: Reply,
  readers: Readers,
): Promise<void> {
  if (workWaitsForAcknowledgement(interaction)) {
    await acknowledgeDeferred(interaction, reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    await completeDeferred(interaction, reply, readers);
    return;
  }
  await interaction.reply({
    ...(await rendered(reply, readers)),
    allowedMentions: allowedMentions(reply),
    ...(reply.ephemeral && { flags: MessageFlags.Ephemeral }),
  });
}

/**
 * Defers the reply and does `work` meanwhile, resolving to the work's result once both are done.
 *
 * The deferral's request is sent first, so Discord's 3 s limit is met as before, but the work (the upstream
 * call above all) no longer waits a round trip to Discord before it starts: that round trip was the whole
 * of a reply's wait besides the upstream's own time. If the deferral fails, the work still finishes (a
 * change the upstream already made is recorded, so `/speed status` stays true) before the deferral's error
 * is thrown for the router to log and answer. An interaction whose claim among bot processes is still out
 * is deferred first and worked on only once this process may act on it (see {@link acknowledgeDeferred}).
 */
export async function deferWhile<T>(
  interaction: RepliableInteraction,
  options: InteractionDeferReplyOptions,
  work: () => Promise<T>,
): Promise<T> {
  if (workWaitsForAcknowledgement(interaction)) {
    await acknowledgeDeferred(interaction, options);
    return work();
  }
  const deferral = acknowledgeDeferred(interaction, options);
  // `work` runs from a promise, so even a synchronous throw waits for the deferral to settle.
  const [deferred, done] = await Promise.allSettled([deferral, Promise.resolve().then(work)]);
  if (deferred.status === 'rejected') throw deferred.reason;
  if (done.status === 'rejected') throw done.reason;
  return done.value;
}

/**
 * Completes an interaction deferred in public. A public reply replaces the "thinking" message. A private
 * one must not: Discord turns the first follow-up after a deferral into an edit of the (public) original,
 * whatever its flags. So the placeholder is settled first, the answer goes out as a real ephemeral
 * follow-up, and the public placeholder is removed, leaving failures meant for the invoker out of the channel.
 */
export async function completeDeferred(
  interaction: RepliableInteraction,
  reply: Reply,
  readers: Readers,
): Promise<void> {
  const payload = { ...(await rendered(reply, readers)), allowedMentions: allowedMentions(reply) };
  if (!reply.ephemeral || interaction.ephemeral) {
    await interaction.editReply(payload);
    return;
  }
  await interaction.editReply({
    content: render(msg('router.answeredPrivately'), await readers.localeFor(false)),
    components: [],
    allowedMentions: { parse: [] },
  });
  await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  await interaction.deleteReply();
}

/** A further message after the interaction was answered, public or private as `reply` says, buttons included. */
export async function followUp(
  interaction: RepliableInteraction,
  reply: Reply,
  readers: Readers,
): Promise<void> {
  await interaction.followUp({
    ...(await rendered(reply, readers)),
    allowedMentions: allowedMentions(reply),
    ...(reply.ephemeral && { flags: MessageFlags.Ephemeral }),
  });
}

/** A further private message to the invoker, after the interaction was answered. */
export async function replyPrivately(
  interaction: RepliableInteraction,
  reply: Reply,
  readers: Readers,
): Promise<void> {
  await interaction.followUp({
    content: (await rendered(reply, readers)).content,
    allowedMentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  });
}
