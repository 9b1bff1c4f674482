import { BOT_LOCALES } from '../../src/i18n/locales.js';
import { render } from '../../src/i18n/render.js';
import { msg } from '../../src/i18n/text.js';
import { type InteractionHandle, type VisibleMessage, WaitAbortedError, waitFor } from './discord.js';

/** "Answered privately." in every language: the public placeholder a private answer replaces. */
const PLACEHOLDERS = new Set(BOT_LOCALES.map((locale) => render(msg('router.answeredPrivately'), locale)));

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
      const settled = original && !original.loading && !PLACEHOLDERS.has(original.content);
      if (settled && !original.deleted) return { ...original, handle };
      const followUp = view.followUps.find((message) => !message.deleted);
      if (followUp && (original === null || original.deleted)) return { ...followUp, handle };
      return undefined;
    },
    { timeoutMs, description: `the final answer to interaction ${handle.id}` },
  );
}
