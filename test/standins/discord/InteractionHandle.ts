import type { APIInteraction } from 'discord-api-types/v10';
import type { InteractionState } from './InteractionState.js';
import { visibleMessage } from './messages.js';
import type { Acknowledgement, InteractionWrite, UserView, UserViewStatus, VisibleMessage } from './types.js';
import { WaitAbortedError, waitFor } from './waitFor.js';

/**
 * A dispatched interaction, seen from the user's side: whether and how it was acknowledged, the original
 * response and follow-ups as they look now, and every write the bot made.
 */
export class InteractionHandle {
  readonly #state: InteractionState;

  constructor(state: InteractionState) {
    this.#state = state;
  }

  get id(): string {
    return this.#state.id;
  }

  get token(): string {
    return this.#state.token;
  }

  /** The INTERACTION_CREATE `d` that was sent. */
  get payload(): APIInteraction {
    return this.#state.payload;
  }

  /** When INTERACTION_CREATE was sent (`performance.timeOrigin + performance.now()`). */
  get dispatchedAt(): number {
    return this.#state.dispatchedAt;
  }

  /** Resolves on the initial response; rejects once the ack deadline passes without one. */
  get acknowledged(): Promise<Acknowledgement> {
    return this.#state.acknowledged;
  }

  /** The initial response, if any yet. */
  get acknowledgement(): Acknowledgement | undefined {
    return this.#state.acknowledgement;
  }

  get status(): UserViewStatus {
    return this.#state.status();
  }

  /** The original response as the user sees it now (`null` before an acknowledgement). */
  get original(): VisibleMessage | null {
    return this.#state.original ? visibleMessage(this.#state.original) : null;
  }

  /** Follow-up messages as the user sees them now. */
  get followUps(): VisibleMessage[] {
    return this.#state.followUps.map(visibleMessage);
  }

  /** Every callback, edit, follow-up and delete, in order, with its body and `allowed_mentions`. */
  get writes(): readonly InteractionWrite[] {
    return [...this.#state.writes];
  }

  /** Acknowledgements Discord refused (too late, a second one, expired token). */
  get refusedCallbacks(): number {
    return this.#state.refusedCallbacks;
  }

  /** Everything the user sees now. */
  view(): UserView {
    return { status: this.status, original: this.original, followUps: this.followUps };
  }

  /**
   * Resolves with the original response once it shows an answer (a type 4 reply, an edit of a deferred
   * reply, an update) that passes `predicate`. Fails at once if the ack deadline passed unanswered.
   */
  waitForReply(
    predicate: (message: VisibleMessage) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<VisibleMessage> {
    return this.#waitForChange(
      () => {
        const original = this.#state.original;
        if (!original) return undefined;
        const visible = visibleMessage(original);
        return !visible.loading && !visible.deleted && predicate(visible) ? visible : undefined;
      },
      timeoutMs,
      `a reply to interaction ${this.id}`,
    );
  }

  /** Resolves with the first follow-up that passes `predicate`. */
  waitForFollowUp(
    predicate: (message: VisibleMessage) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<VisibleMessage> {
    return this.#waitForChange(
      () => this.followUps.find((message) => !message.deleted && predicate(message)),
      timeoutMs,
      `a follow-up to interaction ${this.id}`,
    );
  }

  /**
   * Wraps a check so it runs only when this interaction changed (many handles may wait at once, and the
   * stand-in wakes every waiter on any change), failing fast once the user saw no response.
   */
  #waitForChange<T>(check: () => T | undefined, timeoutMs: number, description: string): Promise<T> {
    let seen = -1;
    return waitFor(
      () => {
        this.#failIfUnanswered();
        if (this.#state.version === seen) return undefined;
        seen = this.#state.version;
        return check();
      },
      // Every change notifies; the slow poll is only a safety net.
      { timeoutMs, description, intervalMs: 250, subscribe: (listener) => this.#state.subscribe(listener) },
    ) as Promise<T>;
  }

  #failIfUnanswered(): void {
    if (this.#state.status() === 'did-not-respond') {
      throw new WaitAbortedError(
        `Interaction ${this.id} was not acknowledged in time; the user sees "The application did not respond"`,
      );
    }
  }
}
