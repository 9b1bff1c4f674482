import type { Clock } from '../clock.js';
import type { ChannelState } from '../state/ChannelState.js';
import { KeyedQueue } from './KeyedQueue.js';
import type { Invoker, SwitchResult } from './results.js';

type CooldownRefusal = Extract<SwitchResult, { kind: 'cooldown' }>;

/**
 * The cooldown (`COOLDOWN_SECONDS`, or the server's setting): a member who switched an account's speed
 * waits before switching it again, as long as the server where they ask says. Checked
 * for each member before their request joins the account's queue (an identical request already queued
 * shares only its upstream call, never someone else's cooldown), and recorded for each member whose
 * change went through. Admins are exempt; with no cooldown nothing is read or written.
 */
export class Cooldowns {
  /** Each member's changes per account, so their next one is checked after the last is recorded. */
  private readonly inProgress = new KeyedQueue();

  constructor(
    private readonly state: ChannelState,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs `change` for `invoker` unless they must wait, then records their switch if it went through. A
   * member's changes of one account run one after the other, so a quick second one meets the first's
   * cooldown instead of slipping past it.
   */
  async guard<T extends SwitchResult>(
    channel: string,
    invoker: Invoker,
    change: () => Promise<T>,
  ): Promise<T | CooldownRefusal> {
    const cooldownMs = invoker.cooldownMs ?? 0;
    if (cooldownMs <= 0 || invoker.exemptFromCooldown) return change();
    const key = `${channel}\n${invoker.userId}`;
    return this.inProgress.run(key, async () => {
      const refusal = await this.left(channel, invoker.userId, cooldownMs);
      if (refusal) return refusal;
      const result = await change();
      if (result.kind === 'switched') await this.record(channel, invoker.userId, cooldownMs);
      return result;
    });
  }

  private async left(
    channel: string,
    userId: string,
    cooldownMs: number,
  ): Promise<CooldownRefusal | undefined> {
    let last: { at: string } | undefined;
    try {
      last = await this.state.memberSwitch(channel, userId);
    } catch {
      return undefined; // A courtesy rule: a store outage does not stop anyone.
    }
    if (!last) return undefined;
    const remainingMs = Date.parse(last.at) + cooldownMs - this.clock.now();
    return remainingMs > 0 ? { kind: 'cooldown', lastAt: last.at, remainingMs, cooldownMs } : undefined;
  }

  /** Best effort, like the rule itself. */
  private async record(channel: string, userId: string, cooldownMs: number): Promise<void> {
    const at = new Date(this.clock.now()).toISOString();
    await this.state.recordMemberSwitch(channel, userId, at, cooldownMs).catch(() => {});
  }
}
