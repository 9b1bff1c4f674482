/**
 * Comma-separated variables (ADMIN_ROLE_IDS, CHANNEL_MAP…) are read entry by entry, numbered as the
 * operator wrote them, so a problem names the entry they will find at that place.
 */

/** One entry of a comma-separated value: its text, trimmed, and its 1-based place in the value. */
export interface ListEntry {
  readonly text: string;
  readonly number: number;
}

/** The problem with an empty entry between two commas (or before the first). */
export const EMPTY_ENTRY_PROBLEM = 'is empty: remove the extra comma';

/**
 * The entries of `text`. One trailing comma is forgiven (`1,2,` is two entries); any other empty entry
 * is kept, to be reported where it is: dropping it would shift the numbers of the entries after it, and
 * a value of only commas would read as unset, which for ALLOWED_GUILD_IDS means every server.
 */
export function listEntries(text: string): ListEntry[] {
  const entries = text.split(',').map((entry, index) => ({ text: entry.trim(), number: index + 1 }));
  if (entries.length > 1 && entries.at(-1)?.text === '') entries.pop();
  return entries;
}

/** Whether no entry has any text: the whole value is commas and spaces. */
export function onlyCommas(entries: readonly ListEntry[]): boolean {
  return entries.every((entry) => entry.text === '');
}
