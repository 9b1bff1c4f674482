/**
 * `npm run demo`: the real bot against local stand-ins of Discord and useapi.net, playing a short script
 * and printing the conversation as a user would read it. No tokens, no network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../src/bot.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { DiscordStandIn, type InteractionSpec, permissionSets, waitFor } from '../test/standins/discord.js';
import { finalAnswer } from '../test/standins/finalAnswer.js';
import { UseapiStandIn } from '../test/standins/useapi.js';

const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GDemo0.demo-discord-token-not-a-real-one_012345';
const USEAPI_TOKEN = 'user:demo-useapi-token-not-a-real-one';
const GUILD = '800000000000000001';
const CHANNEL = '810000000000000001';
const ADMIN_ROLE = '900000000000000001';

const ALICE = '700000000000000001';
const BOB = '700000000000000002';
const CAROL = '700000000000000003';
const people = { [ALICE]: 'alice', [BOB]: 'bob', [CAROL]: 'carol' } as const;
type Person = keyof typeof people;

/** Turns Discord markup into what the client would display. */
function asDisplayed(content: string): string {
  return content
    .replace(/<@(\d+)>/g, (_, id: string) => `@${people[id as Person] ?? id}`)
    .replace(/<@&(\d+)>/g, '@Midjourney admins')
    .replace(/<t:(\d+):f>/g, (_, seconds: string) => new Date(Number(seconds) * 1_000).toUTCString())
    .replace(/ \(<t:\d+:R>\)/g, '')
    .replace(/<t:(\d+):R>/g, 'just now');
}

function print(
  who: Person,
  command: string,
  answer: { content: string; ephemeral: boolean; components: unknown[] },
) {
  const name = people[who];
  console.log(`\n#midjourney  ${name} used ${command}`);
  const visibility = answer.ephemeral ? ` (only ${name} can see this)` : '';
  console.log(`  mj-speed-bot${visibility}:`);
  for (const line of asDisplayed(answer.content).split('\n')) console.log(`    ${line}`);
  if (JSON.stringify(answer.components).includes('speed:reset')) console.log('    [ Reset (admins) ]');
}

async function main(): Promise<void> {
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [{ id: GUILD, name: 'Team Studio', channels: [CHANNEL], roles: [ADMIN_ROLE] }],
  });
  const useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN, jobDelayMs: 400 });
  const cwd = mkdtempSync(join(tmpdir(), 'mj-demo-'));
  const config = parseConfig({
    DISCORD_TOKEN,
    USEAPI_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    USEAPI_BASE_URL: useapi.url,
    ADMIN_ROLE_IDS: ADMIN_ROLE,
    LOG_LEVEL: 'silent',
  });
  const bot = await startBot(config, createLogger('silent'), cwd);
  await waitFor(() => bot.client.isReady(), { description: 'the bot to be ready' });
  console.log('mj-speed-bot demo: the real bot, a local Discord and a local useapi.net on 127.0.0.1.');

  const say = async (who: Person, spec: InteractionSpec, command: string) => {
    const answer = await finalAnswer(
      discord.dispatchInteraction({ channelId: CHANNEL, user: { id: who }, ...spec }),
    );
    print(who, command, answer);
  };
  try {
    await say(ALICE, { subcommand: 'fast' }, '/speed fast');
    await say(BOB, { subcommand: 'turbo' }, '/speed turbo');
    console.log(
      '\n  (meanwhile, Midjourney sends the shared account a moderation message: useapi.net answers 596)',
    );
    useapi.flagModeration(CHANNEL, 'job');
    await say(ALICE, { subcommand: 'relax' }, '/speed relax');
    await say(BOB, { subcommand: 'fast' }, '/speed fast');
    await say(BOB, { subcommand: 'reset' }, '/speed reset');
    console.log(
      '\n  (someone acknowledges the moderation message in the Midjourney account; carol has Manage Server)',
    );
    await say(CAROL, { subcommand: 'reset', permissions: permissionSets.manager }, '/speed reset');
    await say(ALICE, { subcommand: 'relax' }, '/speed relax');
    await say(ALICE, { subcommand: 'status' }, '/speed status');
    console.log(
      `\nuseapi.net saw ${useapi.requests.length} requests: ${useapi.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
    );
  } finally {
    await bot.stop();
    await Promise.all([discord.close(), useapi.close()]);
    rmSync(cwd, { recursive: true, force: true });
  }
}

await main();
