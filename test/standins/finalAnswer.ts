import { PRIVATE_ANSWER_PLACEHOLDER } from '../../src/discord/replies.js';
import { type InteractionHandle, type VisibleMessage, WaitAbortedError, waitFor } from './discord.js';

/** What the invoker finally sees: the public reply, or the private follow-up that replaced it. */
export interface Answer extends VisibleMessage {
  handle: InteractionHandle;
}

/**
 * Resolves once the interaction is settled from the user's side: a public answer in place of the
 * "thinking" placeholder, or a private follow-up with the placeholder removed.
 */
export function finalAnswer(handle: InteractionHandle, timeoutMs = 10_000): Promise<Answer> {
  return waitFor(
    () => {
      const view = handle.view();
      if (view.status === 'did-not-respond')
        throw new WaitAbortedError(`interaction ${handle.id} got no answer`);
      const original = view.original;
      const settled = original && !original.loading && original.content !== PRIVATE_ANSWER_PLACEHOLDER;
      if (settled && !original.deleted) return { ...original, handle };
      const followUp = view.followUps.find((message) => !message.deleted);
      if (followUp && (original === null || original.deleted)) return { ...followUp, handle };
      return undefined;
    },
    { timeoutMs, description: `the final answer to interaction ${handle.id}` },
  );
}
