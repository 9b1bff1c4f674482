import { TimestampStyles, time } from 'discord.js';
import { type Message, msg } from '../i18n/text.js';
import type { HaltRecord } from '../state/ChannelState.js';

/** `<t:…:F> (<t:…:R>)`: the full date in each reader's time zone, and how far away it is. */
export function fullAndRelative(iso: string): string {
  const date = new Date(iso);
  return `${time(date, TimestampStyles.LongDateTime)} (${time(date, TimestampStyles.RelativeTime)})`;
}

/** The line naming when the block ends, for halts whose moderation text said; `undefined` otherwise. */
export function blockEndLine(halt: HaltRecord): Message | undefined {
  if (halt.blockedUntil === undefined) return undefined;
  return msg('blockEnd.line', { ends: fullAndRelative(halt.blockedUntil) });
}
