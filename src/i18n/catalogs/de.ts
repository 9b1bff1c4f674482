import type { Catalog } from './en-US.js';

/**
 * Everything the bot says, in German (de). Informal "du", as Discord's own German UI. Terms: a halt is a
 * "Stopp" (the account is "gestoppt"), Midjourney's block a "Sperre"; a speed change is a "Moduswechsel";
 * the switch back is "Zurückschalten auf Relax"; fast hours are "Fast-Stunden", fast time "Fast-Zeit"; the
 * Reset button and the act are "Reset", the verb "zurücksetzen"; the live panel is "das (Speed-)Panel", the
 * alert channel the "Benachrichtigungskanal", the cooldown the "Wartezeit". Durations end in "Min."/"Sek."/
 * "Std.": no message puts one right before a full stop.
 */
export const de: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} Sek.',
  'duration.minutes': '{minutes, number} Min.',
  'duration.minutesSeconds': '{minutes, number} Min. {seconds, number} Sek.',
  'duration.hours': '{hours, number} Std.',
  'duration.hoursMinutes': '{hours, number} Std. {minutes, number} Min.',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly':
    'Dieser Bot funktioniert nur in Serverkanälen: Nutze `/speed` in einem Kanal deines Servers.',
  'router.otherGuild':
    'Dieser Bot ist nur für die Server seines eigenen Teams da, und dieser Server gehört nicht dazu, daher wurde nichts getan. Wenn du diesen Server betreibst und den Bot möchtest, richte deine eigene Instanz ein.',
  'router.shuttingDown': 'Der Bot wird neu gestartet. Versuch es gleich noch einmal.',
  'router.unexpected':
    'Im Bot ist etwas schiefgelaufen, daher wurde diese Anfrage möglicherweise nicht abgeschlossen. Prüfe `/speed status` und versuch es dann erneut; wenn das immer wieder passiert, sag dem Bot-Betreiber Bescheid.',
  'router.answeredPrivately': 'Privat beantwortet.',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting':
    'Der Bot wird neu gestartet, daher wurde diese Anfrage nicht an Midjourney gesendet. Versuch es gleich noch einmal.',
  'reply.admins': 'Mitglieder mit „Server verwalten“ oder „Administrator“',
  'reply.admins.withRoles': 'Mitglieder mit „Server verwalten“ oder „Administrator“ oder {roles}',
  'reply.moreItems': '{count, plural, one {# weiterer} other {# weitere}}',
  'reply.timedLabel': '**{mode}** für {duration}',
  'reply.haltSource.status': 'die Fast-Stunden-Abfrage (`/speed status`) von {user}',
  'reply.haltSource.switchBack':
    'das automatische Zurückschalten auf Relax nach der befristeten Änderung von {user}',
  'reply.haltSource.command': '`/speed {command}` von {user}',
  'reply.haltSummary.met': 'seit dem {since}; erkannt durch {source}',
  'reply.haltSummary.flagged': 'seit dem {since}; {upstream} hat das Konto markiert',
  'reply.fastTime.remaining': 'noch {remaining, plural, one {# Stunde} other {# Stunden}}',
  'reply.fastTime.ofTotal': 'noch {remaining, number} von {total, plural, one {# Stunde} other {# Stunden}}',
  'reply.fastTime.ofTotalPercent':
    'noch {remaining, number} von {total, plural, one {# Stunde} other {# Stunden}} ({percent, number, ::percent .##})',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ Der Zustandsspeicher antwortet nicht, daher konnte der Bot nicht prüfen, ob ein Moderationsstopp vorliegt; {upstream} blockiert ein gestopptes Konto trotzdem. Sag dem Bot-Betreiber Bescheid.',
  'reply.store.haltNotRecorded':
    '⚠️ Der Zustandsspeicher antwortet nicht, daher konnte dieser Stopp nicht gespeichert werden: Der Bot blockiert den nächsten Moduswechsel womöglich nicht selbst ({upstream} tut es trotzdem). Sag dem Bot-Betreiber Bescheid.',
  'reply.store.changeNotRecorded':
    '⚠️ Der Zustandsspeicher antwortet nicht, daher fehlt diese Änderung in `/speed status` und `/speed history`. Sag dem Bot-Betreiber Bescheid.',
  'reply.store.switchBackNotStored':
    '⚠️ Der Zustandsspeicher antwortet nicht: Das Zurückschalten ist nicht gespeichert, erfolgt aber pünktlich, außer der Bot startet vorher neu. Sag dem Bot-Betreiber Bescheid.',
  'reply.store.switchBackNotCancelled':
    '⚠️ Der Zustandsspeicher antwortet nicht, daher konnte das anstehende Zurückschalten auf Relax dort nicht abgebrochen werden: Der Bot löscht es, sobald der Speicher wieder antwortet, aber wenn der Bot vorher neu startet, schaltet er das Konto womöglich doch auf Relax. Prüfe `/speed status` und sag dem Bot-Betreiber Bescheid.',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what} Jemand mit Zugang zum Discord-Konto, das Midjourney nutzt, muss das dort klären; danach führt ein Admin in diesem Kanal `/speed reset` aus.',
  'failure.busy':
    '{what} {wait, select, unknown {Versuch es in etwa 30 Sek. erneut.} moment {Versuch es in ein paar Sekunden erneut.} minutes {Versuch es in {minutes, number} Minuten erneut.} other {Versuch es in {seconds, number} Sek. erneut.}}',
  'failure.unauthorized':
    '{upstream} hat den {token} des Bots abgelehnt. Bitte den Bot-Betreiber, {variable} zu prüfen.',
  'failure.accountDisabled':
    '{upstream} hat das Midjourney-Konto aus einem Grund deaktiviert, der kein Moderationsstopp ist (zum Beispiel wegen seines Midjourney-Abos). Bitte den Bot-Betreiber, das Konto in Ordnung zu bringen und wieder zu aktivieren.',
  'failure.switch.connectionBroke':
    '{upstream} war nicht erreichbar oder die Verbindung ist vor der Antwort abgebrochen, daher ist unklar, ob die Änderung Midjourney erreicht hat. Prüfe es gleich mit `/speed status` oder mit `/info` in Midjourney und wechsle nur dann erneut, wenn sich der Modus nicht geändert hat. Wenn das immer wieder passiert, bitte den Bot-Betreiber, das Netzwerk und {variable} zu prüfen.',
  'failure.switch.serverError':
    '{upstream} hatte ein Problem (HTTP {status}), daher ist unklar, ob die Änderung Midjourney erreicht hat. Prüfe es gleich mit `/speed status` oder mit `/info` in Midjourney und wechsle nur dann erneut, wenn sich der Modus nicht geändert hat.',
  'failure.timeout.cardNotRefreshed':
    '{upstream} konnte die `/settings`-Karte des Midjourney-Kontos nicht rechtzeitig aktualisieren, daher wurde nichts geändert: Der Bot klickt nicht auf eine Karte, die zu alt ist, um ihr zu trauen, denn ein Klick auf den bereits aktiven Modus könnte ihn ausschalten. Versuch es in ein paar Minuten erneut.',
  'failure.timeout':
    '{upstream} hat nicht rechtzeitig geantwortet (nach {seconds, number} Sek. aufgegeben). Die Änderung kann trotzdem noch durchgehen: Warte eine Minute, prüfe es mit `/info` in Midjourney und versuch es dann erneut.',
  'failure.connection.shutdown':
    'Der Bot wird neu gestartet und hat aufgehört, auf {upstream} zu warten, daher ist unklar, ob die Änderung Midjourney erreicht hat. Prüfe es gleich mit `/speed status` und versuch es dann bei Bedarf erneut.',
  'failure.connection':
    '{upstream} war nicht erreichbar (die Verbindung ist fehlgeschlagen). Versuch es in einer Minute erneut; wenn das immer wieder passiert, bitte den Bot-Betreiber, das Netzwerk und {variable} zu prüfen.',
  'failure.status': '{upstream} hatte ein Problem (HTTP {status}). Versuch es in ein paar Minuten erneut.',
  'failure.statusUnknown': '{upstream} hatte ein Problem. Versuch es in ein paar Minuten erneut.',
  'failure.invalidBody':
    '{upstream} hat eine Antwort geschickt, die der Bot nicht lesen konnte. Versuch es in ein paar Minuten erneut; wenn das immer wieder passiert, sag dem Bot-Betreiber Bescheid.',
  'failure.bodyTooLarge':
    '{upstream} hat eine unerwartet große Antwort geschickt, die der Bot ignoriert hat. Versuch es in ein paar Minuten erneut; wenn das immer wieder passiert, sag dem Bot-Betreiber Bescheid.',
  'failure.offline.reconnecting':
    '{upstream} verbindet das Midjourney-Konto nach der erneuten Aktivierung noch neu (das dauert ein bis zwei Minuten), daher wurde nichts geändert. {wait, select, unknown {Versuch es in etwa 30 Sek. erneut.} moment {Versuch es in ein paar Sekunden erneut.} minutes {Versuch es in {minutes, number} Minuten erneut.} other {Versuch es in {seconds, number} Sek. erneut.}}',
  'failure.offline.dailyRestart':
    '{upstream} startet seine Konten kurz nach Mitternacht (nach seiner eigenen Uhr) neu, daher wurde nichts geändert. {wait, select, unknown {Versuch es in etwa 30 Sek. erneut.} moment {Versuch es in ein paar Sekunden erneut.} minutes {Versuch es in {minutes, number} Minuten erneut.} other {Versuch es in {seconds, number} Sek. erneut.}}',
  'failure.offline':
    '{upstream} hat gerade keine aktive Verbindung zum Discord des Midjourney-Kontos, daher wurde nichts geändert; bitte den Bot-Betreiber, das Konto auf der Kontoseite von {upstream} zu prüfen.',
  'failure.unconfirmed':
    '{upstream} hat die Anfrage angenommen, aber keine Antwort von Midjourney zurückgeschickt, daher ist die Änderung unbestätigt. Führe `/info` in Midjourney aus, um den aktuellen Modus zu prüfen.',
  'failure.withUpstream': '{message} {upstream} meldete: {said}',
  'failure.withUpstreamGlossed': '{message} {upstream} meldete: {said} ({gloss})',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'API-Token',
  'useapi.moderationHalt':
    'Midjourney hat das gemeinsame Konto mit einer offenen Moderationsnachricht oder einem CAPTCHA markiert, daher hat useapi.net es gestoppt.',
  'useapi.captchaHalt':
    'Midjourney verlangt vom gemeinsamen Konto, ein CAPTCHA zu lösen, daher hat useapi.net es gestoppt.',
  'useapi.busy':
    'useapi.net ist ausgelastet (die Auftragswarteschlange von Midjourney ist voll oder Discord drosselt die Anfragen).',
  'useapi.badRequest':
    'useapi.net hat die Anfrage als ungültig abgelehnt. Bitte den Bot-Betreiber, zu prüfen, ob dieser Kanal in useapi.net für Midjourney eingerichtet ist.',
  'useapi.notFound':
    'useapi.net hat für diesen Kanal kein Midjourney-Konto eingerichtet. Bitte den Bot-Betreiber, diesen Kanal in der Midjourney-Konfiguration von useapi.net hinzuzufügen.',
  'useapi.noSubscription':
    'Laut useapi.net fehlt das Abo des Bots oder ist abgelaufen. Bitte den Bot-Betreiber, das Abo bei useapi.net zu verlängern.',
  'useapi.discontinued':
    'useapi.net unterstützt Midjourney möglicherweise nicht mehr (es hat das Ende seiner Midjourney-API zum 24. Juni 2026 angekündigt), daher wurde nichts geändert; bitte den Bot-Betreiber, „Choosing an upstream“ (docs/upstreams.md) zu lesen.',
  'useapi.shutdownNotice':
    'useapi.net unterstützt Midjourney möglicherweise nicht mehr: Es hat das Ende seiner Midjourney-API zum 24. Juni 2026 angekündigt. In „Choosing an upstream“ (docs/upstreams.md) steht, was du stattdessen betreiben kannst (midjourney-proxy).',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': 'Admin-Token',
  'proxy.moderationHalt':
    'Midjourney hat das gemeinsame Konto markiert (eine offene Moderationsnachricht oder eine Sperre), daher hat midjourney-proxy es deaktiviert.',
  'proxy.captchaHalt':
    'Midjourney verlangt vom gemeinsamen Konto, ein CAPTCHA zu lösen, daher hat midjourney-proxy es gesperrt.',
  'proxy.busy':
    'midjourney-proxy ist ausgelastet (eine Kontosynchronisierung wurde abgelehnt oder hat zu lange gedauert, oder Discord drosselt die Anfragen).',
  'proxy.badRequest':
    'midjourney-proxy hat die Anfrage abgelehnt. Bitte den Bot-Betreiber, das Konto auf der Kontoseite des Proxys zu prüfen.',
  'proxy.notFound':
    'midjourney-proxy hat kein Konto für diesen Kanal; lege es dort an oder ordne den Kanal einem Konto zu.',
  'proxy.noSubscription':
    'Laut midjourney-proxy fehlt das Abo des Kontos oder ist abgelaufen. Bitte den Bot-Betreiber, es zu prüfen.',
  'proxy.discontinued':
    'Laut midjourney-proxy unterstützt es Midjourney nicht mehr; bitte den Bot-Betreiber, „Choosing an upstream“ (docs/upstreams.md) zu lesen.',
  'proxy.gloss.autoCaptcha': 'midjourney-proxy löst gerade automatisch ein Midjourney-CAPTCHA.',
  'proxy.gloss.manualCaptcha': 'Midjourney verlangt ein CAPTCHA, das ein Mensch lösen muss.',
  'proxy.gloss.captchaExpired': 'Das CAPTCHA wurde nicht innerhalb von 10 Minuten gelöst und ist abgelaufen.',
  'proxy.gloss.pendingModMessage':
    'Midjourney hat eine Moderationsnachricht geschickt, die jemand lesen und bestätigen muss.',
  'proxy.gloss.blocked': 'Midjourney hat das Konto vorübergehend gesperrt.',
  'proxy.gloss.planCancelled': 'Der Midjourney-Plan des Kontos wurde gekündigt.',
  'proxy.gloss.subscriptionRequired': 'Das Konto braucht ein Midjourney-Abo.',
  'proxy.gloss.subscriptionPaused': 'Das Midjourney-Abo des Kontos ist pausiert.',
  'proxy.gloss.usageExhausted': 'Das Midjourney-Kontingent des Kontos ist aufgebraucht.',
  'proxy.gloss.noPermission': 'Discord hat dem Konto die Berechtigung für eine Anfrage verweigert.',
  'proxy.gloss.syncFailures':
    'midjourney-proxy hat das Konto nach mehr als 10 fehlgeschlagenen Synchronisierungen innerhalb einer Stunde deaktiviert.',
  'proxy.gloss.reconnectFailed':
    'midjourney-proxy konnte das Konto nicht neu verbinden und hat es deaktiviert.',
  'proxy.gloss.initFailed': 'midjourney-proxy konnte das Konto nicht starten.',
  'proxy.gloss.accountUnusable': 'midjourney-proxy meldet das Konto als unbrauchbar.',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {**{mode}-Modus** angefordert von {user}. Midjourney meldet:} other {**{mode}-Modus** angefordert von {user}.}}',
  'switch.jobMode': '{upstream} meldet jetzt den Job-Modus **{jobMode}**.',
  'switch.jobMode.withFastTime':
    '{upstream} meldet jetzt den Job-Modus **{jobMode}** mit {fastTime} Fast-Zeit.',
  'switch.alreadyActive':
    '{upstream} zeigt das Konto bereits im **{mode}**-Modus, daher wurde nichts angeklickt (ein Klick auf den aktiven Modus könnte ihn ausschalten).',
  'switch.alreadyActive.withFastTime':
    '{upstream} zeigt das Konto bereits im **{mode}**-Modus mit {fastTime} Fast-Zeit, daher wurde nichts angeklickt (ein Klick auf den aktiven Modus könnte ihn ausschalten).',
  'switch.autoRelax':
    '⚠️ Bei so wenig verbleibender Fast-Zeit schaltet {upstream} das Konto womöglich selbst auf Relax (das passiert bei {hours, number} Stunden oder weniger, wenn dort Auto-Relax aktiv ist).',
  'switch.notConfirmed':
    'Die Änderung wurde an {upstream} gesendet, konnte aber nicht rechtzeitig bestätigt werden. Führe `/info` in Midjourney oder in einer Minute `/speed status` aus, um den Modus zu prüfen.',
  'switch.notConfirmed.withFastTime':
    'Die Änderung wurde an {upstream} gesendet, konnte aber nicht rechtzeitig bestätigt werden (letzter Stand: {fastTime} Fast-Zeit). Führe `/info` in Midjourney oder in einer Minute `/speed status` aus, um den Modus zu prüfen.',
  'switch.switchBackSet':
    '⏱️ Der Bot schaltet um {time} ({relative}), nach {duration}, zurück auf **Relax** und meldet das hier. Jeder spätere `/speed`-Wechsel hebt das auf.',
  'switch.cancelsSwitchBack':
    '(Damit entfällt das Zurückschalten auf Relax, das {due} fällig gewesen wäre und von {user} festgelegt wurde.)',
  'switch.lowFastTime':
    '⚠️ Die Fast-Stunden werden knapp: laut letztem Stand {fastTime}. `/speed relax` spart den Rest.',
  'switch.lowFastTime.asOf':
    '⚠️ Die Fast-Stunden werden knapp: {fastTime}, Stand {at}. `/speed relax` spart den Rest.',
  'switch.limitHeld':
    '⏱️ Falls die Änderung durchgegangen ist, gilt das Limit von {duration} weiterhin: Der Bot schaltet um {time} ({relative}) zurück auf **Relax** und meldet das in diesem Kanal. Jeder spätere `/speed`-Wechsel hebt das auf.',
  'switch.earlierLimitKept':
    '⏱️ Falls diese Änderung nicht durchging, gilt das früher fällige Zurückschalten von {user} ({timed}): Der Bot schaltet {due} auf **Relax** zurück (sobald er kann, falls die Zeit um ist) und meldet das in {channels}. Jeder spätere `/speed`-Wechsel hebt das auf.',
  'switch.limitHeldAfterFlag':
    '⏱️ Die Änderung wurde gesendet, bevor die Markierung sichtbar war, daher ist das Konto womöglich im {mode}-Modus: Das Limit von {duration} gilt weiterhin. Der Bot schaltet {due} zurück auf **Relax** oder direkt nach `/speed reset`, falls das Konto dann noch gestoppt ist.',
  'switch.cooldown':
    '⏳ Du hast den Modus {last} gewechselt; Mitglieder warten {cooldown} zwischen zwei Wechseln. Versuch es in {remaining} erneut ({retryAt}). An Midjourney wurde nichts gesendet.',
  'switch.queueFull':
    'In diesem Kanal {waiting, plural, one {wartet schon # Anfrage zum Moduswechsel} other {warten schon # Anfragen zum Moduswechsel}}. Es wurde nichts gesendet; versuch es in einer Minute erneut.',
  'switch.invalidMinutes':
    '`minutes` muss eine ganze Zahl von {min, number, ::group-off} bis {max, number, ::group-off} sein (ein Tag). Es wurde nichts geändert.',
  'switch.notSetUp':
    '`/speed` ist in diesem Kanal nicht eingerichtet: Der Kanal ist mit keinem Midjourney-Konto verknüpft, daher wurde nichts gesendet. (Der Bot-Betreiber verknüpft Kanäle mit CHANNEL_MAP.)',
  'switch.notSetUp.useIn':
    '`/speed` ist in diesem Kanal nicht eingerichtet: Der Kanal ist mit keinem Midjourney-Konto verknüpft, daher wurde nichts gesendet. Nutze den Befehl in {channels}. (Der Bot-Betreiber verknüpft Kanäle mit CHANNEL_MAP.)',
  'switchBack.timed': '{timed} (angefordert von {user})',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ {timed} ist abgelaufen: zurück in den **Relax-Modus** geschaltet. Midjourney meldet:} other {⏱️ {timed} ist abgelaufen: zurück in den **Relax-Modus** geschaltet.}}',
  'switchBack.haltedNow':
    '⏱️ {timed} war abgelaufen, aber beim Zurückschalten auf Relax kam es zu einem Moderationsstopp. Der Bot schaltet direkt nach `/speed reset` zurück.',
  'switchBack.heldByHalt':
    '⏱️ {timed} ist abgelaufen, aber Moduswechsel sind gestoppt ({halt}), daher hat der Bot nichts an Midjourney gesendet und **noch nicht** auf Relax zurückgeschaltet: Das Konto ist womöglich noch im {mode}-Modus. Sobald die Moderation geklärt ist und ein Admin `/speed reset` ausführt, schaltet der Bot sofort zurück auf Relax.',
  'switchBack.failed':
    '⏱️ {timed} ist abgelaufen, aber das Zurückschalten auf Relax ist fehlgeschlagen: {failure} {retry}',
  'switchBack.queueFull':
    '⏱️ {timed} ist abgelaufen, aber es warteten zu viele Anfragen für dieses Konto, daher hat der Bot noch nicht auf Relax zurückgeschaltet. {retry}',
  'switchBack.retry':
    'Das Konto ist womöglich noch im {mode}-Modus: Der Bot versucht es {at} erneut und so lange weiter, bis es klappt (nur dieser erste Fehlschlag wird gemeldet). `/speed relax` schaltet sofort um.',
  'switchBack.late.failures': '({late} zu spät: Die vorherigen Versuche sind fehlgeschlagen.)',
  'switchBack.late.halt': '({late} zu spät: Das Konto war bis zum Reset gestoppt.)',
  'switchBack.late.botDown': '({late} zu spät: Der Bot lief nicht, als die Zeit abgelaufen war.)',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'Reset (Admins)',
  'halt.solvedResetButton': 'Gelöst: Reset',
  'halt.flagged':
    '⛔ **Midjourney hat das gemeinsame Konto markiert: Moduswechsel sind in diesem Kanal gestoppt.**',
  'halt.refused.unknown':
    '{cause, select, captcha {Eine Anfrage wurde abgelehnt: Midjourney verlangt vom Konto ein CAPTCHA.} other {Eine Anfrage wurde abgelehnt: Midjourney hat dem Konto eine offene Moderationsnachricht oder ein CAPTCHA geschickt.}}',
  'halt.refused.status':
    '{cause, select, captcha {Die Fast-Stunden-Abfrage von `/speed status` durch {user} wurde abgelehnt: Midjourney verlangt vom Konto ein CAPTCHA.} other {Die Fast-Stunden-Abfrage von `/speed status` durch {user} wurde abgelehnt: Midjourney hat dem Konto eine offene Moderationsnachricht oder ein CAPTCHA geschickt.}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {Das automatische Zurückschalten auf Relax nach der befristeten Änderung von {user} wurde abgelehnt: Midjourney verlangt vom Konto ein CAPTCHA.} other {Das automatische Zurückschalten auf Relax nach der befristeten Änderung von {user} wurde abgelehnt: Midjourney hat dem Konto eine offene Moderationsnachricht oder ein CAPTCHA geschickt.}}',
  'halt.refused.command':
    '{cause, select, captcha {`/speed {command}` von {user} wurde abgelehnt: Midjourney verlangt vom Konto ein CAPTCHA.} other {`/speed {command}` von {user} wurde abgelehnt: Midjourney hat dem Konto eine offene Moderationsnachricht oder ein CAPTCHA geschickt.}}',
  'halt.upstreamSaid': '{upstream} meldete:',
  'halt.whatToDo': '**Was tun?**',
  'halt.step.logIn':
    '1. Melde dich im Discord-Konto des Teams für Midjourney an und öffne dessen Midjourney-Nachrichten.',
  'halt.step.solveCaptcha':
    '2. Löse das CAPTCHA für dieses Konto: Admins finden den Link in `/speed status` (er wird nie hier gepostet).',
  'halt.step.resolveModeration':
    '2. Lies und bestätige die Moderationsnachricht oder löse das CAPTCHA. Bei einem CAPTCHA führe dort manuell `/imagine` aus, falls der Verifizierungsdialog nicht erscheint.',
  'halt.step.reset': '3. Dann nutzt ein Admin ({admins}) `/speed reset` oder klickt unten auf **Reset**.',
  'halt.untilReset':
    'Bis dahin sendet der Bot aus diesem Kanal nichts an Midjourney: Weitere Anfragen können zum Bann des Kontos führen.',
  'halt.joined':
    '⛔ Deine Anfrage wurde zusammen mit einer identischen gesendet ({halt}), die auf einen Moderationsstopp gestoßen ist: Moduswechsel sind in diesem Kanal gestoppt. Die Anleitung steht im Kanal; sobald alles geklärt ist, können {admins} `/speed reset` ausführen.',
  'halt.already':
    '⛔ Moduswechsel sind in diesem Kanal gestoppt ({halt}): Midjourney wartet darauf, dass eine Moderationsnachricht oder ein CAPTCHA erledigt wird. An Midjourney wurde nichts gesendet. Sobald das erledigt ist, können {admins} `/speed reset` ausführen.',
  'halt.reset.done':
    '✅ {user} hat das Midjourney-Konto bei {upstream} zurückgesetzt: Moduswechsel sind in diesem Kanal wieder erlaubt.',
  'halt.reset.noHaltRecorded':
    '(Der Bot hatte hier keinen Stopp gespeichert; {upstream} wurde trotzdem zurückgesetzt.)',
  'halt.reset.unconfirmed':
    '(Bei {upstream} ließ sich nicht bestätigen, dass die Moderationsmarkierung weg ist; `/speed status` kann erneut prüfen.)',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream} meldet weiterhin ein CAPTCHA auf dem Konto; löse es im Midjourney-Konto (der Admin, der zurückgesetzt hat, hat den Link), sonst löst der nächste Moduswechsel erneut einen Stopp aus.',
  'halt.reset.stillModeration':
    '⚠️ {upstream} meldet weiterhin eine offene Moderationsnachricht; kläre sie im Midjourney-Konto, sonst löst der nächste Moduswechsel erneut einen Stopp aus.',
  'halt.reset.stillDisabled':
    '⚠️ {upstream} hat das Konto weiterhin deaktiviert; der nächste Moduswechsel wird fehlschlagen.',
  'halt.reset.captchaCleared':
    'Der Bot hat {upstream} mitgeteilt, dass das CAPTCHA gelöst wurde ({upstream} prüft das nicht). Falls nicht, fragt Midjourney bei der nächsten Aktion des Kontos erneut, und der nächste Moduswechsel löst erneut einen Stopp aus; Admins finden den neuen Link dann in `/speed status`.',
  'halt.reset.enabledAgain':
    '{upstream} hat das Konto wieder aktiviert und verbindet es innerhalb von ein bis zwei Minuten neu; ein Moduswechsel wartet in der Zwischenzeit darauf oder sagt, wann du es erneut versuchen kannst.',
  'halt.reset.switchBackNow':
    '⏱️ Das Konto ist womöglich noch im {mode}-Modus ({timed} von {user}, fällig {due}): Der Bot schaltet jetzt zurück auf **Relax** und meldet das in {channels}.',
  'halt.reset.failed': 'Der Reset hat nicht geklappt. {failure}',
  'halt.reset.notPersisted':
    '{upstream} hat das Konto zurückgesetzt, aber der Zustandsspeicher antwortet nicht, daher ist dieser Kanal weiterhin als gestoppt markiert. Versuch `/speed reset` erneut, sobald der Speicher wieder antwortet, und sag dem Bot-Betreiber Bescheid.',
  'halt.reset.queueFull':
    'In diesem Kanal {waiting, plural, one {wartet schon # Anfrage} other {warten schon # Anfragen}}. Es wurde nichts gesendet; versuch es in einer Minute erneut.',
  'halt.solveCaptchaFirst':
    '🔒 {upstream} meldet das Konto als durch ein CAPTCHA gesperrt. Löse es zuerst unter {link}, während du im Discord-Konto angemeldet bist, das Midjourney nutzt, und klicke dann unten auf **{button}**: Der Reset teilt {upstream} nur mit, dass das CAPTCHA gelöst wurde, und niemand prüft das. Es wurde noch nichts zurückgesetzt. (Nur du siehst diesen Link.)',
  'halt.reset.stillLocked':
    '🔒 {upstream} meldet das Konto weiterhin als durch ein CAPTCHA gesperrt. Löse es unter {link}, während du im Discord-Konto angemeldet bist, das Midjourney nutzt, und führe dann erneut `/speed reset` aus. (Nur du siehst diesen Link.)',
  'halt.reset.stillLockedNoLink':
    '🔒 {upstream} meldet das Konto weiterhin als durch ein CAPTCHA gesperrt und liefert keinen Link: Löse es im Discord-Konto, das Midjourney nutzt (oder auf der Kontoseite von {upstream}), und führe dann erneut `/speed reset` aus.',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': 'Nur {admins} können das Midjourney-Konto zurücksetzen. Es wurde nichts geändert.',
  'speed.unsupportedButton':
    'Diese Schaltfläche wird nicht mehr unterstützt, daher wurde nichts getan. Mit `/speed status` siehst du, wie es um das Konto steht.',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **Gestoppt** {summary}.',
  'status.notHalted': '✅ Nicht gestoppt: Moduswechsel sind erlaubt.',
  'status.lastChange': 'Letzter Moduswechsel: **{mode}** von {user} am {at}.',
  'status.lastChange.automatic':
    'Letzter Moduswechsel: **{mode}** (automatisches Zurückschalten) für {user} am {at}.',
  'status.lastChange.none': 'Letzter Moduswechsel: keiner gespeichert.',
  'status.switchBack.due': '⏱️ Zurückschalten auf **Relax** am {at}: {timed} von {user}.',
  'status.switchBack.overdueHalted':
    '⏱️ Zurückschalten auf **Relax** überfällig (fällig {since}): {timed} von {user}. Das Konto ist womöglich noch im {mode}-Modus; es schaltet direkt nach `/speed reset` zurück.',
  'status.switchBack.overdueRetrying':
    '⏱️ Zurückschalten auf **Relax** überfällig (fällig {since}), neuer Versuch läuft: {timed} von {user}. Das Konto ist womöglich noch im {mode}-Modus; `/speed relax` schaltet sofort um.',
  'status.fastTime.known':
    'Fast-Zeit: **{figures}**{low, select, yes { ⚠️ wird knapp} other {}}, laut Midjourneys /info {when}.',
  'status.fastTime.knownUndated':
    'Fast-Zeit: **{figures}**{low, select, yes { ⚠️ wird knapp} other {}}, laut Midjourneys /info (Zeitpunkt der Abfrage unbekannt).',
  'status.fastTime.unknownMissing': 'Fast-Zeit: unbekannt (Midjourneys /info hat sie nicht angezeigt).',
  'status.fastTime.unknownHalted': 'Fast-Zeit: unbekannt (keine Abfrage, solange das Konto gestoppt ist).',
  'status.fastTime.unknownUnchecked':
    'Fast-Zeit: unbekannt (keine Abfrage, solange der Bot nicht auf einen Stopp prüfen kann).',
  'status.fastTime.unknownBusy':
    'Fast-Zeit: unbekannt (zu viele Anfragen warten auf dieses Konto; versuch es in einer Minute erneut).',
  'status.fastTime.unknownRestarting':
    'Fast-Zeit: unbekannt (der Bot wird neu gestartet; versuch es gleich noch einmal).',
  'status.fastTime.unknownFailed': 'Fast-Zeit: unbekannt. {failure}',
  'status.account.unreadable': 'Konto bei {upstream}: konnte nicht gelesen werden. {failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    'Konto bei {upstream}: **durch ein CAPTCHA gesperrt**. Löse es unter {link}, während du im Discord-Konto angemeldet bist, das Midjourney nutzt, und führe dann `/speed reset` aus. (Nur Admins sehen das.){jobModeKnown, select, yes { Job-Modus: {jobMode}.} other {}}',
  'status.account.captchaNoLink':
    'Konto bei {upstream}: **durch ein CAPTCHA gesperrt**. Es gibt keinen Link: Löse es im Discord-Konto, das Midjourney nutzt, oder auf der Kontoseite von {upstream} und führe dann `/speed reset` aus. (Nur Admins sehen das.){jobModeKnown, select, yes { Job-Modus: {jobMode}.} other {}}',
  'status.account.pendingModeration': 'Konto bei {upstream}: **offene Moderationsnachricht**',
  'status.account.sameText': '(Derselbe Text wie beim Stopp oben.)',
  'status.account.switchedOff':
    'Konto bei {upstream}: **deaktiviert** (kein Moderationsstopp).{jobModeKnown, select, yes { Job-Modus: {jobMode}.} other {}}',
  'status.account.clear':
    'Konto bei {upstream}: keine offene Moderationsnachricht.{jobModeKnown, select, yes { Job-Modus: {jobMode}.} other {}}',
  'status.mappedAccount': 'Kanal bei {upstream}: `{channel}` (aus CHANNEL_MAP).',
  'status.store': 'Zustandsspeicher: {store}.',
  'status.store.sqlite': 'SQLite-Datei {location}',
  'status.store.redis': 'Redis unter {location}',
  'history.storeUnavailable':
    'Der Zustandsspeicher antwortet nicht, daher kann der Verlauf nicht angezeigt werden. Sag dem Bot-Betreiber Bescheid.',
  'history.empty':
    'Für dieses Midjourney-Konto sind noch keine Moduswechsel, Resets oder Stopps gespeichert.',
  'history.heading':
    '**{count, plural, one {Letzter Moduswechsel, Reset oder Stopp} other {Letzte # Moduswechsel, Resets und Stopps}}** dieses Midjourney-Kontos (neueste zuerst):',
  'history.line': '{when} {what}: {outcome}',
  'history.what.reset': '**Reset** durch {user}',
  'history.what.info': 'Fast-Stunden-Abfrage durch {user}',
  'history.what.switchBack': '**Relax**, automatisch nach {timed} von {user}',
  'history.what.timed': '{timed} von {user}',
  'history.what.untimed': '**{mode}** von {user}',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ bereits aktiv',
  'history.outcome.halted': '⛔ auf Moderationsstopp gestoßen',
  'history.outcome.skippedHalted': '⏸️ nicht gesendet: Konto war gestoppt',
  'history.outcome.failed': '❌ fehlgeschlagen',
  'history.outcome.failedBecause': '❌ fehlgeschlagen ({reason})',
  'history.outcome.late': '{outcome}, {duration} zu spät',
  'history.failure.busy': '{upstream} ausgelastet',
  'history.failure.unauthorized': '{token} abgelehnt',
  'history.failure.noSubscription': 'kein Abo bei {upstream}',
  'history.failure.badRequest': 'Anfrage als ungültig abgelehnt',
  'history.failure.notFound': 'kein Konto eingerichtet',
  'history.failure.accountDisabled': 'Konto bei {upstream} deaktiviert',
  'history.failure.discontinued': '{upstream} unterstützt Midjourney nicht mehr',
  'history.failure.unavailable': '{upstream} nicht erreichbar',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    'Nur Mitglieder mit {roles} (oder Admins) dürfen zu **{mode}** wechseln. An Midjourney wurde nichts gesendet; `/speed relax` steht allen offen.',
  'modes.refused.tooLong':
    '**{mode}** ist hier auf {limit} am Stück begrenzt: Gib für `minutes` höchstens {max, number} an oder lass die Option weg, um {max, number} zu bekommen. An Midjourney wurde nichts gesendet.',
  'modes.refused.settingsNotRead':
    'Der Bot konnte die Team-Einstellungen dieses Servers gerade nicht lesen, daher weiß er nicht, ob du **{mode}** nutzen darfst und wie lange. An Midjourney wurde nichts gesendet; versuch es in einer Minute erneut. `/speed relax` steht allen offen.',
  'modes.limitNote': '({mode} ist hier auf {limit} am Stück begrenzt.)',
  'modes.line': 'Erlaubte Modi: {allowed}.',
  'modes.line.withRefused': 'Erlaubte Modi: {allowed}. Nicht für dich: {refused}.',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}** (bis {limit})',
  'modes.refused': '{mode} (nur mit {roles})',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ **Stopp** für das Midjourney-Konto `{account}`: {cause, select, captcha {CAPTCHA} other {Moderationsstopp}}{inChannel, select, yes { in {channel}} other {}}, erkannt durch {source}. Moduswechsel dieses Kontos sind gestoppt.',
  'alert.halt.upstreamFlag': 'die Kontomarkierung von {upstream}',
  'alert.halt.said': '{upstream} meldete:',
  'alert.halt.admins': 'Admins',
  'alert.halt.resolve':
    '{admins}: {cause, select, captcha {Löst das CAPTCHA im Midjourney-Konto (der Link steht in `/speed status`, nur für Admins)} other {Klärt es im Midjourney-Konto}} und führt dann `/speed reset`{inChannel, select, yes { in {channel}} other {}} aus.',
  'alert.reset':
    '✅ {user} hat das Midjourney-Konto `{account}` in {channel} zurückgesetzt. {flag, select, unconfirmed {Bei {upstream} ließ sich nicht bestätigen, dass die Markierung weg ist.} captcha {⚠️ {upstream} meldet weiterhin ein CAPTCHA: Der nächste Moduswechsel löst erneut einen Stopp aus.} moderation {⚠️ {upstream} meldet weiterhin eine offene Moderationsnachricht: Der nächste Moduswechsel löst erneut einen Stopp aus.} switchedOff {⚠️ {upstream} hat das Konto weiterhin deaktiviert: Der nächste Moduswechsel wird fehlschlagen.} other {{upstream} meldet keine Markierung mehr.}}',
  'alert.change.untimed':
    '🔁 {user} hat das Midjourney-Konto `{account}` in {channel} auf **{mode}** umgestellt, ohne Zeitlimit.',
  'alert.change.timed':
    '🔁 {user} hat das Midjourney-Konto `{account}` in {channel} für {duration} auf **{mode}** umgestellt (zurück auf Relax am {due}).',
  'alert.switchBack.switched':
    '⏱️ Automatisches Zurückschalten des Midjourney-Kontos `{account}` in {channel} auf **Relax** nach {timed} von {user}.',
  'alert.switchBack.failed':
    '❌ Das Zurückschalten des Midjourney-Kontos `{account}` in {channel} auf Relax nach {timed} von {user} ist fehlgeschlagen: {failure} Das Konto ist womöglich noch im {mode}-Modus. Der Bot versucht es {retry} erneut und so lange weiter, bis es klappt; ein Erfolg wird hier gemeldet.',
  'alert.switchBack.held':
    '⏸️ Das Zurückschalten des Midjourney-Kontos `{account}` in {channel} auf Relax nach {timed} von {user} ist zurückgestellt: Das Konto ist gestoppt, daher wurde nichts gesendet. Das Konto ist womöglich noch im {mode}-Modus. Es erfolgt direkt nach `/speed reset`.',
  'alert.switchBack.queueFull':
    '⏸️ Das Zurückschalten des Midjourney-Kontos `{account}` in {channel} auf Relax nach {timed} von {user} ist verspätet: Es warteten zu viele Anfragen. Das Konto ist womöglich noch im {mode}-Modus. Der Bot versucht es {retry} erneut.',
  'alert.blockEnd':
    '⏰ Die Midjourney-Sperre des Midjourney-Kontos `{account}` ist laut dem Moderationstext seines Stopps am {ended} abgelaufen. Das Konto ist weiterhin gestoppt: Ein Admin kann es in Midjourney prüfen und `/speed reset` ausführen. Der Bot setzt es nie von selbst zurück.',
  'alert.blockEnd.met':
    '⏰ Die Midjourney-Sperre des Midjourney-Kontos `{account}` ist laut dem Moderationstext seines Stopps (erkannt in {channel} durch {user}) am {ended} abgelaufen. Das Konto ist weiterhin gestoppt: Ein Admin kann es in Midjourney prüfen und `/speed reset` ausführen. Der Bot setzt es nie von selbst zurück.',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ Laut Moderationstext endet die Sperre am {ends}. Der Bot erinnert dann die Admins; er setzt das Konto nie selbst zurück.',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': 'Geschwindigkeitsmodus des gemeinsamen Midjourney-Kontos wechseln oder prüfen',
  'command.speed.fast': 'Gemeinsames Midjourney-Konto in den Fast-Modus schalten (verbraucht Fast-Stunden)',
  'command.speed.turbo':
    'Gemeinsames Midjourney-Konto in den Turbo-Modus schalten (am schnellsten, doppelte Fast-Stunden)',
  'command.speed.relax':
    'Gemeinsames Midjourney-Konto in den Relax-Modus schalten (keine Fast-Stunden, langsamer)',
  'command.speed.minutes':
    'Nach so vielen Minuten zurück auf Relax schalten ({min, number, ::group-off}-{max, number, ::group-off})',
  'command.speed.reset': 'Admins: Moderationsstopp aufheben, nachdem er in Midjourney geklärt wurde',
  'command.speed.status': 'Stopp, letzten Wechsel, anstehendes Zurückschalten und Fast-Stunden anzeigen',
  'command.speed.panel':
    'Admins: Live-Panel zum Zustand des Kontos hier posten, mit einer Schaltfläche pro Modus',
  'command.speed.history':
    '{count, plural, one {Letzten Moduswechsel, Reset oder Stopp} other {Letzte # Moduswechsel, Resets und Stopps}} des Kontos anzeigen',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} {mode}-Modus',
  'panel.heading.unknown': '## Modus noch nicht über den Bot eingestellt',
  'panel.heading.halted': '## ⛔ Gestoppt: Moduswechsel sind ausgesetzt',
  'panel.setBy': 'Eingestellt von {user} am {at} ({ago}).',
  'panel.setAutomatically':
    'Automatisch zurückgeschaltet am {at} ({ago}), als die befristete Änderung von {user} endete.',
  'panel.unknownHint':
    'Drück unten auf eine Schaltfläche, um das Konto umzuschalten; das Panel zeigt dann, wer es wann getan hat.',
  'panel.switchBack.due':
    '⏱️ Zurück auf **Relax** {when} (um {time}), nach {length} im {mode}-Modus, angefordert von {user}.',
  'panel.switchBack.retrying':
    '⏱️ Das Zurückschalten auf **Relax** war {due} fällig und ist noch nicht durchgegangen; der Bot versucht es {next} erneut. Das Konto ist womöglich noch im {mode}-Modus.',
  'panel.switchBack.held':
    '⏱️ Das Zurückschalten auf **Relax** war {due} fällig; es erfolgt direkt nach dem Reset. Das Konto ist womöglich noch im {mode}-Modus.',
  'panel.halt.since':
    '{cause, select, captcha {Midjourney hat das Konto {ago} ({at}) mit einem CAPTCHA gesperrt.} other {Midjourney hat das Konto {ago} ({at}) mit einer Moderationsnachricht markiert.}} Der Bot sendet nichts an Midjourney, bis ein Admin das Konto zurücksetzt.',
  'panel.halt.said': '{upstream} meldete:',
  'panel.halt.blockEnds': '🗓️ Laut Moderationstext endet die Sperre am {at} ({ago}).',
  'panel.halt.lastMode': 'Zuletzt über den Bot eingestellt: **{mode}**, von {user} {ago}.',
  'panel.halt.help':
    '-# Kläre es zuerst im Discord-Konto, das Midjourney nutzt (Admins finden die Details in `/speed status`), dann drückt ein Admin auf **Reset**.',
  'panel.fastTime.figures.ofTotal': '{remaining, number} von {total, number} Std. ({percent, number} %)',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} von {total, number} Std.',
  'panel.fastTime.figures.remaining': '{remaining, number} Std.',
  'panel.fastTime.read': '⛽ Verbleibende Fast-Zeit: **{figures}**, abgefragt {ago}.',
  'panel.fastTime.readUndated': '⛽ Verbleibende Fast-Zeit: **{figures}** laut letztem Stand.',
  'panel.fastTime.missing':
    '⛽ Verbleibende Fast-Zeit: unbekannt (Midjourneys /info hat sie {ago} nicht angezeigt).',
  'panel.fastTime.none':
    '⛽ Verbleibende Fast-Zeit: noch nicht abgefragt. `/speed status` fragt sie ab; das Panel fragt Midjourney nie selbst.',
  'panel.fastTime.low': '⚠️ Die Fast-Stunden werden knapp: **Relax** spart den Rest.',
  'panel.footer':
    '-# Dieses Panel aktualisiert sich nach jeder Änderung selbst. Seine Schaltflächen wechseln den Modus für alle, nach denselben Regeln wie `/speed`.',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    'Nur Mitglieder mit „Server verwalten“ oder „Administrator“ können das Speed-Panel posten. Es wurde nichts gepostet.',
  'panel.refused.notAdminOrRoles':
    'Nur Mitglieder mit „Server verwalten“ oder „Administrator“ oder {roles} können das Speed-Panel posten. Es wurde nichts gepostet.',
  'panel.posted.pinned':
    '📌 Das Speed-Panel ist hier gepostet und angeheftet. Es aktualisiert sich innerhalb von Sekunden nach jeder Änderung am Konto, egal wo sie gemacht wird.',
  'panel.posted.notPinned':
    '📌 Das Speed-Panel ist hier gepostet. Es aktualisiert sich innerhalb von Sekunden nach jeder Änderung am Konto, egal wo sie gemacht wird.',
  'panel.pin.noPermission':
    'Der Bot konnte es nicht anheften: Er braucht in diesem Kanal die Berechtigung „Nachrichten anheften“. Hefte es selbst an oder gib dem Bot diese Berechtigung und führe `/speed panel` erneut aus.',
  'panel.pin.failed':
    'Discord hat dem Bot das Anheften nicht erlaubt ({reason}). Hefte es selbst an, wenn du möchtest.',
  'panel.pin.timeout':
    'Discord hat nicht rechtzeitig geantwortet, als der Bot es anheften wollte. Hefte es selbst an, wenn du möchtest.',
  'panel.pin.unreachable':
    'Der Bot konnte Discord nicht erreichen, um es anzuheften. Hefte es selbst an, wenn du möchtest.',
  'panel.replaced.deleted': 'Das zuvor hier gepostete Panel wurde gelöscht.',
  'panel.replaced.left':
    'Das zuvor hier gepostete Panel konnte nicht gelöscht werden: Es wird nicht mehr aktualisiert, also lösch es selbst.',
  'panel.notPosted.permissions':
    'Der Bot konnte das Panel hier nicht posten: Er braucht in diesem Kanal „Kanal ansehen“ und „Nachrichten senden“. Es wurde nichts gepostet.',
  'panel.notPosted.failed':
    'Discord hat das Panel nicht angenommen ({reason}), daher wurde nichts gepostet. Versuch es in einer Minute erneut.',
  'panel.notPosted.timeout':
    'Discord hat nicht rechtzeitig geantwortet. Das Panel wurde daher vielleicht nicht gepostet, und falls doch, aktualisiert es sich nicht: Lösch es, falls es auftaucht, und führe `/speed panel` in einer Minute erneut aus.',
  'panel.notPosted.unreachable':
    'Der Bot konnte Discord nicht erreichen, daher wurde nichts gepostet. Versuch es in einer Minute erneut.',
  'panel.notPosted.store':
    'Der Zustandsspeicher antwortet nicht, daher wurde das Panel nicht gepostet: Es muss gespeichert sein, um sich weiter zu aktualisieren. Versuch es in einer Minute erneut und sag dem Bot-Betreiber Bescheid, wenn das anhält.',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ Midjourney hat das Konto markiert, als deine Anfrage gesendet wurde. Die Anleitung steht im Kanal, und das Panel zeigt den Stopp.',
  'panel.click.remapped':
    'Dieses Panel zeigt ein Konto, das dieser Kanal nicht mehr nutzt, daher wurde nichts an Midjourney gesendet. Bitte einen Admin, hier erneut `/speed panel` auszuführen, um ein Panel für das Konto zu posten, das der Kanal jetzt nutzt.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ Das Speed-Panel in {channel} kann nicht mehr aktualisiert werden: Discord verweigert dem Bot den Zugriff darauf ({reason}). Gib dem Bot dort „Kanal ansehen“ oder poste mit `/speed panel` ein neues Panel.',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    'Admins: wer Turbo und Fast nutzen darf, wie lange, Wartezeit, Benachrichtigungskanal, Sprache',
  'settings.name.turboRoleIds': 'Wer Turbo nutzen darf',
  'settings.name.fastRoleIds': 'Wer Fast nutzen darf',
  'settings.name.turboMaxMinutes': 'Höchstdauer für Turbo',
  'settings.name.fastMaxMinutes': 'Höchstdauer für Fast',
  'settings.name.cooldownSeconds': 'Wartezeit zwischen Wechseln',
  'settings.name.alertChannelId': 'Benachrichtigungskanal',
  'settings.name.locale': 'Sprache öffentlicher Nachrichten',
  'settings.value.everyone': 'alle',
  'settings.value.roles': '{roles} (und Admins)',
  'settings.value.moreRoles': '{more, plural, one {# weitere Rolle} other {# weitere Rollen}}',
  'settings.value.noLimit': 'kein Limit',
  'settings.value.cooldownOff': 'aus',
  'settings.value.noAlertChannel': 'keiner',
  'settings.value.discordLanguage': 'die Discord-Sprache des Servers',
  'settings.source.operator': 'vom Bot-Betreiber festgelegt ({variable})',
  'settings.source.discord': 'hier gewählt',
  'settings.source.default': 'Standard',
  'settings.view.heading':
    '⚙️ **Team-Einstellungen dieses Servers.** Nur Admins sehen und ändern sie; jede Änderung gilt sofort, steht in `/speed history` und wird im Benachrichtigungskanal gemeldet.',
  'settings.view.line': '**{setting}**: {value} — {source}',
  'settings.view.fixedNote':
    'Vom Bot-Betreiber festgelegte Einstellungen stehen in den Umgebungsvariablen des Bots: Sie lassen sich nicht über Discord ändern.',
  'settings.view.notRead':
    '⚠️ Der Zustandsspeicher antwortet nicht, daher sind das womöglich nicht die aktuellen Einstellungen. Sag dem Bot-Betreiber Bescheid.',
  'settings.outcome.changed': '✅ Gespeichert; gilt ab sofort:',
  'settings.outcome.unchanged': 'Nichts geändert: Das ist bereits die aktuelle Einstellung.',
  'settings.outcome.notSaved':
    '⚠️ Der Zustandsspeicher antwortet nicht, daher wurde nichts geändert. Versuch es gleich noch einmal; wenn das immer wieder passiert, sag dem Bot-Betreiber Bescheid.',
  'settings.change.line': '**{setting}**: {from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Wer Turbo nutzen darf (keine Auswahl: alle)',
  'settings.control.fastRolesPlaceholder': 'Wer Fast nutzen darf (keine Auswahl: alle)',
  'settings.control.alertChannelPlaceholder': 'Benachrichtigungskanal (ein Textkanal)',
  'settings.control.languagePlaceholder': 'Sprache öffentlicher Nachrichten',
  'settings.control.discordLanguageOption': 'Discord-Sprache des Servers',
  'settings.control.fixedPlaceholder': '{setting}: vom Bot-Betreiber festgelegt',
  'settings.control.limitsButton': 'Limits und Wartezeit…',
  'settings.control.clearAlertChannelButton': 'Kein Benachrichtigungskanal',
  'settings.modal.title': 'Limits und Wartezeit',
  'settings.modal.maxMinutesDescription': 'Minuten, {min, number} bis {max, number}; leer: kein Limit',
  'settings.modal.cooldownDescription': 'Sekunden, {min, number} bis {max, number}; 0 oder leer: aus',
  'settings.refused.notAdmin':
    'Nur Mitglieder mit „Server verwalten“ oder „Administrator“ können die Team-Einstellungen sehen und ändern. Es wurde nichts geändert.',
  'settings.refused.notAdminWithRoles':
    'Nur Mitglieder mit „Server verwalten“ oder „Administrator“ oder {roles} können die Team-Einstellungen sehen und ändern. Es wurde nichts geändert.',
  'settings.refused.fixed':
    '{count, plural, one {Diese Einstellung legt der Bot-Betreiber in den Umgebungsvariablen des Bots fest, daher lässt sie sich nicht über Discord ändern: {settings}.} other {Diese Einstellungen legt der Bot-Betreiber in den Umgebungsvariablen des Bots fest, daher lassen sie sich nicht über Discord ändern: {settings}.}} Es wurde nichts geändert.',
  'settings.refused.unknownControl':
    'Dieses Bedienelement wird nicht mehr unterstützt, daher wurde nichts geändert. Führe `/speed settings` erneut aus.',
  'settings.invalid.roles':
    'Es können nur Rollen dieses Servers gewählt werden, daher wurde nichts geändert.',
  'settings.invalid.channel':
    'Der Benachrichtigungskanal muss ein Textkanal dieses Servers sein, daher wurde nichts geändert.',
  'settings.notChecked.channel':
    'Der Bot konnte den Kanal nicht bei Discord prüfen, daher wurde nichts geändert. Versuch es noch einmal.',
  'settings.invalid.language': 'Diese Sprache spricht der Bot nicht, daher wurde nichts geändert.',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}** muss eine Anzahl Minuten sein (ohne Limit: leer lassen).',
  'settings.invalid.maxMinutes.notWhole': '**{setting}** muss eine ganze Zahl von Minuten sein.',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}** muss mindestens {min, number} sein (ohne Limit: leer lassen).',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}** darf höchstens {max, number} sein (ein Tag).',
  'settings.invalid.cooldown.notNumber':
    '**{setting}** muss eine Anzahl Sekunden sein (0 schaltet die Wartezeit aus).',
  'settings.invalid.cooldown.notWhole': '**{setting}** muss eine ganze Zahl von Sekunden sein.',
  'settings.invalid.cooldown.tooSmall': '**{setting}** muss {min, number} (aus) oder mehr sein.',
  'settings.invalid.cooldown.tooLarge': '**{setting}** darf höchstens {max, number} sein (ein Tag).',
  'settings.invalid.nothingChanged':
    'Es wurde nichts geändert: Drück erneut auf **Limits und Wartezeit…**, um es zu korrigieren.',
  'settings.history.heading': '**Änderungen der Team-Einstellungen** dieses Servers (neueste zuerst):',
  'settings.history.line': '{when} **{setting}** geändert von {admin}: {from} → {to}',
  'settings.alert.heading': '⚙️ {admin} hat die Team-Einstellungen dieses Servers geändert:',
};
