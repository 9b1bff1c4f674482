/**
 * `npm run demo [-- --upstream useapi|midjourney-proxy]`: the real bot against local stand-ins of Discord
 * and the upstream (useapi.net by default), playing a short script and printing the conversation as a user
 * would read it. No tokens, no network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../src/bot.js';
import { parseConfig } from '../src/config.js';
import { RESET_SOLVED_BUTTON_ID } from '../src/discord/haltReplies.js';
import { panelButtonId } from '../src/discord/panel/panelMessage.js';
import { createLogger } from '../src/log.js';
import {
  DiscordStandIn,
  type InteractionSpec,
  permissionBits,
  permissionSets,
  waitFor,
} from '../test/standins/discord.js';
import { finalAnswer } from '../test/standins/finalAnswer.js';
import { panelShowing, panelsIn } from '../test/support/panels.js';
import { startUpstreamDouble, UPSTREAMS, type UpstreamKind } from '../test/support/upstreamDouble.js';
import {
  ALICE,
  BOB,
  CAROL,
  narrate,
  type Person,
  printAnswer,
  printPanel,
  printUpstreamTraffic,
} from './conversation.js';
import { MODERATION_SCENES } from './moderationScenes.js';

const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GDemo0.demo-discord-token-not-a-real-one_012345';
const GUILD = '800000000000000001';
const CHANNEL = '810000000000000001';
const ADMIN_ROLE = '900000000000000001';
const USAGE = `usage: npm run demo [-- --upstream ${UPSTREAMS.join('|')}]`;

/** The upstream named on the command line; a usage line and exit 2 for anything else. */
function upstreamArg(argv: readonly string[]): UpstreamKind {
  if (argv.length === 0) return 'useapi';
  const [flag, value, ...rest] = argv;
  const kind = UPSTREAMS.find((candidate) => candidate === value);
  if (flag === '--upstream' && kind && rest.length === 0) return kind;
  const problem =
    flag === '--upstream' && value !== undefined && !kind
      ? `unknown upstream "${value}"`
      : `unexpected arguments: ${argv.join(' ')}`;
  console.error(`demo: ${problem}\n${USAGE}`);
  process.exit(2);
}

async function main(kind: UpstreamKind): Promise<void> {
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [{ id: GUILD, name: 'Team Studio', channels: [CHANNEL], roles: [ADMIN_ROLE] }],
  });
  const upstream = await startUpstreamDouble(kind, [CHANNEL], { jobDelayMs: 400 });
  // Invited with Pin Messages, so the live panel is pinned.
  const botRole = discord.guild(GUILD)?.botRoleId ?? '';
  discord.updateRole(GUILD, botRole, { permissions: permissionSets.bot | permissionBits.PinMessages });
  const cwd = mkdtempSync(join(tmpdir(), 'mj-demo-'));
  const config = parseConfig({
    DISCORD_TOKEN,
    ...upstream.env(),
    DISCORD_API_URL: discord.apiUrl,
    ADMIN_ROLE_IDS: ADMIN_ROLE,
    LOG_LEVEL: 'silent',
  });
  const bot = await startBot(config, createLogger('silent'), cwd);
  await waitFor(() => bot.client.isReady(), { description: 'the bot to be ready' });
  console.log(`mj-speed-bot demo: the real bot, a local Discord and a local ${upstream.name} on 127.0.0.1.`);

  const say = async (who: Person, spec: InteractionSpec, command: string) => {
    const answer = await finalAnswer(
      discord.dispatchInteraction({ channelId: CHANNEL, user: { id: who }, ...spec }),
    );
    printAnswer(who, command, answer);
    return answer;
  };
  const scene = MODERATION_SCENES[kind];
  try {
    await say(ALICE, { subcommand: 'fast' }, '/speed fast');
    await say(BOB, { subcommand: 'turbo' }, '/speed turbo');
    narrate(scene.flagged);
    scene.flag(upstream, CHANNEL);
    await say(ALICE, { subcommand: 'relax' }, '/speed relax');
    await say(BOB, { subcommand: 'fast' }, '/speed fast');
    await say(BOB, { subcommand: 'reset' }, '/speed reset');
    if (scene.adminLooks) {
      narrate(scene.adminLooks);
      await say(CAROL, { subcommand: 'status', permissions: permissionSets.manager }, '/speed status');
    }
    narrate(scene.resolved);
    const reset = await say(
      CAROL,
      { subcommand: 'reset', permissions: permissionSets.manager },
      '/speed reset',
    );
    // midjourney-proxy takes a reset's word that the CAPTCHA was solved: the link comes first, then the Reset.
    if (JSON.stringify(reset.components).includes(RESET_SOLVED_BUTTON_ID)) {
      const solved = {
        type: 'button',
        customId: RESET_SOLVED_BUTTON_ID,
        permissions: permissionSets.manager,
      } as const;
      await say(CAROL, solved, 'Solved: reset');
    }
    await say(ALICE, { subcommand: 'relax' }, '/speed relax');
    await say(ALICE, { subcommand: 'status' }, '/speed status');

    narrate('carol posts a live panel: the account at a glance, with a button for each mode');
    await say(CAROL, { subcommand: 'panel', permissions: permissionSets.manager }, '/speed panel');
    const panelId = panelsIn(discord, CHANNEL).at(-1)?.id ?? '';
    printPanel(await panelShowing(discord, panelId, 'Relax mode'));
    const turbo = discord.clickButton(CHANNEL, panelId, panelButtonId('turbo'), { user: { id: BOB } });
    printAnswer(BOB, '[ 🚀 Turbo ] on the panel', await finalAnswer(turbo));
    printPanel(await panelShowing(discord, panelId, 'Turbo mode'));
    printUpstreamTraffic(upstream);
  } finally {
    await bot.stop();
    await Promise.all([discord.close(), upstream.close()]);
    rmSync(cwd, { recursive: true, force: true });
  }
}

await main(upstreamArg(process.argv.slice(2)));
