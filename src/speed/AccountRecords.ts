import type { Clock } from '../clock.js';
import type { ChannelState, HaltRecord } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import type { ClassifiedOutcome } from '../upstream/outcomes.js';
import type { StoreProblem } from './results.js';

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
    try {
      await this.state.recordHalt(channel, halt);
      return undefined;
    } catch {
      return 'haltNotRecorded';
    }
  }

  /** A halt met just now by `command` of `userId`, keeping what the upstream said and why it flagged. */
  haltNow(command: HaltRecord['command'], userId: string, flag: ModerationFlag): HaltRecord {
    return {
      since: this.iso(),
      command,
      userId,
      upstreamText: flag.upstreamMessage ?? '',
      cause: flag.cause,
    };
  }
}
