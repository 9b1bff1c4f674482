import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { BotLocale } from '../i18n/locales.js';
import type { Logger } from '../log.js';
import { withinTime } from '../timeLimit.js';
import type { SettingsHistoryEntry, SettingsStore } from './SettingsStore.js';
import {
  type ChosenSettings,
  type EffectiveSettings,
  effectiveSettings,
  isFixed,
  SETTING_NAMES,
  type SettingName,
  type SettingValue,
  sameValue,
  type TeamSettings,
} from './teamSettings.js';

/**
 * How long a server's settings read from the store are used before they are read again: a change made
 * through another process sharing the store (Redis) is obeyed here within this time.
 */
export const SETTINGS_CACHE_MS = 3_000;

/**
 * How long a reply waits for the store to give a server's settings before it goes on with the last ones
 * known (else the operator's and the defaults): a command must be acknowledged within Discord's 3 s.
 */
export const SETTINGS_READ_WAIT_MS = 500;

/** New values for some settings; `undefined` (or no roles) puts a setting back to its default. */
export type SettingsUpdate = { -readonly [Name in SettingName]?: TeamSettings[Name] };

/** One setting that changed, with the values that applied before and after. */
export interface SettingChange {
  readonly setting: SettingName;
  readonly from: SettingValue;
  readonly to: SettingValue;
}

/** "The settings of server X changed": for the alert channel, and for whatever shows them (live panels). */
export interface SettingsChangedEvent {
  /** Unique to this change (for the alert's one-post claim). */
  readonly id: string;
  readonly guildId: string;
  /** The admin who changed them. */
  readonly userId: string;
  /** ISO 8601. */
  readonly at: string;
  readonly changes: readonly SettingChange[];
  /** The server's settings as they apply now. */
  readonly settings: EffectiveSettings;
}

export type SettingsChangeOutcome =
  | { readonly kind: 'changed'; readonly event: SettingsChangedEvent }
  /** The settings already had these values: nothing was written. */
  | { readonly kind: 'unchanged'; readonly settings: EffectiveSettings }
  /** The operator fixed these settings in the environment: nothing was changed. */
  | { readonly kind: 'fixed'; readonly fixed: readonly SettingName[] }
  /** The store did not take the change: nothing was changed. */
  | { readonly kind: 'notSaved' };

/** A server's settings as they apply, and whether they could be read from the store just now. */
export interface ReadSettings extends EffectiveSettings {
  /** The store did not answer: these are the last ones known here, or the operator's and the defaults. */
  readonly notRead?: true;
  /**
   * The store did not answer and this process never read the server's settings (just after a start):
   * only the operator's are sure; the admins' choices (roles, limits, cooldown) are unknown, not defaults.
   */
  readonly nothingKnown?: true;
}

interface Cached {
  chosen: ChosenSettings;
  readAt: number;
  /** The read failed: what every reply in the cache time is told (see {@link ReadSettings}). */
  failed?: Pick<ReadSettings, 'notRead' | 'nothingKnown'>;
}

/**
 * The team settings of every server: the operator's (fixed), each server's admins' choices from the store,
 * and the defaults. Reads are cached briefly ({@link SETTINGS_CACHE_MS}) and bounded in time, so no reply
 * waits on a store that does not answer; a change applies at once in this process, and in every other one
 * sharing the store as soon as it hears of it ({@link TeamSettingsService.forget}), else within the cache
 * time.
 */
export class TeamSettingsService {
  readonly #cache = new Map<string, Cached>();
  readonly #reading = new Map<string, Promise<ChosenSettings>>();
  /** Per server, how many times its cache was dropped: a read begun before a drop is not remembered. */
  readonly #drops = new Map<string, number>();
  readonly #listeners = new Set<(event: SettingsChangedEvent) => void>();
  /** A failed read was logged as a warning: the next ones are logged at debug level until a read works. */
  #warned = false;

  constructor(
    private readonly store: SettingsStore,
    /** What the operator set in the environment: fixed for every server. */
    readonly fixed: ChosenSettings,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** The settings that apply in `guildId` now. */
  async forGuild(guildId: string): Promise<ReadSettings> {
    const cached = this.#cache.get(guildId);
    // Nothing known yet is asked again every time: the first answer the store gives ends the refusals.
    if (cached && !cached.failed?.nothingKnown && this.clock.now() - cached.readAt < SETTINGS_CACHE_MS) {
      return { ...effectiveSettings(this.fixed, cached.chosen), ...cached.failed };
    }
    try {
      const chosen = await withinTime(
        this.#read(guildId),
        SETTINGS_READ_WAIT_MS,
        () => new Error(`the store did not answer within ${SETTINGS_READ_WAIT_MS} ms`),
      );
      return effectiveSettings(this.fixed, chosen);
    } catch (error) {
      const context = { err: error, guild: guildId };
      const message = "could not read the server's team settings: using the last ones known";
      if (this.#warned) this.logger.debug(context, message);
      else this.logger.warn(context, message);
      this.#warned = true;
      // Not asked again before the cache time, so a store that is down costs each server one wait; the
      // replies meanwhile still know that nothing was read.
      const known = cached && !cached.failed?.nothingKnown;
      const failed = known
        ? { notRead: true as const }
        : { notRead: true as const, nothingKnown: true as const };
      const chosen = known ? cached.chosen : {};
      this.#cache.set(guildId, { chosen, readAt: this.clock.now(), failed });
      return { ...effectiveSettings(this.fixed, chosen), ...failed };
    }
  }

  /**
   * Another process changed the server's settings: what is cached here (or being read) is no longer
   * theirs, so the next read asks the store.
   */
  forget(guildId: string): void {
    this.#cache.delete(guildId);
    this.#reading.delete(guildId);
    this.#drops.set(guildId, (this.#drops.get(guildId) ?? 0) + 1);
  }

  /** The public language the server's admins chose, for `ServerLanguages` (bounded like every read). */
  async chosenLocale(guildId: string): Promise<BotLocale | undefined> {
    const settings = await this.forGuild(guildId);
    return settings.sources.locale === 'discord' ? settings.values.locale : undefined;
  }

  /**
   * Applies `update` for `guildId` on behalf of admin `userId`, unless the operator fixed one of its
   * settings (then nothing changes); records it in the server's history and tells the listeners.
   */
  async change(guildId: string, userId: string, update: SettingsUpdate): Promise<SettingsChangeOutcome> {
    const names = SETTING_NAMES.filter((name) => name in update);
    const fixed = names.filter((name) => isFixed(this.fixed, name));
    if (fixed.length > 0) return { kind: 'fixed', fixed };
    const at = new Date(this.clock.now()).toISOString();
    let changes: SettingChange[] = [];
    let after: ChosenSettings;
    try {
      ({ after } = await this.store.update(
        guildId,
        (chosen) => withUpdate(chosen, update),
        (before, next) => {
          changes = changesBetween(this.#effective(before), this.#effective(next), names);
          return changes.map((change) => ({ at, userId, ...historyValues(change) }));
        },
      ));
    } catch (error) {
      this.logger.warn({ err: error, guild: guildId }, 'could not store a team settings change');
      return { kind: 'notSaved' };
    }
    this.#cache.set(guildId, { chosen: after, readAt: this.clock.now() });
    const settings = this.#effective(after);
    if (changes.length === 0) return { kind: 'unchanged', settings };
    const event: SettingsChangedEvent = { id: randomUUID(), guildId, userId, at, changes, settings };
    this.#tell(event);
    return { kind: 'changed', event };
  }

  /** The server's last settings changes, oldest first; `undefined` when the store does not answer. */
  async history(guildId: string): Promise<SettingsHistoryEntry[] | undefined> {
    try {
      return await this.store.history(guildId);
    } catch {
      return undefined;
    }
  }

  /**
   * Calls `listener` after every change of a server's settings made through this process (the process
   * that made it tells the team: alerts, and the live panels of every process). Returns the function that
   * stops it.
   */
  onChange(listener: (event: SettingsChangedEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #effective(chosen: ChosenSettings): EffectiveSettings {
    return effectiveSettings(this.fixed, chosen);
  }

  /** One read per server at a time, however many replies wait for it; remembered once it answers. */
  #read(guildId: string): Promise<ChosenSettings> {
    let reading = this.#reading.get(guildId);
    if (!reading) {
      const drops = this.#drops.get(guildId);
      const current = () => this.#drops.get(guildId) === drops;
      const read = this.store
        .read(guildId)
        .then((chosen) => {
          if (current()) this.#cache.set(guildId, { chosen, readAt: this.clock.now() });
          this.#warned = false;
          return chosen;
        })
        .finally(() => {
          if (this.#reading.get(guildId) === read) this.#reading.delete(guildId);
        });
      reading = read;
      this.#reading.set(guildId, read);
    }
    return reading;
  }

  #tell(event: SettingsChangedEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, guild: event.guildId }, 'a settings listener failed');
      }
    }
  }
}

/** `chosen` with `update` applied: a value back to its default (none, no roles) is no longer chosen. */
function withUpdate(chosen: ChosenSettings, update: SettingsUpdate): ChosenSettings {
  const next: Record<string, unknown> = { ...chosen };
  for (const [name, value] of Object.entries(update)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[name];
    else next[name] = Array.isArray(value) ? [...new Set(value)].sort() : value;
  }
  return next as ChosenSettings;
}

function changesBetween(
  before: EffectiveSettings,
  after: EffectiveSettings,
  names: readonly SettingName[],
): SettingChange[] {
  return names
    .filter((name) => !sameValue(before.values[name], after.values[name]))
    .map((setting) => ({ setting, from: before.values[setting], to: after.values[setting] }));
}

/** A change as the history keeps it: a value that is none (no limit, no channel) is left out. */
function historyValues(change: SettingChange): Omit<SettingsHistoryEntry, 'at' | 'userId'> {
  return {
    setting: change.setting,
    ...(change.from !== undefined && { from: change.from }),
    ...(change.to !== undefined && { to: change.to }),
  };
}
