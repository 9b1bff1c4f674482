import type Keyv from 'keyv';
import { KeyedQueue } from '../speed/KeyedQueue.js';
import type { IndexLock } from '../state/KeyIndex.js';
import {
  type ChosenSettings,
  readChosenSettings,
  type SettingName,
  type SettingValue,
} from './teamSettings.js';

/** How many settings changes are kept per server; older ones are dropped. */
export const SETTINGS_HISTORY_LIMIT = 10;

/** One change of a server's setting, as `/speed history` lists it. */
export interface SettingsHistoryEntry {
  /** ISO 8601. */
  readonly at: string;
  /** The admin who changed it. */
  readonly userId: string;
  readonly setting: SettingName;
  /** The values that applied before and after (absent: the setting had no value, e.g. no limit). */
  readonly from?: SettingValue;
  readonly to?: SettingValue;
}

/** What is stored per server: one value, so a change and its history line land together or not at all. */
interface StoredServerSettings {
  chosen: ChosenSettings;
  history: SettingsHistoryEntry[];
}

/** The prefix of a server's stored settings: `settings:<guildId>`. */
export const SETTINGS_PREFIX = 'settings:';
const settingsKey = (guildId: string) => `${SETTINGS_PREFIX}${guildId}`;

/** The settings a server's stored value says its admins chose (invalid ones left out). */
export function chosenIn(stored: unknown): ChosenSettings {
  return readChosenSettings((stored as Partial<StoredServerSettings> | undefined)?.chosen);
}

/**
 * What each server's admins chose, with the server's last settings changes, in one store value per server.
 * A change is a read-modify-write, queued in this process and held under the server's lock across
 * processes, so two admins changing two settings at once both keep theirs.
 */
export class SettingsStore {
  readonly #queue = new KeyedQueue();

  constructor(
    private readonly keyv: Keyv,
    private readonly lock: IndexLock,
  ) {}

  /** The settings the server's admins chose (invalid stored values left out). */
  async read(guildId: string): Promise<ChosenSettings> {
    return chosenIn(await this.#stored(guildId));
  }

  /** The server's last settings changes, oldest first. */
  async history(guildId: string): Promise<SettingsHistoryEntry[]> {
    const history = (await this.#stored(guildId))?.history;
    return Array.isArray(history) ? history : [];
  }

  /**
   * Replaces the server's chosen settings with what `change` makes of them, with the history lines
   * `describe` gives for it; nothing is written when it gives none. Resolves to the settings before and
   * after.
   */
  update(
    guildId: string,
    change: (chosen: ChosenSettings) => ChosenSettings,
    describe: (before: ChosenSettings, after: ChosenSettings) => readonly SettingsHistoryEntry[],
  ): Promise<{ before: ChosenSettings; after: ChosenSettings }> {
    const key = settingsKey(guildId);
    return this.#queue.run(key, () =>
      this.lock.withLock(key, async () => {
        const stored = await this.#stored(guildId);
        const before = chosenIn(stored);
        const after = change(before);
        const entries = describe(before, after);
        if (entries.length === 0) return { before, after: before };
        const history = Array.isArray(stored?.history) ? stored.history : [];
        await this.keyv.set(key, {
          chosen: after,
          history: [...history, ...entries].slice(-SETTINGS_HISTORY_LIMIT),
        } satisfies StoredServerSettings);
        return { before, after };
      }),
    );
  }

  async #stored(guildId: string): Promise<Partial<StoredServerSettings> | undefined> {
    return (await this.keyv.get<Partial<StoredServerSettings>>(settingsKey(guildId))) ?? undefined;
  }
}
