import type { Catalog } from './en-US.js';

/**
 * Everything the bot says, in Spanish as spoken in Spain (es-ES): tú, pretérito perfecto for what just
 * happened, and Discord's own Spanish (Spain) words ("Gestionar servidor", "pulsar").
 *
 * Terms kept throughout: a halt is a "suspensión" (halted: "suspendido/a"), never "bloqueo", which is
 * Midjourney's own block of the account; the switch back is the "vuelta a Relax"; fast hours and fast time
 * are "horas Fast" and "tiempo Fast"; Reset is "Restablecer".
 */
export const esES: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} s',
  'duration.minutes': '{minutes, number} min',
  'duration.minutesSeconds': '{minutes, number} min y {seconds, number} s',
  'duration.hours': '{hours, number} h',
  'duration.hoursMinutes': '{hours, number} h y {minutes, number} min',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly':
    'Este bot solo funciona en canales de servidor: usa `/speed` en un canal de tu servidor.',
  'router.otherGuild':
    'Este bot solo da servicio a los servidores de su propio equipo, y este servidor no es uno de ellos, así que no se ha hecho nada. Si gestionas este servidor y quieres el bot, pon en marcha tu propia copia.',
  'router.shuttingDown': 'El bot se está reiniciando. Vuelve a intentarlo en un momento.',
  'router.unexpected':
    'Algo ha fallado dentro del bot, así que puede que esta solicitud no haya terminado. Comprueba `/speed status` y vuelve a intentarlo; si sigue pasando, avisa al operador del bot.',
  'router.answeredPrivately': 'Respondido en privado.',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting':
    'El bot se está reiniciando, así que esta solicitud no se ha enviado a Midjourney. Vuelve a intentarlo en un momento.',
  'reply.admins': 'los miembros con Gestionar servidor o Administrador',
  'reply.admins.withRoles': 'los miembros con Gestionar servidor o Administrador, o con {roles}',
  'reply.moreItems': '{count, plural, one {# más} other {# más}}',
  'reply.timedLabel': '**{mode}** durante {duration}',
  'reply.haltSource.status': 'la consulta de horas Fast de `/speed status` hecha por {user}',
  'reply.haltSource.switchBack': 'la vuelta automática a Relax tras el cambio temporizado de {user}',
  'reply.haltSource.command': 'el `/speed {command}` de {user}',
  'reply.haltSummary.met': 'desde el {since}; lo detectó {source}',
  'reply.haltSummary.flagged': 'desde el {since}; {upstream} marcó la cuenta',
  'reply.fastTime.remaining': '{remaining, plural, one {# hora restante} other {# horas restantes}}',
  'reply.fastTime.ofTotal': '{remaining, number} de {total, plural, one {# hora} other {# horas}} restantes',
  'reply.fastTime.ofTotalPercent':
    '{remaining, number} de {total, plural, one {# hora} other {# horas}} restantes ({percent, number, ::percent .##})',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ El almacén de estado no responde, así que no se ha podido comprobar si hay una suspensión por moderación; {upstream} sigue bloqueando las cuentas suspendidas. Avisa al operador del bot.',
  'reply.store.haltNotRecorded':
    '⚠️ El almacén de estado no responde, así que esta suspensión no se ha registrado: puede que el bot no bloquee él mismo el siguiente cambio de velocidad ({upstream} sí lo bloquea). Avisa al operador del bot.',
  'reply.store.changeNotRecorded':
    '⚠️ El almacén de estado no responde, así que este cambio no aparece en `/speed status` ni en `/speed history`. Avisa al operador del bot.',
  'reply.store.switchBackNotStored':
    '⚠️ El almacén de estado no responde, así que la vuelta a Relax no se ha guardado: se hará a su hora salvo que el bot se reinicie antes. Avisa al operador del bot.',
  'reply.store.switchBackNotCancelled':
    '⚠️ El almacén de estado no responde, así que no se ha podido cancelar allí la vuelta a Relax pendiente: el bot la borrará en cuanto el almacén responda, pero si el bot se reinicia antes, puede que aún pase la cuenta a Relax. Comprueba `/speed status` y avisa al operador del bot.',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what} Alguien con acceso a la cuenta de Discord de Midjourney tiene que resolverlo allí; después, un admin debe ejecutar `/speed reset` en este canal.',
  'failure.busy':
    '{what} {wait, select, unknown {Vuelve a intentarlo dentro de unos 30 s.} moment {Vuelve a intentarlo dentro de unos segundos.} minutes {Vuelve a intentarlo dentro de {minutes, number} minutos.} other {Vuelve a intentarlo dentro de {seconds, number} s.}}',
  'failure.unauthorized':
    '{upstream} ha rechazado el {token} del bot. Pide al operador del bot que compruebe {variable}.',
  'failure.accountDisabled':
    '{upstream} tiene desactivada la cuenta de Midjourney por un motivo que no es una suspensión por moderación (por ejemplo, su suscripción de Midjourney). Pide al operador del bot que arregle la cuenta y la vuelva a activar.',
  'failure.switch.connectionBroke':
    'No se ha podido contactar con {upstream}, o la conexión se ha cortado antes de que respondiera, así que no se sabe si el cambio ha llegado a Midjourney. Compruébalo con `/speed status` en un momento o con `/info` en Midjourney, y cambia de nuevo solo si el modo sigue igual. Si sigue pasando, pide al operador del bot que compruebe la red y {variable}.',
  'failure.switch.serverError':
    '{upstream} ha tenido un problema (HTTP {status}), así que no se sabe si el cambio ha llegado a Midjourney. Compruébalo con `/speed status` en un momento o con `/info` en Midjourney, y cambia de nuevo solo si el modo sigue igual.',
  'failure.timeout.cardNotRefreshed':
    '{upstream} no ha podido actualizar a tiempo la tarjeta `/settings` de la cuenta de Midjourney, así que no se ha cambiado nada: el bot no hace clic en una tarjeta demasiado antigua para fiarse de ella, porque hacer clic en el modo ya activo podría desactivarlo. Vuelve a intentarlo dentro de unos minutos.',
  'failure.timeout':
    '{upstream} no ha respondido a tiempo (se dejó de esperar a los {seconds, number} s). Puede que el cambio se aplique igualmente: espera un minuto, compruébalo con `/info` en Midjourney y vuelve a intentarlo.',
  'failure.connection.shutdown':
    'El bot se está reiniciando y ha dejado de esperar a {upstream}, así que no se sabe si el cambio ha llegado a Midjourney. Compruébalo con `/speed status` en un momento y, si hace falta, vuelve a intentarlo.',
  'failure.connection':
    'No se ha podido contactar con {upstream} (ha fallado la conexión). Vuelve a intentarlo dentro de un minuto; si sigue pasando, pide al operador del bot que compruebe la red y {variable}.',
  'failure.status':
    '{upstream} ha tenido un problema (HTTP {status}). Vuelve a intentarlo dentro de unos minutos.',
  'failure.statusUnknown': '{upstream} ha tenido un problema. Vuelve a intentarlo dentro de unos minutos.',
  'failure.invalidBody':
    '{upstream} ha enviado una respuesta que el bot no ha podido leer. Vuelve a intentarlo dentro de unos minutos; si sigue pasando, avisa al operador del bot.',
  'failure.bodyTooLarge':
    '{upstream} ha enviado una respuesta inesperadamente grande, que el bot ha ignorado. Vuelve a intentarlo dentro de unos minutos; si sigue pasando, avisa al operador del bot.',
  'failure.offline.reconnecting':
    '{upstream} todavía está reconectando la cuenta de Midjourney tras su reactivación (tarda uno o dos minutos), así que no se ha cambiado nada. {wait, select, unknown {Vuelve a intentarlo dentro de unos 30 s.} moment {Vuelve a intentarlo dentro de unos segundos.} minutes {Vuelve a intentarlo dentro de {minutes, number} minutos.} other {Vuelve a intentarlo dentro de {seconds, number} s.}}',
  'failure.offline.dailyRestart':
    '{upstream} reinicia sus cuentas justo después de la medianoche según su propio reloj, así que no se ha cambiado nada. {wait, select, unknown {Vuelve a intentarlo dentro de unos 30 s.} moment {Vuelve a intentarlo dentro de unos segundos.} minutes {Vuelve a intentarlo dentro de {minutes, number} minutos.} other {Vuelve a intentarlo dentro de {seconds, number} s.}}',
  'failure.offline':
    '{upstream} no tiene ahora mismo una conexión activa con el Discord de la cuenta de Midjourney, así que no se ha cambiado nada; pide al operador del bot que compruebe la cuenta en la página de cuentas de {upstream}.',
  'failure.unconfirmed':
    '{upstream} ha aceptado la solicitud, pero no ha devuelto ninguna respuesta de Midjourney, así que el cambio no está confirmado. Ejecuta `/info` en Midjourney para comprobar el modo actual.',
  'failure.withUpstream': '{message} {upstream} dice: {said}',
  'failure.withUpstreamGlossed': '{message} {upstream} dice: {said} ({gloss})',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'token de API',
  'useapi.moderationHalt':
    'Midjourney ha marcado la cuenta compartida con un mensaje de moderación pendiente o un CAPTCHA, así que useapi.net la ha suspendido.',
  'useapi.captchaHalt':
    'Midjourney ha pedido a la cuenta compartida que resuelva un CAPTCHA, así que useapi.net la ha suspendido.',
  'useapi.busy':
    'useapi.net está saturado (la cola de trabajos de Midjourney está llena o Discord está limitando las solicitudes).',
  'useapi.badRequest':
    'useapi.net ha rechazado la solicitud por no ser válida. Pide al operador del bot que compruebe que este canal está configurado para Midjourney en useapi.net.',
  'useapi.notFound':
    'useapi.net no tiene ninguna cuenta de Midjourney configurada para este canal. Pide al operador del bot que añada este canal a la configuración de Midjourney de useapi.net.',
  'useapi.noSubscription':
    'useapi.net indica que la suscripción del bot no existe o ha caducado. Pide al operador del bot que renueve la suscripción a useapi.net.',
  'useapi.discontinued':
    'Puede que useapi.net ya no ofrezca Midjourney (anunció el cierre de su API de Midjourney para el 24 de junio de 2026), así que no se ha cambiado nada; pide al operador del bot que lea «Choosing an upstream» (docs/upstreams.md).',
  'useapi.shutdownNotice':
    'Puede que useapi.net ya no ofrezca Midjourney: anunció el cierre de su API de Midjourney para el 24 de junio de 2026. Consulta «Choosing an upstream» (docs/upstreams.md) para saber qué usar en su lugar (midjourney-proxy).',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': 'token de administrador',
  'proxy.moderationHalt':
    'Midjourney ha marcado la cuenta compartida (un mensaje de moderación pendiente o un bloqueo), así que midjourney-proxy la ha desactivado.',
  'proxy.captchaHalt':
    'Midjourney ha pedido a la cuenta compartida que resuelva un CAPTCHA, así que midjourney-proxy la ha bloqueado.',
  'proxy.busy':
    'midjourney-proxy está saturado (se ha rechazado una sincronización de la cuenta o ha tardado demasiado, o Discord está limitando las solicitudes).',
  'proxy.badRequest':
    'midjourney-proxy ha rechazado la solicitud. Pide al operador del bot que compruebe la cuenta en la página de cuentas del proxy.',
  'proxy.notFound':
    'midjourney-proxy no tiene ninguna cuenta para este canal; añádela allí o vincula el canal a una cuenta.',
  'proxy.noSubscription':
    'midjourney-proxy indica que la suscripción de la cuenta no existe o ha caducado. Pide al operador del bot que la compruebe.',
  'proxy.discontinued':
    'midjourney-proxy indica que ya no ofrece Midjourney; pide al operador del bot que lea «Choosing an upstream» (docs/upstreams.md).',
  'proxy.gloss.autoCaptcha': 'midjourney-proxy está resolviendo automáticamente un CAPTCHA de Midjourney.',
  'proxy.gloss.manualCaptcha': 'Midjourney pide un CAPTCHA que tiene que resolver una persona.',
  'proxy.gloss.captchaExpired': 'El CAPTCHA no se ha resuelto en 10 minutos y ha caducado.',
  'proxy.gloss.pendingModMessage':
    'Midjourney ha enviado un mensaje de moderación que alguien tiene que leer y confirmar.',
  'proxy.gloss.blocked': 'Midjourney ha bloqueado la cuenta temporalmente.',
  'proxy.gloss.planCancelled': 'El plan de Midjourney de la cuenta se ha cancelado.',
  'proxy.gloss.subscriptionRequired': 'La cuenta necesita una suscripción de Midjourney.',
  'proxy.gloss.subscriptionPaused': 'La suscripción de Midjourney de la cuenta está pausada.',
  'proxy.gloss.usageExhausted': 'La cuenta ha agotado su uso de Midjourney.',
  'proxy.gloss.noPermission': 'Discord ha denegado a la cuenta el permiso para una solicitud.',
  'proxy.gloss.syncFailures':
    'midjourney-proxy ha desactivado la cuenta tras más de 10 sincronizaciones fallidas en una hora.',
  'proxy.gloss.reconnectFailed': 'midjourney-proxy no ha podido reconectar la cuenta y la ha desactivado.',
  'proxy.gloss.initFailed': 'midjourney-proxy no ha podido iniciar la cuenta.',
  'proxy.gloss.accountUnusable': 'midjourney-proxy indica que la cuenta no se puede usar.',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {**Modo {mode}** solicitado por {user}. Midjourney dice:} other {**Modo {mode}** solicitado por {user}.}}',
  'switch.jobMode': '{upstream} indica ahora el modo de trabajo **{jobMode}**.',
  'switch.jobMode.withFastTime':
    '{upstream} indica ahora el modo de trabajo **{jobMode}**, con {fastTime} de tiempo Fast.',
  'switch.alreadyActive':
    '{upstream} muestra la cuenta ya en modo **{mode}**, así que no se ha hecho clic en nada (hacer clic en el modo activo podría desactivarlo).',
  'switch.alreadyActive.withFastTime':
    '{upstream} muestra la cuenta ya en modo **{mode}**, con {fastTime} de tiempo Fast, así que no se ha hecho clic en nada (hacer clic en el modo activo podría desactivarlo).',
  'switch.autoRelax':
    '⚠️ Con tan poco tiempo Fast restante, puede que {upstream} pase la cuenta a Relax por sí mismo (lo hace cuando quedan {hours, number} horas o menos, si tiene activado el auto-relax).',
  'switch.notConfirmed':
    'El cambio se ha enviado a {upstream}, pero no se ha podido confirmar a tiempo. Ejecuta `/info` en Midjourney, o `/speed status` dentro de un minuto, para comprobar el modo.',
  'switch.notConfirmed.withFastTime':
    'El cambio se ha enviado a {upstream}, pero no se ha podido confirmar a tiempo (última lectura: {fastTime} de tiempo Fast). Ejecuta `/info` en Midjourney, o `/speed status` dentro de un minuto, para comprobar el modo.',
  'switch.switchBackSet':
    '⏱️ El bot volverá a **Relax** a las {time} ({relative}), tras {duration}, y lo avisará aquí. Un nuevo cambio con `/speed` lo cancela.',
  'switch.cancelsSwitchBack': '(Esto cancela la vuelta a Relax prevista {due}, programada por {user}.)',
  'switch.lowFastTime':
    '⚠️ Se están agotando las horas Fast: {fastTime} en la última lectura. `/speed relax` conserva lo que queda.',
  'switch.lowFastTime.asOf':
    '⚠️ Se están agotando las horas Fast: {fastTime} según la lectura de {at}. `/speed relax` conserva lo que queda.',
  'switch.limitHeld':
    '⏱️ Por si el cambio se aplicó, el límite de {duration} sigue vigente: el bot volverá a **Relax** a las {time} ({relative}) y lo avisará en este canal. Un nuevo cambio con `/speed` lo cancela.',
  'switch.earlierLimitKept':
    '⏱️ El cambio anterior de {user} ({timed}) mantiene su vuelta a Relax, más próxima, por si este no se ha aplicado: el bot volverá a **Relax** {due} (en cuanto pueda, si ya pasó esa hora) y avisará en {channels}. Un nuevo cambio con `/speed` lo cancela.',
  'switch.limitHeldAfterFlag':
    '⏱️ El cambio se envió antes de aparecer la marca, así que puede que la cuenta esté en modo {mode}: el límite de {duration} sigue vigente. El bot volverá a **Relax** {due}, o justo después de `/speed reset` si para entonces sigue suspendida.',
  'switch.cooldown':
    '⏳ Has cambiado la velocidad {last}; los miembros tienen que esperar {cooldown} entre cambios. Vuelve a intentarlo dentro de {remaining} ({retryAt}). No se ha enviado nada a Midjourney.',
  'switch.queueFull':
    'Este canal ya tiene {waiting, plural, one {# solicitud de velocidad} other {# solicitudes de velocidad}} en espera. No se ha enviado nada; vuelve a intentarlo dentro de un minuto.',
  'switch.invalidMinutes':
    '`minutes` tiene que ser un número entero de {min, number, ::group-off} a {max, number, ::group-off} (un día). No se ha cambiado nada.',
  'switch.notSetUp':
    '`/speed` no está configurado en este canal: el canal no está vinculado a ninguna cuenta de Midjourney, así que no se ha enviado nada. (El operador del bot vincula los canales con CHANNEL_MAP.)',
  'switch.notSetUp.useIn':
    '`/speed` no está configurado en este canal: el canal no está vinculado a ninguna cuenta de Midjourney, así que no se ha enviado nada. Úsalo en {channels}. (El operador del bot vincula los canales con CHANNEL_MAP.)',
  'switchBack.timed': '{timed} (pedido por {user})',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ Se ha acabado el tiempo de {timed}: la cuenta ha vuelto al **modo Relax**. Midjourney dice:} other {⏱️ Se ha acabado el tiempo de {timed}: la cuenta ha vuelto al **modo Relax**.}}',
  'switchBack.haltedNow':
    '⏱️ Se había acabado el tiempo de {timed}, pero la vuelta a Relax se ha topado con una suspensión por moderación. El bot volverá a Relax justo tras `/speed reset`.',
  'switchBack.heldByHalt':
    '⏱️ Se ha acabado el tiempo de {timed}, pero los cambios de velocidad están suspendidos ({halt}), así que el bot no ha enviado nada a Midjourney y **no** ha devuelto todavía la cuenta a Relax: puede que siga en modo {mode}. Cuando se resuelva la moderación y un admin ejecute `/speed reset`, el bot devolverá la cuenta a Relax enseguida.',
  'switchBack.failed':
    '⏱️ Se ha acabado el tiempo de {timed}, pero la vuelta a Relax ha fallado: {failure} {retry}',
  'switchBack.queueFull':
    '⏱️ Se ha acabado el tiempo de {timed}, pero había demasiadas solicitudes esperando para esta cuenta, así que el bot todavía no la ha devuelto a Relax. {retry}',
  'switchBack.retry':
    'Puede que la cuenta siga en modo {mode}: el bot lo volverá a intentar {at} y seguirá intentándolo hasta conseguirlo (solo se anuncia este primer fallo). `/speed relax` la pasa a Relax ahora mismo.',
  'switchBack.late.failures': '({late} de retraso: los intentos anteriores han fallado.)',
  'switchBack.late.halt': '({late} de retraso: la cuenta ha estado suspendida hasta el restablecimiento.)',
  'switchBack.late.botDown': '({late} de retraso: el bot no estaba en marcha cuando se acabó el tiempo.)',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'Restablecer (admins)',
  'halt.solvedResetButton': 'Resuelto: restablecer',
  'halt.flagged':
    '⛔ **Midjourney ha marcado la cuenta compartida: cambios de velocidad suspendidos en este canal.**',
  'halt.refused.unknown':
    '{cause, select, captcha {Se ha rechazado una solicitud porque Midjourney ha pedido un CAPTCHA a la cuenta.} other {Se ha rechazado una solicitud porque Midjourney ha enviado a la cuenta un mensaje de moderación pendiente o un CAPTCHA.}}',
  'halt.refused.status':
    '{cause, select, captcha {Se ha rechazado la consulta de horas Fast de `/speed status` hecha por {user} porque Midjourney ha pedido un CAPTCHA a la cuenta.} other {Se ha rechazado la consulta de horas Fast de `/speed status` hecha por {user} porque Midjourney ha enviado a la cuenta un mensaje de moderación pendiente o un CAPTCHA.}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {Se ha rechazado la vuelta automática a Relax tras el cambio temporizado de {user} porque Midjourney ha pedido un CAPTCHA a la cuenta.} other {Se ha rechazado la vuelta automática a Relax tras el cambio temporizado de {user} porque Midjourney ha enviado a la cuenta un mensaje de moderación pendiente o un CAPTCHA.}}',
  'halt.refused.command':
    '{cause, select, captcha {Se ha rechazado el `/speed {command}` de {user} porque Midjourney ha pedido un CAPTCHA a la cuenta.} other {Se ha rechazado el `/speed {command}` de {user} porque Midjourney ha enviado a la cuenta un mensaje de moderación pendiente o un CAPTCHA.}}',
  'halt.upstreamSaid': '{upstream} dice:',
  'halt.whatToDo': '**Qué hacer**',
  'halt.step.logIn':
    '1. Entra en la cuenta de Discord con la que el equipo usa Midjourney y abre sus mensajes de Midjourney.',
  'halt.step.solveCaptcha':
    '2. Resuelve el CAPTCHA de esa cuenta: los admins tienen el enlace en `/speed status` (nunca se publica aquí).',
  'halt.step.resolveModeration':
    '2. Lee y confirma el mensaje de moderación, o resuelve el CAPTCHA. Si es un CAPTCHA, ejecuta allí un `/imagine` manual si no aparece el cuadro de verificación.',
  'halt.step.reset': '3. Luego, un admin ({admins}) ejecuta `/speed reset` o pulsa **Restablecer** abajo.',
  'halt.untilReset':
    'Hasta entonces, el bot no envía nada a Midjourney desde este canal: insistir podría costarle un baneo a la cuenta.',
  'halt.joined':
    '⛔ Tu solicitud se ha enviado junto con otra idéntica ({halt}), que se ha topado con una suspensión por moderación: los cambios de velocidad están suspendidos en este canal. Las instrucciones están publicadas en el canal; cuando se resuelva, {admins} pueden ejecutar `/speed reset`.',
  'halt.already':
    '⛔ Los cambios de velocidad están suspendidos en este canal ({halt}): Midjourney está esperando a que se resuelva un mensaje de moderación o un CAPTCHA. No se ha enviado nada a Midjourney. Cuando se resuelva, {admins} pueden ejecutar `/speed reset`.',
  'halt.reset.done':
    '✅ {user} ha restablecido la cuenta de Midjourney en {upstream}: los cambios de velocidad vuelven a estar permitidos en este canal.',
  'halt.reset.noHaltRecorded':
    '(El bot no tenía registrada ninguna suspensión aquí; aun así, se ha restablecido {upstream}.)',
  'halt.reset.unconfirmed':
    '(No se ha podido confirmar con {upstream} que la marca de moderación haya desaparecido; `/speed status` puede volver a comprobarlo.)',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream} sigue indicando un CAPTCHA en la cuenta; resuélvelo en la cuenta de Midjourney (el admin que la ha restablecido tiene el enlace) o el siguiente cambio de velocidad volverá a quedar suspendido.',
  'halt.reset.stillModeration':
    '⚠️ {upstream} sigue indicando un mensaje de moderación pendiente; resuélvelo en la cuenta de Midjourney o el siguiente cambio de velocidad volverá a quedar suspendido.',
  'halt.reset.stillDisabled':
    '⚠️ {upstream} sigue teniendo la cuenta desactivada; el siguiente cambio de velocidad fallará.',
  'halt.reset.captchaCleared':
    'El bot ha comunicado a {upstream} que el CAPTCHA está resuelto ({upstream} no lo comprueba). Si no lo estaba, Midjourney volverá a pedirlo en la siguiente acción de la cuenta y el siguiente cambio de velocidad volverá a quedar suspendido; entonces los admins encontrarán el nuevo enlace en `/speed status`.',
  'halt.reset.enabledAgain':
    '{upstream} ha vuelto a activar la cuenta y la reconectará en un par de minutos; mientras tanto, un cambio de velocidad la esperará o indicará cuándo volver a intentarlo.',
  'halt.reset.switchBackNow':
    '⏱️ Puede que la cuenta siga en modo {mode} por el cambio de {user} ({timed}), cuya vuelta a Relax estaba prevista {due}: el bot la devuelve ahora a **Relax** y lo avisa en {channels}.',
  'halt.reset.failed': 'El restablecimiento no se ha completado. {failure}',
  'halt.reset.notPersisted':
    '{upstream} ha restablecido la cuenta, pero el almacén de estado no responde, así que este canal sigue marcado como suspendido. Vuelve a ejecutar `/speed reset` cuando el almacén vuelva a funcionar y avisa al operador del bot.',
  'halt.reset.queueFull':
    'Este canal ya tiene {waiting, plural, one {# solicitud} other {# solicitudes}} en espera. No se ha enviado nada; vuelve a intentarlo dentro de un minuto.',
  'halt.solveCaptchaFirst':
    '🔒 {upstream} indica que la cuenta está bloqueada por un CAPTCHA. Primero resuélvelo en {link} con la sesión iniciada en la cuenta de Discord que usa Midjourney y luego pulsa **{button}** aquí abajo: el restablecimiento solo comunica a {upstream} que el CAPTCHA está resuelto, y nada lo comprueba. Todavía no se ha restablecido nada. (Solo tú ves este enlace.)',
  'halt.reset.stillLocked':
    '🔒 {upstream} sigue indicando que la cuenta está bloqueada por un CAPTCHA. Resuélvelo en {link} con la sesión iniciada en la cuenta de Discord que usa Midjourney y luego vuelve a ejecutar `/speed reset`. (Solo tú ves este enlace.)',
  'halt.reset.stillLockedNoLink':
    '🔒 {upstream} sigue indicando que la cuenta está bloqueada por un CAPTCHA y no da ningún enlace: resuélvelo en la cuenta de Discord que usa Midjourney (o en la página de cuentas de {upstream}) y luego vuelve a ejecutar `/speed reset`.',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly':
    'Solo {admins} pueden restablecer la cuenta de Midjourney. No se ha cambiado nada.',
  'speed.unsupportedButton':
    'Este botón ya no se admite, así que no se ha hecho nada. Usa `/speed status` para ver en qué estado está la cuenta.',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **Suspensión activa** {summary}.',
  'status.notHalted': '✅ Sin suspensión: se permiten los cambios de velocidad.',
  'status.lastChange': 'Último cambio de velocidad: **{mode}**, por {user}, el {at}.',
  'status.lastChange.automatic':
    'Último cambio de velocidad: **{mode}** (vuelta automática tras el cambio de {user}), el {at}.',
  'status.lastChange.none': 'Último cambio de velocidad: ninguno registrado.',
  'status.switchBack.due': '⏱️ Vuelta a **Relax** el {at}: {timed}, programado por {user}.',
  'status.switchBack.overdueHalted':
    '⏱️ Vuelta a **Relax** pendiente desde {since}: {timed}, programado por {user}. Puede que la cuenta siga en modo {mode}; volverá a Relax justo tras `/speed reset`.',
  'status.switchBack.overdueRetrying':
    '⏱️ Vuelta a **Relax** pendiente desde {since}, con reintentos en curso: {timed}, programado por {user}. Puede que la cuenta siga en modo {mode}; `/speed relax` la pasa a Relax ahora mismo.',
  'status.fastTime.known':
    'Tiempo Fast: **{figures}**{low, select, yes { ⚠️ se está agotando} other {}}, según el /info de Midjourney de {when}.',
  'status.fastTime.knownUndated':
    'Tiempo Fast: **{figures}**{low, select, yes { ⚠️ se está agotando} other {}}, según el /info de Midjourney (no se sabe cuándo se leyó).',
  'status.fastTime.unknownMissing': 'Tiempo Fast: desconocido (el /info de Midjourney no lo ha mostrado).',
  'status.fastTime.unknownHalted': 'Tiempo Fast: desconocido (no se consulta durante la suspensión).',
  'status.fastTime.unknownUnchecked':
    'Tiempo Fast: desconocido (no se consulta mientras el bot no pueda comprobar si hay una suspensión).',
  'status.fastTime.unknownBusy':
    'Tiempo Fast: desconocido (hay demasiadas solicitudes esperando para esta cuenta; vuelve a intentarlo dentro de un minuto).',
  'status.fastTime.unknownRestarting':
    'Tiempo Fast: desconocido (el bot se está reiniciando; vuelve a intentarlo en un momento).',
  'status.fastTime.unknownFailed': 'Tiempo Fast: desconocido. {failure}',
  'status.account.unreadable': 'Cuenta de {upstream}: no se ha podido leer. {failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    'Cuenta de {upstream}: **bloqueada por un CAPTCHA**. Resuélvelo en {link} con la sesión iniciada en la cuenta de Discord que usa Midjourney y luego ejecuta `/speed reset`. (Solo lo ven los admins.){jobModeKnown, select, yes { Modo de trabajo: {jobMode}.} other {}}',
  'status.account.captchaNoLink':
    'Cuenta de {upstream}: **bloqueada por un CAPTCHA**. No hay enlace: resuélvelo en la cuenta de Discord que usa Midjourney o en la página de cuentas de {upstream} y luego ejecuta `/speed reset`. (Solo lo ven los admins.){jobModeKnown, select, yes { Modo de trabajo: {jobMode}.} other {}}',
  'status.account.pendingModeration': 'Cuenta de {upstream}: **mensaje de moderación pendiente**',
  'status.account.sameText': '(El mismo texto que el de la suspensión de arriba.)',
  'status.account.switchedOff':
    'Cuenta de {upstream}: **desactivada** (no es una suspensión por moderación).{jobModeKnown, select, yes { Modo de trabajo: {jobMode}.} other {}}',
  'status.account.clear':
    'Cuenta de {upstream}: sin mensajes de moderación pendientes.{jobModeKnown, select, yes { Modo de trabajo: {jobMode}.} other {}}',
  'status.mappedAccount': 'Canal de {upstream}: `{channel}` (según CHANNEL_MAP).',
  'status.store': 'Almacén de estado: {store}.',
  'status.store.sqlite': 'archivo SQLite {location}',
  'status.store.redis': 'Redis en {location}',
  'history.storeUnavailable':
    'El almacén de estado no responde, así que no se puede mostrar el historial. Avisa al operador del bot.',
  'history.empty':
    'Todavía no hay cambios de velocidad, restablecimientos ni suspensiones registrados para esta cuenta de Midjourney.',
  'history.heading':
    '**{count, plural, one {Último cambio de velocidad, restablecimiento o suspensión} other {Últimos # cambios de velocidad, restablecimientos y suspensiones}}** de esta cuenta de Midjourney (los más recientes primero):',
  'history.line': '{when} {what}: {outcome}',
  'history.what.reset': '**Restablecimiento** por {user}',
  'history.what.info': 'Consulta de horas Fast por {user}',
  'history.what.switchBack': '**Relax**, automático tras el cambio de {user} ({timed})',
  'history.what.timed': '{timed} por {user}',
  'history.what.untimed': '**{mode}** por {user}',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ ya activo',
  'history.outcome.halted': '⛔ se topó con una suspensión por moderación',
  'history.outcome.skippedHalted': '⏸️ no enviado: la cuenta estaba suspendida',
  'history.outcome.failed': '❌ falló',
  'history.outcome.failedBecause': '❌ falló ({reason})',
  'history.outcome.late': '{outcome}, con {duration} de retraso',
  'history.failure.busy': '{upstream} saturado',
  'history.failure.unauthorized': '{token} rechazado',
  'history.failure.noSubscription': 'sin suscripción a {upstream}',
  'history.failure.badRequest': 'solicitud rechazada por no ser válida',
  'history.failure.notFound': 'sin cuenta configurada',
  'history.failure.accountDisabled': 'cuenta desactivada en {upstream}',
  'history.failure.discontinued': '{upstream} ya no ofrece Midjourney',
  'history.failure.unavailable': '{upstream} no disponible',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    'Solo los miembros con {roles} (o los admins) pueden cambiar a **{mode}**. No se ha enviado nada a Midjourney; `/speed relax` está abierto a todos.',
  'modes.refused.tooLong':
    '**{mode}** está limitado aquí a {limit} cada vez: pide un valor de `minutes` de hasta {max, number}, u omítelo para obtener {max, number}. No se ha enviado nada a Midjourney.',
  'modes.refused.settingsNotRead':
    'El bot no ha podido leer ahora los ajustes del equipo de este servidor, así que no sabe si puedes usar **{mode}** ni durante cuánto tiempo. No se ha enviado nada a Midjourney; vuelve a intentarlo dentro de un minuto. `/speed relax` está abierto a todos.',
  'modes.limitNote': '({mode} está limitado aquí a {limit} cada vez.)',
  'modes.line': 'Modos que puedes usar: {allowed}.',
  'modes.line.withRefused': 'Modos que puedes usar: {allowed}. No disponibles: {refused}.',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}** (hasta {limit})',
  'modes.refused': '{mode} (requiere {roles})',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ **Suspensión** en la cuenta de Midjourney `{account}`: {source} se ha topado con {cause, select, captcha {un CAPTCHA} other {una suspensión por moderación}}{inChannel, select, yes { en {channel}} other {}}. Los cambios de velocidad de la cuenta están suspendidos.',
  'alert.halt.upstreamFlag': 'la comprobación de la cuenta en {upstream}',
  'alert.halt.said': '{upstream} dice:',
  'alert.halt.admins': 'Admins',
  'alert.halt.resolve':
    '{admins}: {cause, select, captcha {resolved el CAPTCHA en la cuenta de Midjourney (el enlace está en `/speed status`, solo para admins)} other {resolvedlo en la cuenta de Midjourney}} y después ejecutad `/speed reset`{inChannel, select, yes { en {channel}} other {}}.',
  'alert.reset':
    '✅ {user} ha restablecido la cuenta de Midjourney `{account}` en {channel}. {flag, select, unconfirmed {No se ha podido confirmar con {upstream} que la marca haya desaparecido.} captcha {⚠️ {upstream} sigue indicando un CAPTCHA: el siguiente cambio de velocidad volverá a quedar suspendido.} moderation {⚠️ {upstream} sigue indicando un mensaje de moderación pendiente: el siguiente cambio de velocidad volverá a quedar suspendido.} switchedOff {⚠️ {upstream} sigue teniendo la cuenta desactivada: el siguiente cambio de velocidad fallará.} other {{upstream} ya no indica ninguna marca.}}',
  'alert.change.untimed':
    '🔁 {user} ha cambiado la cuenta de Midjourney `{account}` a **{mode}** en {channel}, sin límite de tiempo.',
  'alert.change.timed':
    '🔁 {user} ha cambiado la cuenta de Midjourney `{account}` a **{mode}** en {channel} durante {duration} (vuelta a Relax el {due}).',
  'alert.switchBack.switched':
    '⏱️ Vuelta automática a **Relax** de la cuenta de Midjourney `{account}` en {channel}, tras el cambio de {user} ({timed}).',
  'alert.switchBack.failed':
    '❌ Ha fallado la vuelta a Relax de la cuenta de Midjourney `{account}` en {channel}, tras el cambio de {user} ({timed}): {failure} Puede que la cuenta siga en modo {mode}. El bot lo volverá a intentar {retry} y seguirá intentándolo hasta conseguirlo; cuando lo consiga, se publicará aquí.',
  'alert.switchBack.held':
    '⏸️ La vuelta a Relax de la cuenta de Midjourney `{account}` en {channel}, tras el cambio de {user} ({timed}), está en espera: la cuenta está suspendida, así que no se ha enviado nada. Puede que la cuenta siga en modo {mode}. Se hará justo después de `/speed reset`.',
  'alert.switchBack.queueFull':
    '⏸️ La vuelta a Relax de la cuenta de Midjourney `{account}` en {channel}, tras el cambio de {user} ({timed}), va con retraso: había demasiadas solicitudes en espera. Puede que la cuenta siga en modo {mode}. El bot lo volverá a intentar {retry}.',
  'alert.blockEnd':
    '⏰ El bloqueo de Midjourney a la cuenta `{account}` terminó el {ended}, según el texto de moderación de su suspensión. La cuenta sigue suspendida: un admin puede comprobarla en Midjourney y ejecutar `/speed reset`. El bot nunca la restablece por sí solo.',
  'alert.blockEnd.met':
    '⏰ El bloqueo de Midjourney a la cuenta `{account}` terminó el {ended}, según el texto de moderación de su suspensión, detectada en {channel} por {user}. La cuenta sigue suspendida: un admin puede comprobarla en Midjourney y ejecutar `/speed reset`. El bot nunca la restablece por sí solo.',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ Según el texto de moderación, el bloqueo termina el {ends}. El bot avisará entonces a los admins; nunca restablece la cuenta por sí solo.',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': 'Cambia o consulta el modo de velocidad de la cuenta compartida de Midjourney',
  'command.speed.fast': 'Pasa la cuenta compartida de Midjourney al modo Fast (gasta horas Fast)',
  'command.speed.turbo':
    'Pasa la cuenta compartida de Midjourney al modo Turbo (el más rápido, gasta el doble de horas Fast)',
  'command.speed.relax': 'Pasa la cuenta compartida de Midjourney al modo Relax (sin horas Fast, más lento)',
  'command.speed.minutes':
    'Minutos tras los que se vuelve a Relax ({min, number, ::group-off}-{max, number, ::group-off})',
  'command.speed.reset': 'Admins: levanta una suspensión por moderación ya resuelta en Midjourney',
  'command.speed.status':
    'Muestra la suspensión, el último cambio, la vuelta a Relax pendiente y las horas Fast restantes',
  'command.speed.panel':
    'Admins: publica aquí un panel en directo del estado de la cuenta, con un botón para cada modo',
  'command.speed.history':
    'Muestra {count, plural, one {el último cambio de velocidad, restablecimiento o suspensión} other {los últimos # cambios de velocidad, restablecimientos y suspensiones}} de la cuenta',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} Modo {mode}',
  'panel.heading.unknown': '## Todavía no se ha elegido el modo de velocidad con el bot',
  'panel.heading.halted': '## ⛔ Suspensión activa: no se permiten cambios de velocidad',
  'panel.setBy': 'Activado por {user} el {at} ({ago}).',
  'panel.setAutomatically':
    'Vuelta automática a Relax el {at} ({ago}), al terminar el cambio temporizado de {user}.',
  'panel.unknownHint':
    'Pulsa un botón de abajo para cambiar el modo de la cuenta; el panel mostrará entonces quién lo ha hecho y cuándo.',
  'panel.switchBack.due':
    '⏱️ Vuelta a **Relax** {when} (a las {time}), al terminar el cambio a {mode} de {length} pedido por {user}.',
  'panel.switchBack.retrying':
    '⏱️ La vuelta a **Relax** estaba prevista {due} y todavía no se ha completado; el bot lo volverá a intentar {next}. Puede que la cuenta siga en modo {mode}.',
  'panel.switchBack.held':
    '⏱️ La vuelta a **Relax** estaba prevista {due}; se hará justo después del restablecimiento. Puede que la cuenta siga en modo {mode}.',
  'panel.halt.since':
    '{cause, select, captcha {Midjourney bloqueó la cuenta con un CAPTCHA} other {Midjourney marcó la cuenta con un mensaje de moderación}} {ago} ({at}). El bot no envía nada a Midjourney hasta que un admin restablezca la cuenta.',
  'panel.halt.said': '{upstream} dice:',
  'panel.halt.blockEnds': '🗓️ Según el texto de moderación, el bloqueo termina el {at} ({ago}).',
  'panel.halt.lastMode': 'Último modo elegido con el bot: **{mode}**, por {user} {ago}.',
  'panel.halt.help':
    '-# Primero hay que resolverlo en la cuenta de Discord que usa Midjourney (los admins tienen los detalles en `/speed status`); después, un admin pulsa **Restablecer**.',
  'panel.fastTime.figures.ofTotal': '{remaining, number} de {total, number} h ({percent, number}\u00a0%)',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} de {total, number} h',
  'panel.fastTime.figures.remaining': '{remaining, number} h',
  'panel.fastTime.read': '⛽ Tiempo Fast restante: **{figures}**, leído {ago}.',
  'panel.fastTime.readUndated': '⛽ Tiempo Fast restante: **{figures}** en la última lectura.',
  'panel.fastTime.missing':
    '⛽ Tiempo Fast restante: desconocido (el /info de Midjourney no lo mostró {ago}).',
  'panel.fastTime.none':
    '⛽ Tiempo Fast restante: todavía sin leer. `/speed status` lo consulta; el panel nunca se lo pregunta a Midjourney por su cuenta.',
  'panel.fastTime.low': '⚠️ Se están agotando las horas Fast: **Relax** conserva lo que queda.',
  'panel.footer':
    '-# Este panel se actualiza solo tras cada cambio. Sus botones cambian el modo para todos, con las mismas reglas que `/speed`.',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    'Solo los miembros con Gestionar servidor o Administrador pueden publicar el panel de velocidad. No se ha publicado nada.',
  'panel.refused.notAdminOrRoles':
    'Solo los miembros con Gestionar servidor o Administrador, o con {roles}, pueden publicar el panel de velocidad. No se ha publicado nada.',
  'panel.posted.pinned':
    '📌 El panel de velocidad se ha publicado aquí y se ha fijado. Se actualiza solo a los pocos segundos de cada cambio de la cuenta, se haga donde se haga.',
  'panel.posted.notPinned':
    '📌 El panel de velocidad se ha publicado aquí. Se actualiza solo a los pocos segundos de cada cambio de la cuenta, se haga donde se haga.',
  'panel.pin.noPermission':
    'El bot no ha podido fijarlo: necesita el permiso Fijar mensajes en este canal. Fíjalo tú, o da ese permiso al bot y vuelve a ejecutar `/speed panel`.',
  'panel.pin.failed': 'Discord no ha dejado que el bot lo fije ({reason}). Fíjalo tú si quieres.',
  'panel.pin.timeout':
    'Discord no ha respondido a tiempo cuando el bot intentaba fijarlo. Fíjalo tú si quieres.',
  'panel.pin.unreachable': 'El bot no ha podido conectar con Discord para fijarlo. Fíjalo tú si quieres.',
  'panel.replaced.deleted': 'Se ha eliminado el panel que se publicó aquí antes.',
  'panel.replaced.left':
    'No se ha podido eliminar el panel que se publicó aquí antes: ya no se actualiza, así que elimínalo tú.',
  'panel.notPosted.permissions':
    'El bot no ha podido publicar el panel aquí: necesita Ver canal y Enviar mensajes en este canal. No se ha publicado nada.',
  'panel.notPosted.failed':
    'Discord no ha aceptado el panel ({reason}), así que no se ha publicado nada. Vuelve a intentarlo dentro de un minuto.',
  'panel.notPosted.timeout':
    'Discord no ha respondido a tiempo, así que puede que el panel no se haya publicado, y si se ha publicado igualmente no se actualizará: si aparece, elimínalo y vuelve a ejecutar `/speed panel` dentro de un minuto.',
  'panel.notPosted.unreachable':
    'El bot no ha podido conectar con Discord, así que no se ha publicado nada. Vuelve a intentarlo dentro de un minuto.',
  'panel.notPosted.store':
    'El almacén de estado no responde, así que no se ha publicado el panel: tiene que estar guardado para seguir actualizándose. Vuelve a intentarlo dentro de un minuto y, si sigue pasando, avisa al operador del bot.',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ Midjourney ha marcado la cuenta al enviarse tu solicitud. Las instrucciones están publicadas en el canal y el panel muestra la suspensión.',
  'panel.click.remapped':
    'Este panel muestra una cuenta que este canal ya no usa, así que no se ha enviado nada a Midjourney. Pide a un admin que vuelva a ejecutar `/speed panel` aquí para publicar el panel de la cuenta que usa ahora el canal.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ El panel de velocidad de {channel} ya no se puede actualizar: Discord deniega al bot el acceso ({reason}). Da al bot el permiso Ver canal allí, o publica un panel nuevo con `/speed panel`.',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    'Admins: quién puede usar Turbo y Fast, cuánto tiempo, la espera, el canal de alertas, el idioma',
  'settings.name.turboRoleIds': 'Quién puede usar Turbo',
  'settings.name.fastRoleIds': 'Quién puede usar Fast',
  'settings.name.turboMaxMinutes': 'Tiempo máximo en Turbo',
  'settings.name.fastMaxMinutes': 'Tiempo máximo en Fast',
  'settings.name.cooldownSeconds': 'Espera entre cambios',
  'settings.name.alertChannelId': 'Canal de alertas',
  'settings.name.locale': 'Idioma de los mensajes públicos',
  'settings.value.everyone': 'todos',
  'settings.value.roles': '{roles} (y los admins)',
  'settings.value.moreRoles': '{more, plural, one {# rol más} other {# roles más}}',
  'settings.value.noLimit': 'sin límite',
  'settings.value.cooldownOff': 'desactivada',
  'settings.value.noAlertChannel': 'ninguno',
  'settings.value.discordLanguage': 'el idioma del servidor en Discord',
  'settings.source.operator': 'definido por el operador ({variable})',
  'settings.source.discord': 'elegido aquí',
  'settings.source.default': 'predeterminado',
  'settings.view.heading':
    '⚙️ **Ajustes del equipo en este servidor.** Solo los admins los ven y los cambian; cada cambio se aplica al momento, aparece en `/speed history` y se publica en el canal de alertas.',
  'settings.view.line': '**{setting}**: {value} — {source}',
  'settings.view.fixedNote':
    'Los ajustes definidos por el operador quedan fijos en el entorno del bot: no se pueden cambiar desde Discord.',
  'settings.view.notRead':
    '⚠️ El almacén de estado no responde, así que puede que estos no sean los ajustes más recientes. Avisa al operador del bot.',
  'settings.outcome.changed': '✅ Guardado; ya está en vigor:',
  'settings.outcome.unchanged': 'No se ha cambiado nada: ese ya es el valor actual.',
  'settings.outcome.notSaved':
    '⚠️ El almacén de estado no responde, así que no se ha cambiado nada. Vuelve a intentarlo en un momento; si sigue pasando, avisa al operador del bot.',
  'settings.change.line': '**{setting}**: {from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Quién puede usar Turbo (sin selección: todos)',
  'settings.control.fastRolesPlaceholder': 'Quién puede usar Fast (sin selección: todos)',
  'settings.control.alertChannelPlaceholder': 'Canal de alertas (un canal de texto)',
  'settings.control.languagePlaceholder': 'Idioma de los mensajes públicos',
  'settings.control.discordLanguageOption': 'El idioma del servidor en Discord',
  'settings.control.fixedPlaceholder': '{setting}: definido por el operador',
  'settings.control.limitsButton': 'Límites y espera entre cambios…',
  'settings.control.clearAlertChannelButton': 'Sin canal de alertas',
  'settings.modal.title': 'Límites y espera entre cambios',
  'settings.modal.maxMinutesDescription': 'Minutos, de {min, number} a {max, number}; vacío: sin límite',
  'settings.modal.cooldownDescription': 'Segundos, de {min, number} a {max, number}; 0 o vacío: desactivada',
  'settings.refused.notAdmin':
    'Solo los miembros con Gestionar servidor o Administrador pueden ver y cambiar los ajustes del equipo. No se ha cambiado nada.',
  'settings.refused.notAdminWithRoles':
    'Solo los miembros con Gestionar servidor o Administrador, o con {roles}, pueden ver y cambiar los ajustes del equipo. No se ha cambiado nada.',
  'settings.refused.fixed':
    '{settings}: {count, plural, one {lo define el operador en el entorno del bot, así que no se puede cambiar desde Discord} other {los define el operador en el entorno del bot, así que no se pueden cambiar desde Discord}}. No se ha cambiado nada.',
  'settings.refused.unknownControl':
    'Este control ya no se admite, así que no se ha cambiado nada. Vuelve a ejecutar `/speed settings`.',
  'settings.invalid.roles': 'Solo se pueden elegir roles de este servidor, así que no se ha cambiado nada.',
  'settings.invalid.channel':
    'El canal de alertas tiene que ser un canal de texto de este servidor, así que no se ha cambiado nada.',
  'settings.notChecked.channel':
    'El bot no ha podido comprobar el canal con Discord, así que no se ha cambiado nada. Vuelve a intentarlo.',
  'settings.invalid.language': 'Ese no es un idioma que hable el bot, así que no se ha cambiado nada.',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}** tiene que ser un número de minutos (déjalo vacío para no poner límite).',
  'settings.invalid.maxMinutes.notWhole': '**{setting}** tiene que ser un número entero de minutos.',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}** tiene que ser como mínimo {min, number} (déjalo vacío para no poner límite).',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}** puede ser como máximo {max, number} (un día).',
  'settings.invalid.cooldown.notNumber':
    '**{setting}** tiene que ser un número de segundos (0 desactiva la espera).',
  'settings.invalid.cooldown.notWhole': '**{setting}** tiene que ser un número entero de segundos.',
  'settings.invalid.cooldown.tooSmall': '**{setting}** tiene que ser {min, number} (desactivada) o más.',
  'settings.invalid.cooldown.tooLarge': '**{setting}** puede ser como máximo {max, number} (un día).',
  'settings.invalid.nothingChanged':
    'No se ha cambiado nada: vuelve a pulsar **Límites y espera entre cambios…** para corregirlo.',
  'settings.history.heading':
    '**Cambios en los ajustes del equipo** de este servidor (los más recientes primero):',
  'settings.history.line': '{when} **{setting}**, cambiado por {admin}: {from} → {to}',
  'settings.alert.heading': '⚙️ {admin} ha cambiado los ajustes del equipo de este servidor:',
};
