import { createConnection, createServer, type Socket } from 'node:net';

/** A TCP relay on 127.0.0.1 in front of a real server, that can stop passing bytes (a network partition). */
export interface TcpProxy {
  url(scheme: string): string;
  port: number;
  /** Stops relaying in both directions; connections stay open, so requests hang as behind a dead link. */
  freeze(): void;
  /** Relays again, including what was held back. */
  thaw(): void;
  /** Drops every connection and refuses new ones at once, as a server that is down would. */
  refuse(): void;
  /** Takes connections again after `refuse`. */
  accept(): void;
  close(): Promise<void>;
}

/** Starts a relay from a free port of 127.0.0.1 to `targetPort` on 127.0.0.1. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let frozen = false;
  let refusing = false;
  const server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (frozen) for (const socket of pair) socket.pause();
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (scheme) => `${scheme}://127.0.0.1:${port}`,
    freeze() {
      frozen = true;
      for (const pair of pairs) for (const socket of pair) socket.pause();
    },
    thaw() {
      frozen = false;
      for (const pair of pairs) for (const socket of pair) socket.resume();
    },
    refuse() {
      refusing = true;
      for (const pair of pairs) for (const socket of pair) socket.resetAndDestroy();
    },
    accept() {
      refusing = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) for (const socket of pair) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
