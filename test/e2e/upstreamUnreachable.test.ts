/**
 * An upstream that cannot be reached when the bot starts: the operator reads one plain sentence in the log
 * naming it and what to check, and the bot runs on, answering members as for any unreachable upstream.
 */
import { expect, test } from 'vitest';
import { startHarness } from '../support/botHarness.js';
import { closedPort } from '../support/closedPort.js';

test.each([
  { upstream: 'useapi', name: 'useapi.net', variable: 'USEAPI_BASE_URL', path: '/v2' },
  { upstream: 'midjourney-proxy', name: 'midjourney-proxy', variable: 'MJ_PROXY_URL', path: '' },
] as const)(
  'an unreachable $name at start is named in one log line, and the bot still answers',
  async ({ upstream, name, variable, path }) => {
    const port = await closedPort();
    const harness = await startHarness({ upstream, env: { [variable]: `http://127.0.0.1:${port}${path}` } });
    try {
      const warning = await harness.discord.waitFor(
        () => harness.logs.find((line) => line.includes(`Could not reach ${name}`)),
        { description: 'the start-time warning about the upstream' },
      );
      expect(JSON.parse(warning)).toMatchObject({
        level: 40,
        msg: `Could not reach ${name} at 127.0.0.1:${port} (nothing accepted the connection): check ${variable}, that ${name} is up, and this machine's network (DNS, firewall, proxy). The bot runs on; speed changes fail until it can be reached.`,
      });
      const answer = await harness.run({ subcommand: 'fast' });
      expect(answer.ephemeral).toBe(true);
      expect(answer.content).toContain(name);
    } finally {
      await harness.close();
    }
  },
);
