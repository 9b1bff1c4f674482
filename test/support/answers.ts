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

/** A port on 127.0.0.1 with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
