/**
 * The host side of `scripts/container-check.sh`: local stand-ins of Discord and useapi.net on 127.0.0.1 for
 * the bot running inside the image, and one member who types `/speed fast` once the bot is healthy.
 *
 * Usage: node dist/demo/containerStandIns.js <folder> <metrics port>
 * Writes the bot's environment to <folder>/bot.env (one VAR=value a line, for the container), waits for the
 * bot's `/healthz` on <metrics port>, sends the interaction and prints each step with ✓. Once the member saw
 * the answer and useapi.net was asked for fast mode, it writes <folder>/answered and keeps the stand-ins up
 * (the script still checks the HEALTHCHECK and a SIGTERM against them) until it gets SIGTERM itself. On a
 * failure it prints the reason and exits 1.
 */
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscordStandIn, waitFor } from '../test/standins/discord.js';
import { finalAnswer } from '../test/standins/finalAnswer.js';
import { UseapiStandIn } from '../test/standins/useapi.js';

// Made-up tokens of the right shape: the stand-ins check them like the real services do.
const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GCntnr.container-check-token-not-a-real-one_0123';
const USEAPI_TOKEN = 'user:container-check-token-not-a-real-one';
const GUILD = '800000000000000001';
const CHANNEL = '810000000000000001';
const MEMBER = '700000000000000001';

// The container starts a whole Node process on a shared 2-core machine: generous limits, no timing claims.
const HEALTHY_WITHIN_MS = 120_000;
const ANSWER_WITHIN_MS = 30_000;

function parseArguments(): { folder: string; metricsPort: string } {
  const [folder, metricsPort] = process.argv.slice(2);
  if (folder && metricsPort) return { folder, metricsPort };
  console.error('usage: node dist/demo/containerStandIns.js <folder> <metrics port>');
  process.exit(2);
}

const { folder, metricsPort } = parseArguments();

async function healthz(): Promise<{ status: number; body: string } | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${metricsPort}/healthz`, {
      signal: AbortSignal.timeout(2_000),
    });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined; // not listening yet
  }
}

async function main(): Promise<void> {
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [{ id: GUILD, name: 'Container check', channels: [CHANNEL] }],
  });
  const useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN });
  try {
    const env = {
      DISCORD_TOKEN,
      USEAPI_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      USEAPI_BASE_URL: useapi.url,
      METRICS_PORT: metricsPort,
    };
    writeFileSync(
      join(folder, 'bot.env'),
      Object.entries(env)
        .map(([name, value]) => `${name}=${value}\n`)
        .join(''),
    );
    console.log(
      `✓ stand-ins on 127.0.0.1: Discord REST + gateway ${discord.apiUrl}, useapi.net ${useapi.url}`,
    );

    const healthy = await waitFor(
      async () => {
        const health = await healthz();
        return health?.status === 200 && health;
      },
      {
        timeoutMs: HEALTHY_WITHIN_MS,
        intervalMs: 500,
        description: `the bot's /healthz on port ${metricsPort} to answer 200`,
      },
    );
    console.log(`✓ GET /healthz answered ${healthy.status} ${healthy.body}`);
    console.log(`✓ the bot in the container is connected: ${discord.readySessions} gateway session(s) ready`);

    const answer = await finalAnswer(
      discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL, user: { id: MEMBER } }),
      ANSWER_WITHIN_MS,
    );
    const asked = useapi.requests.map((request) => `${request.method} ${request.url}`);
    if (!useapi.requests.some((request) => request.verb === 'fast')) {
      throw new Error(`useapi.net was never asked for fast mode (saw: ${asked.join(', ') || 'nothing'})`);
    }
    console.log(`✓ /speed fast answered: "${answer.content.replaceAll('\n', ' / ')}"`);
    console.log(`✓ useapi.net stand-in saw: ${asked.join(', ')}`);
    writeFileSync(join(folder, 'answered'), '');
    await once(process, 'SIGTERM');
  } finally {
    await Promise.all([discord.close(), useapi.close()]);
  }
}

try {
  await main();
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
