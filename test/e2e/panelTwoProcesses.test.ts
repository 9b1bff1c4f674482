/**
 * Live panels with two bot processes on one Redis: two channels mapped to one account each have a panel,
 * every change edits each panel once whichever process made it (the store decides which process edits),
 * a change written by yet another process reaches the panels at once, through Redis, and so does a change
 * of the team settings. On a manual clock: the settings each process caches never grow old by themselves.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../src/bot.js';
import { panelButtonId } from '../../src/discord/panel/panelMessage.js';
import { SETTINGS_IDS } from '../../src/discord/settings/settingsView.js';
import { createLogger } from '../../src/log.js';
import { configSecrets } from '../../src/secrets.js';
import { PROCESS_LOCAL_LOCK } from '../../src/speed/ChannelLock.js';
import { AccountChanges } from '../../src/state/AccountChanges.js';
import { ChannelState } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';
import { RedisChangeFeed } from '../../src/state/RedisChangeFeed.js';
import { permissionSets, waitFor } from '../standins/discord.js';
import { CHANNEL_A, CHANNEL_B, GUILD_ID, type Harness, startHarness } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { MAPPED_ACCOUNT } from '../support/mappedAccount.js';
import { panelButtonLabel, panelEdits, panelShowing, panelsIn } from '../support/panels.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';
import { settingsControls } from '../support/settingsControls.js';

const MEMBER = { id: '700000000000000401' };
const ADMIN = { id: '700000000000000402' };
const COALESCE_MS = 150;

describe.skipIf(redisUnavailableReason())('live panels with two bot processes on one Redis', () => {
  const redis = redisServerForSuite();
  const clock = new ManualClock(Date.parse('2026-12-09T18:00:00Z'));
  let harness: Harness;
  let second: RunningBot;
  const panels = new Map<string, string>();
  const secondLogs: string[] = [];

  beforeAll(async () => {
    harness = await startHarness({
      discord: { guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B] }] },
      env: {
        STORE_URL: redis().url,
        CHANNEL_MAP: `${CHANNEL_A}=${MAPPED_ACCOUNT},${CHANNEL_B}=${MAPPED_ACCOUNT}`,
      },
      panelCoalesceMs: COALESCE_MS,
      clock,
    });
    const logger = createLogger(harness.config.logLevel, configSecrets(harness.config), {
      write: (line) => secondLogs.push(line),
    });
    second = await startBot(harness.config, logger, harness.cwd, { panelCoalesceMs: COALESCE_MS, clock });
    await waitFor(() => harness.discord.readySessions === 2, { description: 'both sessions to be ready' });
    for (const channelId of [CHANNEL_A, CHANNEL_B]) {
      await harness.run({ subcommand: 'panel', channelId, user: ADMIN, permissions: permissionSets.manager });
      panels.set(channelId, panelsIn(harness.discord, channelId).at(-1)?.id ?? '');
    }
  });
  afterAll(async () => {
    await second?.stop();
    await harness?.close();
  });

  /** Resolves once both panels show `expected`. */
  const bothShowing = (expected: string) =>
    Promise.all([...panels].map(([, id]) => panelShowing(harness.discord, id, expected, 20_000)));

  /** Where both processes' logs stand now. */
  const marks = () => [harness.logs.length, secondLogs.length];
  /** Resolves once each process looked at each panel since `from`: edited it, or found it up to date. */
  const bothLooked = (from: number[]) =>
    waitFor(
      () =>
        [harness.logs, secondLogs].every((logs, index) => {
          const looked = logs
            .slice(from[index])
            .map((line) => JSON.parse(line) as { msg: string; channel?: string })
            .filter((entry) => entry.msg === 'live panel updated' || entry.msg === 'live panel up to date');
          return [...panels.keys()].every((channelId) => looked.some((entry) => entry.channel === channelId));
        }),
      { description: 'both processes to look at both panels' },
    );

  test('each channel of the account has its panel, and every change edits each of them once', async () => {
    harness.discord.clearRequests();
    const changes = [
      { subcommand: 'fast', channelId: CHANNEL_A, shows: '## ⚡ Fast mode' },
      { subcommand: 'relax', channelId: CHANNEL_B, shows: '## 🌙 Relax mode' },
      { subcommand: 'turbo', channelId: CHANNEL_B, shows: '## 🚀 Turbo mode' },
      { subcommand: 'relax', channelId: CHANNEL_A, shows: '## 🌙 Relax mode' },
    ];
    for (const { shows, ...change } of changes) {
      const from = marks();
      await harness.run({ ...change, user: MEMBER });
      await bothShowing(shows);
      await bothLooked(from);
    }

    for (const [channelId, id] of panels) {
      const edits = panelEdits(harness.discord, channelId, id);
      expect(edits).toHaveLength(changes.length);
      // No process repeated an edit another had just made.
      const bodies = edits.map((edit) => JSON.stringify(edit.body));
      expect(bodies.filter((body, index) => body === bodies[index - 1])).toEqual([]);
    }
  });

  test('a change written by another process sharing the store reaches every panel through Redis', async () => {
    // A third process of the bot, with nothing but the store: no Discord session, no timers.
    const store: OpenedStore = await openStore(redis().url, () => {});
    const changes = new AccountChanges(await RedisChangeFeed.connect(redis().url, createLogger('silent')));
    const state = new ChannelState(store.keyv, PROCESS_LOCAL_LOCK, store.syncDurably, changes.accountChanged);
    try {
      await state.recordHalt(MAPPED_ACCOUNT, {
        since: new Date().toISOString(),
        command: 'unknown',
        userId: '',
        upstreamText: 'Pending mod message',
      });
      await bothShowing('## ⛔ Halted');

      await state.clearHalt(MAPPED_ACCOUNT);
      await bothShowing('## 🌙 Relax mode');
    } finally {
      await changes.close();
      await store.close();
    }
  });

  test('a settings change made through one process is never undone by the other, which had the old ones cached', async () => {
    const controls = settingsControls(() => harness);
    const admin = { user: ADMIN, permissions: permissionSets.manager, channelId: CHANNEL_A };
    const view = await controls.open(admin);
    const fastLabels = () =>
      [...panels.values()].map((id) =>
        panelButtonLabel(harness.discord.channelMessage(id) ?? { components: [] }, panelButtonId('fast')),
      );
    harness.discord.clearRequests();

    await controls.submit(SETTINGS_IDS.limits, { 'fast-max-minutes': '45' }, { ...admin, view });
    await harness.discord.waitFor(() => fastLabels().every((label) => label === 'Fast · 45 min'), {
      description: 'both panels to say 45 min on their Fast button',
    });
    // Each process refreshes both panels after a change (one by itself, the other through Redis).
    const from = marks();
    await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: MEMBER });
    await bothShowing('## 🚀 Turbo mode');
    await bothLooked(from);

    for (const [channelId, id] of panels) {
      const labels = panelEdits(harness.discord, channelId, id).map((edit) =>
        panelButtonLabel(edit.body as { components: never[] }, panelButtonId('fast')),
      );
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.filter((label) => label !== 'Fast · 45 min')).toEqual([]);
    }
  });
});
