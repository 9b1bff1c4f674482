import type { Clock } from '../clock.js';
import type { ChannelState } from '../state/ChannelState.js';
import type { Invoker, SwitchResult } from './results.js';

type CooldownRefusal = Extract<SwitchResult, { kind: 'cooldown' }>;

/**
 * `COOLDOWN_SECONDS`: a member who switched an account's speed waits before switching it again. Checked
 * for each member before their request joins the account's queue (an identical request already queued
 * shares only its upstream call, never someone else's cooldown), and recorded for each member whose
 * change went through. Admins are exempt; with no cooldown nothing is read or written.
 */
export class Cooldowns {
  /** Each member's change in progress per account, so their next one is checked after it is recorded. */
  private readonly inProgress = new Map<string, Promise<unknown>>();

  constructor(
    private readonly state: ChannelState,
    private readonly clock: Clock,
    private readonly cooldownMs: number,
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
    if (this.cooldownMs <= 0 || invoker.exemptFromCooldown) return change();
    const key = `${channel}\n${invoker.userId}`;
    const previous = this.inProgress.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      const refusal = await this.left(channel, invoker.userId);
      if (refusal) return refusal;
      const result = await change();
      if (result.kind === 'switched') await this.record(channel, invoker.userId);
      return result;
    });
    const settled = next.catch(() => undefined);
    this.inProgress.set(key, settled);
    void settled.then(() => {
      if (this.inProgress.get(key) === settled) this.inProgress.delete(key);
    });
    return next;
  }

  private async left(channel: string, userId: string): Promise<CooldownRefusal | undefined> {
    let last: { at: string } | undefined;
    try {
      last = await this.state.memberSwitch(channel, userId);
    } catch {
      return undefined; // A courtesy rule: a store outage does not stop anyone.
    }
    if (!last) return undefined;
    const remainingMs = Date.parse(last.at) + this.cooldownMs - this.clock.now();
    return remainingMs > 0
      ? { kind: 'cooldown', lastAt: last.at, remainingMs, cooldownMs: this.cooldownMs }
      : undefined;
  }

  /** Best effort, like the rule itself. */
  private async record(channel: string, userId: string): Promise<void> {
    const at = new Date(this.clock.now()).toISOString();
    await this.state.recordMemberSwitch(channel, userId, at, this.cooldownMs).catch(() => {});
  }
}
