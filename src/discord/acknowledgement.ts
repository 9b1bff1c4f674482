import {
  type InteractionDeferReplyOptions,
  type MessageComponentInteraction,
  MessageFlags,
  MessageFlagsBitField,
  type MessageFlagsResolvable,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { withinTime } from '../timeLimit.js';

/**
 * How long a process that acknowledged an interaction before its claim answered still waits for that
 * claim: the claim decides whenever it answers, and only a store that says nothing in this time leaves the
 * decision to Discord. The invoker sees "thinking…" meanwhile, so it stays short.
 */
export const CLAIM_VERDICT_WAIT_MS = 5_000;

/** Discord's "Interaction has already been acknowledged": another session answered it first. */
const ALREADY_ACKNOWLEDGED = 40_060;

/** Whether `error` is Discord refusing an acknowledgement because another session sent one first. */
export function isAlreadyAcknowledged(error: unknown): boolean {
  // Read by shape: discord.js may carry its own copy of @discordjs/rest, whose error classes differ.
  return (error as { code?: unknown } | undefined)?.code === ALREADY_ACKNOWLEDGED;
}

/**
 * Thrown once this process learnt, after acknowledging, that another one holds the interaction's claim:
 * that one does the work and completes the reply through the interaction's token, which works from any
 * process.
 */
export class ClaimedElsewhereError extends Error {
  override readonly name = 'ClaimedElsewhereError';
}

/** What this process knows of its claim on an interaction every process on the token received. */
type ClaimState = { kind: 'won' } | { kind: 'pending'; claim: Promise<boolean> };

const claimStates = new WeakMap<RepliableInteraction, ClaimState>();

/**
 * Notes that this process holds the interaction's claim: it acts whatever Discord says of its deferral,
 * completing, through the token, the one another process got in first.
 */
export function claimWon(interaction: RepliableInteraction): void {
  claimStates.set(interaction, { kind: 'won' });
}

/**
 * Notes that this process stopped waiting for its claim, still running: its deferral goes out first and
 * the claim decides once it answers (see {@link acknowledgeDeferred}).
 */
export function claimPending(interaction: RepliableInteraction, claim: Promise<boolean>): void {
  claim.catch(() => {});
  claimStates.set(interaction, { kind: 'pending', claim });
}

/** Whether the work on `interaction` must wait for {@link acknowledgeDeferred}: its claim is still out. */
export function workWaitsForAcknowledgement(interaction: RepliableInteraction): boolean {
  return claimStates.get(interaction)?.kind === 'pending';
}

/**
 * Defers the reply and resolves once this process may act on the interaction; throws when it must not:
 * - alone on its store (no claim), it acts if Discord accepts the deferral, as ever;
 * - holding the claim, it acts even if another process acknowledged first (40060): it adopts that deferral;
 * - with its claim still out, it waits for it a little longer ({@link CLAIM_VERDICT_WAIT_MS}): won, it acts
 *   (adopting the other's deferral if Discord refused its own); lost, it throws {@link ClaimedElsewhereError};
 *   no answer, it acts only if Discord accepted its deferral, the one acknowledgement Discord takes.
 */
export function acknowledgeDeferred(
  interaction: RepliableInteraction,
  options: InteractionDeferReplyOptions,
): Promise<void> {
  return acknowledge(
    interaction,
    () => interaction.deferReply(options),
    () => adoptDeferral(interaction, options),
  );
}

/**
 * {@link acknowledgeDeferred} for a change of the message a component sits on: defers its update
 * (`DEFERRED_UPDATE_MESSAGE`), after which `editReply` edits that message.
 */
export function acknowledgeUpdate(
  interaction: Extract<RepliableInteraction, MessageComponentInteraction | ModalSubmitInteraction>,
): Promise<void> {
  return acknowledge(
    interaction,
    () => interaction.deferUpdate(),
    () => {
      interaction.deferred = true;
    },
  );
}

/** Sends the acknowledgement with `send`; `adopt` makes discord.js complete another process's instead. */
async function acknowledge(
  interaction: RepliableInteraction,
  send: () => Promise<unknown>,
  adopt: () => void,
): Promise<void> {
  const state = claimStates.get(interaction);
  let refusal: unknown;
  try {
    await send();
  } catch (error) {
    if (!state || !isAlreadyAcknowledged(error)) throw error;
    refusal = error;
  }
  if (!state) return;
  const won = state.kind === 'won' ? true : await verdict(state.claim);
  if (won === false) throw new ClaimedElsewhereError('another bot process holds this interaction');
  if (refusal === undefined) return;
  if (won === undefined) throw refusal;
  adopt();
}

/** The claim's answer, or `undefined` if the store gives none in time. */
async function verdict(claim: Promise<boolean>): Promise<boolean | undefined> {
  try {
    return await withinTime(
      claim,
      CLAIM_VERDICT_WAIT_MS,
      () => new Error(`the store did not answer within ${CLAIM_VERDICT_WAIT_MS} ms`),
    );
  } catch {
    return undefined;
  }
}

/**
 * Makes discord.js complete a deferral another process sent. It tracks `deferred` for its own callback
 * only and refuses `editReply`/`followUp` without it (discord.js 14.28.1
 * src/structures/interfaces/InteractionResponses.js:133-134, 246, 275), but those go to the interaction's
 * webhook by its token, which Discord serves to any process. The other process deferred with the same
 * options (same code), so the placeholder is as private as this one's would have been.
 */
function adoptDeferral(interaction: RepliableInteraction, options: InteractionDeferReplyOptions): void {
  interaction.deferred = true;
  // Only Ephemeral may be asked for in a deferral; discord.js types that narrower than the bit field takes.
  const flags = new MessageFlagsBitField(options.flags as MessageFlagsResolvable | undefined);
  interaction.ephemeral = flags.has(MessageFlags.Ephemeral);
}
