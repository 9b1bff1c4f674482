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
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} {mode} mode',
  'panel.heading.unknown': '## Speed mode not set through the bot yet',
  'panel.heading.halted': '## ⛔ Halted: speed changes are stopped',
  'panel.setBy': 'Set by {user} on {at} ({ago}).',
  'panel.setAutomatically': "Switched back automatically on {at} ({ago}), when {user}'s timed change ended.",
  'panel.unknownHint':
    'Press a button below to switch the account; the panel then shows who did it and when.',
  'panel.switchBack.due': '⏱️ Back to **Relax** {when} (at {time}), after {length} of {mode} asked by {user}.',
  'panel.switchBack.retrying':
    '⏱️ The switch back to **Relax** was due {due} and has not gone through yet; the bot tries again {next}. The account may still be in {mode} mode.',
  'panel.switchBack.held':
    '⏱️ The switch back to **Relax** was due {due}; it runs right after the reset. The account may still be in {mode} mode.',
  'panel.halt.since':
    '{cause, select, captcha {Midjourney locked the account with a CAPTCHA} other {Midjourney flagged the account with a moderation message}} {ago} ({at}). The bot sends nothing to Midjourney until an admin resets it.',
  'panel.halt.said': '{upstream} said:',
  'panel.halt.blockEnds': '🗓️ The moderation text says the block ends {at} ({ago}).',
  'panel.halt.lastMode': 'Last mode set through the bot: **{mode}**, by {user} {ago}.',
  'panel.halt.help':
    '-# First resolve it in the Discord account that runs Midjourney (admins find the details in `/speed status`), then an admin presses **Reset**.',
  'panel.fastTime.figures.ofTotal': '{remaining, number} of {total, number} h ({percent, number}%)',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} of {total, number} h',
  'panel.fastTime.figures.remaining': '{remaining, number} h',
  'panel.fastTime.read': '⛽ Fast time left: **{figures}**, read {ago}.',
  'panel.fastTime.readUndated': '⛽ Fast time left: **{figures}** at the last reading.',
  'panel.fastTime.missing': "⛽ Fast time left: unknown (Midjourney's /info did not show it {ago}).",
  'panel.fastTime.none':
    '⛽ Fast time left: not read yet. `/speed status` reads it; the panel never asks Midjourney itself.',
  'panel.fastTime.low': '⚠️ Fast hours are running low: **Relax** saves what is left.',
  'panel.footer':
    '-# This panel updates itself after every change. Its buttons switch the mode for everyone, under the same rules as `/speed`.',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    'Only members with Manage Server or Administrator can post the speed panel. Nothing was posted.',
  'panel.refused.notAdminOrRoles':
    'Only members with Manage Server or Administrator, or {roles}, can post the speed panel. Nothing was posted.',
  'panel.posted.pinned':
    '📌 The speed panel is posted here and pinned. It updates itself within seconds of every change of the account, wherever it is made.',
  'panel.posted.notPinned':
    '📌 The speed panel is posted here. It updates itself within seconds of every change of the account, wherever it is made.',
  'panel.pin.noPermission':
    'The bot could not pin it: it needs the Pin Messages permission in this channel. Pin it yourself, or give the bot that permission and run `/speed panel` again.',
  'panel.pin.failed': 'Discord did not let the bot pin it ({reason}). Pin it yourself if you like.',
  'panel.replaced.deleted': 'The panel posted here before was deleted.',
  'panel.replaced.left':
    'The panel posted here before could not be deleted: it no longer updates, so delete it yourself.',
  'panel.notPosted.permissions':
    'The bot could not post the panel here: it needs View Channel and Send Messages in this channel. Nothing was posted.',
  'panel.notPosted.failed':
    'Discord did not take the panel ({reason}), so nothing was posted. Try again in a minute.',
  'panel.notPosted.store':
    "The bot's state store is not answering, so the panel was not posted: it must be stored to keep updating. Try again in a minute, and tell the bot's operator if it goes on.",
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ Midjourney flagged the account when your request was sent. The instructions are posted in the channel, and the panel shows the halt.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ The speed panel in {channel} can no longer be updated: Discord refuses the bot access to it ({reason}). Give the bot View Channel there, or post a new panel with `/speed panel`.',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
} as const;

export type MessageKey = keyof typeof enUS;

/** A catalog: every message of the source, in one language. */
export type Catalog = Readonly<Record<MessageKey, string>>;
