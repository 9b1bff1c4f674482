import type { Catalog } from './en-US.js';

/**
 * Everything the bot says, in French (fr): "vous", salons and serveurs as Discord's French interface says,
 * a no-break space before : ; ? ! and inside « », and the typographic apostrophe (which ICU never reads as
 * quoting). A halt is a « suspension », the switch back a « retour à Relax », fast hours « heures Fast ».
 */
export const fr: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} s',
  'duration.minutes': '{minutes, number} min',
  'duration.minutesSeconds': '{minutes, number} min {seconds, number} s',
  'duration.hours': '{hours, number} h',
  'duration.hoursMinutes': '{hours, number} h {minutes, number} min',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly':
    'Ce bot ne fonctionne que dans les salons d’un serveur : utilisez `/speed` dans un salon de votre serveur.',
  'router.otherGuild':
    'Ce bot ne sert que les serveurs de sa propre équipe, et ce serveur n’en fait pas partie : rien n’a donc été fait. Si vous gérez ce serveur et voulez ce bot, installez votre propre copie.',
  'router.shuttingDown': 'Le bot redémarre. Réessayez dans un instant.',
  'router.unexpected':
    'Un problème est survenu dans le bot : cette demande n’a peut-être pas abouti. Vérifiez avec `/speed status`, puis réessayez ; si cela se reproduit, prévenez l’opérateur du bot.',
  'router.answeredPrivately': 'Réponse envoyée en privé.',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting':
    'Le bot redémarre : cette demande n’a donc pas été envoyée à Midjourney. Réessayez dans un instant.',
  'reply.admins': 'les membres ayant Gérer le serveur ou Administrateur',
  'reply.admins.withRoles': 'les membres ayant Gérer le serveur ou Administrateur, ou {roles}',
  'reply.moreItems': '{count, plural, one {# autre} other {# autres}}',
  'reply.timedLabel': '**{mode}** pour {duration}',
  'reply.haltSource.status': 'la vérification des heures Fast de `/speed status` par {user}',
  'reply.haltSource.switchBack': 'le retour automatique à Relax après le changement temporaire de {user}',
  'reply.haltSource.command': '`/speed {command}` par {user}',
  'reply.haltSummary.met': 'depuis le {since} ; {source} l’a déclenchée',
  'reply.haltSummary.flagged': 'depuis le {since} ; {upstream} a signalé le compte',
  'reply.fastTime.remaining': '{remaining, plural, one {# heure restante} other {# heures restantes}}',
  'reply.fastTime.ofTotal':
    '{remaining, number} sur {total, plural, one {# heure restante} other {# heures restantes}}',
  'reply.fastTime.ofTotalPercent':
    '{remaining, number} sur {total, plural, one {# heure restante} other {# heures restantes}} ({percent, number, ::percent .##})',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ Le stockage du bot ne répond pas : le bot n’a donc pas pu vérifier s’il y a une suspension pour modération ; {upstream} bloque quand même un compte suspendu. Prévenez l’opérateur du bot.',
  'reply.store.haltNotRecorded':
    '⚠️ Le stockage du bot ne répond pas : cette suspension n’a donc pas pu être enregistrée, et le bot risque de ne pas bloquer lui-même le prochain changement de vitesse ({upstream} le bloque quand même). Prévenez l’opérateur du bot.',
  'reply.store.changeNotRecorded':
    '⚠️ Le stockage du bot ne répond pas : ce changement n’apparaît donc ni dans `/speed status` ni dans `/speed history`. Prévenez l’opérateur du bot.',
  'reply.store.switchBackNotStored':
    '⚠️ Le stockage du bot ne répond pas : le retour à Relax n’est donc pas enregistré, mais il a lieu à l’heure prévue, sauf si le bot redémarre avant. Prévenez l’opérateur du bot.',
  'reply.store.switchBackNotCancelled':
    '⚠️ Le stockage du bot ne répond pas : le retour à Relax prévu n’a donc pas pu y être annulé ; le bot le supprimera dès que le stockage répondra, mais s’il redémarre avant, il pourrait encore repasser le compte en Relax. Vérifiez avec `/speed status` et prévenez l’opérateur du bot.',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what} Une personne ayant accès au compte Discord utilisé pour Midjourney doit régler le problème depuis ce compte ; ensuite, un admin lance `/speed reset` dans ce salon.',
  'failure.busy':
    '{what} {wait, select, unknown {Réessayez dans environ 30 s.} moment {Réessayez dans quelques secondes.} minutes {Réessayez dans {minutes, number} minutes.} other {Réessayez dans {seconds, number} s.}}',
  'failure.unauthorized':
    '{upstream} a refusé le {token} du bot. Demandez à l’opérateur du bot de vérifier {variable}.',
  'failure.accountDisabled':
    '{upstream} a désactivé le compte Midjourney pour une raison autre qu’une suspension pour modération (par exemple son abonnement Midjourney). Demandez à l’opérateur du bot de régler le problème du compte et de le réactiver.',
  'failure.switch.connectionBroke':
    'Impossible de joindre {upstream}, ou la connexion a été coupée avant sa réponse : le changement a donc pu atteindre Midjourney, ou pas. Vérifiez avec `/speed status` dans un instant ou avec `/info` dans Midjourney, et ne refaites le changement que si le mode n’a pas changé. Si cela se reproduit, demandez à l’opérateur du bot de vérifier le réseau et {variable}.',
  'failure.switch.serverError':
    '{upstream} a rencontré un problème (HTTP {status}) : le changement a donc pu atteindre Midjourney, ou pas. Vérifiez avec `/speed status` dans un instant ou avec `/info` dans Midjourney, et ne refaites le changement que si le mode n’a pas changé.',
  'failure.timeout.cardNotRefreshed':
    '{upstream} n’a pas pu actualiser à temps le message `/settings` du compte Midjourney, donc rien n’a été changé : le bot ne clique pas sur un message trop ancien pour être fiable, car cliquer sur le mode déjà actif pourrait le désactiver. Réessayez dans quelques minutes.',
  'failure.timeout':
    '{upstream} n’a pas répondu à temps (abandon après {seconds, number} s). Le changement peut encore aboutir : attendez une minute, vérifiez avec `/info` dans Midjourney, puis réessayez.',
  'failure.connection.shutdown':
    'Le bot redémarre et a cessé d’attendre {upstream} : le changement a donc pu atteindre Midjourney, ou pas. Vérifiez avec `/speed status` dans un instant, puis réessayez si nécessaire.',
  'failure.connection':
    'Impossible de joindre {upstream} (échec de la connexion). Réessayez dans une minute ; si cela se reproduit, demandez à l’opérateur du bot de vérifier le réseau et {variable}.',
  'failure.status': '{upstream} a rencontré un problème (HTTP {status}). Réessayez dans quelques minutes.',
  'failure.statusUnknown': '{upstream} a rencontré un problème. Réessayez dans quelques minutes.',
  'failure.invalidBody':
    '{upstream} a envoyé une réponse que le bot n’a pas pu lire. Réessayez dans quelques minutes ; si cela se reproduit, prévenez l’opérateur du bot.',
  'failure.bodyTooLarge':
    '{upstream} a envoyé une réponse anormalement volumineuse, que le bot a ignorée. Réessayez dans quelques minutes ; si cela se reproduit, prévenez l’opérateur du bot.',
  'failure.offline.reconnecting':
    '{upstream} est encore en train de reconnecter le compte Midjourney après sa réactivation (cela prend une ou deux minutes) : rien n’a donc été changé. {wait, select, unknown {Réessayez dans environ 30 s.} moment {Réessayez dans quelques secondes.} minutes {Réessayez dans {minutes, number} minutes.} other {Réessayez dans {seconds, number} s.}}',
  'failure.offline.dailyRestart':
    '{upstream} redémarre ses comptes juste après minuit, selon sa propre horloge : rien n’a donc été changé. {wait, select, unknown {Réessayez dans environ 30 s.} moment {Réessayez dans quelques secondes.} minutes {Réessayez dans {minutes, number} minutes.} other {Réessayez dans {seconds, number} s.}}',
  'failure.offline':
    '{upstream} n’a pour l’instant aucune connexion active au Discord du compte Midjourney, donc rien n’a été changé ; demandez à l’opérateur du bot de vérifier le compte sur la page des comptes de {upstream}.',
  'failure.unconfirmed':
    '{upstream} a accepté la demande mais n’a renvoyé aucune réponse de Midjourney : le changement n’est donc pas confirmé. Lancez `/info` dans Midjourney pour vérifier le mode actuel.',
  'failure.withUpstream': '{message} {upstream} a répondu : {said}',
  'failure.withUpstreamGlossed': '{message} {upstream} a répondu : {said} ({gloss})',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'jeton d’API',
  'useapi.moderationHalt':
    'Midjourney a signalé le compte partagé par un message de modération en attente ou un CAPTCHA : useapi.net l’a donc suspendu.',
  'useapi.captchaHalt':
    'Midjourney demande au compte partagé de résoudre un CAPTCHA : useapi.net l’a donc suspendu.',
  'useapi.busy':
    'useapi.net est occupé (la file de jobs de Midjourney est pleine ou Discord limite le débit).',
  'useapi.badRequest':
    'useapi.net a refusé la demande, jugée invalide. Demandez à l’opérateur du bot de vérifier que ce salon est configuré pour Midjourney dans useapi.net.',
  'useapi.notFound':
    'useapi.net n’a aucun compte Midjourney configuré pour ce salon. Demandez à l’opérateur du bot d’ajouter ce salon à la configuration Midjourney de useapi.net.',
  'useapi.noSubscription':
    'Selon useapi.net, l’abonnement du bot est absent ou a expiré. Demandez à l’opérateur du bot de renouveler l’abonnement useapi.net.',
  'useapi.discontinued':
    'useapi.net ne sert peut-être plus Midjourney (il a annoncé la fin de son API Midjourney pour le 24 juin 2026), donc rien n’a été changé ; demandez à l’opérateur du bot de lire « Choosing an upstream » (docs/upstreams.md).',
  'useapi.shutdownNotice':
    'useapi.net ne sert peut-être plus Midjourney : il a annoncé la fin de son API Midjourney pour le 24 juin 2026. Consultez « Choosing an upstream » (docs/upstreams.md) pour savoir quoi utiliser à la place (midjourney-proxy).',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': 'jeton d’administration',
  'proxy.moderationHalt':
    'Midjourney a signalé le compte partagé (message de modération en attente ou blocage) : midjourney-proxy l’a donc désactivé.',
  'proxy.captchaHalt':
    'Midjourney demande au compte partagé de résoudre un CAPTCHA : midjourney-proxy l’a donc verrouillé.',
  'proxy.busy':
    'midjourney-proxy est occupé (une synchronisation du compte a été refusée ou a pris trop de temps, ou Discord limite le débit).',
  'proxy.badRequest':
    'midjourney-proxy a refusé la demande. Demandez à l’opérateur du bot de vérifier le compte sur la page des comptes du proxy.',
  'proxy.notFound':
    'midjourney-proxy n’a aucun compte pour ce salon ; ajoutez-le dans le proxy ou associez le salon à un compte.',
  'proxy.noSubscription':
    'Selon midjourney-proxy, l’abonnement du compte est absent ou a expiré. Demandez à l’opérateur du bot de le vérifier.',
  'proxy.discontinued':
    'midjourney-proxy indique ne plus servir Midjourney ; demandez à l’opérateur du bot de lire « Choosing an upstream » (docs/upstreams.md).',
  'proxy.gloss.autoCaptcha': 'midjourney-proxy résout automatiquement un CAPTCHA de Midjourney.',
  'proxy.gloss.manualCaptcha': 'Midjourney demande un CAPTCHA qu’une personne doit résoudre.',
  'proxy.gloss.captchaExpired': 'Le CAPTCHA n’a pas été résolu dans les 10 minutes et a expiré.',
  'proxy.gloss.pendingModMessage':
    'Midjourney a envoyé un message de modération que quelqu’un doit lire et confirmer.',
  'proxy.gloss.blocked': 'Midjourney a temporairement bloqué le compte.',
  'proxy.gloss.planCancelled': 'L’offre Midjourney du compte a été annulée.',
  'proxy.gloss.subscriptionRequired': 'Le compte a besoin d’un abonnement Midjourney.',
  'proxy.gloss.subscriptionPaused': 'L’abonnement Midjourney du compte est en pause.',
  'proxy.gloss.usageExhausted': 'Le quota d’utilisation Midjourney du compte est épuisé.',
  'proxy.gloss.noPermission': 'Discord a refusé au compte l’autorisation d’effectuer une requête.',
  'proxy.gloss.syncFailures':
    'midjourney-proxy a désactivé le compte après plus de 10 échecs de synchronisation en une heure.',
  'proxy.gloss.reconnectFailed': 'midjourney-proxy n’a pas pu reconnecter le compte et l’a désactivé.',
  'proxy.gloss.initFailed': 'midjourney-proxy n’a pas pu démarrer le compte.',
  'proxy.gloss.accountUnusable': 'midjourney-proxy signale que le compte est inutilisable.',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {**Mode {mode}** demandé par {user}. Midjourney répond :} other {**Mode {mode}** demandé par {user}.}}',
  'switch.jobMode': '{upstream} indique maintenant le mode de job **{jobMode}**.',
  'switch.jobMode.withFastTime':
    '{upstream} indique maintenant le mode de job **{jobMode}**, temps Fast : {fastTime}.',
  'switch.alreadyActive':
    '{upstream} indique que le compte est déjà en mode **{mode}**, donc rien n’a été cliqué (cliquer sur le mode actif pourrait le désactiver).',
  'switch.alreadyActive.withFastTime':
    '{upstream} indique que le compte est déjà en mode **{mode}**, temps Fast : {fastTime} ; rien n’a donc été cliqué (cliquer sur le mode actif pourrait le désactiver).',
  'switch.autoRelax':
    '⚠️ Avec si peu de temps Fast restant, {upstream} pourrait repasser de lui-même le compte en Relax (il le fait à {hours, number} h ou moins quand son auto-relax est activé).',
  'switch.notConfirmed':
    'Le changement a été envoyé à {upstream}, mais n’a pas pu être confirmé à temps. Lancez `/info` dans Midjourney, ou `/speed status` dans une minute, pour vérifier le mode.',
  'switch.notConfirmed.withFastTime':
    'Le changement a été envoyé à {upstream}, mais n’a pas pu être confirmé à temps (dernier relevé du temps Fast : {fastTime}). Lancez `/info` dans Midjourney, ou `/speed status` dans une minute, pour vérifier le mode.',
  'switch.switchBackSet':
    '⏱️ Le bot repasse en **Relax** à {time} ({relative}), après {duration}, et l’annonce ici. Tout changement ultérieur via `/speed` l’annule.',
  'switch.cancelsSwitchBack': '(Cela annule le retour à Relax prévu {due}, programmé par {user}.)',
  'switch.lowFastTime':
    '⚠️ Les heures Fast s’épuisent : {fastTime} au dernier relevé. `/speed relax` préserve ce qui reste.',
  'switch.lowFastTime.asOf':
    '⚠️ Les heures Fast s’épuisent : {fastTime} (relevé {at}). `/speed relax` préserve ce qui reste.',
  'switch.limitHeld':
    '⏱️ Au cas où le changement aurait abouti, la limite de {duration} s’applique toujours : le bot repasse en **Relax** à {time} ({relative}) et l’annonce dans ce salon. Tout changement ultérieur via `/speed` l’annule.',
  'switch.earlierLimitKept':
    '⏱️ Au cas où ce changement n’aurait pas abouti, la demande antérieure de {user} ({timed}) garde son retour à Relax, plus proche : le bot repasse en **Relax** {due} (dès que possible si l’heure est passée) et l’annonce dans {channels}. Tout changement ultérieur via `/speed` l’annule.',
  'switch.limitHeldAfterFlag':
    '⏱️ Le changement a été envoyé avant l’apparition du signalement, le compte est donc peut-être en mode {mode} : la limite de {duration} s’applique toujours. Le bot repasse en **Relax** {due}, ou juste après `/speed reset` si le compte est encore suspendu à ce moment-là.',
  'switch.cooldown':
    '⏳ Vous avez changé la vitesse {last} ; les membres doivent attendre {cooldown} entre deux changements. Réessayez dans {remaining} ({retryAt}). Rien n’a été envoyé à Midjourney.',
  'switch.queueFull':
    'Ce salon a déjà {waiting, plural, one {# demande de vitesse} other {# demandes de vitesse}} en attente. Rien n’a été envoyé ; réessayez dans une minute.',
  'switch.invalidMinutes':
    '`minutes` doit être un nombre entier de {min, number, ::group-off} à {max, number, ::group-off} (une journée). Rien n’a été changé.',
  'switch.notSetUp':
    '`/speed` n’est pas configuré dans ce salon : il n’est lié à aucun compte Midjourney, donc rien n’a été envoyé. (L’opérateur du bot lie les salons avec CHANNEL_MAP.)',
  'switch.notSetUp.useIn':
    '`/speed` n’est pas configuré dans ce salon : il n’est lié à aucun compte Midjourney, donc rien n’a été envoyé. Utilisez-le dans {channels}. (L’opérateur du bot lie les salons avec CHANNEL_MAP.)',
  'switchBack.timed': '{timed} (demandé par {user})',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ Fin de {timed} : retour en **mode Relax**. Midjourney répond :} other {⏱️ Fin de {timed} : retour en **mode Relax**.}}',
  'switchBack.haltedNow':
    '⏱️ Fin de {timed}, mais le retour à Relax s’est heurté à une suspension pour modération. Le bot repasse en Relax juste après `/speed reset`.',
  'switchBack.heldByHalt':
    '⏱️ Fin de {timed}, mais les changements de vitesse sont suspendus ({halt}) : le bot n’a donc rien envoyé à Midjourney et n’est **pas** encore repassé en Relax ; le compte est peut-être encore en mode {mode}. Dès que la modération sera résolue et qu’un admin aura lancé `/speed reset`, le bot repassera immédiatement en Relax.',
  'switchBack.failed': '⏱️ Fin de {timed}, mais le retour à Relax a échoué : {failure} {retry}',
  'switchBack.queueFull':
    '⏱️ Fin de {timed}, mais trop de demandes attendaient pour ce compte : le bot n’est donc pas encore repassé en Relax. {retry}',
  'switchBack.retry':
    'Le compte est peut-être encore en mode {mode} : le bot réessaie {at} et continue jusqu’à ce que cela fonctionne (seul ce premier échec est annoncé). `/speed relax` repasse en Relax tout de suite.',
  'switchBack.late.failures': '(Avec {late} de retard : les tentatives précédentes ont échoué.)',
  'switchBack.late.halt': '(Avec {late} de retard : le compte était suspendu jusqu’à la réinitialisation.)',
  'switchBack.late.botDown': '(Avec {late} de retard : le bot ne tournait pas à l’heure prévue.)',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'Réinitialiser (admins)',
  'halt.solvedResetButton': 'Résolu : réinitialiser',
  'halt.flagged':
    '⛔ **Midjourney a signalé le compte partagé : les changements de vitesse sont suspendus dans ce salon.**',
  'halt.refused.unknown':
    '{cause, select, captcha {Une demande a été refusée car Midjourney a demandé au compte de résoudre un CAPTCHA.} other {Une demande a été refusée car Midjourney a envoyé au compte un message de modération en attente ou un CAPTCHA.}}',
  'halt.refused.status':
    '{cause, select, captcha {La vérification des heures Fast de `/speed status` par {user} a été refusée car Midjourney a demandé au compte de résoudre un CAPTCHA.} other {La vérification des heures Fast de `/speed status` par {user} a été refusée car Midjourney a envoyé au compte un message de modération en attente ou un CAPTCHA.}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {Le retour automatique à Relax après le changement temporaire de {user} a été refusé car Midjourney a demandé au compte de résoudre un CAPTCHA.} other {Le retour automatique à Relax après le changement temporaire de {user} a été refusé car Midjourney a envoyé au compte un message de modération en attente ou un CAPTCHA.}}',
  'halt.refused.command':
    '{cause, select, captcha {Le `/speed {command}` de {user} a été refusé car Midjourney a demandé au compte de résoudre un CAPTCHA.} other {Le `/speed {command}` de {user} a été refusé car Midjourney a envoyé au compte un message de modération en attente ou un CAPTCHA.}}',
  'halt.upstreamSaid': '{upstream} a répondu :',
  'halt.whatToDo': '**Que faire**',
  'halt.step.logIn':
    '1. Connectez-vous au compte Discord que l’équipe utilise pour Midjourney et ouvrez ses messages Midjourney.',
  'halt.step.solveCaptcha':
    '2. Résolvez le CAPTCHA de ce compte : les admins trouvent le lien dans `/speed status` (il n’est jamais publié ici).',
  'halt.step.resolveModeration':
    '2. Lisez et confirmez le message de modération, ou résolvez le CAPTCHA. Pour un CAPTCHA, lancez un `/imagine` manuel depuis ce compte si la fenêtre de vérification ne s’affiche pas.',
  'halt.step.reset':
    '3. Ensuite, un admin ({admins}) lance `/speed reset` ou appuie sur **Réinitialiser** ci-dessous.',
  'halt.untilReset':
    'D’ici là, le bot n’envoie plus rien à Midjourney depuis ce salon : d’autres appels risquent de faire bannir le compte.',
  'halt.joined':
    '⛔ Votre demande a été envoyée en même temps qu’une demande identique ({halt}), qui s’est heurtée à une suspension pour modération : les changements de vitesse sont suspendus dans ce salon. Les instructions sont publiées dans le salon ; une fois le problème résolu, {admins} pourront lancer `/speed reset`.',
  'halt.already':
    '⛔ Les changements de vitesse sont suspendus dans ce salon ({halt}) : Midjourney attend qu’un message de modération ou un CAPTCHA soit traité. Rien n’a été envoyé à Midjourney. Une fois le problème résolu, {admins} pourront lancer `/speed reset`.',
  'halt.reset.done':
    '✅ {user} a réinitialisé le compte Midjourney sur {upstream} : les changements de vitesse sont de nouveau autorisés dans ce salon.',
  'halt.reset.noHaltRecorded':
    '(Le bot n’avait enregistré aucune suspension ici ; {upstream} a quand même été réinitialisé.)',
  'halt.reset.unconfirmed':
    '(Impossible de confirmer auprès de {upstream} que le signalement de modération a disparu ; `/speed status` peut vérifier à nouveau.)',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream} signale toujours un CAPTCHA sur le compte ; résolvez-le dans le compte Midjourney (l’admin qui a réinitialisé a le lien), sinon le prochain changement de vitesse déclenchera une nouvelle suspension.',
  'halt.reset.stillModeration':
    '⚠️ {upstream} signale toujours un message de modération en attente ; traitez-le dans le compte Midjourney, sinon le prochain changement de vitesse déclenchera une nouvelle suspension.',
  'halt.reset.stillDisabled':
    '⚠️ {upstream} garde le compte désactivé ; le prochain changement de vitesse échouera.',
  'halt.reset.captchaCleared':
    'Le bot a indiqué à {upstream} que le CAPTCHA était résolu ({upstream} ne le vérifie pas). Si ce n’est pas le cas, Midjourney le redemandera à la prochaine action du compte et le prochain changement de vitesse déclenchera une nouvelle suspension ; les admins trouveront alors le nouveau lien dans `/speed status`.',
  'halt.reset.enabledAgain':
    '{upstream} a réactivé le compte et le reconnecte d’ici une ou deux minutes ; en attendant, un changement de vitesse patiente ou indique quand réessayer.',
  'halt.reset.switchBackNow':
    '⏱️ Le compte est peut-être encore en mode {mode} à cause de la demande de {user} ({timed}), dont le retour était prévu {due} : le bot repasse en **Relax** maintenant et l’annonce dans {channels}.',
  'halt.reset.failed': 'La réinitialisation n’a pas abouti. {failure}',
  'halt.reset.notPersisted':
    '{upstream} a réinitialisé le compte, mais le stockage du bot ne répond pas : ce salon est donc toujours marqué comme suspendu. Relancez `/speed reset` une fois le stockage rétabli, et prévenez l’opérateur du bot.',
  'halt.reset.queueFull':
    'Ce salon a déjà {waiting, plural, one {# demande} other {# demandes}} en attente. Rien n’a été envoyé ; réessayez dans une minute.',
  'halt.solveCaptchaFirst':
    '🔒 {upstream} signale que le compte est verrouillé par un CAPTCHA. Résolvez-le d’abord sur {link} en étant connecté au compte Discord utilisé pour Midjourney, puis appuyez sur **{button}** ci-dessous : la réinitialisation indique seulement à {upstream} que le CAPTCHA est résolu, et rien ne le vérifie. Rien n’a encore été réinitialisé. (Ce lien n’est visible que par vous.)',
  'halt.reset.stillLocked':
    '🔒 {upstream} signale toujours que le compte est verrouillé par un CAPTCHA. Résolvez-le sur {link} en étant connecté au compte Discord utilisé pour Midjourney, puis relancez `/speed reset`. (Ce lien n’est visible que par vous.)',
  'halt.reset.stillLockedNoLink':
    '🔒 {upstream} signale toujours que le compte est verrouillé par un CAPTCHA et ne fournit aucun lien : résolvez-le dans le compte Discord utilisé pour Midjourney (ou sur la page des comptes de {upstream}), puis relancez `/speed reset`.',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': 'Seuls {admins} peuvent réinitialiser le compte Midjourney. Rien n’a été changé.',
  'speed.unsupportedButton':
    'Ce bouton n’est plus pris en charge, donc rien n’a été fait. Utilisez `/speed status` pour voir où en est le compte.',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **Suspension en cours** {summary}.',
  'status.notHalted': '✅ Aucune suspension : les changements de vitesse sont autorisés.',
  'status.lastChange': 'Dernier changement de vitesse : **{mode}** par {user} le {at}.',
  'status.lastChange.automatic':
    'Dernier changement de vitesse : **{mode}** (retour automatique après la demande de {user}) le {at}.',
  'status.lastChange.none': 'Dernier changement de vitesse : aucun enregistré.',
  'status.switchBack.due': '⏱️ Retour à **Relax** le {at} : {timed}, demandé par {user}.',
  'status.switchBack.overdueHalted':
    '⏱️ Retour à **Relax** en retard (prévu {since}) : {timed}, demandé par {user}. Le compte est peut-être encore en mode {mode} ; il repassera en Relax juste après `/speed reset`.',
  'status.switchBack.overdueRetrying':
    '⏱️ Retour à **Relax** en retard (prévu {since}), nouvelle tentative en cours : {timed}, demandé par {user}. Le compte est peut-être encore en mode {mode} ; `/speed relax` repasse en Relax tout de suite.',
  'status.fastTime.known':
    'Temps Fast restant : **{figures}**{low, select, yes { ⚠️ bientôt épuisé} other {}}, d’après le /info de Midjourney relevé {when}.',
  'status.fastTime.knownUndated':
    'Temps Fast restant : **{figures}**{low, select, yes { ⚠️ bientôt épuisé} other {}}, d’après le /info de Midjourney (date du relevé inconnue).',
  'status.fastTime.unknownMissing':
    'Temps Fast restant : inconnu (le /info de Midjourney ne l’indiquait pas).',
  'status.fastTime.unknownHalted':
    'Temps Fast restant : inconnu (pas demandé tant que le compte est suspendu).',
  'status.fastTime.unknownUnchecked':
    'Temps Fast restant : inconnu (pas demandé tant que le bot ne peut pas vérifier s’il y a une suspension).',
  'status.fastTime.unknownBusy':
    'Temps Fast restant : inconnu (trop de demandes attendent pour ce compte ; réessayez dans une minute).',
  'status.fastTime.unknownRestarting':
    'Temps Fast restant : inconnu (le bot redémarre ; réessayez dans un instant).',
  'status.fastTime.unknownFailed': 'Temps Fast restant : inconnu. {failure}',
  'status.account.unreadable': 'Compte {upstream} : lecture impossible. {failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    'Compte {upstream} : **verrouillé par un CAPTCHA**. Résolvez-le sur {link} en étant connecté au compte Discord utilisé pour Midjourney, puis lancez `/speed reset`. (Seuls les admins voient ceci.){jobModeKnown, select, yes { Mode de job : {jobMode}.} other {}}',
  'status.account.captchaNoLink':
    'Compte {upstream} : **verrouillé par un CAPTCHA**. Aucun lien n’est fourni : résolvez-le dans le compte Discord utilisé pour Midjourney ou sur la page des comptes de {upstream}, puis lancez `/speed reset`. (Seuls les admins voient ceci.){jobModeKnown, select, yes { Mode de job : {jobMode}.} other {}}',
  'status.account.pendingModeration': 'Compte {upstream} : **message de modération en attente**',
  'status.account.sameText': '(Même texte que pour la suspension ci-dessus.)',
  'status.account.switchedOff':
    'Compte {upstream} : **désactivé** (ce n’est pas une suspension pour modération).{jobModeKnown, select, yes { Mode de job : {jobMode}.} other {}}',
  'status.account.clear':
    'Compte {upstream} : aucun message de modération en attente.{jobModeKnown, select, yes { Mode de job : {jobMode}.} other {}}',
  'status.mappedAccount': 'Salon {upstream} : `{channel}` (défini par CHANNEL_MAP).',
  'status.store': 'Stockage du bot : {store}.',
  'status.store.sqlite': 'fichier SQLite {location}',
  'status.store.redis': 'Redis sur {location}',
  'history.storeUnavailable':
    'Le stockage du bot ne répond pas : l’historique ne peut donc pas être affiché. Prévenez l’opérateur du bot.',
  'history.empty':
    'Aucun changement de vitesse, aucune réinitialisation ni aucune suspension enregistrés pour ce compte Midjourney pour l’instant.',
  'history.heading':
    '**{count, plural, one {Dernier événement (changement de vitesse, réinitialisation ou suspension)} other {# derniers changements de vitesse, réinitialisations et suspensions}}** de ce compte Midjourney (du plus récent au plus ancien) :',
  'history.line': '{when} {what} : {outcome}',
  'history.what.reset': '**Réinitialisation** par {user}',
  'history.what.info': 'Vérification des heures Fast par {user}',
  'history.what.switchBack': '**Relax**, automatiquement après {timed}, demandé par {user}',
  'history.what.timed': '{timed} par {user}',
  'history.what.untimed': '**{mode}** par {user}',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ déjà actif',
  'history.outcome.halted': '⛔ s’est heurté à une suspension pour modération',
  'history.outcome.skippedHalted': '⏸️ non envoyé : le compte était suspendu',
  'history.outcome.failed': '❌ échec',
  'history.outcome.failedBecause': '❌ échec ({reason})',
  'history.outcome.late': '{outcome}, avec {duration} de retard',
  'history.failure.busy': '{upstream} occupé',
  'history.failure.unauthorized': '{token} refusé',
  'history.failure.noSubscription': 'pas d’abonnement {upstream}',
  'history.failure.badRequest': 'demande refusée car invalide',
  'history.failure.notFound': 'aucun compte configuré',
  'history.failure.accountDisabled': 'compte désactivé sur {upstream}',
  'history.failure.discontinued': '{upstream} ne sert plus Midjourney',
  'history.failure.unavailable': '{upstream} indisponible',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    'Seuls les membres ayant {roles} (ou les admins) peuvent passer en **{mode}**. Rien n’a été envoyé à Midjourney ; `/speed relax` est ouvert à tous.',
  'modes.refused.tooLong':
    '**{mode}** est limité ici à {limit} à la fois : indiquez au plus {max, number} pour `minutes`, ou omettez-le pour obtenir {max, number}. Rien n’a été envoyé à Midjourney.',
  'modes.refused.settingsNotRead':
    'Le bot n’a pas pu lire les paramètres d’équipe de ce serveur pour l’instant : il ne peut donc pas savoir si vous pouvez utiliser **{mode}** ni pour combien de temps. Rien n’a été envoyé à Midjourney ; réessayez dans une minute. `/speed relax` est ouvert à tous.',
  'modes.limitNote': '({mode} est limité ici à {limit} à la fois.)',
  'modes.line': 'Modes que vous pouvez utiliser : {allowed}.',
  'modes.line.withRefused':
    'Modes que vous pouvez utiliser : {allowed}. Non autorisés pour vous : {refused}.',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}** (jusqu’à {limit})',
  'modes.refused': '{mode} (nécessite {roles})',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ **Suspension** du compte Midjourney `{account}` : {source} a rencontré {cause, select, captcha {un CAPTCHA} other {une suspension pour modération}}{inChannel, select, yes { dans {channel}} other {}}. Les changements de vitesse du compte sont bloqués.',
  'alert.halt.upstreamFlag': 'le signalement du compte par {upstream}',
  'alert.halt.said': '{upstream} a répondu :',
  'alert.halt.admins': 'Admins',
  'alert.halt.resolve':
    '{admins} : {cause, select, captcha {résolvez le CAPTCHA dans le compte Midjourney (le lien est dans `/speed status`, réservé aux admins)} other {réglez le problème dans le compte Midjourney}}, puis lancez `/speed reset`{inChannel, select, yes { dans {channel}} other {}}.',
  'alert.reset':
    '✅ {user} a réinitialisé le compte Midjourney `{account}` dans {channel}. {flag, select, unconfirmed {Impossible de confirmer auprès de {upstream} que le signalement a disparu.} captcha {⚠️ {upstream} signale toujours un CAPTCHA : le prochain changement de vitesse déclenchera une nouvelle suspension.} moderation {⚠️ {upstream} signale toujours un message de modération en attente : le prochain changement de vitesse déclenchera une nouvelle suspension.} switchedOff {⚠️ {upstream} garde le compte désactivé : le prochain changement de vitesse échouera.} other {{upstream} ne signale plus rien sur le compte.}}',
  'alert.change.untimed':
    '🔁 {user} a passé le compte Midjourney `{account}` en **{mode}** dans {channel}, sans limite de durée.',
  'alert.change.timed':
    '🔁 {user} a passé le compte Midjourney `{account}` en **{mode}** dans {channel} pour {duration} (retour à Relax prévu le {due}).',
  'alert.switchBack.switched':
    '⏱️ Retour automatique en **Relax** du compte Midjourney `{account}` dans {channel}, après {timed}, demandé par {user}.',
  'alert.switchBack.failed':
    '❌ Le retour à Relax du compte Midjourney `{account}` dans {channel}, après {timed}, demandé par {user}, a échoué : {failure} Le compte est peut-être encore en mode {mode}. Le bot réessaiera {retry} et continuera jusqu’à ce que cela fonctionne ; la réussite sera annoncée ici.',
  'alert.switchBack.held':
    '⏸️ Le retour à Relax du compte Midjourney `{account}` dans {channel}, après {timed}, demandé par {user}, est en attente : le compte est suspendu, donc rien n’a été envoyé. Le compte est peut-être encore en mode {mode}. Le retour aura lieu juste après `/speed reset`.',
  'alert.switchBack.queueFull':
    '⏸️ Le retour à Relax du compte Midjourney `{account}` dans {channel}, après {timed}, demandé par {user}, est en retard : trop de demandes attendaient. Le compte est peut-être encore en mode {mode}. Le bot réessaiera {retry}.',
  'alert.blockEnd':
    '⏰ Le blocage imposé par Midjourney au compte Midjourney `{account}` a pris fin le {ended}, selon le texte de modération de sa suspension. Le compte est toujours suspendu : un admin peut le vérifier dans Midjourney et lancer `/speed reset`. Le bot ne le réinitialise jamais de lui-même.',
  'alert.blockEnd.met':
    '⏰ Le blocage imposé par Midjourney au compte Midjourney `{account}` a pris fin le {ended}, selon le texte de modération de sa suspension, déclenchée dans {channel} par {user}. Le compte est toujours suspendu : un admin peut le vérifier dans Midjourney et lancer `/speed reset`. Le bot ne le réinitialise jamais de lui-même.',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ Selon le texte de modération, le blocage prend fin le {ends}. Le bot préviendra alors les admins ; il ne réinitialise jamais le compte lui-même.',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': 'Changer ou vérifier le mode de vitesse du compte Midjourney partagé',
  'command.speed.fast': 'Passer le compte Midjourney partagé en mode Fast (consomme des heures Fast)',
  'command.speed.turbo':
    'Passer le compte Midjourney partagé en mode Turbo (le plus rapide, deux fois plus d’heures Fast)',
  'command.speed.relax': 'Passer le compte Midjourney partagé en mode Relax (sans heures Fast, plus lent)',
  'command.speed.minutes':
    'Repasser en Relax après ce nombre de minutes ({min, number, ::group-off}-{max, number, ::group-off})',
  'command.speed.reset': 'Admins : lever une suspension pour modération une fois résolue dans Midjourney',
  'command.speed.status':
    'Afficher la suspension, le dernier changement, le retour à Relax prévu et les heures Fast restantes',
  'command.speed.panel':
    'Admins : publier ici un panneau en direct de l’état du compte, avec un bouton par mode',
  'command.speed.history':
    'Afficher {count, plural, one {le dernier événement (changement, réinitialisation ou suspension)} other {les # derniers changements, réinitialisations et suspensions}} du compte',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} Mode {mode}',
  'panel.heading.unknown': '## Mode de vitesse pas encore défini via le bot',
  'panel.heading.halted': '## ⛔ Suspension en cours : les changements de vitesse sont bloqués',
  'panel.setBy': 'Défini par {user} le {at} ({ago}).',
  'panel.setAutomatically':
    'Retour automatique le {at} ({ago}), à la fin du changement temporaire de {user}.',
  'panel.unknownHint':
    'Appuyez sur un bouton ci-dessous pour changer le mode du compte ; le panneau indiquera ensuite qui l’a fait et quand.',
  'panel.switchBack.due':
    '⏱️ Retour à **Relax** {when} (à {time}), après {length} en {mode}, à la demande de {user}.',
  'panel.switchBack.retrying':
    '⏱️ Le retour à **Relax** était prévu {due} et n’a pas encore abouti ; le bot réessaie {next}. Le compte est peut-être encore en mode {mode}.',
  'panel.switchBack.held':
    '⏱️ Le retour à **Relax** était prévu {due} ; il aura lieu juste après la réinitialisation. Le compte est peut-être encore en mode {mode}.',
  'panel.halt.since':
    '{cause, select, captcha {Midjourney a verrouillé le compte avec un CAPTCHA} other {Midjourney a signalé le compte par un message de modération}} {ago} ({at}). Le bot n’envoie rien à Midjourney tant qu’un admin n’a pas réinitialisé le compte.',
  'panel.halt.said': '{upstream} a répondu :',
  'panel.halt.blockEnds': '🗓️ Selon le texte de modération, le blocage prend fin le {at} ({ago}).',
  'panel.halt.lastMode': 'Dernier mode défini via le bot : **{mode}**, par {user} {ago}.',
  'panel.halt.help':
    '-# Réglez d’abord le problème dans le compte Discord utilisé pour Midjourney (les admins trouvent les détails dans `/speed status`), puis un admin appuie sur **Réinitialiser**.',
  'panel.fastTime.figures.ofTotal': '{remaining, number} sur {total, number} h ({percent, number} %)',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} sur {total, number} h',
  'panel.fastTime.figures.remaining': '{remaining, number} h',
  'panel.fastTime.read': '⛽ Temps Fast restant : **{figures}**, relevé {ago}.',
  'panel.fastTime.readUndated': '⛽ Temps Fast restant : **{figures}** au dernier relevé.',
  'panel.fastTime.missing':
    '⛽ Temps Fast restant : inconnu (le /info de Midjourney ne l’indiquait pas {ago}).',
  'panel.fastTime.none':
    '⛽ Temps Fast restant : pas encore relevé. `/speed status` le relève ; le panneau n’interroge jamais Midjourney lui-même.',
  'panel.fastTime.low': '⚠️ Les heures Fast s’épuisent : **Relax** préserve ce qui reste.',
  'panel.footer':
    '-# Ce panneau se met à jour tout seul après chaque changement. Ses boutons changent le mode pour tout le monde, selon les mêmes règles que `/speed`.',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    'Seuls les membres ayant Gérer le serveur ou Administrateur peuvent publier le panneau de vitesse. Rien n’a été publié.',
  'panel.refused.notAdminOrRoles':
    'Seuls les membres ayant Gérer le serveur ou Administrateur, ou {roles}, peuvent publier le panneau de vitesse. Rien n’a été publié.',
  'panel.posted.pinned':
    '📌 Le panneau de vitesse est publié ici et épinglé. Il se met à jour en quelques secondes après chaque changement du compte, d’où qu’il vienne.',
  'panel.posted.notPinned':
    '📌 Le panneau de vitesse est publié ici. Il se met à jour en quelques secondes après chaque changement du compte, d’où qu’il vienne.',
  'panel.pin.noPermission':
    'Le bot n’a pas pu l’épingler : il lui faut la permission Épingler des messages dans ce salon. Épinglez-le vous-même, ou donnez cette permission au bot et relancez `/speed panel`.',
  'panel.pin.failed':
    'Discord n’a pas laissé le bot l’épingler ({reason}). Épinglez-le vous-même si vous le souhaitez.',
  'panel.pin.timeout':
    'Discord n’a pas répondu à temps quand le bot a voulu l’épingler. Épinglez-le vous-même si vous le souhaitez.',
  'panel.pin.unreachable':
    'Le bot n’a pas pu joindre Discord pour l’épingler. Épinglez-le vous-même si vous le souhaitez.',
  'panel.replaced.deleted': 'Le panneau publié ici auparavant a été supprimé.',
  'panel.replaced.left':
    'Le panneau publié ici auparavant n’a pas pu être supprimé : il n’est plus mis à jour, supprimez-le donc vous-même.',
  'panel.notPosted.permissions':
    'Le bot n’a pas pu publier le panneau ici : il lui faut Voir le salon et Envoyer des messages dans ce salon. Rien n’a été publié.',
  'panel.notPosted.failed':
    'Discord n’a pas accepté le panneau ({reason}) : rien n’a donc été publié. Réessayez dans une minute.',
  'panel.notPosted.timeout':
    'Discord n’a pas répondu à temps : le panneau n’a peut-être pas été publié, et s’il l’a été malgré tout, il ne se mettra pas à jour. S’il apparaît, supprimez-le, puis relancez `/speed panel` dans une minute.',
  'panel.notPosted.unreachable':
    'Le bot n’a pas pu joindre Discord : rien n’a donc été publié. Réessayez dans une minute.',
  'panel.notPosted.store':
    'Le stockage du bot ne répond pas : le panneau n’a donc pas été publié, car il doit être enregistré pour rester à jour. Réessayez dans une minute, et prévenez l’opérateur du bot si cela continue.',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ Midjourney a signalé le compte au moment où votre demande a été envoyée. Les instructions sont publiées dans le salon, et le panneau affiche la suspension.',
  'panel.click.remapped':
    'Ce panneau affiche un compte que ce salon n’utilise plus : rien n’a donc été envoyé à Midjourney. Demandez à un admin de relancer `/speed panel` ici pour publier le panneau du compte que le salon utilise désormais.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ Le panneau de vitesse de {channel} ne peut plus être mis à jour : Discord refuse au bot l’accès à ce panneau ({reason}). Donnez au bot la permission Voir le salon là-bas, ou publiez un nouveau panneau avec `/speed panel`.',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    'Admins : accès à Turbo et Fast, durées maximales, délai d’attente, salon des alertes, langue',
  'settings.name.turboRoleIds': 'Qui peut utiliser Turbo',
  'settings.name.fastRoleIds': 'Qui peut utiliser Fast',
  'settings.name.turboMaxMinutes': 'Durée maximale en Turbo',
  'settings.name.fastMaxMinutes': 'Durée maximale en Fast',
  'settings.name.cooldownSeconds': 'Délai entre deux changements',
  'settings.name.alertChannelId': 'Salon des alertes',
  'settings.name.locale': 'Langue des messages publics',
  'settings.value.everyone': 'tout le monde',
  'settings.value.roles': '{roles} (et les admins)',
  'settings.value.moreRoles': '{more, plural, one {# autre rôle} other {# autres rôles}}',
  'settings.value.noLimit': 'sans limite',
  'settings.value.cooldownOff': 'désactivé',
  'settings.value.noAlertChannel': 'aucun',
  'settings.value.discordLanguage': 'la langue Discord du serveur',
  'settings.source.operator': 'valeur fixée par l’opérateur ({variable})',
  'settings.source.discord': 'valeur choisie ici',
  'settings.source.default': 'valeur par défaut',
  'settings.view.heading':
    '⚙️ **Paramètres d’équipe de ce serveur.** Seuls les admins les voient et les modifient ; chaque changement s’applique aussitôt, figure dans `/speed history` et est publié dans le salon des alertes.',
  'settings.view.line': '**{setting}** : {value} — {source}',
  'settings.view.fixedNote':
    'Les paramètres fixés par l’opérateur sont définis dans l’environnement du bot : ils ne peuvent pas être modifiés depuis Discord.',
  'settings.view.notRead':
    '⚠️ Le stockage du bot ne répond pas : ces paramètres ne sont donc peut-être pas les plus récents. Prévenez l’opérateur du bot.',
  'settings.outcome.changed': '✅ Enregistré, et appliqué dès maintenant :',
  'settings.outcome.unchanged': 'Rien n’a changé : c’est déjà le réglage actuel.',
  'settings.outcome.notSaved':
    '⚠️ Le stockage du bot ne répond pas : rien n’a donc été changé. Réessayez dans un instant ; si cela se reproduit, prévenez l’opérateur du bot.',
  'settings.change.line': '**{setting}** : {from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Qui peut utiliser Turbo (aucun rôle choisi : tout le monde)',
  'settings.control.fastRolesPlaceholder': 'Qui peut utiliser Fast (aucun rôle choisi : tout le monde)',
  'settings.control.alertChannelPlaceholder': 'Salon des alertes (un salon textuel)',
  'settings.control.languagePlaceholder': 'Langue des messages publics',
  'settings.control.discordLanguageOption': 'La langue Discord du serveur',
  'settings.control.fixedPlaceholder': '{setting} : fixé par l’opérateur',
  'settings.control.limitsButton': 'Limites et délai d’attente…',
  'settings.control.clearAlertChannelButton': 'Aucun salon d’alertes',
  'settings.modal.title': 'Limites et délai d’attente',
  'settings.modal.maxMinutesDescription': 'Minutes, de {min, number} à {max, number} ; vide : sans limite',
  'settings.modal.cooldownDescription': 'Secondes, de {min, number} à {max, number} ; 0 ou vide : désactivé',
  'settings.refused.notAdmin':
    'Seuls les membres ayant Gérer le serveur ou Administrateur peuvent voir et modifier les paramètres d’équipe. Rien n’a été changé.',
  'settings.refused.notAdminWithRoles':
    'Seuls les membres ayant Gérer le serveur ou Administrateur, ou {roles}, peuvent voir et modifier les paramètres d’équipe. Rien n’a été changé.',
  'settings.refused.fixed':
    'L’opérateur a fixé {settings} dans l’environnement du bot : {count, plural, one {ce paramètre ne peut donc pas être modifié} other {ces paramètres ne peuvent donc pas être modifiés}} depuis Discord. Rien n’a été changé.',
  'settings.refused.unknownControl':
    'Cet élément n’est plus pris en charge : rien n’a donc été changé. Relancez `/speed settings`.',
  'settings.invalid.roles': 'Seuls les rôles de ce serveur peuvent être choisis : rien n’a donc été changé.',
  'settings.invalid.channel':
    'Le salon des alertes doit être un salon textuel de ce serveur : rien n’a donc été changé.',
  'settings.notChecked.channel':
    'Le bot n’a pas pu vérifier le salon auprès de Discord : rien n’a donc été changé. Réessayez.',
  'settings.invalid.language': 'Le bot ne parle pas cette langue : rien n’a donc été changé.',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}** doit être un nombre de minutes (laissez le champ vide pour ne fixer aucune limite).',
  'settings.invalid.maxMinutes.notWhole': '**{setting}** doit être un nombre entier de minutes.',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}** doit valoir au moins {min, number} (laissez le champ vide pour ne fixer aucune limite).',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}** doit valoir au plus {max, number} (une journée).',
  'settings.invalid.cooldown.notNumber':
    '**{setting}** doit être un nombre de secondes (0 désactive le délai).',
  'settings.invalid.cooldown.notWhole': '**{setting}** doit être un nombre entier de secondes.',
  'settings.invalid.cooldown.tooSmall': '**{setting}** doit valoir {min, number} (désactivé) ou plus.',
  'settings.invalid.cooldown.tooLarge': '**{setting}** doit valoir au plus {max, number} (une journée).',
  'settings.invalid.nothingChanged':
    'Rien n’a été changé : appuyez de nouveau sur **Limites et délai d’attente…** pour corriger.',
  'settings.history.heading':
    '**Changements des paramètres d’équipe** de ce serveur (du plus récent au plus ancien) :',
  'settings.history.line': '{when} {admin} a modifié **{setting}** : {from} → {to}',
  'settings.alert.heading': '⚙️ {admin} a modifié les paramètres d’équipe de ce serveur :',
};
