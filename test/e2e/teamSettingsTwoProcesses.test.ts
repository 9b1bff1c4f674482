/**
 * Two bot processes on one Redis: a team setting changed through one is obeyed by the other within the
 * settings' cache time, without a restart. Each process has its own Discord stand-in here, so which one
 * handles an interaction is the test's choice (on one token Discord would send each interaction to both,
 * and the first to claim it in the store acts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../src/bot.js';
import { parseConfig } from '../../src/config.js';
import { SETTINGS_IDS } from '../../src/discord/settings/settingsView.js';
import { createLogger } from '../../src/log.js';
import { SETTINGS_CACHE_MS } from '../../src/settings/TeamSettingsService.js';
import { DiscordStandIn, type InteractionContextSpec, permissionSets, waitFor } from '../standins/discord.js';
import { finalAnswer } from '../standins/finalAnswer.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  DISCORD_TOKEN,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';
import { settingsControls } from '../support/settingsControls.js';

const TURBO_ROLE = '900000000000000041';
const ADMIN = { id: '700000000000000401' };
const MEMBER = { id: '700000000000000402' };
const TURBO_MEMBER = { id: '700000000000000403' };
const guilds = [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B], roles: [ADMIN_ROLE_ID, TURBO_ROLE] }];

describe.skipIf(redisUnavailableReason())('team settings with two processes on one Redis', () => {
  const redis = redisServerForSuite();
  const clock = new ManualClock();
  let harness: Harness;
  let otherDiscord: DiscordStandIn;
  let other: RunningBot;

  beforeAll(async () => {
    harness = await startHarness({ clock, discord: { guilds }, env: { STORE_URL: redis().url } });
    otherDiscord = await DiscordStandIn.start({ botToken: DISCORD_TOKEN, guilds });
    const config = parseConfig({
      ...harness.processEnv({ DISCORD_API_URL: otherDiscord.apiUrl, STORE_URL: redis().url }),
      ADMIN_ROLE_IDS: ADMIN_ROLE_ID,
    });
    other = await startBot(config, createLogger('silent', []), harness.cwd, { clock });
    await waitFor(() => other.client.isReady(), { description: 'the other process to be ready' });
  });
  afterAll(async () => {
    await other?.stop();
    await otherDiscord?.close();
    await harness?.close();
  });

  /** What `who` sees of `/speed turbo`, answered by the other process. */
  const turboElsewhere = (who: InteractionContextSpec) =>
    finalAnswer(otherDiscord.dispatchInteraction({ subcommand: 'turbo', channelId: CHANNEL_A, ...who }));

  test('Turbo roles chosen through one process are obeyed by the other, and in its history', async () => {
    // The other process has read the settings: everyone may use Turbo.
    expect((await turboElsewhere({ user: MEMBER })).content).toContain('**Turbo mode** requested by');

    const controls = settingsControls(() => harness);
    const admin = { user: ADMIN, permissions: permissionSets.manager, channelId: CHANNEL_A };
    const view = await controls.open(admin);
    const saved = await controls.pick(SETTINGS_IDS.turboRoles, 'role', [TURBO_ROLE], { ...admin, view });
    expect(saved.content).toContain('✅ Saved; it applies now:');

    clock.advance(SETTINGS_CACHE_MS);
    expect((await turboElsewhere({ user: MEMBER })).content).toContain(
      `Only members with <@&${TURBO_ROLE}> (or admins) may switch to`,
    );
    expect((await turboElsewhere({ user: TURBO_MEMBER, roles: [TURBO_ROLE] })).content).toContain(
      '**Turbo mode** requested by',
    );
    const history = await finalAnswer(
      otherDiscord.dispatchInteraction({ subcommand: 'history', channelId: CHANNEL_A, user: MEMBER }),
    );
    expect(history.content).toContain(
      `**Who may use Turbo** changed by <@${ADMIN.id}>: everyone → <@&${TURBO_ROLE}> (and admins)`,
    );
  });
});
