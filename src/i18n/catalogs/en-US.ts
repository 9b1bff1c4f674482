/**
 * Everything the bot says, in English: the source every other catalog translates, key for key.
 *
 * Messages are ICU MessageFormat (https://formatjs.github.io/docs/core-concepts/icu-syntax): `{name}` is a
 * value put in as given, `{n, number}` a number in the reader's digits, `{n, plural, one {…} other {…}}` a
 * plural by the reader's language's rules. Values that are Discord markup (mentions, `<t:…>` timestamps) or
 * words quoted from Midjourney or an upstream are never translated. Midjourney's terms (Fast, Turbo, Relax,
 * `/info`, `/imagine`, `/settings`) and command text (`/speed reset`) stay recognisable in every language.
 * Each section belongs to one part of the bot; add a message in its section.
 */
export const enUS = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} s',
  'duration.minutes': '{minutes, number} min',
  'duration.minutesSeconds': '{minutes, number} min {seconds, number} s',
  'duration.hours': '{hours, number} h',
  'duration.hoursMinutes': '{hours, number} h {minutes, number} min',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly': 'This bot works in server channels only: use `/speed` in a channel of your server.',
  'router.otherGuild':
    "This bot serves only its own team's servers, and this server is not one of them, so nothing was done. If you run this server and want the bot, set up your own copy.",
  'router.shuttingDown': 'The bot is restarting. Try again in a moment.',
  'router.unexpected':
    "Something went wrong inside the bot, so this request may not have finished. Check `/speed status`, then try again; if it keeps happening, tell the bot's operator.",
  'router.answeredPrivately': 'Answered privately.',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'Reset (admins)',
  'halt.solvedResetButton': 'Solved: reset',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    'Admins: who may use Turbo and Fast, for how long, the cooldown, the alert channel, the language',
  'settings.name.turboRoleIds': 'Who may use Turbo',
  'settings.name.fastRoleIds': 'Who may use Fast',
  'settings.name.turboMaxMinutes': 'Longest time in Turbo',
  'settings.name.fastMaxMinutes': 'Longest time in Fast',
  'settings.name.cooldownSeconds': 'Cooldown between changes',
  'settings.name.alertChannelId': 'Alert channel',
  'settings.name.locale': 'Public language',
  'settings.value.everyone': 'everyone',
  'settings.value.roles': '{roles} (and admins)',
  'settings.value.moreRoles': '{more, plural, one {# more role} other {# more roles}}',
  'settings.value.noLimit': 'no limit',
  'settings.value.cooldownOff': 'off',
  'settings.value.noAlertChannel': 'none',
  'settings.value.discordLanguage': "the server's Discord language",
  'settings.source.operator': 'set by the operator ({variable})',
  'settings.source.discord': 'chosen here',
  'settings.source.default': 'default',
  'settings.view.heading':
    '⚙️ **Team settings of this server.** Only admins see and change them; every change applies at once, is listed in `/speed history` and posted in the alert channel.',
  'settings.view.line': '**{setting}**: {value} — {source}',
  'settings.view.fixedNote':
    "Settings set by the operator are fixed in the bot's environment: they cannot be changed from Discord.",
  'settings.view.notRead':
    "⚠️ The bot's state store is not answering, so these may not be the latest settings. Tell the bot's operator.",
  'settings.outcome.changed': '✅ Saved; it applies now:',
  'settings.outcome.unchanged': 'Nothing changed: that already is the setting.',
  'settings.outcome.notSaved':
    "⚠️ The bot's state store is not answering, so nothing was changed. Try again in a moment; if it keeps happening, tell the bot's operator.",
  'settings.change.line': '**{setting}**: {from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Who may use Turbo (none selected: everyone)',
  'settings.control.fastRolesPlaceholder': 'Who may use Fast (none selected: everyone)',
  'settings.control.alertChannelPlaceholder': 'Alert channel (a text channel)',
  'settings.control.languagePlaceholder': 'Public language',
  'settings.control.discordLanguageOption': "The server's Discord language",
  'settings.control.fixedPlaceholder': '{setting}: set by the operator',
  'settings.control.limitsButton': 'Limits and cooldown…',
  'settings.control.clearAlertChannelButton': 'No alert channel',
  'settings.modal.title': 'Limits and cooldown',
  'settings.modal.maxMinutesDescription': 'Minutes, {min, number} to {max, number}; empty: no limit',
  'settings.modal.cooldownDescription': 'Seconds, {min, number} to {max, number}; 0 or empty: off',
  'settings.refused.notAdmin':
    'Only members with Manage Server or Administrator can see and change the team settings. Nothing was changed.',
  'settings.refused.notAdminWithRoles':
    'Only members with Manage Server or Administrator, or {roles}, can see and change the team settings. Nothing was changed.',
  'settings.refused.fixed':
    "{settings} {count, plural, one {is} other {are}} set by the operator in the bot's environment, so {count, plural, one {it} other {they}} cannot be changed from Discord. Nothing was changed.",
  'settings.refused.unknownControl':
    'This control is no longer supported, so nothing was changed. Run `/speed settings` again.',
  'settings.invalid.roles': 'Only roles of this server can be chosen, so nothing was changed.',
  'settings.invalid.channel':
    'The alert channel must be a text channel of this server, so nothing was changed.',
  'settings.invalid.language': 'That is not a language the bot speaks, so nothing was changed.',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}** must be a number of minutes (leave it empty for no limit).',
  'settings.invalid.maxMinutes.notWhole': '**{setting}** must be a whole number of minutes.',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}** must be at least {min, number} (leave it empty for no limit).',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}** must be at most {max, number} (a day).',
  'settings.invalid.cooldown.notNumber':
    '**{setting}** must be a number of seconds (0 turns the cooldown off).',
  'settings.invalid.cooldown.notWhole': '**{setting}** must be a whole number of seconds.',
  'settings.invalid.cooldown.tooSmall': '**{setting}** must be {min, number} (off) or more.',
  'settings.invalid.cooldown.tooLarge': '**{setting}** must be at most {max, number} (a day).',
  'settings.invalid.nothingChanged':
    'Nothing was changed: press **Limits and cooldown…** again to correct it.',
  'settings.history.heading': '**Team settings changes** of this server (newest first):',
  'settings.history.line': '{when} **{setting}** changed by {admin}: {from} → {to}',
  'settings.alert.heading': '⚙️ {admin} changed the team settings of this server:',
} as const;

export type MessageKey = keyof typeof enUS;

/** A catalog: every message of the source, in one language. */
export type Catalog = Readonly<Record<MessageKey, string>>;
