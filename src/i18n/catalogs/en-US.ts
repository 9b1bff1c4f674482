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
  'reply.restarting':
    'The bot is restarting, so this request was not sent to Midjourney. Try again in a moment.',
  'reply.admins': 'members with Manage Server or Administrator',
  'reply.admins.withRoles': 'members with Manage Server or Administrator, or {roles}',
  'reply.moreItems': '{count, plural, one {# more} other {# more}}',
  'reply.timedLabel': '**{mode}** for {duration}',
  'reply.haltSource.status': 'the fast-hours check of `/speed status` by {user}',
  'reply.haltSource.switchBack': "the automatic switch back to Relax after {user}'s timed change",
  'reply.haltSource.command': '`/speed {command}` by {user}',
  'reply.haltSummary.met': 'since {since}; {source} met it',
  'reply.haltSummary.flagged': 'since {since}; {upstream} flagged the account',
  'reply.fastTime.remaining': '{remaining, plural, one {# hour} other {# hours}} left',
  'reply.fastTime.ofTotal': '{remaining, number} of {total, plural, one {# hour} other {# hours}} left',
  'reply.fastTime.ofTotalPercent':
    '{remaining, number} of {total, plural, one {# hour} other {# hours}} left ({percent, number, ::percent .##})',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    "⚠️ The bot's state store is not answering, so it could not check for a moderation halt; {upstream} still blocks a halted account. Tell the bot's operator.",
  'reply.store.haltNotRecorded':
    "⚠️ The bot's state store is not answering, so this halt could not be recorded: the bot may not block the next speed change itself ({upstream} still does). Tell the bot's operator.",
  'reply.store.changeNotRecorded':
    "⚠️ The bot's state store is not answering, so this change is missing from `/speed status` and `/speed history`. Tell the bot's operator.",
  'reply.store.switchBackNotStored':
    "⚠️ The bot's state store is not answering, so the switch back is not stored: it still happens on time unless the bot restarts first. Tell the bot's operator.",
  'reply.store.switchBackNotCancelled':
    "⚠️ The bot's state store is not answering, so the pending switch back to Relax could not be cancelled there: the bot deletes it once the store answers, but if the bot restarts first it may still switch the account to Relax. Check `/speed status`, and tell the bot's operator.",

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what} Someone with access to the Midjourney Discord account must resolve it there; after that, an admin runs `/speed reset` in this channel.',
  'failure.busy':
    '{what} {wait, select, unknown {Try again in about 30 s.} moment {Try again in a few seconds.} minutes {Try again in {minutes, number} minutes.} other {Try again in {seconds, number} s.}}',
  'failure.unauthorized':
    "{upstream} rejected the bot's {token}. Ask the bot's operator to check {variable}.",
  'failure.accountDisabled':
    "{upstream} has the Midjourney account switched off for a reason that is not a moderation halt (for example its Midjourney subscription). Ask the bot's operator to fix the account and enable it again.",
  'failure.switch.connectionBroke':
    "Could not reach {upstream}, or the connection broke before it answered, so the change may or may not have reached Midjourney. Check with `/speed status` in a moment or `/info` in Midjourney, and switch again only if the mode did not change. If it keeps happening, ask the bot's operator to check the network and {variable}.",
  'failure.switch.serverError':
    '{upstream} had a problem (HTTP {status}), so the change may or may not have reached Midjourney. Check with `/speed status` in a moment or `/info` in Midjourney, and switch again only if the mode did not change.',
  'failure.timeout.cardNotRefreshed':
    "{upstream} could not refresh the Midjourney account's `/settings` card in time, so nothing was changed: the bot does not click on a card too old to trust, since clicking the mode already active could switch it off. Try again in a few minutes.",
  'failure.timeout':
    '{upstream} did not answer in time (gave up after {seconds, number} s). The change may still go through: wait a minute, check with `/info` in Midjourney, then try again.',
  'failure.connection.shutdown':
    'The bot is restarting and stopped waiting for {upstream}, so the change may or may not have reached Midjourney. Check with `/speed status` in a moment, then try again if needed.',
  'failure.connection':
    "Could not reach {upstream} (the connection failed). Try again in a minute; if it keeps happening, ask the bot's operator to check the network and {variable}.",
  'failure.status': '{upstream} had a problem (HTTP {status}). Try again in a few minutes.',
  'failure.statusUnknown': '{upstream} had a problem. Try again in a few minutes.',
  'failure.invalidBody':
    "{upstream} sent an answer the bot could not read. Try again in a few minutes; if it keeps happening, tell the bot's operator.",
  'failure.bodyTooLarge':
    "{upstream} sent an unexpectedly large answer, which the bot ignored. Try again in a few minutes; if it keeps happening, tell the bot's operator.",
  'failure.offline.reconnecting':
    '{upstream} is still reconnecting the Midjourney account after it was enabled again (it does so within a minute or two), so nothing was changed. {wait, select, unknown {Try again in about 30 s.} moment {Try again in a few seconds.} minutes {Try again in {minutes, number} minutes.} other {Try again in {seconds, number} s.}}',
  'failure.offline.dailyRestart':
    '{upstream} restarts its accounts just after midnight on its own clock, so nothing was changed. {wait, select, unknown {Try again in about 30 s.} moment {Try again in a few seconds.} minutes {Try again in {minutes, number} minutes.} other {Try again in {seconds, number} s.}}',
  'failure.offline':
    "{upstream} has no live connection to the Midjourney account's Discord right now, so nothing was changed; ask the bot's operator to check the account on {upstream}'s account page.",
  'failure.unconfirmed':
    '{upstream} accepted the request but sent back no reply from Midjourney, so the change is unconfirmed. Run `/info` in Midjourney to check the current mode.',
  'failure.withUpstream': '{message} {upstream} said: {said}',
  'failure.withUpstreamGlossed': '{message} {upstream} said: {said} ({gloss})',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'API token',
  'useapi.moderationHalt':
    'Midjourney has flagged the shared account with a pending moderation message or a CAPTCHA, so useapi.net has halted it.',
  'useapi.captchaHalt':
    'Midjourney has asked the shared account to solve a CAPTCHA, so useapi.net has halted it.',
  'useapi.busy': "useapi.net is busy (Midjourney's job queue is full or Discord is rate-limiting).",
  'useapi.badRequest':
    "useapi.net rejected the request as invalid. Ask the bot's operator to check that this channel is configured for Midjourney in useapi.net.",
  'useapi.notFound':
    "useapi.net has no Midjourney account configured for this channel. Ask the bot's operator to add this channel to the useapi.net Midjourney configuration.",
  'useapi.noSubscription':
    "useapi.net says the bot's subscription is missing or has expired. Ask the bot's operator to renew the useapi.net subscription.",
  'useapi.discontinued':
    "useapi.net may no longer serve Midjourney (it announced the end of its Midjourney API on 2026-06-24), so nothing was changed; ask the bot's operator to read “Choosing an upstream” (docs/upstreams.md).",
  'useapi.shutdownNotice':
    'useapi.net may no longer serve Midjourney: it announced the end of its Midjourney API on 2026-06-24. See "Choosing an upstream" (docs/upstreams.md) for what to run instead (midjourney-proxy).',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': 'admin token',
  'proxy.moderationHalt':
    'Midjourney has flagged the shared account (a pending moderation message or a block), so midjourney-proxy has disabled it.',
  'proxy.captchaHalt':
    'Midjourney has asked the shared account to solve a CAPTCHA, so midjourney-proxy has locked it.',
  'proxy.busy':
    'midjourney-proxy is busy (an account sync was refused or took too long, or Discord is rate-limiting).',
  'proxy.badRequest':
    "midjourney-proxy refused the request. Ask the bot's operator to check the account on the proxy's account page.",
  'proxy.notFound': 'midjourney-proxy has no account for this channel; add it there or map the channel.',
  'proxy.noSubscription':
    "midjourney-proxy says the account's subscription is missing or has expired. Ask the bot's operator to check it.",
  'proxy.discontinued':
    "midjourney-proxy says it no longer serves Midjourney; ask the bot's operator to read “Choosing an upstream” (docs/upstreams.md).",
  'proxy.gloss.autoCaptcha': 'midjourney-proxy is solving a Midjourney CAPTCHA automatically.',
  'proxy.gloss.manualCaptcha': 'Midjourney asks for a CAPTCHA that a person must solve.',
  'proxy.gloss.captchaExpired': 'The CAPTCHA was not solved within 10 minutes and has expired.',
  'proxy.gloss.pendingModMessage':
    'Midjourney sent a moderation message that someone must read and acknowledge.',
  'proxy.gloss.blocked': 'Midjourney has temporarily blocked the account.',
  'proxy.gloss.planCancelled': "The account's Midjourney plan was cancelled.",
  'proxy.gloss.subscriptionRequired': 'The account needs a Midjourney subscription.',
  'proxy.gloss.subscriptionPaused': "The account's Midjourney subscription is paused.",
  'proxy.gloss.usageExhausted': "The account's Midjourney usage is used up.",
  'proxy.gloss.noPermission': 'Discord refused the account permission for a request.',
  'proxy.gloss.syncFailures':
    'midjourney-proxy switched the account off after more than 10 failed syncs in an hour.',
  'proxy.gloss.reconnectFailed': 'midjourney-proxy could not reconnect the account and switched it off.',
  'proxy.gloss.initFailed': 'midjourney-proxy could not start the account.',
  'proxy.gloss.accountUnusable': 'midjourney-proxy reports the account as unusable.',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {**{mode} mode** requested by {user}. Midjourney says:} other {**{mode} mode** requested by {user}.}}',
  'switch.jobMode': '{upstream} now reports job mode **{jobMode}**.',
  'switch.jobMode.withFastTime': '{upstream} now reports job mode **{jobMode}**, {fastTime} of fast time.',
  'switch.alreadyActive':
    '{upstream} shows the account already in **{mode}** mode, so nothing was clicked (clicking the active mode could switch it off).',
  'switch.alreadyActive.withFastTime':
    '{upstream} shows the account already in **{mode}** mode, {fastTime} of fast time, so nothing was clicked (clicking the active mode could switch it off).',
  'switch.autoRelax':
    '⚠️ With this little fast time left, {upstream} may switch the account to Relax by itself (it does so at {hours, number} hours or less when its auto-relax is on).',
  'switch.notConfirmed':
    'The change was sent to {upstream} but could not be confirmed in time. Run `/info` in Midjourney, or `/speed status` in a minute, to check the mode.',
  'switch.notConfirmed.withFastTime':
    'The change was sent to {upstream} but could not be confirmed in time (last reading {fastTime} of fast time). Run `/info` in Midjourney, or `/speed status` in a minute, to check the mode.',
  'switch.switchBackSet':
    '⏱️ The bot switches back to **Relax** at {time} ({relative}), after {duration}, and says so here. Any later `/speed` change cancels it.',
  'switch.cancelsSwitchBack': '(This cancels the switch back to Relax that was due {due}, set by {user}.)',
  'switch.lowFastTime':
    '⚠️ Fast hours are running low: {fastTime} at the last reading. `/speed relax` saves what is left.',
  'switch.lowFastTime.asOf':
    '⚠️ Fast hours are running low: {fastTime} as of {at}. `/speed relax` saves what is left.',
  'switch.limitHeld':
    '⏱️ In case it went through, the {duration} limit still applies: the bot switches back to **Relax** at {time} ({relative}) and says so in this channel. Any later `/speed` change cancels it.',
  'switch.earlierLimitKept':
    "⏱️ {user}'s earlier {timed} keeps its sooner switch back, in case this change did not go through: the bot switches back to **Relax** {due} (as soon as it can, if that time has passed) and says so in {channels}. Any later `/speed` change cancels it.",
  'switch.limitHeldAfterFlag':
    '⏱️ The change was sent before the flag showed, so the account may be in {mode} mode: the {duration} limit still applies. The bot switches back to **Relax** {due}, or right after `/speed reset` if the account is still halted then.',
  'switch.cooldown':
    '⏳ You changed the speed {last}; members wait {cooldown} between changes. Try again in {remaining} ({retryAt}). Nothing was sent to Midjourney.',
  'switch.queueFull':
    'This channel already has {waiting, plural, one {# speed request} other {# speed requests}} waiting. Nothing was sent; try again in a minute.',
  'switch.invalidMinutes':
    '`minutes` must be a whole number from {min, number, ::group-off} to {max, number, ::group-off} (a day). Nothing was changed.',
  'switch.notSetUp':
    "`/speed` is not set up in this channel: it is not linked to a Midjourney account, so nothing was sent. (The bot's operator links channels with CHANNEL_MAP.)",
  'switch.notSetUp.useIn':
    "`/speed` is not set up in this channel: it is not linked to a Midjourney account, so nothing was sent. Use it in {channels}. (The bot's operator links channels with CHANNEL_MAP.)",
  'switchBack.timed': '{timed} (asked by {user})',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ Time is up for {timed}: switched back to **Relax mode**. Midjourney says:} other {⏱️ Time is up for {timed}: switched back to **Relax mode**.}}',
  'switchBack.haltedNow':
    '⏱️ Time was up for {timed}, but switching back to Relax met a moderation halt. The bot switches back right after `/speed reset`.',
  'switchBack.heldByHalt':
    '⏱️ Time is up for {timed}, but speed changes are halted ({halt}), so the bot sent nothing to Midjourney and did **not** switch back to Relax yet: the account may still be in {mode} mode. Once the moderation is resolved and an admin runs `/speed reset`, the bot switches back to Relax right away.',
  'switchBack.failed': '⏱️ Time is up for {timed}, but switching back to Relax failed: {failure} {retry}',
  'switchBack.queueFull':
    '⏱️ Time is up for {timed}, but too many requests were waiting for this account, so the bot did not switch back to Relax yet. {retry}',
  'switchBack.retry':
    'The account may still be in {mode} mode: the bot tries again {at} and keeps trying until it works (only this first failure is announced). `/speed relax` switches now.',
  'switchBack.late.failures': '({late} late: the earlier attempts failed.)',
  'switchBack.late.halt': '({late} late: the account was halted until the reset.)',
  'switchBack.late.botDown': '({late} late: the bot was not running when the time was up.)',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'Reset (admins)',
  'halt.solvedResetButton': 'Solved: reset',
  'halt.flagged': '⛔ **Midjourney flagged the shared account: speed changes are halted in this channel.**',
  'halt.refused.unknown':
    '{cause, select, captcha {A request was refused because Midjourney asked the account to solve a CAPTCHA.} other {A request was refused because Midjourney sent the account a pending moderation message or a CAPTCHA.}}',
  'halt.refused.status':
    '{cause, select, captcha {The fast-hours check of `/speed status` by {user} was refused because Midjourney asked the account to solve a CAPTCHA.} other {The fast-hours check of `/speed status` by {user} was refused because Midjourney sent the account a pending moderation message or a CAPTCHA.}}',
  'halt.refused.switchBack':
    "{cause, select, captcha {The automatic switch back to Relax after {user}'s timed change was refused because Midjourney asked the account to solve a CAPTCHA.} other {The automatic switch back to Relax after {user}'s timed change was refused because Midjourney sent the account a pending moderation message or a CAPTCHA.}}",
  'halt.refused.command':
    "{cause, select, captcha {{user}'s `/speed {command}` was refused because Midjourney asked the account to solve a CAPTCHA.} other {{user}'s `/speed {command}` was refused because Midjourney sent the account a pending moderation message or a CAPTCHA.}}",
  'halt.upstreamSaid': '{upstream} said:',
  'halt.whatToDo': '**What to do**',
  'halt.step.logIn':
    '1. Log in to the Discord account that runs Midjourney for this team and open its Midjourney messages.',
  'halt.step.solveCaptcha':
    '2. Solve the CAPTCHA for that account: admins find the link in `/speed status` (it is never posted here).',
  'halt.step.resolveModeration':
    '2. Read and acknowledge the moderation message, or solve the CAPTCHA. For a CAPTCHA, run a manual `/imagine` there if the verification dialog does not show.',
  'halt.step.reset': '3. Then an admin ({admins}) runs `/speed reset` or presses **Reset** below.',
  'halt.untilReset':
    'Until then the bot sends nothing to Midjourney from this channel: more calls risk a ban of the account.',
  'halt.joined':
    '⛔ Your request was sent together with an identical one ({halt}), which met a moderation halt: speed changes are halted in this channel. The instructions are posted in the channel; once it is resolved, {admins} can run `/speed reset`.',
  'halt.already':
    '⛔ Speed changes are halted in this channel ({halt}): Midjourney is waiting for a moderation message or CAPTCHA to be resolved. Nothing was sent to Midjourney. Once it is resolved, {admins} can run `/speed reset`.',
  'halt.reset.done':
    '✅ {user} reset the Midjourney account at {upstream}: speed changes are allowed again in this channel.',
  'halt.reset.noHaltRecorded': '(The bot had not recorded a halt here; {upstream} was reset anyway.)',
  'halt.reset.unconfirmed':
    '(Could not confirm with {upstream} that the moderation flag is gone; `/speed status` can check again.)',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream} still reports a CAPTCHA on the account; solve it in the Midjourney account (the admin who reset has the link) or the next speed change will halt again.',
  'halt.reset.stillModeration':
    '⚠️ {upstream} still reports a pending moderation message; resolve it in the Midjourney account or the next speed change will halt again.',
  'halt.reset.stillDisabled':
    '⚠️ {upstream} still has the account switched off; the next speed change will fail.',
  'halt.reset.captchaCleared':
    "The bot told {upstream} that the CAPTCHA was solved ({upstream} does not check it). If it was not, Midjourney asks again at the account's next action and the next speed change halts again; admins then find the new link in `/speed status`.",
  'halt.reset.enabledAgain':
    '{upstream} has enabled the account again and reconnects it within a minute or two; a speed change meanwhile waits for it or says when to try again.',
  'halt.reset.switchBackNow':
    "⏱️ The account may still be in {mode} mode from {user}'s {timed}, which was due {due}: the bot switches back to **Relax** now and says so in {channels}.",
  'halt.reset.failed': 'The reset did not go through. {failure}',
  'halt.reset.notPersisted':
    "{upstream} reset the account, but the bot's state store is not answering, so this channel is still marked halted. Try `/speed reset` again once the store is back, and tell the bot's operator.",
  'halt.reset.queueFull':
    'This channel already has {waiting, plural, one {# request} other {# requests}} waiting. Nothing was sent; try again in a minute.',
  'halt.solveCaptchaFirst':
    '🔒 {upstream} reports the account locked by a CAPTCHA. First solve it at {link} while logged in to the Discord account that runs Midjourney, then press **{button}** below: the reset only tells {upstream} the CAPTCHA was solved, and nothing checks it. Nothing was reset yet. (Only you see this link.)',
  'halt.reset.stillLocked':
    '🔒 {upstream} still reports the account locked by a CAPTCHA. Solve it at {link} while logged in to the Discord account that runs Midjourney, then run `/speed reset` again. (Only you see this link.)',
  'halt.reset.stillLockedNoLink':
    "🔒 {upstream} still reports the account locked by a CAPTCHA and gives no link: solve it in the Discord account that runs Midjourney (or on {upstream}'s account page), then run `/speed reset` again.",

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': 'Only {admins} can reset the Midjourney account. Nothing was changed.',
  'speed.unsupportedButton':
    'This button is no longer supported, so nothing was done. Use `/speed status` to see where the account stands.',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **Halted** {summary}.',
  'status.notHalted': '✅ Not halted: speed changes are allowed.',
  'status.lastChange': 'Last speed change: **{mode}** by {user} at {at}.',
  'status.lastChange.automatic': 'Last speed change: **{mode}** (automatic switch back) for {user} at {at}.',
  'status.lastChange.none': 'Last speed change: none recorded.',
  'status.switchBack.due': '⏱️ Switches back to **Relax** at {at}: {timed} set by {user}.',
  'status.switchBack.overdueHalted':
    '⏱️ Switch back to **Relax** overdue since {since}: {timed} set by {user}. The account may still be in {mode} mode; it switches back right after `/speed reset`.',
  'status.switchBack.overdueRetrying':
    '⏱️ Switch back to **Relax** overdue since {since}, retrying: {timed} set by {user}. The account may still be in {mode} mode; `/speed relax` switches now.',
  'status.fastTime.known':
    "Fast time remaining: **{figures}**{low, select, yes { ⚠️ running low} other {}}, per Midjourney's /info {when}.",
  'status.fastTime.knownUndated':
    "Fast time remaining: **{figures}**{low, select, yes { ⚠️ running low} other {}}, per Midjourney's /info (when it was read is unknown).",
  'status.fastTime.unknownMissing': "Fast time remaining: unknown (Midjourney's /info did not show it).",
  'status.fastTime.unknownHalted': 'Fast time remaining: unknown (not asked while the account is halted).',
  'status.fastTime.unknownUnchecked':
    'Fast time remaining: unknown (not asked while the bot cannot check for a halt).',
  'status.fastTime.unknownBusy':
    'Fast time remaining: unknown (too many requests are waiting for this account; try again in a minute).',
  'status.fastTime.unknownRestarting':
    'Fast time remaining: unknown (the bot is restarting; try again in a moment).',
  'status.fastTime.unknownFailed': 'Fast time remaining: unknown. {failure}',
  'status.account.unreadable': '{upstream} account: could not be read. {failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    '{upstream} account: **locked by a CAPTCHA**. Solve it at {link} while logged in to the Discord account that runs Midjourney, then run `/speed reset`. (Only admins see this.){jobModeKnown, select, yes { Job mode: {jobMode}.} other {}}',
  'status.account.captchaNoLink':
    "{upstream} account: **locked by a CAPTCHA**. It gives no link: solve it in the Discord account that runs Midjourney or on {upstream}'s account page, then run `/speed reset`. (Only admins see this.){jobModeKnown, select, yes { Job mode: {jobMode}.} other {}}",
  'status.account.pendingModeration': '{upstream} account: **pending moderation message**',
  'status.account.sameText': '(The same text as the halt above.)',
  'status.account.switchedOff':
    '{upstream} account: **switched off** (not a moderation halt).{jobModeKnown, select, yes { Job mode: {jobMode}.} other {}}',
  'status.account.clear':
    '{upstream} account: no pending moderation message.{jobModeKnown, select, yes { Job mode: {jobMode}.} other {}}',
  'status.mappedAccount': '{upstream} channel: `{channel}` (set by CHANNEL_MAP).',
  'status.store': 'State store: {store}.',
  'status.store.sqlite': 'SQLite file {location}',
  'status.store.redis': 'Redis at {location}',
  'history.storeUnavailable':
    "The bot's state store is not answering, so the history cannot be shown. Tell the bot's operator.",
  'history.empty': 'No speed changes, resets or halts recorded for this Midjourney account yet.',
  'history.heading':
    '**Last {count, plural, one {# speed change, reset or halt} other {# speed changes, resets and halts}}** of this Midjourney account (newest first):',
  'history.line': '{when} {what}: {outcome}',
  'history.what.reset': '**Reset** by {user}',
  'history.what.info': 'Fast-hours check by {user}',
  'history.what.switchBack': '**Relax**, automatically after {timed} by {user}',
  'history.what.timed': '{timed} by {user}',
  'history.what.untimed': '**{mode}** by {user}',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ already active',
  'history.outcome.halted': '⛔ met a moderation halt',
  'history.outcome.skippedHalted': '⏸️ not sent: the account was halted',
  'history.outcome.failed': '❌ failed',
  'history.outcome.failedBecause': '❌ failed ({reason})',
  'history.outcome.late': '{outcome}, {duration} late',
  'history.failure.busy': '{upstream} busy',
  'history.failure.unauthorized': '{token} rejected',
  'history.failure.noSubscription': 'no {upstream} subscription',
  'history.failure.badRequest': 'request rejected as invalid',
  'history.failure.notFound': 'no account configured',
  'history.failure.accountDisabled': 'account switched off at {upstream}',
  'history.failure.discontinued': '{upstream} no longer serves Midjourney',
  'history.failure.unavailable': '{upstream} unavailable',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    'Only members with {roles} (or admins) may switch to **{mode}**. Nothing was sent to Midjourney; `/speed relax` is open to everyone.',
  'modes.refused.tooLong':
    '**{mode}** is limited to {limit} at a time here: ask for `minutes` up to {max, number}, or leave it out to get {max, number}. Nothing was sent to Midjourney.',
  'modes.refused.settingsNotRead':
    "The bot could not read this server's team settings just now, so it cannot tell whether you may use **{mode}** and for how long. Nothing was sent to Midjourney; try again in a minute. `/speed relax` is open to everyone.",
  'modes.limitNote': '({mode} is limited to {limit} at a time here.)',
  'modes.line': 'Modes you may use: {allowed}.',
  'modes.line.withRefused': 'Modes you may use: {allowed}. Not for you: {refused}.',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}** (up to {limit})',
  'modes.refused': '{mode} (needs {roles})',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ **Halt** on Midjourney account `{account}`: {source} met {cause, select, captcha {a CAPTCHA} other {a moderation halt}}{inChannel, select, yes { in {channel}} other {}}. Speed changes of the account are blocked.',
  'alert.halt.upstreamFlag': "{upstream}'s account flag",
  'alert.halt.said': '{upstream} said:',
  'alert.halt.admins': 'Admins',
  'alert.halt.resolve':
    '{admins}: {cause, select, captcha {solve the CAPTCHA in the Midjourney account (the link is in `/speed status`, for admins only)} other {resolve it in the Midjourney account}}, then run `/speed reset`{inChannel, select, yes { in {channel}} other {}}.',
  'alert.reset':
    '✅ {user} reset Midjourney account `{account}` in {channel}. {flag, select, unconfirmed {Could not confirm with {upstream} that the flag is gone.} captcha {⚠️ {upstream} still reports a CAPTCHA: the next speed change will halt again.} moderation {⚠️ {upstream} still reports a pending moderation message: the next speed change will halt again.} switchedOff {⚠️ {upstream} still has the account switched off: the next speed change will fail.} other {{upstream} reports no flag any more.}}',
  'alert.change.untimed':
    '🔁 {user} switched Midjourney account `{account}` to **{mode}** in {channel}, untimed.',
  'alert.change.timed':
    '🔁 {user} switched Midjourney account `{account}` to **{mode}** in {channel} for {duration} (back to Relax {due}).',
  'alert.switchBack.switched':
    "⏱️ Automatic switch back of Midjourney account `{account}` in {channel} to **Relax**, after {user}'s {timed}.",
  'alert.switchBack.failed':
    "❌ The switch back to Relax of Midjourney account `{account}` in {channel}, after {user}'s {timed}, failed: {failure} The account may still be in {mode} mode. The bot tries again {retry} and keeps trying until it works; a success is posted here.",
  'alert.switchBack.held':
    "⏸️ The switch back to Relax of Midjourney account `{account}` in {channel}, after {user}'s {timed}, is held: the account is halted, so nothing was sent. The account may still be in {mode} mode. It runs right after `/speed reset`.",
  'alert.switchBack.queueFull':
    "⏸️ The switch back to Relax of Midjourney account `{account}` in {channel}, after {user}'s {timed}, is late: too many requests were waiting. The account may still be in {mode} mode. The bot tries again {retry}.",
  'alert.blockEnd':
    '⏰ The Midjourney block of Midjourney account `{account}` ended {ended}, per the moderation text of its halt. The account is still halted: an admin can check it in Midjourney and run `/speed reset`. The bot never resets it by itself.',
  'alert.blockEnd.met':
    '⏰ The Midjourney block of Midjourney account `{account}` ended {ended}, per the moderation text of its halt, met in {channel} by {user}. The account is still halted: an admin can check it in Midjourney and run `/speed reset`. The bot never resets it by itself.',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ The moderation text says the block ends {ends}. The bot reminds the admins then; it never resets the account by itself.',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': "Switch or check the shared Midjourney account's speed mode",
  'command.speed.fast': 'Switch the shared Midjourney account to Fast mode (uses fast hours)',
  'command.speed.turbo':
    'Switch the shared Midjourney account to Turbo mode (fastest, uses twice the fast hours)',
  'command.speed.relax': 'Switch the shared Midjourney account to Relax mode (no fast hours, slower)',
  'command.speed.minutes':
    'Switch back to Relax after this many minutes ({min, number, ::group-off}-{max, number, ::group-off})',
  'command.speed.reset': 'Admins: clear a moderation halt after it was resolved in Midjourney',
  'command.speed.status': 'Show halt, last change, pending switch back and fast hours left',
  'command.speed.panel': "Admins: post a live panel of the account's state here, with a button for each mode",
  'command.speed.history':
    'Show the last {count, plural, one {speed change, reset or halt} other {# speed changes, resets and halts}} of the account',

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
  'panel.pin.timeout': 'Discord did not answer in time when the bot pinned it. Pin it yourself if you like.',
  'panel.pin.unreachable': 'The bot could not reach Discord to pin it. Pin it yourself if you like.',
  'panel.replaced.deleted': 'The panel posted here before was deleted.',
  'panel.replaced.left':
    'The panel posted here before could not be deleted: it no longer updates, so delete it yourself.',
  'panel.notPosted.permissions':
    'The bot could not post the panel here: it needs View Channel and Send Messages in this channel. Nothing was posted.',
  'panel.notPosted.failed':
    'Discord did not take the panel ({reason}), so nothing was posted. Try again in a minute.',
  'panel.notPosted.timeout':
    'Discord did not answer in time, so the panel may not have been posted, and one posted anyway would not update: delete it if it shows up, and run `/speed panel` again in a minute.',
  'panel.notPosted.unreachable':
    'The bot could not reach Discord, so nothing was posted. Try again in a minute.',
  'panel.notPosted.store':
    "The bot's state store is not answering, so the panel was not posted: it must be stored to keep updating. Try again in a minute, and tell the bot's operator if it goes on.",
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ Midjourney flagged the account when your request was sent. The instructions are posted in the channel, and the panel shows the halt.',
  // A click's private answer when the operator has since mapped the panel's channel to another account.
  'panel.click.remapped':
    'This panel shows an account this channel no longer uses, so nothing was sent to Midjourney. Ask an admin to run `/speed panel` here again to post a panel for the account the channel uses now.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ The speed panel in {channel} can no longer be updated: Discord refuses the bot access to it ({reason}). Give the bot View Channel there, or post a new panel with `/speed panel`.',

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
  'settings.notChecked.channel':
    'The bot could not check the channel with Discord, so nothing was changed. Try again.',
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

/** A translation of the source: every one of its messages, by key (the compiler holds each catalog to them). */
export type Catalog = Readonly<Record<MessageKey, string>>;
