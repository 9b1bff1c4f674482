import { expect, test } from 'vitest';
import { connectedLine } from '../../src/discord/connectedLine.js';

test('names the bot user, the servers, the upstream by its configured name and host, and the store', () => {
  const line = connectedLine({
    user: { tag: 'MJ Speed#4821', id: '1000000000000000001' },
    servers: 1,
    upstream: { name: 'useapi.net', baseUrl: 'https://api.useapi.net/v2' },
    store: 'Redis at redis://10.0.0.5:6379',
  });
  expect(line.message).toBe(
    'ready: connected to Discord as MJ Speed#4821 (id 1000000000000000001) in 1 server; ' +
      'upstream useapi.net at api.useapi.net; store: Redis at redis://10.0.0.5:6379',
  );
  expect(line.fields).toEqual({
    user: 'MJ Speed#4821',
    userId: '1000000000000000001',
    servers: 1,
    upstream: 'useapi.net',
    upstreamHost: 'api.useapi.net',
    store: 'Redis at redis://10.0.0.5:6379',
  });
});

test('shows only the upstream host, never credentials written into its URL', () => {
  const line = connectedLine({
    user: { tag: 'bot', id: '1' },
    servers: 0,
    upstream: { name: 'midjourney-proxy', baseUrl: 'http://admin:s3cret-pass@proxy.local:8080/mj' },
    store: 'SQLite file /srv/bot/data/mj-speed-bot.sqlite',
  });
  expect(line.message).toContain('upstream midjourney-proxy at proxy.local:8080;');
  expect(line.message).toContain('in 0 servers');
  expect(JSON.stringify(line)).not.toMatch(/s3cret|admin/);
});
