import { createHash } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { BotLocale } from '../../i18n/locales.js';
import type { ServerLanguages } from '../../i18n/ServerLanguages.js';
import type { Logger } from '../../log.js';
import { KeyedQueue } from '../../speed/KeyedQueue.js';
import type { AccountChanges, Change } from '../../state/AccountChanges.js';
import type { ChannelState } from '../../state/ChannelState.js';
import type { IndexLock } from '../../state/KeyIndex.js';
import type { PanelRecord, PanelStore } from '../../state/PanelStore.js';
import { withinTime } from '../../timeLimit.js';
import type { UpstreamWords } from '../../upstream/messages.js';
import {
  type ChannelMessages,
  discordRefusal,
  type RequestFailure,
  requestFailure,
  UNKNOWN_CHANNEL,
  UNKNOWN_MESSAGE,
} from '../ChannelMessages.js';
import type { ModeRules } from '../modeAccess.js';
import type { Reply } from '../replies.js';
import { type PanelMessageBody, panelMessage } from './panelMessage.js';
import { unreachableAlert } from './panelReplies.js';
import { readPanelView } from './panelView.js';

/**
 * How long changes are gathered before the panels they concern are edited: one change writes several
 * records (a last change, then its switch back), and a burst of clicks should make one edit, not ten. Real
 * time, whatever the bot's clock: it paces requests to Discord.
 */
export const PANEL_COALESCE_MS = 1_000;

/**
 * How often every panel is compared with the store even without a change: what another process published
 * while this one's Redis connection was down, or an edit Discord failed, is made good within this time.
 * Only the store is read; the upstream never is. A panel marked unreachable (Discord refused its edit, or
 * its server's language could not be learned: the bot may have left the server) is left to the next change
 * of its account, so a server that is gone costs nothing every minute.
 */
export const PANEL_RECONCILE_MS = 60_000;

/** How long a panel click waits for the store to say which account the panel shows (Discord's 3 s apply). */
const PANEL_LOOKUP_WAIT_MS = 500;

/** Who posts a panel where, for which account. */
export interface PanelRequest {
  channelId: string;
  guildId: string;
  account: string;
  userId: string;
}

/** What `/speed panel` achieved. */
export type PanelPostOutcome =
  | {
      kind: 'posted';
      pin: { kind: 'pinned' } | { kind: 'noPermission' } | { kind: 'failed'; reason: RequestFailure };
      /** What became of the panel the channel had before: deleted, or left in place (no longer updated). */
      replaced?: 'deleted' | 'left';
    }
  /** Discord refused the post: the bot may not see or post in the channel. */
  | { kind: 'noAccess' }
  | { kind: 'failed'; reason: RequestFailure }
  /** The store did not answer: a panel that is not stored would never update, so none was posted. */
  | { kind: 'storeUnavailable' };

export interface LivePanelsDeps {
  state: ChannelState;
  store: PanelStore;
  messages: ChannelMessages;
  languages: Pick<ServerLanguages, 'forGuild' | 'knownForGuild'>;
  changes: AccountChanges;
  /** Holds a panel's channel across processes while it is posted or edited. */
  lock: IndexLock;
  /** Who may use which mode, for how long, in a server (its team settings). */
  rules: (guildId: string) => Promise<ModeRules>;
  words: UpstreamWords;
  /** Tells the admins, once, about the panel in `channelId` Discord no longer lets the bot edit. */
  alert: (channelId: string, eventId: string, alert: Reply) => void;
  logger: Logger;
  clock: Clock;
  coalesceMs?: number;
  reconcileMs?: number;
}

/** A short digest of a body: two equal bodies, and only they, share it. */
function digestOf(body: PanelMessageBody): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22);
}

/** Which panels a change concerns. */
function concerns(change: Change): (panel: PanelRecord) => boolean {
  return 'account' in change
    ? (panel) => panel.account === change.account
    : (panel) => panel.guildId === change.guildId;
}

const keyOf = (change: Change) =>
  'account' in change ? `account:${change.account}` : `guild:${change.guildId}`;

/**
 * The live panels: channel messages that show an account's state, posted by `/speed panel` and edited
 * after every change of that account, wherever it was made (any channel, any panel, a switch back, a halt,
 * a reset, a setting, another bot process on the same Redis). Changes are gathered for
 * {@link PANEL_COALESCE_MS} per account, and a panel is edited only when its body would differ from what the
 * store says it shows: with several processes, the first to hold the panel's channel edits it and records
 * the digest, and the others find nothing left to do. Panels are stored, so they keep updating after a
 * restart; one deleted in Discord is forgotten at its first "Unknown Message", and one the bot can no
 * longer reach is reported once.
 */
export class LivePanels {
  /** Per panel channel: its posts and edits one after another. */
  readonly #queue = new KeyedQueue();
  /** Changes waiting for their edit, by what they concern. */
  readonly #pending = new Map<string, NodeJS.Timeout>();
  readonly #running = new Set<Promise<unknown>>();
  readonly #coalesceMs: number;
  readonly #reconcileMs: number;
  #stopListening: (() => void) | undefined;
  #cancelReconcile: (() => void) | undefined;
  #stopped = false;
  /** Numbers the looks at a change's panels in the debug log. */
  #looks = 0;

  constructor(private readonly deps: LivePanelsDeps) {
    this.#coalesceMs = deps.coalesceMs ?? PANEL_COALESCE_MS;
    this.#reconcileMs = deps.reconcileMs ?? PANEL_RECONCILE_MS;
  }

  /** Listens for changes and brings every stored panel up to date (in the background). */
  start(): void {
    this.#stopListening = this.deps.changes.listen((change) => this.#changed(change));
    this.#reconcile();
  }

  /** Stops editing and waits for the edits under way (bound the wait: they are bounded by Discord's timeout). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stopListening?.();
    this.#cancelReconcile?.();
    for (const timer of this.#pending.values()) clearTimeout(timer);
    this.#pending.clear();
    await Promise.allSettled([...this.#running]);
    await this.#queue.allSettled();
  }

  /** Every panel of the server is brought up to date, here and in the other processes (its language or settings changed). */
  refreshGuild(guildId: string): void {
    this.deps.changes.guildChanged(guildId);
  }

  /**
   * The account the stored panel `messageId` in `channelId` shows; `undefined` when it is not the channel's
   * stored panel or the store does not answer in time (the click then goes on as the channel's).
   */
  async accountShown(channelId: string, messageId: string): Promise<string | undefined> {
    try {
      const record = await withinTime(
        this.deps.store.panel(channelId),
        PANEL_LOOKUP_WAIT_MS,
        () => new Error(`the store did not answer within ${PANEL_LOOKUP_WAIT_MS} ms`),
      );
      return record?.messageId === messageId ? record.account : undefined;
    } catch (error) {
      this.deps.logger.debug(
        { err: error, channel: channelId },
        'could not read which account a panel shows',
      );
      return undefined;
    }
  }

  /**
   * Posts `request.account`'s panel in the channel, pins it when the bot may, and stores it, replacing the
   * channel's earlier panel (deleted, or at least no longer updated).
   */
  post(request: PanelRequest): Promise<PanelPostOutcome> {
    return this.#holding(request.channelId, () => this.#post(request));
  }

  async #post(request: PanelRequest): Promise<PanelPostOutcome> {
    const { channelId } = request;
    const { store, messages, logger } = this.deps;
    let previous: PanelRecord | undefined;
    let body: PanelMessageBody;
    try {
      previous = await store.panel(channelId);
      // A new panel goes out in English if the server's language cannot be learned: better than none.
      const locale = await this.deps.languages.forGuild(request.guildId);
      body = await this.#body(request.account, request.guildId, locale);
    } catch (error) {
      logger.warn({ err: error, channel: channelId }, 'could not read the store to post a live panel');
      return { kind: 'storeUnavailable' };
    }
    let messageId: string;
    try {
      messageId = await messages.post(channelId, body);
    } catch (error) {
      logger.warn({ err: error, channel: channelId }, 'Discord refused a live panel');
      return discordRefusal(error).status === 403
        ? { kind: 'noAccess' }
        : { kind: 'failed', reason: requestFailure(error) };
    }
    const record: PanelRecord = {
      channelId,
      messageId,
      guildId: request.guildId,
      account: request.account,
      postedBy: request.userId,
      postedAt: new Date(this.deps.clock.now()).toISOString(),
      shown: digestOf(body),
    };
    try {
      await store.save(record);
    } catch (error) {
      logger.warn({ err: error, channel: channelId }, 'could not store a live panel: taking it down');
      await messages.delete(channelId, messageId).catch(() => {});
      return { kind: 'storeUnavailable' };
    }
    logger.info({ channel: channelId, message: messageId, account: request.account }, 'live panel posted');
    const [pin, replaced] = await Promise.all([this.#pin(record), previous && this.#takeDown(previous)]);
    return { kind: 'posted', pin, ...(replaced && { replaced }) };
  }

  async #pin(record: PanelRecord): Promise<Extract<PanelPostOutcome, { kind: 'posted' }>['pin']> {
    try {
      await this.deps.messages.pin(record.channelId, record.messageId);
      return { kind: 'pinned' };
    } catch (error) {
      this.deps.logger.info({ err: error, channel: record.channelId }, 'live panel not pinned');
      return discordRefusal(error).status === 403
        ? { kind: 'noPermission' }
        : { kind: 'failed', reason: requestFailure(error) };
    }
  }

  /** The channel's earlier panel, replaced: deleted (gone already counts), or left in place if Discord refuses. */
  async #takeDown(previous: PanelRecord): Promise<'deleted' | 'left'> {
    try {
      await this.deps.messages.delete(previous.channelId, previous.messageId);
      return 'deleted';
    } catch (error) {
      const { code } = discordRefusal(error);
      if (code === UNKNOWN_MESSAGE) return 'deleted';
      this.deps.logger.info({ err: error, channel: previous.channelId }, 'replaced live panel not deleted');
      return 'left';
    }
  }

  /** A change: the panels it concerns are edited once the changes around it are gathered. */
  #changed(change: Change): void {
    const key = keyOf(change);
    if (this.#stopped || this.#pending.has(key)) return;
    const timer = setTimeout(() => {
      this.#pending.delete(key);
      const look = ++this.#looks;
      this.deps.logger.debug({ ...change, look }, 'looking at the live panels of a change');
      const refreshed = this.#refreshWhere(concerns(change)).then((panels) =>
        this.deps.logger.debug({ ...change, look, panels }, 'live panels of a change looked at'),
      );
      this.#track(refreshed);
    }, this.#coalesceMs);
    timer.unref();
    this.#pending.set(key, timer);
  }

  /** Compares every panel with the store now and again every {@link PANEL_RECONCILE_MS}. */
  #reconcile(): void {
    if (this.#stopped) return;
    this.#track(
      this.#refreshWhere((panel) => !panel.unreachableSince).then((panels) => {
        if (this.#stopped) return;
        this.#cancelReconcile = this.deps.clock.setTimer(() => this.#reconcile(), this.#reconcileMs);
        this.deps.logger.debug({ panels }, 'live panels checked');
      }),
    );
  }

  #track(work: Promise<unknown>): void {
    this.#running.add(work);
    void work.finally(() => this.#running.delete(work));
  }

  /** Brings the selected panels up to date; resolves to how many there were. */
  async #refreshWhere(select: (panel: PanelRecord) => boolean): Promise<number> {
    let panels: PanelRecord[];
    try {
      panels = (await this.deps.store.panels()).filter(select);
    } catch (error) {
      this.deps.logger.warn(
        { err: error },
        'could not read the live panels from the store; trying again later',
      );
      return 0;
    }
    await Promise.all(panels.map((panel) => this.#refresh(panel.channelId)));
    return panels.length;
  }

  async #refresh(channelId: string): Promise<void> {
    if (this.#stopped) return;
    try {
      await this.#holding(channelId, () => this.#refreshNow(channelId));
    } catch (error) {
      this.deps.logger.warn(
        { err: error, channel: channelId },
        'could not update a live panel; trying again later',
      );
    }
  }

  /** Edits the channel's panel if what it shows is no longer what the store holds. */
  async #refreshNow(channelId: string): Promise<void> {
    const { store, messages, logger } = this.deps;
    const record = await store.panel(channelId);
    if (!record) return;
    const locale = await this.deps.languages.knownForGuild(record.guildId);
    if (!locale) {
      await this.#languageUnknown(record);
      return;
    }
    const body = await this.#body(record.account, record.guildId, locale);
    const shown = digestOf(body);
    if (record.shown === shown) {
      logger.debug({ channel: channelId, message: record.messageId }, 'live panel up to date');
      return;
    }
    try {
      await messages.edit(channelId, record.messageId, body);
    } catch (error) {
      await this.#editRefused(record, error);
      return;
    }
    const { unreachableSince, ...reachable } = record;
    await store.save({ ...reachable, shown });
    logger.debug({ channel: channelId, message: record.messageId }, 'live panel updated');
    if (unreachableSince) logger.info({ channel: channelId }, 'live panel can be updated again');
  }

  /** The server's language cannot be learned: the panel is kept as it is (not turned English), marked once. */
  async #languageUnknown(record: PanelRecord): Promise<void> {
    const context = { channel: record.channelId, message: record.messageId, guild: record.guildId };
    if (record.unreachableSince) {
      this.deps.logger.debug(context, 'live panel still out of reach');
      return;
    }
    await this.deps.store.save({
      ...record,
      unreachableSince: new Date(this.deps.clock.now()).toISOString(),
    });
    this.deps.logger.warn(
      context,
      "the server's language cannot be learned from Discord (has the bot left the server?): the live panel is kept as it is until a change of its account",
    );
  }

  async #editRefused(record: PanelRecord, error: unknown): Promise<void> {
    const { store, logger } = this.deps;
    const refusal = discordRefusal(error);
    const context = { err: error, channel: record.channelId, message: record.messageId };
    if (refusal.code === UNKNOWN_MESSAGE || refusal.code === UNKNOWN_CHANNEL) {
      // Deleted in Discord: forgotten now, never tried again.
      await store.forget(record);
      logger.info(context, 'live panel deleted in Discord: forgotten');
      return;
    }
    if (refusal.status !== 403) {
      logger.warn(context, 'Discord did not take a live panel edit; trying again at the next change');
      return;
    }
    if (record.unreachableSince) {
      logger.debug(context, 'live panel still out of reach');
      return;
    }
    const since = new Date(this.deps.clock.now()).toISOString();
    await store.save({ ...record, unreachableSince: since });
    logger.warn(
      context,
      'Discord refuses the bot access to a live panel (does it still have View Channel there?); reported once',
    );
    this.deps.alert(
      record.channelId,
      `panel:${record.messageId}:${since}`,
      unreachableAlert(record, refusal.message),
    );
  }

  /** The panel of `account` as it is now, in `locale` (the server's language). */
  async #body(account: string, guildId: string, locale: BotLocale): Promise<PanelMessageBody> {
    const [view, rules] = await Promise.all([
      readPanelView(this.deps.state, account),
      this.deps.rules(guildId),
    ]);
    return panelMessage(view, { locale, rules, words: this.deps.words });
  }

  /** Runs `task` holding the channel's panel: in order here, and across the processes sharing the store. */
  #holding<T>(channelId: string, task: () => Promise<T>): Promise<T> {
    return this.#queue.run(channelId, () => this.deps.lock.withLock(`panel:${channelId}`, task));
  }
}
