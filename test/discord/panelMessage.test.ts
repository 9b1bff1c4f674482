/**
 * Every body the live panel sends, in every state and every language the bot speaks, is one Discord takes:
 * checked against Discord's own request schemas and its Components v2 limits, and it never pings anyone.
 */
import { describe, expect, test } from 'vitest';
import { RESET_BUTTON_ID } from '../../src/discord/haltReplies.js';
import { NO_MODE_RULES } from '../../src/discord/modeAccess.js';
import { PANEL_COLOURS, panelButtonId, panelMessage } from '../../src/discord/panel/panelMessage.js';
import type { PanelView } from '../../src/discord/panel/panelView.js';
import { BOT_LOCALES } from '../../src/i18n/locales.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import type { HaltRecord } from '../../src/state/ChannelState.js';
import { specProblems } from '../support/discordSpec.js';
import { type Component, flatten } from '../support/panels.js';

const ALICE = '700000000000000001';
const RULES = { ...NO_MODE_RULES, maxMinutes: { turbo: 30 } };
const WORDS = { name: 'useapi.net' };
const AT = '2026-12-09T18:00:00.000Z';
/** `<t:…>` of an ISO time. */
const seconds = (iso: string) => Date.parse(iso) / 1_000;

const switchBack: PendingSwitchBack = {
  id: 'sb-1',
  account: '810000000000000001',
  channelId: '810000000000000001',
  mode: 'turbo',
  minutes: 30,
  userId: ALICE,
  requestedAt: AT,
  dueAt: '2026-12-09T18:30:00.000Z',
};

/** Midjourney's words at their worst: thousands of lines of markdown that tries to break out or ping. */
const HOSTILE = Array.from({ length: 3_000 }, (_, line) => `@everyone <@&1> # heading ${line} \`\`\``).join(
  '\n',
);

const halt: HaltRecord = {
  since: AT,
  command: 'turbo',
  userId: ALICE,
  upstreamText: HOSTILE,
  cause: 'moderation',
  blockedUntil: '2026-12-10T18:00:00.000Z',
};

const VIEWS: Record<string, PanelView> = {
  'never set': {},
  'relax, fast time known': {
    lastChange: { mode: 'relax', userId: ALICE, at: AT },
    fastTime: { kind: 'known', fastTime: { remainingHours: 12.5, totalHours: 30, percent: 41.666, at: AT } },
  },
  'turbo, timed, fast time low': {
    lastChange: { mode: 'turbo', userId: ALICE, at: AT },
    switchBack,
    fastTime: { kind: 'known', fastTime: { remainingHours: 1.2, totalHours: 30, percent: 4 } },
  },
  'switched back automatically, /info without fast time': {
    lastChange: { mode: 'relax', userId: ALICE, at: AT, automatic: true },
    fastTime: { kind: 'missing', at: AT },
  },
  'switch back retrying, no total': {
    lastChange: { mode: 'fast', userId: ALICE, at: AT },
    switchBack: { ...switchBack, mode: 'fast', failedAttempts: 2, retryAt: '2026-12-09T18:35:00.000Z' },
    fastTime: { kind: 'known', fastTime: { remainingHours: 3 } },
  },
  'halted by a CAPTCHA, nothing else known': { halt: { ...halt, upstreamText: '', cause: 'captcha' } },
  'halted with Midjourney’s words, a block end and a held switch back': {
    halt,
    lastChange: { mode: 'turbo', userId: ALICE, at: AT },
    switchBack: { ...switchBack, heldBy: AT },
    fastTime: { kind: 'known', fastTime: { remainingHours: 12.5, totalHours: 30, percent: 41.67, at: AT } },
  },
};

const render = (view: PanelView, locale: (typeof BOT_LOCALES)[number] = 'en-US') =>
  panelMessage(view, { locale, rules: RULES, words: WORDS });
const componentsOf = (view: PanelView) => flatten(render(view).components as Component[]);
const buttons = (view: PanelView) => componentsOf(view).filter((component) => component.type === 2);
const text = (view: PanelView) =>
  componentsOf(view)
    .flatMap((component) => (component.content === undefined ? [] : [component.content]))
    .join('\n');

describe.each(Object.entries(VIEWS))('the panel %s', (_, view) => {
  test('is a body Discord takes, in every language, and pings nobody', () => {
    for (const locale of BOT_LOCALES) {
      // As it goes over the wire: JSON, where a field left undefined is no field at all.
      const body = JSON.parse(JSON.stringify(render(view, locale))) as ReturnType<typeof render>;
      expect(specProblems('MessageCreateRequest', body), locale).toEqual([]);
      expect(specProblems('MessageEditRequestPartial', body), locale).toEqual([]);
      const all = flatten(body.components as Component[]);
      // Components v2: at most 40 components in all, nested ones included (components/reference.mdx:18).
      expect(all.length, locale).toBeLessThanOrEqual(40);
      const characters = all.reduce((sum, component) => sum + (component.content?.length ?? 0), 0);
      expect(characters, locale).toBeLessThanOrEqual(4_000);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  test('has one button per mode with its exact custom id, enabled unless the account is halted', () => {
    const modes = buttons(view).filter((button) => button.custom_id?.startsWith('speed:panel:'));
    expect(modes.map((button) => button.custom_id)).toEqual([
      panelButtonId('fast'),
      panelButtonId('turbo'),
      panelButtonId('relax'),
    ]);
    expect(modes.map((button) => button.disabled)).toEqual(Array(3).fill(view.halt !== undefined));
    const reset = buttons(view).filter((button) => button.custom_id === RESET_BUTTON_ID);
    expect(reset).toHaveLength(view.halt ? 1 : 0);
  });
});

test('the accent colour tells the state: the mode last set, halted, or not set yet', () => {
  const accent = (view: PanelView) => (render(view).components?.[0] as Component | undefined)?.accent_color;
  expect(accent(VIEWS['never set'] ?? {})).toBe(PANEL_COLOURS.unknown);
  expect(accent(VIEWS['relax, fast time known'] ?? {})).toBe(PANEL_COLOURS.relax);
  expect(accent(VIEWS['turbo, timed, fast time low'] ?? {})).toBe(PANEL_COLOURS.turbo);
  expect(accent({ halt, lastChange: { mode: 'turbo', userId: ALICE, at: AT } })).toBe(PANEL_COLOURS.halted);
});

test('a timed mode’s button says how long a click lasts; the words show who, when, and the switch back', () => {
  const view = VIEWS['turbo, timed, fast time low'] ?? {};
  expect(buttons(view).map((button) => button.label)).toEqual(['Fast', 'Turbo · 30 min', 'Relax']);
  const shown = text(view);
  expect(shown).toContain('## 🚀 Turbo mode');
  expect(shown).toContain(`Set by <@${ALICE}> on <t:${seconds(AT)}:f> (<t:${seconds(AT)}:R>).`);
  expect(shown).toContain(`⏱️ Back to **Relax** <t:${seconds(switchBack.dueAt)}:R>`);
  expect(shown).toContain('**1.2 of 30 h (4%)** at the last reading');
  expect(shown).toContain('running low');
});

test('a halt shows since when, Midjourney’s words in a quote that cannot break out, and the block end', () => {
  const shown = text(VIEWS['halted with Midjourney’s words, a block end and a held switch back'] ?? {});
  expect(shown).toContain(`Midjourney flagged the account with a moderation message <t:${seconds(AT)}:R>`);
  expect(shown).toContain('useapi.net said:');
  const quoted = shown.split('\n').filter((line) => line.includes('heading'));
  expect(quoted.length).toBeGreaterThan(0);
  for (const line of quoted) expect(line.startsWith('> ')).toBe(true);
  expect(shown).toContain(`block ends <t:${seconds(halt.blockedUntil ?? '')}:F>`);
  expect(shown).toContain('it runs right after the reset');
});
