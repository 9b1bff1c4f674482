import type { Clock } from '../clock.js';
import type { ChannelState, HaltRecord } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import type { ClassifiedOutcome } from '../upstream/outcomes.js';
import { parseBlockEnd } from './blockEnd.js';
import type { StoreProblem } from './results.js';
import type { SpeedObserver } from './SpeedObserver.js';

/** What a halt keeps of the upstream's moderation outcome (never its CAPTCHA link: that is for admins). */
export type ModerationFlag = Pick<
  Extract<ClassifiedOutcome<unknown>, { kind: 'moderation' }>,
  'cause' | 'upstreamMessage'
>;

/**
 * The writes every speed operation shares (a halt, a history line, the time they carry), with the store's
 * failures turned into what the user is told instead of exceptions.
 */
export class AccountRecords {
  constructor(
    readonly state: ChannelState,
    private readonly clock: Clock,
    /** Told about every halt before it is stored (what /info said is moot once the account is halted). */
    private readonly onHalt: (channel: string) => void = () => {},
    /** Told about every halt once it is stored (or failed to be): alerts, block-end reminders. */
    private readonly observer: SpeedObserver = {},
  ) {}

  /** Now, as stored in records. */
  iso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  /** Best effort: history is a courtesy, never a reason to fail a change. */
  async remember(channel: string, entry: HistoryEntry): Promise<boolean> {
    try {
      await this.state.appendHistory(channel, entry);
      return true;
    } catch {
      return false;
    }
  }

  /** Stores a halt; resolves to the problem if the store did not take it. */
  async recordHalt(channel: string, halt: HaltRecord): Promise<StoreProblem | undefined> {
    this.onHalt(channel);
    let problem: StoreProblem | undefined;
    try {
      await this.state.recordHalt(channel, halt);
    } catch {
      problem = 'haltNotRecorded';
    }
    this.observer.halted?.(channel, halt);
    return problem;
  }

  /**
   * A halt met just now by `command` of `userId` in the Discord channel `channelId`, keeping what the
   * upstream said and why it flagged, with the end of the block when that text names one.
   */
  haltNow(
    command: HaltRecord['command'],
    userId: string,
    flag: ModerationFlag,
    channelId?: string,
  ): HaltRecord {
    const since = this.clock.now();
    const text = flag.upstreamMessage ?? '';
    const blockEnd = parseBlockEnd(text, since);
    return {
      since: new Date(since).toISOString(),
      command,
      userId,
      upstreamText: text,
      cause: flag.cause,
      ...(channelId !== undefined && { channelId }),
      ...(blockEnd !== undefined && { blockedUntil: new Date(blockEnd).toISOString() }),
    };
  }
}
