import type { InteractionHandle, VisibleMessage } from '../standins/discord.js';

/**
 * The messages of an interaction a user can read now: the original response once it is no longer the
 * "thinking" placeholder, and follow-ups, deleted ones left out. A settled interaction shows exactly one.
 */
export function visibleAnswers(handle: InteractionHandle): VisibleMessage[] {
  const { original, followUps } = handle.view();
  return [original, ...followUps].filter(
    (message): message is VisibleMessage => message !== null && !message.deleted && !message.loading,
  );
}
