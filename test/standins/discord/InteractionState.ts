import type { APIInteraction, APIMessage } from 'discord-api-types/v10';
import { type DiscordErrorResponse, discordErrors, invalidFormBody, isDiscordError } from './errors.js';
import type { BuiltInteraction } from './interactionPayloads.js';
import { asObject, createMessage, editMessage, type StoredMessage, visibleMessage } from './messages.js';
import { messageFlags } from './payloads.js';
import type { Acknowledgement, InteractionWrite, RecordedFile, RouteName, UserViewStatus } from './types.js';

/**
 * Interaction callback types Discord accepts, by interaction kind: a modal cannot answer a modal
 * (Discord docs, Interactions, "Interaction Callback Type": MODAL "Not available for MODAL_SUBMIT").
 */
const ALLOWED_CALLBACK_TYPES = {
  chatInput: new Set([4, 5, 9]),
  button: new Set([4, 5, 6, 7, 9]),
  select: new Set([4, 5, 6, 7, 9]),
  modalSubmit: new Set([4, 5, 6, 7]),
} as const;

/** What an interaction needs from the stand-in. */
export interface InteractionStateOptions {
  built: BuiltInteraction;
  dispatchedAt: number;
  ackDeadlineMs: number;
  tokenLifetimeMs: number;
  nextId: () => string;
  onChange: () => void;
}

/** A write as the REST route received it. */
export interface WriteRequest {
  body: unknown;
  files: readonly RecordedFile[];
  at: number;
}

/**
 * One interaction and Discord's rules for answering it: one acknowledgement within the deadline, then
 * edits and follow-ups through the webhook until the token expires. Owned by the stand-in; tests read it
 * through an `InteractionHandle`.
 */
export class InteractionState {
  readonly payload: APIInteraction;
  readonly kind: BuiltInteraction['kind'];
  readonly channelId: string;
  readonly dispatchedAt: number;
  readonly deadlineAt: number;
  readonly tokenExpiresAt: number;
  readonly acknowledged: Promise<Acknowledgement>;
  readonly followUps: StoredMessage[] = [];
  readonly writes: InteractionWrite[] = [];
  acknowledgement: Acknowledgement | undefined;
  original: StoredMessage | undefined;
  /** Set once the deadline passed without an acknowledgement. */
  missedDeadline = false;
  /** Set by `expireInteraction`. */
  expiredByTest = false;
  /** Acknowledgements refused (late, duplicate, expired). */
  refusedCallbacks = 0;
  /** Bumped on every change of what the user sees, so waiters skip unchanged states cheaply. */
  version = 0;
  readonly #componentMessage: StoredMessage | undefined;
  readonly #nextId: () => string;
  readonly #timer: NodeJS.Timeout;
  readonly #onChange: () => void;
  readonly #listeners = new Set<() => void>();
  #resolve: (ack: Acknowledgement) => void = () => {};
  #reject: (error: Error) => void = () => {};

  constructor(options: InteractionStateOptions) {
    const { built, dispatchedAt, ackDeadlineMs, tokenLifetimeMs } = options;
    this.payload = built.payload;
    this.kind = built.kind;
    this.channelId = built.channelId;
    this.#componentMessage = built.componentMessage;
    this.#nextId = options.nextId;
    this.#onChange = options.onChange;
    this.dispatchedAt = dispatchedAt;
    this.deadlineAt = dispatchedAt + ackDeadlineMs;
    this.tokenExpiresAt = dispatchedAt + tokenLifetimeMs;
    this.acknowledged = new Promise<Acknowledgement>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // Tests that never await `acknowledged` must not see an unhandled rejection.
    this.acknowledged.catch(() => {});
    this.#timer = setTimeout(() => {
      this.missedDeadline = true;
      this.#reject(
        new Error(
          `Interaction ${this.id} was not acknowledged within ${ackDeadlineMs} ms ` +
            '(the user sees "The application did not respond")',
        ),
      );
      this.changed();
    }, ackDeadlineMs);
    this.#timer.unref();
  }

  get id(): string {
    return this.payload.id;
  }

  get token(): string {
    return this.payload.token;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#listeners.clear();
  }

  /** Calls `listener` whenever what the user sees may have changed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Notes a change: wakes this interaction's waiters (only them) and the stand-in's. */
  changed(): void {
    this.version++;
    for (const listener of this.#listeners) listener();
    this.#onChange();
  }

  status(): UserViewStatus {
    if (!this.acknowledgement) return this.missedDeadline ? 'did-not-respond' : 'pending';
    if (!this.original) return 'answered';
    if (this.original.deleted) return 'deleted';
    return visibleMessage(this.original).loading ? 'thinking' : 'answered';
  }

  /**
   * `POST /interactions/{id}/{token}/callback`: 10062 once the token expired or the deadline passed,
   * 40060 for a second acknowledgement; otherwise creates the original response.
   */
  callback({ body, files, at }: WriteRequest): Acknowledgement | DiscordErrorResponse {
    if (this.#tokenExpired(at)) return this.#refuse(discordErrors.unknownInteraction);
    if (this.acknowledgement) return this.#refuse(discordErrors.alreadyAcknowledged);
    if (at > this.deadlineAt) return this.#refuse(discordErrors.unknownInteraction);
    const type = asObject(body).type;
    if (typeof type !== 'number' || !ALLOWED_CALLBACK_TYPES[this.kind].has(type)) {
      return invalidFormBody('type', 'BASE_TYPE_CHOICES', 'Interaction response type is not valid here.');
    }
    const original = this.#initialResponse(type, asObject(body).data ?? {}, files, at);
    if (isDiscordError(original)) return original;
    this.original = original;
    this.#record('interactionCallback', '@original', body, at, original?.allowedMentions);
    const ack = { at, latencyMs: at - this.dispatchedAt, type, body };
    clearTimeout(this.#timer);
    this.acknowledgement = ack;
    this.#resolve(ack);
    return ack;
  }

  /** The interaction webhook exists once the interaction was acknowledged, until the token expires. */
  webhookOpen(at: number): boolean {
    return this.acknowledgement !== undefined && !this.#tokenExpired(at);
  }

  /** `POST /webhooks/{app}/{token}`: a follow-up, or the filling of a deferred reply's placeholder. */
  followUp({ body, files, at }: WriteRequest): StoredMessage | DiscordErrorResponse {
    const original = this.original;
    if (original && !original.deleted && visibleMessage(original).loading) {
      // Documented legacy behaviour: right after a deferral the follow-up edits the loading message,
      // keeping the deferral's ephemeral state.
      const problem = editMessage(original, body, at, files);
      if (problem) return problem;
      this.#record('createFollowUp', '@original', body, at, original.allowedMentions);
      return original;
    }
    const message = createMessage(body, {
      id: this.#nextId(),
      channelId: this.channelId,
      type: 0,
      at,
      files,
      base: { flags: Number(asObject(body).flags ?? 0) & messageFlags.Ephemeral },
    });
    if (isDiscordError(message)) return message;
    this.followUps.push(message);
    this.#record('createFollowUp', message.id, body, at, message.allowedMentions);
    return message;
  }

  /** The original response (`@original`) or a follow-up, unless deleted. */
  message(messageId: string): StoredMessage | undefined {
    const message =
      messageId === '@original'
        ? this.original
        : this.followUps.find((followUp) => followUp.id === messageId);
    return message?.deleted ? undefined : message;
  }

  /** `PATCH /webhooks/{app}/{token}/messages/{id}`. */
  edit(route: RouteName, messageId: string, request: WriteRequest): StoredMessage | DiscordErrorResponse {
    const message = this.message(messageId);
    if (!message) return discordErrors.unknownMessage;
    const problem = editMessage(message, request.body, request.at, request.files);
    if (problem) return problem;
    this.#record(route, messageId, request.body, request.at, message.allowedMentions);
    return message;
  }

  /** `DELETE /webhooks/{app}/{token}/messages/{id}`. */
  delete(route: RouteName, messageId: string, at: number): DiscordErrorResponse | undefined {
    const message = this.message(messageId);
    if (!message) return discordErrors.unknownMessage;
    message.deleted = true;
    message.updatedAt = at;
    this.#record(route, messageId, undefined, at, undefined);
    return undefined;
  }

  /** `interaction_metadata` of the original response to a slash command. */
  metadataFor(message: StoredMessage): APIMessage['interaction_metadata'] | undefined {
    if (message !== this.original || this.kind !== 'chatInput') return undefined;
    const payload = this.payload;
    const user = payload.member?.user ?? payload.user;
    if (!user) return undefined;
    return {
      id: this.id,
      type: 2,
      user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
      name: payload.data && 'name' in payload.data ? payload.data.name : '',
      command_type: 1,
    } as APIMessage['interaction_metadata'];
  }

  #initialResponse(
    type: number,
    data: unknown,
    files: readonly RecordedFile[],
    at: number,
  ): StoredMessage | DiscordErrorResponse | undefined {
    const ephemeral = Number(asObject(data).flags ?? 0) & messageFlags.Ephemeral;
    const context = {
      id: this.#nextId(),
      channelId: this.channelId,
      type: this.kind === 'chatInput' ? 20 : 0,
      at,
      files,
    };
    switch (type) {
      case 4:
        return createMessage(data, { ...context, base: { flags: ephemeral } });
      case 5:
        return createMessage(
          {},
          { ...context, files: [], base: { flags: messageFlags.Loading | ephemeral } },
          { allowEmpty: true },
        );
      case 6:
      case 7: {
        // The original response of a component interaction is the message the component sits on.
        if (!this.#componentMessage) return discordErrors.unknownMessage;
        const copy = structuredClone(this.#componentMessage);
        const problem = type === 7 ? editMessage(copy, data, at, files) : undefined;
        return problem ?? copy;
      }
      default:
        return undefined;
    }
  }

  #tokenExpired(at: number): boolean {
    return this.expiredByTest || at > this.tokenExpiresAt;
  }

  #refuse(error: DiscordErrorResponse): DiscordErrorResponse {
    this.refusedCallbacks++;
    return error;
  }

  #record(
    route: RouteName,
    messageId: string,
    body: unknown,
    at: number,
    allowedMentions: InteractionWrite['allowedMentions'],
  ): void {
    this.writes.push({ at, route, messageId, body, allowedMentions });
    this.changed();
  }
}
