import { createServer, type Server } from 'node:net';

function listen(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * A port P such that P … P + count - 1 are all free on 127.0.0.1 now, for processes that derive their ports
 * from one setting (shard N listens on METRICS_PORT + N). Another process may still take one meanwhile.
 */
export async function freeConsecutivePorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const first = await listen(0);
    if (!first) continue;
    const base = (first.address() as { port: number }).port;
    const held: Server[] = [first];
    for (let offset = 1; offset < count && base + offset <= 65_535; offset += 1) {
      const next = await listen(base + offset);
      if (!next) break;
      held.push(next);
    }
    await Promise.all(held.map(close));
    if (held.length === count) return base;
  }
  throw new Error(`found no ${count} free consecutive ports`);
}
