/**
 * What the bot says, before it is said in a language: a message key with named values, lines of them, a
 * list, or text quoted exactly as it came (Midjourney's or an upstream's words, mentions, timestamps).
 * Replies are built as {@link Text} and rendered in the reader's language only when they are sent, so the
 * code that decides what to say never decides in which language.
 */
import type { MessageKey } from './catalogs/en-US.js';

/** A named value in a message: strings and numbers as given (format numbers with `{n, number}`), or text. */
export type MessageValue = string | number | Text;

export interface Message {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

/** Text shown exactly as given, never translated. */
export interface Verbatim {
  readonly verbatim: string;
}

/** Items joined as the reader's language joins a list ("a, b and c", "a、b和c"). */
export interface ListOf {
  readonly list: readonly Text[];
  readonly type: 'conjunction' | 'disjunction';
}

/** Text on lines of its own, in order. */
export interface Lines {
  readonly lines: readonly Text[];
}

/**
 * Untrusted words (Midjourney's, an upstream's) shown exactly as they came as a block quote of at most
 * `limit` characters, which a message too long for Discord shortens first (see `renderWithin`), so a
 * longer language costs the quote's tail, never the bot's own words.
 */
export interface Quote {
  readonly quote: string;
  readonly limit: number;
  /** Formats the quote within a number of characters (the caller's quoting and escaping rules). */
  readonly format: (text: string, limit: number) => string;
}

export type Text = Message | Verbatim | ListOf | Lines | Quote;

/** The message `key` with its named `values`. */
export function msg(key: MessageKey, values?: Readonly<Record<string, MessageValue>>): Message {
  return values ? { key, values } : { key };
}

export function verbatim(text: string): Verbatim {
  return { verbatim: text };
}

/** The given texts on lines of their own; absent ones (`undefined`, `false`) are left out. */
export function lines(...items: readonly (Text | undefined | false)[]): Lines {
  return { lines: items.filter((item): item is Text => item !== undefined && item !== false) };
}

export function listOf(items: readonly Text[], type: ListOf['type'] = 'conjunction'): ListOf {
  return { list: items, type };
}
