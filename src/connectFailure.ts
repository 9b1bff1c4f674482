import { connect } from 'node:net';
import { type UnreachableReason, unreachableReason } from './unreachable.js';

/**
 * Why `url`'s host does not accept a TCP connection within `timeoutMs`, or `undefined` when it does.
 *
 * Only a connection is opened and closed again: no request is sent, so an upstream checked this way at start
 * counts no call and no Midjourney command can come of it.
 */
export function connectFailure(url: string, timeoutMs: number): Promise<UnreachableReason | undefined> {
  return new Promise((resolve) => {
    const { hostname, port, protocol } = new URL(url);
    const socket = connect({
      // URL keeps an IPv6 literal's brackets, which a socket address must not have.
      host: hostname.replace(/^\[(.*)\]$/, '$1'),
      port: Number(port) || (protocol === 'https:' ? 443 : 80),
    });
    const settle = (reason: UnreachableReason | undefined) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(reason);
    };
    const timer = setTimeout(() => settle('timeout'), timeoutMs);
    // A check must never keep a stopping process alive.
    timer.unref();
    socket.unref();
    socket.once('connect', () => settle(undefined));
    socket.once('error', (error) => settle(unreachableReason(error) ?? 'failed'));
  });
}
