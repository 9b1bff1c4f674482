/**
 * What `/speed settings` sends, the alert of a change and the history lines, at their longest, in every
 * language: within Discord's limits as Discord's own OpenAPI description states them.
 */
import { describe, expect, test } from 'vitest';
import { MESSAGE_LIMIT } from '../../src/discord/replies.js';
import {
  changeLine,
  settingsChangedAlert,
  withSettingsHistory,
} from '../../src/discord/settings/settingsText.js';
import { limitsModal, renderSettingsView, settingsContent } from '../../src/discord/settings/settingsView.js';
import { historyReply } from '../../src/discord/statusReplies.js';
import { BOT_LOCALES } from '../../src/i18n/locales.js';
import { lines, msg } from '../../src/i18n/text.js';
import type { SettingsHistoryEntry } from '../../src/settings/SettingsStore.js';
import type { SettingsChangedEvent } from '../../src/settings/TeamSettingsService.js';
import {
  type ChosenSettings,
  effectiveSettings,
  MAX_ROLES,
  SETTING_NAMES,
  type TeamSettings,
} from '../../src/settings/teamSettings.js';
import type { HistoryEntry } from '../../src/state/History.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { specProblems } from '../support/discordSpec.js';
import { inEveryLanguage, rendered } from '../support/rendered.js';

const ids = (count: number, from: number) =>
  Array.from({ length: count }, (_, index) => String(900_000_000_000_000_000n + BigInt(from + index)));

/** Every setting at its longest: 25 roles each, a day's limits and cooldown, a channel, a language. */
const LONGEST: ChosenSettings = {
  turboRoleIds: ids(MAX_ROLES, 0),
  fastRoleIds: ids(MAX_ROLES, 100),
  turboMaxMinutes: 1_439,
  fastMaxMinutes: 1_439,
  cooldownSeconds: 86_399,
  alertChannelId: '810000000000000000001',
  locale: 'es-419',
};

/** What a change of the most settings at once says (the limits modal: three), each at its longest. */
const longestOutcome = lines(
  msg('settings.outcome.changed'),
  ...(['turboMaxMinutes', 'fastMaxMinutes', 'cooldownSeconds'] as const).map((setting) =>
    changeLine({ setting, from: LONGEST[setting], to: LONGEST[setting] }),
  ),
);

/** The same values, set by the operator: the longest source text, every control disabled. */
const views = {
  'chosen in Discord': { ...effectiveSettings({}, LONGEST), notRead: true as const },
  'fixed by the operator': effectiveSettings(LONGEST, {}),
  defaults: effectiveSettings({}, {}),
};

describe.each(Object.entries(views))('the settings view with every setting %s', (_, settings) => {
  test('fits in one message, nothing cut, in every language, with the longest outcome above it', () => {
    for (const [locale, text] of inEveryLanguage(settingsContent(settings, longestOutcome))) {
      expect(text.length, locale).toBeLessThanOrEqual(MESSAGE_LIMIT);
    }
  });

  test('is a message, with controls, that Discord takes in every language', () => {
    for (const locale of BOT_LOCALES) {
      const { allowedMentions, ...view } = renderSettingsView(settings, locale);
      const body = { ...view, allowed_mentions: allowedMentions, flags: 64 };
      expect(specProblems('IncomingWebhookUpdateRequestPartial', body), locale).toEqual([]);
      expect(
        specProblems('CreateMessageInteractionCallbackRequest', { type: 4, data: body }),
        locale,
      ).toEqual([]);
    }
  });

  test('its limits modal is one Discord takes in every language', () => {
    for (const locale of BOT_LOCALES) {
      const modal = { type: 9, data: limitsModal(settings, locale) };
      // Every number fixed: no modal opens (the button is disabled), so there is nothing to check.
      if (modal.data.components.length === 0) continue;
      expect(specProblems('ModalInteractionCallbackRequest', modal), locale).toEqual([]);
    }
  });
});

test('the spec check is no formality: an id over 100 characters and 26 options are refused', () => {
  const { content, components } = renderSettingsView(views.defaults, 'en-US');
  const language = components[3]?.components[0] as { custom_id: string; options: unknown[] };
  const tooMany = {
    ...language,
    custom_id: 'x'.repeat(101),
    options: [...language.options, ...language.options, ...language.options],
  };
  const problems = specProblems('IncomingWebhookUpdateRequestPartial', {
    content,
    components: [{ type: 1, components: [tooMany] }],
  });
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringContaining('custom_id: is 101 long, over 100'),
      expect.stringContaining('options: has 36 items, over 25'),
    ]),
  );
});

/** A change of every setting, from its longest value to its longest other one. */
const everything: SettingsChangedEvent = {
  id: 'event',
  guildId: '800000000000000001',
  userId: '700000000000000000001',
  at: '2026-12-09T18:00:00.000Z',
  changes: SETTING_NAMES.map((setting) => ({
    setting,
    from: (LONGEST as TeamSettings)[setting],
    to: effectiveSettings({}, {}).values[setting],
  })),
  settings: effectiveSettings({}, {}),
};

test('the alert of a change of every setting fits in one message, naming roles without listing 25', () => {
  for (const [locale, text] of inEveryLanguage(settingsChangedAlert(everything))) {
    expect(text.length, locale).toBeLessThanOrEqual(MESSAGE_LIMIT);
  }
  expect(rendered(settingsChangedAlert(everything))).toContain(
    '<@&900000000000000000>, <@&900000000000000001>, <@&900000000000000002>, or 22 more roles (and admins) → everyone',
  );
});

test('/speed history keeps the newest line of the account when settings changes come first', () => {
  // The account's longest lines: timed changes that failed, each late.
  const account: HistoryEntry[] = Array.from({ length: 20 }, (_, index) => ({
    at: new Date(Date.UTC(2026, 11, 9, 18, index)).toISOString(),
    userId: '700000000000000000001',
    action: 'turbo',
    minutes: 1_439,
    outcome: 'failed',
    failure: 'discontinued',
    lateMs: 86_399_000,
  }));
  const settings: SettingsHistoryEntry[] = everything.changes.map((change) => ({
    at: everything.at,
    userId: everything.userId,
    setting: change.setting,
    ...(change.from !== undefined && { from: change.from }),
  }));
  const reply = withSettingsHistory(historyReply(account, USEAPI_WORDS), settings);
  const newest = historyReply(account.slice(0, 1), USEAPI_WORDS);
  for (const [locale, text] of inEveryLanguage(reply)) {
    const newestLine = rendered(newest, locale).split('\n')[1] ?? '';
    expect(text.slice(0, MESSAGE_LIMIT - 1), locale).toContain(newestLine);
  }
});
