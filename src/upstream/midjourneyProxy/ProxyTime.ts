/**
 * The proxy's times in the bot's time: the one place where the client places what the proxy writes without
 * an offset (`infoUpdated`) and learns the proxy's UTC offset when no answer showed it lately. Every reader
 * of a reading's time (fast hours, "Job Mode" against the card, the doctor) and the midnight rule go
 * through it, so they all use the offset {@link ProxyClock} learned from the proxy's own answers.
 */
import type { AdminApi, CallContext } from './AdminApi.js';
import type { CardClicks } from './CardClicks.js';
import type { ProxyClock } from './proxyClock.js';
import type { ProxyAccount } from './schemas.js';
import { cardAndInfoDisagree, type ModeReadings } from './settingsCard.js';

/**
 * An account id no proxy has (ids are GUIDs): reading it answers `Result.Fail("账号不存在")`
 * (AdminController.cs:566-569), a database read that changes nothing and carries the proxy's `timestamp`.
 */
const CLOCK_PROBE_ID = 'mj-speed-bot-clock-probe';

/** The proxy's clock as one client knows it, with the harmless read that teaches it when needed. */
export class ProxyTime {
  constructor(
    private readonly api: AdminApi,
    private readonly clock: ProxyClock,
    /** The bot's own clicks, which date the card as much as its message does. */
    private readonly clicks: CardClicks,
  ) {}

  /**
   * The proxy's UTC offset in ms as its answers lately showed it, `undefined` when none did: then the bot
   * cannot tell when the proxy's local midnight is.
   */
  get utcOffsetMs(): number | undefined {
    return this.clock.offsetMs;
  }

  /** Learns the offset with one harmless read, unless an answer showed it lately. */
  async learnOffset(call: CallContext): Promise<void> {
    if (this.clock.offsetMs === undefined) await this.api.account(call, CLOCK_PROBE_ID);
  }

  /**
   * When the proxy took the account's /info reading (epoch ms), if the bot can place it: an offset-free
   * time needs the proxy's offset, learned first when unknown. `undefined` without a reading, or when it
   * cannot be placed (see {@link ProxyClock.instantOf}).
   */
  async infoReadAt(call: CallContext, account: ProxyAccount): Promise<number | undefined> {
    const date = account.infoUpdated;
    if (!date) return undefined;
    if (this.clock.needsOffset(date)) await this.learnOffset(call);
    return this.clock.instantOf(date);
  }

  /**
   * When /info was read and the bot last clicked the card of account `id`, when that decides which mode
   * the account shows (its card and /info disagree); else nothing, without asking: most accounts cost no
   * read to learn the offset before a click.
   */
  async modeReadings(call: CallContext, id: string, account: ProxyAccount): Promise<ModeReadings> {
    if (!cardAndInfoDisagree(account)) return {};
    return { infoAt: await this.infoReadAt(call, account), clickedAt: await this.clicks.lastAt(id) };
  }

  /** {@link infoReadAt} without learning anything: for a list read right after the offset was learned. */
  infoReadAtKnown(account: ProxyAccount): number | undefined {
    return account.infoUpdated ? this.clock.instantOf(account.infoUpdated) : undefined;
  }
}
