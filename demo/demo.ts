/**
 * `npm run demo [-- --upstream useapi|midjourney-proxy] [--locale ja]`: the real bot against local
 * stand-ins of Discord and the upstream (useapi.net by default), playing a short script and printing the
 * conversation as a user would read it, in the language the members' and the server's Discord is set to
 * (English by default). No tokens, no network.
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
import { panelButtonLabel, panelEditedAfter, panelsIn } from '../test/support/panels.js';
import { startUpstreamDouble } from '../test/support/upstreamDouble.js';
import {
  ALICE,
  BOB,
  buttonsOf,
  CAROL,
  narrate,
  type Person,
  printAnswer,
  printPanel,
  printUpstreamTraffic,
} from './conversation.js';
import { DEMO_USAGE, type DemoOptions, parseDemoArgs } from './demoArgs.js';
import { MODERATION_SCENES } from './moderationScenes.js';

const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GDemo0.demo-discord-token-not-a-real-one_012345';
const GUILD = '800000000000000001';
const CHANNEL = '810000000000000001';
const ADMIN_ROLE = '900000000000000001';

/** The options on the command line; a usage line and exit 2 for anything else. */
function demoOptions(argv: readonly string[]): DemoOptions {
  const args = parseDemoArgs(argv);
  if ('options' in args) return args.options;
  console.error(`demo: ${args.problem}\n${DEMO_USAGE}`);
  process.exit(2);
}

async function main({ upstream: kind, locale }: DemoOptions): Promise<void> {
  // The server's language (channel messages) and each member's (private answers): see ServerLanguages.
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [
      { id: GUILD, name: 'Team Studio', channels: [CHANNEL], roles: [ADMIN_ROLE], preferredLocale: locale },
    ],
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
  console.log(
    `mj-speed-bot demo: the real bot, a local Discord and a local ${upstream.name} on 127.0.0.1; the server and everyone in it use Discord in ${locale}.`,
  );

  const say = async (who: Person, spec: InteractionSpec, command: string) => {
    const answer = await finalAnswer(
      discord.dispatchInteraction({ channelId: CHANNEL, user: { id: who }, locale, ...spec }),
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
    const solvedButton = buttonsOf(reset.components).find(
      (button) => button.customId === RESET_SOLVED_BUTTON_ID,
    );
    if (solvedButton) {
      const { customId, label } = solvedButton;
      await say(CAROL, { type: 'button', customId, permissions: permissionSets.manager }, label);
    }
    await say(ALICE, { subcommand: 'relax' }, '/speed relax');
    await say(ALICE, { subcommand: 'status' }, '/speed status');

    narrate('carol posts a live panel: the account at a glance, with a button for each mode');
    await say(CAROL, { subcommand: 'panel', permissions: permissionSets.manager }, '/speed panel');
    const posted = panelsIn(discord, CHANNEL).at(-1);
    if (!posted) throw new Error('the panel was not posted');
    printPanel(posted);
    const turboId = panelButtonId('turbo');
    const turbo = discord.clickButton(CHANNEL, posted.id, turboId, { user: { id: BOB }, locale });
    const pressed = `[ 🚀 ${panelButtonLabel(posted, turboId)} ] on the panel`;
    printAnswer(BOB, pressed, await finalAnswer(turbo));
    printPanel(await panelEditedAfter(discord, posted.id, posted.editCount));
    printUpstreamTraffic(upstream);
  } finally {
    await bot.stop();
    await Promise.all([discord.close(), upstream.close()]);
    rmSync(cwd, { recursive: true, force: true });
  }
}

await main(demoOptions(process.argv.slice(2)));
