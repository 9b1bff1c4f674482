import { EMPTY_ENTRY_PROBLEM, listEntries, onlyCommas } from '../listEntries.js';

/**
 * `CHANNEL_MAP`: which account (the upstream's channel id for the Midjourney account) each Discord channel
 * uses. Without a map, every channel uses its own id, as the contract says.
 */

/** The parsed `CHANNEL_MAP`. */
export interface ChannelMap {
  /** Discord channel id → the account's channel id at the upstream. */
  readonly routes: ReadonlyMap<string, string>;
  /** The account for every Discord channel not listed (`*=…`), if any. */
  readonly fallback: string | undefined;
}

const SNOWFLAKE = /^\d{15,21}$/;
const EXAMPLE = 'e.g. 123456789012345678=987654321098765432, or *=987654321098765432 for every channel';

/**
 * Parses `123=987,456=987` (and `*=987` for every other channel). Every problem is reported at once,
 * naming the entry by its place in the text (channel ids are not secrets); an empty entry is one.
 */
export function parseChannelMap(text: string): { map: ChannelMap } | { problems: string[] } {
  const problems: string[] = [];
  const routes = new Map<string, string>();
  let fallback: string | undefined;
  const entries = listEntries(text);
  if (onlyCommas(entries))
    return { problems: [`is empty; write discordChannel=accountChannel pairs, ${EXAMPLE}`] };

  for (const { text: entry, number } of entries) {
    if (entry === '') {
      problems.push(`entry ${number} ${EMPTY_ENTRY_PROBLEM}`);
      continue;
    }
    const where = `entry ${number} "${entry}"`;
    const parts = entry.split('=').map((part) => part.trim());
    const [from, to] = parts;
    if (parts.length !== 2 || !from || !to) {
      problems.push(`${where} must be discordChannel=accountChannel (${EXAMPLE})`);
      continue;
    }
    if (from !== '*' && !SNOWFLAKE.test(from)) {
      problems.push(`${where}: "${from}" must be a Discord channel id (15 to 21 digits) or *`);
      continue;
    }
    if (!SNOWFLAKE.test(to)) {
      problems.push(
        `${where}: "${to}" must be an account channel id (a Discord channel id, 15 to 21 digits)`,
      );
      continue;
    }
    const earlier = from === '*' ? fallback : routes.get(from);
    if (earlier !== undefined && earlier !== to) {
      problems.push(`${where}: ${from} is already mapped to ${earlier}; a channel can use only one account`);
      continue;
    }
    if (from === '*') fallback = to;
    else routes.set(from, to);
  }
  return problems.length > 0 ? { problems } : { map: { routes, fallback } };
}

/**
 * The account for a Discord channel: its own id without a map; the mapped one, or the `*`
 * fallback, with a map; `undefined` when the map leaves the channel out (it is not set up for the bot).
 */
export function accountFor(map: ChannelMap | undefined, discordChannelId: string): string | undefined {
  if (!map) return discordChannelId;
  return map.routes.get(discordChannelId) ?? map.fallback;
}
