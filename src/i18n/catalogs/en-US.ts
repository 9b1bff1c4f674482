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
} as const;

export type MessageKey = keyof typeof enUS;

/** A catalog: every message of the source, in one language. */
export type Catalog = Readonly<Record<MessageKey, string>>;
