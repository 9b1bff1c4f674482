import type { Catalog } from './en-US.js';

/**
 * Everything the bot says, in Russian (ru). Polite "вы", lowercase. Terms: a halt is a "приостановка" (speed
 * changes are "приостановлены"), Midjourney's block a "блокировка"; the switch back is "возврат в Relax";
 * fast hours are "часы Fast", fast time "время Fast"; Reset is "сброс", the button "Сбросить"; the live panel is
 * the "панель скорости", the alert channel the "канал оповещений", the cooldown a "пауза", the team settings
 * "настройки бота" ("команда" would also read as a slash command). Mentions,
 * timestamps and the upstream's name do not decline, so they stand where no case ending is needed (after
 * "от", after a colon, as a subject in the present tense) and past-tense verbs never agree with them.
 */
export const ru: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} сек',
  'duration.minutes': '{minutes, number} мин',
  'duration.minutesSeconds': '{minutes, number} мин {seconds, number} сек',
  'duration.hours': '{hours, number} ч',
  'duration.hoursMinutes': '{hours, number} ч {minutes, number} мин',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly':
    'Этот бот работает только в каналах серверов: используйте `/speed` в канале вашего сервера.',
  'router.otherGuild':
    'Этот бот обслуживает только серверы своей команды, а этот сервер к ним не относится, поэтому ничего не сделано. Если вы управляете этим сервером и хотите такого бота, разверните собственную копию.',
  'router.shuttingDown': 'Бот перезапускается. Попробуйте ещё раз чуть позже.',
  'router.unexpected':
    'Внутри бота что-то пошло не так, поэтому запрос мог не завершиться. Проверьте `/speed status` и попробуйте снова; если это повторяется, сообщите оператору бота.',
  'router.answeredPrivately': 'Ответ виден только автору запроса.',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting':
    'Бот перезапускается, поэтому запрос не был отправлен в Midjourney. Попробуйте ещё раз чуть позже.',
  'reply.admins': 'участники с правом «Управлять сервером» или «Администратор»',
  'reply.admins.withRoles':
    'участники с правом «Управлять сервером» или «Администратор» либо с ролью {roles}',
  'reply.moreItems': '{count, plural, one {ещё #} few {ещё #} many {ещё #} other {ещё #}}',
  'reply.timedLabel': '**{mode}** на {duration}',
  'reply.haltSource.status': 'проверка часов Fast через `/speed status` от {user}',
  'reply.haltSource.switchBack': 'автоматический возврат в Relax после временной смены от {user}',
  'reply.haltSource.command': '`/speed {command}` от {user}',
  'reply.haltSummary.met': 'с {since}; источник: {source}',
  'reply.haltSummary.flagged': 'с {since}; аккаунт помечен сервисом {upstream}',
  'reply.fastTime.remaining':
    '{remaining, plural, one {остался # час} few {осталось # часа} many {осталось # часов} other {осталось # часа}}',
  'reply.fastTime.ofTotal':
    'осталось {remaining, number} из {total, plural, one {# часа} few {# часов} many {# часов} other {# часа}}',
  'reply.fastTime.ofTotalPercent':
    'осталось {remaining, number} из {total, plural, one {# часа} few {# часов} many {# часов} other {# часа}} ({percent, number, ::percent .##})',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ Хранилище состояния не отвечает, поэтому бот не смог проверить, есть ли приостановка из-за модерации; {upstream} всё равно блокирует приостановленный аккаунт. Сообщите оператору бота.',
  'reply.store.haltNotRecorded':
    '⚠️ Хранилище состояния не отвечает, поэтому эту приостановку не удалось записать: бот может сам не заблокировать следующую смену скорости ({upstream} всё равно её заблокирует). Сообщите оператору бота.',
  'reply.store.changeNotRecorded':
    '⚠️ Хранилище состояния не отвечает, поэтому этой смены нет в `/speed status` и `/speed history`. Сообщите оператору бота.',
  'reply.store.switchBackNotStored':
    '⚠️ Хранилище состояния не отвечает, поэтому возврат в Relax не сохранён: он всё равно произойдёт вовремя, если бот раньше не перезапустится. Сообщите оператору бота.',
  'reply.store.switchBackNotCancelled':
    '⚠️ Хранилище состояния не отвечает, поэтому запланированный возврат в Relax не удалось там отменить: бот удалит его, как только хранилище ответит, но если бот перезапустится раньше, он всё же может переключить аккаунт в Relax. Проверьте `/speed status` и сообщите оператору бота.',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what} Тот, у кого есть доступ к Discord-аккаунту Midjourney, должен решить этот вопрос там; после этого администратор выполняет `/speed reset` в этом канале.',
  'failure.busy':
    '{what} {wait, select, unknown {Попробуйте снова примерно через 30 сек.} moment {Попробуйте снова через несколько секунд.} minutes {Попробуйте снова через {minutes, number} мин.} other {Попробуйте снова через {seconds, number} сек.}}',
  'failure.unauthorized':
    '{upstream} не принимает {token} бота. Попросите оператора бота проверить {variable}.',
  'failure.accountDisabled':
    'В {upstream} аккаунт Midjourney отключён по причине, не связанной с приостановкой из-за модерации (например, из-за подписки Midjourney). Попросите оператора бота привести аккаунт в порядок и снова включить его.',
  'failure.switch.connectionBroke':
    'Не удалось связаться с {upstream}, или соединение оборвалось до ответа, поэтому неизвестно, дошла ли смена до Midjourney. Проверьте чуть позже через `/speed status` или через `/info` в Midjourney и переключайте снова, только если режим не изменился. Если это повторяется, попросите оператора бота проверить сеть и {variable}.',
  'failure.switch.serverError':
    'У {upstream} возникла проблема (HTTP {status}), поэтому неизвестно, дошла ли смена до Midjourney. Проверьте чуть позже через `/speed status` или через `/info` в Midjourney и переключайте снова, только если режим не изменился.',
  'failure.timeout.cardNotRefreshed':
    'Сервису {upstream} не удалось вовремя обновить карточку `/settings` аккаунта Midjourney, поэтому ничего не изменено: бот не нажимает на слишком старую карточку, ведь нажатие на уже активный режим может его выключить. Попробуйте снова через несколько минут.',
  'failure.timeout':
    'Ответ от {upstream} не пришёл вовремя (ожидание прервано через {seconds, number} сек). Смена ещё может пройти: подождите минуту, проверьте через `/info` в Midjourney, затем попробуйте снова.',
  'failure.connection.shutdown':
    'Бот перезапускается и перестал ждать ответа от {upstream}, поэтому неизвестно, дошла ли смена до Midjourney. Проверьте чуть позже через `/speed status` и при необходимости попробуйте снова.',
  'failure.connection':
    'Не удалось связаться с {upstream} (ошибка соединения). Попробуйте снова через минуту; если это повторяется, попросите оператора бота проверить сеть и {variable}.',
  'failure.status': 'У {upstream} возникла проблема (HTTP {status}). Попробуйте снова через несколько минут.',
  'failure.statusUnknown': 'У {upstream} возникла проблема. Попробуйте снова через несколько минут.',
  'failure.invalidBody':
    'От {upstream} пришёл ответ, который бот не смог прочитать. Попробуйте снова через несколько минут; если это повторяется, сообщите оператору бота.',
  'failure.bodyTooLarge':
    'От {upstream} пришёл неожиданно большой ответ, и бот его проигнорировал. Попробуйте снова через несколько минут; если это повторяется, сообщите оператору бота.',
  'failure.offline.reconnecting':
    '{upstream} ещё переподключает аккаунт Midjourney после повторного включения (это занимает минуту-две), поэтому ничего не изменено. {wait, select, unknown {Попробуйте снова примерно через 30 сек.} moment {Попробуйте снова через несколько секунд.} minutes {Попробуйте снова через {minutes, number} мин.} other {Попробуйте снова через {seconds, number} сек.}}',
  'failure.offline.dailyRestart':
    '{upstream} перезапускает свои аккаунты сразу после полуночи по своим часам, поэтому ничего не изменено. {wait, select, unknown {Попробуйте снова примерно через 30 сек.} moment {Попробуйте снова через несколько секунд.} minutes {Попробуйте снова через {minutes, number} мин.} other {Попробуйте снова через {seconds, number} сек.}}',
  'failure.offline':
    'У {upstream} сейчас нет активного подключения к Discord аккаунта Midjourney, поэтому ничего не изменено; попросите оператора бота проверить аккаунт на странице аккаунтов {upstream}.',
  'failure.unconfirmed':
    'Запрос принят сервисом {upstream}, но ответ от Midjourney не пришёл, поэтому смена не подтверждена. Выполните `/info` в Midjourney, чтобы проверить текущий режим.',
  'failure.withUpstream': '{message} Ответ {upstream}: {said}',
  'failure.withUpstreamGlossed': '{message} Ответ {upstream}: {said} ({gloss})',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'API-токен',
  'useapi.moderationHalt':
    'Midjourney пометил общий аккаунт (неподтверждённое сообщение модерации или CAPTCHA), поэтому useapi.net приостановил его.',
  'useapi.captchaHalt':
    'Midjourney запросил решение CAPTCHA для общего аккаунта, поэтому useapi.net приостановил его.',
  'useapi.busy':
    'useapi.net перегружен (очередь заданий Midjourney заполнена или Discord ограничивает частоту запросов).',
  'useapi.badRequest':
    'useapi.net отклонил запрос как некорректный. Попросите оператора бота проверить, что этот канал настроен для Midjourney в useapi.net.',
  'useapi.notFound':
    'В useapi.net для этого канала не настроен аккаунт Midjourney. Попросите оператора бота добавить этот канал в настройки Midjourney в useapi.net.',
  'useapi.noSubscription':
    'По данным useapi.net, подписка бота отсутствует или истекла. Попросите оператора бота продлить подписку useapi.net.',
  'useapi.discontinued':
    'useapi.net, возможно, больше не обслуживает Midjourney (он объявил, что его Midjourney API прекращает работу 24 июня 2026 г.), поэтому ничего не изменено; попросите оператора бота прочитать «Choosing an upstream» (docs/upstreams.md).',
  'useapi.shutdownNotice':
    'useapi.net, возможно, больше не обслуживает Midjourney: он объявил, что его Midjourney API прекращает работу 24 июня 2026 г. Что использовать вместо него (midjourney-proxy), описано в «Choosing an upstream» (docs/upstreams.md).',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': 'токен администратора',
  'proxy.moderationHalt':
    'Midjourney пометил общий аккаунт (неподтверждённое сообщение модерации или блокировка), поэтому midjourney-proxy отключил его.',
  'proxy.captchaHalt':
    'Midjourney запросил решение CAPTCHA для общего аккаунта, поэтому midjourney-proxy заблокировал его.',
  'proxy.busy':
    'midjourney-proxy перегружен (синхронизация аккаунта была отклонена или заняла слишком много времени, либо Discord ограничивает частоту запросов).',
  'proxy.badRequest':
    'midjourney-proxy отклонил запрос. Попросите оператора бота проверить аккаунт на странице аккаунтов прокси.',
  'proxy.notFound':
    'В midjourney-proxy нет аккаунта для этого канала; добавьте его там или привяжите канал к аккаунту.',
  'proxy.noSubscription':
    'По данным midjourney-proxy, подписка аккаунта отсутствует или истекла. Попросите оператора бота проверить её.',
  'proxy.discontinued':
    'По данным midjourney-proxy, он больше не обслуживает Midjourney; попросите оператора бота прочитать «Choosing an upstream» (docs/upstreams.md).',
  'proxy.gloss.autoCaptcha': 'midjourney-proxy автоматически решает CAPTCHA Midjourney.',
  'proxy.gloss.manualCaptcha': 'Midjourney запрашивает CAPTCHA, которую должен решить человек.',
  'proxy.gloss.captchaExpired': 'CAPTCHA не была решена за 10 минут, и её срок истёк.',
  'proxy.gloss.pendingModMessage':
    'Midjourney прислал сообщение модерации, которое нужно прочитать и подтвердить.',
  'proxy.gloss.blocked': 'Midjourney временно заблокировал аккаунт.',
  'proxy.gloss.planCancelled': 'Тариф Midjourney для этого аккаунта отменён.',
  'proxy.gloss.subscriptionRequired': 'Для аккаунта нужна подписка Midjourney.',
  'proxy.gloss.subscriptionPaused': 'Подписка Midjourney для этого аккаунта на паузе.',
  'proxy.gloss.usageExhausted': 'Лимит использования Midjourney для этого аккаунта исчерпан.',
  'proxy.gloss.noPermission': 'Discord отказал аккаунту в разрешении на запрос.',
  'proxy.gloss.syncFailures':
    'midjourney-proxy отключил аккаунт после более чем 10 неудачных синхронизаций за час.',
  'proxy.gloss.reconnectFailed': 'midjourney-proxy не смог переподключить аккаунт и отключил его.',
  'proxy.gloss.initFailed': 'midjourney-proxy не смог запустить аккаунт.',
  'proxy.gloss.accountUnusable': 'midjourney-proxy сообщает, что аккаунт непригоден к использованию.',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {**Режим {mode}**: запрос от {user}. Ответ Midjourney:} other {**Режим {mode}**: запрос от {user}.}}',
  'switch.jobMode': '{upstream} теперь показывает режим заданий **{jobMode}**.',
  'switch.jobMode.withFastTime':
    '{upstream} теперь показывает режим заданий **{jobMode}**, времени Fast {fastTime}.',
  'switch.alreadyActive':
    'По данным {upstream}, аккаунт уже в режиме **{mode}**, поэтому бот ничего не нажимал (нажатие на активный режим может его выключить).',
  'switch.alreadyActive.withFastTime':
    'По данным {upstream}, аккаунт уже в режиме **{mode}**, времени Fast {fastTime}, поэтому бот ничего не нажимал (нажатие на активный режим может его выключить).',
  'switch.autoRelax':
    '⚠️ Времени Fast осталось так мало, что {upstream} может самостоятельно переключить аккаунт в Relax (это происходит при {hours, number} ч или меньше, если включён автопереход в Relax).',
  'switch.notConfirmed':
    'Смена отправлена в {upstream}, но её не удалось вовремя подтвердить. Выполните `/info` в Midjourney или через минуту `/speed status`, чтобы проверить режим.',
  'switch.notConfirmed.withFastTime':
    'Смена отправлена в {upstream}, но её не удалось вовремя подтвердить (последние данные: времени Fast {fastTime}). Выполните `/info` в Midjourney или через минуту `/speed status`, чтобы проверить режим.',
  'switch.switchBackSet':
    '⏱️ Через {duration}, в {time} ({relative}), бот вернёт аккаунт в **Relax** и сообщит об этом здесь. Любая новая смена через `/speed` это отменит.',
  'switch.cancelsSwitchBack': '(Это отменяет возврат в Relax от {user}, который должен был произойти {due}.)',
  'switch.lowFastTime':
    '⚠️ Часы Fast заканчиваются: по последним данным {fastTime}. `/speed relax` сохранит остаток.',
  'switch.lowFastTime.asOf':
    '⚠️ Часы Fast заканчиваются: по данным, полученным {at}, {fastTime}. `/speed relax` сохранит остаток.',
  'switch.limitHeld':
    '⏱️ На случай, если смена прошла, лимит {duration} продолжает действовать: бот вернёт аккаунт в **Relax** в {time} ({relative}) и сообщит об этом здесь. Любая новая смена через `/speed` это отменит.',
  'switch.earlierLimitKept':
    '⏱️ Если эта смена не прошла, в силе остаётся более ранний возврат от предыдущей смены {user} ({timed}): бот вернёт аккаунт в **Relax** {due} (как только сможет, если срок прошёл) и сообщит об этом в {channels}. Любая новая смена через `/speed` его отменит.',
  'switch.limitHeldAfterFlag':
    '⏱️ Смена была отправлена до появления пометки, поэтому аккаунт может быть в режиме {mode}: лимит {duration} продолжает действовать. Бот вернёт аккаунт в **Relax** {due} или сразу после `/speed reset`, если аккаунт к тому времени ещё будет приостановлен.',
  'switch.cooldown':
    '⏳ Вы меняли скорость {last}; между сменами участники ждут {cooldown}. Попробуйте снова через {remaining} ({retryAt}). В Midjourney ничего не отправлено.',
  'switch.queueFull':
    'В этом канале уже {waiting, plural, one {ожидает # запрос} few {ожидают # запроса} many {ожидают # запросов} other {ожидают # запроса}} на смену скорости. Ничего не отправлено; попробуйте снова через минуту.',
  'switch.invalidMinutes':
    '`minutes` должно быть целым числом от {min, number, ::group-off} до {max, number, ::group-off} (сутки). Ничего не изменено.',
  'switch.notSetUp':
    'Команда `/speed` не настроена в этом канале: канал не привязан к аккаунту Midjourney, поэтому ничего не отправлено. (Оператор бота привязывает каналы через CHANNEL_MAP.)',
  'switch.notSetUp.useIn':
    'Команда `/speed` не настроена в этом канале: канал не привязан к аккаунту Midjourney, поэтому ничего не отправлено. Используйте её в {channels}. (Оператор бота привязывает каналы через CHANNEL_MAP.)',
  'switchBack.timed': '{timed} (запрос от {user})',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ {timed}: время вышло, аккаунт возвращён в **режим Relax**. Ответ Midjourney:} other {⏱️ {timed}: время вышло, аккаунт возвращён в **режим Relax**.}}',
  'switchBack.haltedNow':
    '⏱️ {timed}: время вышло, но при возврате в Relax сработала приостановка из-за модерации. Бот вернёт аккаунт в Relax сразу после `/speed reset`.',
  'switchBack.heldByHalt':
    '⏱️ {timed}: время вышло, но смены скорости приостановлены ({halt}), поэтому бот ничего не отправил в Midjourney и **ещё не** вернул аккаунт в Relax: аккаунт, возможно, ещё в режиме {mode}. Как только вопрос с модерацией будет решён и администратор выполнит `/speed reset`, бот сразу вернёт аккаунт в Relax.',
  'switchBack.failed': '⏱️ {timed}: время вышло, но вернуть аккаунт в Relax не удалось: {failure} {retry}',
  'switchBack.queueFull':
    '⏱️ {timed}: время вышло, но для этого аккаунта ожидало слишком много запросов, поэтому бот ещё не вернул его в Relax. {retry}',
  'switchBack.retry':
    'Аккаунт, возможно, ещё в режиме {mode}: бот попробует снова {at} и будет пытаться, пока не получится (сообщается только об этой первой неудаче). `/speed relax` переключит сразу.',
  'switchBack.late.failures': '(С опозданием на {late}: предыдущие попытки не удались.)',
  'switchBack.late.halt': '(С опозданием на {late}: аккаунт был приостановлен до сброса.)',
  'switchBack.late.botDown': '(С опозданием на {late}: бот не работал, когда время вышло.)',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'Сбросить (администраторы)',
  'halt.solvedResetButton': 'Решено: сбросить',
  'halt.flagged': '⛔ **Midjourney пометил общий аккаунт: смены скорости в этом канале приостановлены.**',
  'halt.refused.unknown':
    '{cause, select, captcha {Запрос отклонён: Midjourney запросил у аккаунта решение CAPTCHA.} other {Запрос отклонён: Midjourney отправил аккаунту неподтверждённое сообщение модерации или CAPTCHA.}}',
  'halt.refused.status':
    '{cause, select, captcha {Проверка часов Fast через `/speed status` от {user} отклонена: Midjourney запросил у аккаунта решение CAPTCHA.} other {Проверка часов Fast через `/speed status` от {user} отклонена: Midjourney отправил аккаунту неподтверждённое сообщение модерации или CAPTCHA.}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {Автоматический возврат в Relax после временной смены от {user} отклонён: Midjourney запросил у аккаунта решение CAPTCHA.} other {Автоматический возврат в Relax после временной смены от {user} отклонён: Midjourney отправил аккаунту неподтверждённое сообщение модерации или CAPTCHA.}}',
  'halt.refused.command':
    '{cause, select, captcha {Команда `/speed {command}` от {user} отклонена: Midjourney запросил у аккаунта решение CAPTCHA.} other {Команда `/speed {command}` от {user} отклонена: Midjourney отправил аккаунту неподтверждённое сообщение модерации или CAPTCHA.}}',
  'halt.upstreamSaid': 'Ответ {upstream}:',
  'halt.whatToDo': '**Что делать**',
  'halt.step.logIn':
    '1. Войдите в Discord-аккаунт вашей команды для Midjourney и откройте в нём сообщения от Midjourney.',
  'halt.step.solveCaptcha':
    '2. Решите CAPTCHA для этого аккаунта: ссылка для администраторов есть в `/speed status` (сюда её не публикуют).',
  'halt.step.resolveModeration':
    '2. Прочитайте и подтвердите сообщение модерации или решите CAPTCHA. Если это CAPTCHA, а окно проверки не появляется, вручную выполните там `/imagine`.',
  'halt.step.reset':
    '3. Затем администратор ({admins}) выполняет `/speed reset` или нажимает **Сбросить** ниже.',
  'halt.untilReset':
    'До тех пор бот ничего не отправляет в Midjourney из этого канала: новые запросы грозят баном аккаунта.',
  'halt.joined':
    '⛔ Ваш запрос был отправлен вместе с точно таким же ({halt}), который наткнулся на приостановку из-за модерации: смены скорости в этом канале приостановлены. Инструкции опубликованы в канале; когда проблема будет решена, {admins} могут выполнить `/speed reset`.',
  'halt.already':
    '⛔ Смены скорости в этом канале приостановлены ({halt}): Midjourney ждёт, пока будет решён вопрос с сообщением модерации или CAPTCHA. В Midjourney ничего не отправлено. Когда проблема будет решена, {admins} могут выполнить `/speed reset`.',
  'halt.reset.done':
    '✅ Аккаунт Midjourney в {upstream} сброшен по команде {user}: смены скорости в этом канале снова разрешены.',
  'halt.reset.noHaltRecorded':
    '(Бот не записывал здесь приостановку; сброс в {upstream} всё равно выполнен.)',
  'halt.reset.unconfirmed':
    '(Не удалось подтвердить у {upstream}, что пометка модерации снята; `/speed status` может проверить снова.)',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream} всё ещё сообщает о CAPTCHA на аккаунте; решите её в аккаунте Midjourney (ссылка есть у администратора, который выполнил сброс), иначе следующая смена скорости снова вызовет приостановку.',
  'halt.reset.stillModeration':
    '⚠️ {upstream} всё ещё сообщает о неподтверждённом сообщении модерации; разберитесь с ним в аккаунте Midjourney, иначе следующая смена скорости снова вызовет приостановку.',
  'halt.reset.stillDisabled': '⚠️ В {upstream} аккаунт всё ещё отключён; следующая смена скорости не удастся.',
  'halt.reset.captchaCleared':
    'Бот сообщил {upstream}, что CAPTCHA решена ({upstream} это не проверяет). Если это не так, Midjourney снова запросит её при следующем действии аккаунта, и следующая смена скорости снова вызовет приостановку; новую ссылку администраторы найдут в `/speed status`.',
  'halt.reset.enabledAgain':
    'В {upstream} аккаунт снова включён и будет переподключён в течение минуты-двух; смена скорости за это время подождёт или подскажет, когда попробовать снова.',
  'halt.reset.switchBackNow':
    '⏱️ Аккаунт, возможно, ещё в режиме {mode} после {timed} от {user} (возврат должен был произойти {due}): бот сейчас же вернёт его в **Relax** и сообщит об этом в {channels}.',
  'halt.reset.failed': 'Сброс не удался. {failure}',
  'halt.reset.notPersisted':
    'Аккаунт в {upstream} сброшен, но хранилище состояния не отвечает, поэтому этот канал всё ещё отмечен как приостановленный. Повторите `/speed reset`, когда хранилище снова заработает, и сообщите оператору бота.',
  'halt.reset.queueFull':
    'В этом канале уже {waiting, plural, one {ожидает # запрос} few {ожидают # запроса} many {ожидают # запросов} other {ожидают # запроса}}. Ничего не отправлено; попробуйте снова через минуту.',
  'halt.solveCaptchaFirst':
    '🔒 По данным {upstream}, аккаунт заблокирован CAPTCHA. Сначала решите её по ссылке {link}, войдя в Discord-аккаунт, через который работает Midjourney, затем нажмите **{button}** ниже: сброс лишь сообщает {upstream}, что CAPTCHA решена, и никто это не проверяет. Пока ничего не сброшено. (Эту ссылку видите только вы.)',
  'halt.reset.stillLocked':
    '🔒 По данным {upstream}, аккаунт всё ещё заблокирован CAPTCHA. Решите её по ссылке {link}, войдя в Discord-аккаунт, через который работает Midjourney, затем снова выполните `/speed reset`. (Эту ссылку видите только вы.)',
  'halt.reset.stillLockedNoLink':
    '🔒 По данным {upstream}, аккаунт всё ещё заблокирован CAPTCHA, а ссылки нет: решите её в Discord-аккаунте, через который работает Midjourney (или на странице аккаунтов {upstream}), затем снова выполните `/speed reset`.',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': 'Сбросить аккаунт Midjourney могут только {admins}. Ничего не изменено.',
  'speed.unsupportedButton':
    'Эта кнопка больше не поддерживается, поэтому ничего не сделано. Чтобы узнать состояние аккаунта, используйте `/speed status`.',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **Приостановлено** {summary}.',
  'status.notHalted': '✅ Не приостановлено: смены скорости разрешены.',
  'status.lastChange': 'Последняя смена скорости: **{mode}** от {user}, {at}.',
  'status.lastChange.automatic':
    'Последняя смена скорости: **{mode}** (автоматический возврат после смены от {user}), {at}.',
  'status.lastChange.none': 'Последняя смена скорости: записей нет.',
  'status.switchBack.due': '⏱️ Возврат в **Relax**: {at}; {timed} от {user}.',
  'status.switchBack.overdueHalted':
    '⏱️ Возврат в **Relax** просрочен (срок истёк {since}): {timed} от {user}. Аккаунт, возможно, ещё в режиме {mode}; возврат произойдёт сразу после `/speed reset`.',
  'status.switchBack.overdueRetrying':
    '⏱️ Возврат в **Relax** просрочен (срок истёк {since}), идут повторные попытки: {timed} от {user}. Аккаунт, возможно, ещё в режиме {mode}; `/speed relax` переключит сразу.',
  'status.fastTime.known':
    'Время Fast: **{figures}**{low, select, yes { ⚠️ заканчивается} other {}}, по данным /info Midjourney, полученным {when}.',
  'status.fastTime.knownUndated':
    'Время Fast: **{figures}**{low, select, yes { ⚠️ заканчивается} other {}}, по данным /info Midjourney (когда они получены, неизвестно).',
  'status.fastTime.unknownMissing': 'Время Fast: неизвестно (в /info Midjourney его нет).',
  'status.fastTime.unknownHalted': 'Время Fast: неизвестно (не запрашивается, пока аккаунт приостановлен).',
  'status.fastTime.unknownUnchecked':
    'Время Fast: неизвестно (не запрашивается, пока бот не может проверить, есть ли приостановка).',
  'status.fastTime.unknownBusy':
    'Время Fast: неизвестно (в очереди к этому аккаунту слишком много запросов; попробуйте снова через минуту).',
  'status.fastTime.unknownRestarting':
    'Время Fast: неизвестно (бот перезапускается; попробуйте ещё раз чуть позже).',
  'status.fastTime.unknownFailed': 'Время Fast: неизвестно. {failure}',
  'status.account.unreadable': 'Аккаунт в {upstream}: прочитать не удалось. {failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    'Аккаунт в {upstream}: **заблокирован CAPTCHA**. Решите её по ссылке {link}, войдя в Discord-аккаунт, через который работает Midjourney, затем выполните `/speed reset`. (Это видят только администраторы.){jobModeKnown, select, yes { Режим заданий: {jobMode}.} other {}}',
  'status.account.captchaNoLink':
    'Аккаунт в {upstream}: **заблокирован CAPTCHA**. Ссылки нет: решите её в Discord-аккаунте, через который работает Midjourney, или на странице аккаунтов {upstream}, затем выполните `/speed reset`. (Это видят только администраторы.){jobModeKnown, select, yes { Режим заданий: {jobMode}.} other {}}',
  'status.account.pendingModeration': 'Аккаунт в {upstream}: **неподтверждённое сообщение модерации**',
  'status.account.sameText': '(Тот же текст, что и у приостановки выше.)',
  'status.account.switchedOff':
    'Аккаунт в {upstream}: **отключён** (это не приостановка из-за модерации).{jobModeKnown, select, yes { Режим заданий: {jobMode}.} other {}}',
  'status.account.clear':
    'Аккаунт в {upstream}: неподтверждённых сообщений модерации нет.{jobModeKnown, select, yes { Режим заданий: {jobMode}.} other {}}',
  'status.mappedAccount': 'Канал в {upstream}: `{channel}` (из CHANNEL_MAP).',
  'status.store': 'Хранилище состояния: {store}.',
  'status.store.sqlite': 'файл SQLite {location}',
  'status.store.redis': 'Redis по адресу {location}',
  'history.storeUnavailable':
    'Хранилище состояния не отвечает, поэтому историю показать нельзя. Сообщите оператору бота.',
  'history.empty':
    'Для этого аккаунта Midjourney ещё не записано ни смен скорости, ни сбросов, ни приостановок.',
  'history.heading':
    '**Смены скорости, сбросы и приостановки этого аккаунта Midjourney: {count, plural, =1 {последняя запись} one {последняя # запись} few {последние # записи} many {последние # записей} other {последние # записи}}** (сначала новые):',
  'history.line': '{when} {what}: {outcome}',
  'history.what.reset': '**Сброс** от {user}',
  'history.what.info': 'Проверка часов Fast от {user}',
  'history.what.switchBack': '**Relax**, автоматически после {timed} от {user}',
  'history.what.timed': '{timed} от {user}',
  'history.what.untimed': '**{mode}** от {user}',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ режим уже был активен',
  'history.outcome.halted': '⛔ приостановка из-за модерации',
  'history.outcome.skippedHalted': '⏸️ не отправлено: аккаунт был приостановлен',
  'history.outcome.failed': '❌ не удалось',
  'history.outcome.failedBecause': '❌ не удалось ({reason})',
  'history.outcome.late': '{outcome}, с опозданием на {duration}',
  'history.failure.busy': '{upstream}: перегрузка',
  'history.failure.unauthorized': '{token} отклонён',
  'history.failure.noSubscription': 'нет подписки {upstream}',
  'history.failure.badRequest': 'запрос отклонён как некорректный',
  'history.failure.notFound': 'аккаунт не настроен',
  'history.failure.accountDisabled': 'аккаунт отключён в {upstream}',
  'history.failure.discontinued': '{upstream} больше не обслуживает Midjourney',
  'history.failure.unavailable': 'сервис {upstream} недоступен',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    'Переключаться на **{mode}** могут только участники с ролью {roles} (или администраторы). В Midjourney ничего не отправлено; команда `/speed relax` доступна всем.',
  'modes.refused.tooLong':
    'Режим **{mode}** здесь можно включать не больше чем на {limit} за раз: укажите в `minutes` не больше {max, number} или не указывайте вовсе, чтобы получить {max, number}. В Midjourney ничего не отправлено.',
  'modes.refused.settingsNotRead':
    'Бот сейчас не смог прочитать настройки бота для этого сервера, поэтому не может определить, можно ли вам включать **{mode}** и на какое время. В Midjourney ничего не отправлено; попробуйте ещё раз через минуту. Команда `/speed relax` доступна всем.',
  'modes.limitNote': '(Режим {mode} здесь можно включать не больше чем на {limit} за раз.)',
  'modes.line': 'Доступные вам режимы: {allowed}.',
  'modes.line.withRefused': 'Доступные вам режимы: {allowed}. Недоступные: {refused}.',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}** (до {limit})',
  'modes.refused': '{mode} (нужна роль {roles})',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ **Приостановка** аккаунта Midjourney `{account}`: {cause, select, captcha {CAPTCHA} other {пометка модерации}}{inChannel, select, yes { в {channel}} other {}}, источник: {source}. Смены скорости для этого аккаунта приостановлены.',
  'alert.halt.upstreamFlag': 'пометка аккаунта в {upstream}',
  'alert.halt.said': 'Ответ {upstream}:',
  'alert.halt.admins': 'Администраторы',
  'alert.halt.resolve':
    '{admins}: {cause, select, captcha {решите CAPTCHA в аккаунте Midjourney (ссылка есть в `/speed status`, только для администраторов)} other {решите вопрос в аккаунте Midjourney}}, затем выполните `/speed reset`{inChannel, select, yes { в {channel}} other {}}.',
  'alert.reset':
    '✅ Аккаунт Midjourney `{account}` сброшен в {channel} по команде {user}. {flag, select, unconfirmed {Не удалось подтвердить у {upstream}, что пометка снята.} captcha {⚠️ {upstream} всё ещё сообщает о CAPTCHA: следующая смена скорости снова вызовет приостановку.} moderation {⚠️ {upstream} всё ещё сообщает о неподтверждённом сообщении модерации: следующая смена скорости снова вызовет приостановку.} switchedOff {⚠️ В {upstream} аккаунт всё ещё отключён: следующая смена скорости не удастся.} other {{upstream} больше не сообщает о пометках.}}',
  'alert.change.untimed':
    '🔁 {user}: аккаунт Midjourney `{account}` переключён на **{mode}** в {channel}, без ограничения по времени.',
  'alert.change.timed':
    '🔁 {user}: аккаунт Midjourney `{account}` переключён на **{mode}** в {channel} на {duration} (возврат в Relax: {due}).',
  'alert.switchBack.switched':
    '⏱️ Аккаунт Midjourney `{account}` в {channel} автоматически возвращён в **Relax** после {timed} от {user}.',
  'alert.switchBack.failed':
    '❌ Не удалось вернуть аккаунт Midjourney `{account}` в {channel} в Relax после {timed} от {user}: {failure} Аккаунт, возможно, ещё в режиме {mode}. Бот попробует снова {retry} и будет пытаться, пока не получится; об успехе он сообщит здесь.',
  'alert.switchBack.held':
    '⏸️ Возврат аккаунта Midjourney `{account}` в {channel} в Relax после {timed} от {user} отложен: аккаунт приостановлен, поэтому ничего не отправлено. Аккаунт, возможно, ещё в режиме {mode}. Возврат выполнится сразу после `/speed reset`.',
  'alert.switchBack.queueFull':
    '⏸️ Возврат аккаунта Midjourney `{account}` в {channel} в Relax после {timed} от {user} задерживается: ожидало слишком много запросов. Аккаунт, возможно, ещё в режиме {mode}. Бот попробует снова {retry}.',
  'alert.blockEnd':
    '⏰ Судя по тексту модерации приостановки, срок блокировки аккаунта Midjourney `{account}` истёк: {ended}. Аккаунт всё ещё приостановлен: администратор может проверить его в Midjourney и выполнить `/speed reset`. Бот никогда не сбрасывает его сам.',
  'alert.blockEnd.met':
    '⏰ Судя по тексту модерации приостановки (канал {channel}, запрос от {user}), срок блокировки аккаунта Midjourney `{account}` истёк: {ended}. Аккаунт всё ещё приостановлен: администратор может проверить его в Midjourney и выполнить `/speed reset`. Бот никогда не сбрасывает его сам.',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ Окончание блокировки по тексту модерации: {ends}. Тогда бот напомнит администраторам; сам он никогда не сбрасывает аккаунт.',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': 'Переключить или проверить режим скорости общего аккаунта Midjourney',
  'command.speed.fast': 'Переключить общий аккаунт Midjourney в режим Fast (расходует часы Fast)',
  'command.speed.turbo':
    'Переключить общий аккаунт Midjourney в режим Turbo (быстрее всего, вдвое больше часов Fast)',
  'command.speed.relax': 'Переключить общий аккаунт Midjourney в режим Relax (без часов Fast, медленнее)',
  'command.speed.minutes':
    'Через сколько минут вернуть в Relax ({min, number, ::group-off}-{max, number, ::group-off})',
  'command.speed.reset': 'Для администраторов: снять приостановку после решения вопроса в Midjourney',
  'command.speed.status':
    'Показать приостановку, последнюю смену, запланированный возврат и остаток часов Fast',
  'command.speed.panel':
    'Для администраторов: опубликовать здесь панель состояния аккаунта с кнопками режимов',
  'command.speed.history':
    'Показать {count, plural, one {последнюю запись} few {последние # записи} many {последние # записей} other {последние # записи}} истории аккаунта: смены скорости, сбросы, приостановки',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} Режим {mode}',
  'panel.heading.unknown': '## Режим скорости через бота ещё не выбирали',
  'panel.heading.halted': '## ⛔ Приостановлено: смена скорости недоступна',
  'panel.setBy': 'Включён по запросу {user}: {at} ({ago}).',
  'panel.setAutomatically':
    'Включён автоматически {at} ({ago}), когда закончилась временная смена от {user}.',
  'panel.unknownHint':
    'Нажмите кнопку ниже, чтобы переключить аккаунт; тогда на панели будет видно, кто и когда это сделал.',
  'panel.switchBack.due':
    '⏱️ Возврат в **Relax** {when} (в {time}) после {length} в режиме {mode} по запросу {user}.',
  'panel.switchBack.retrying':
    '⏱️ Возврат в **Relax** должен был произойти {due}, но ещё не прошёл; бот попробует снова {next}. Аккаунт, возможно, ещё в режиме {mode}.',
  'panel.switchBack.held':
    '⏱️ Возврат в **Relax** должен был произойти {due}; он выполнится сразу после сброса. Аккаунт, возможно, ещё в режиме {mode}.',
  'panel.halt.since':
    '{cause, select, captcha {Midjourney заблокировал аккаунт {ago} ({at}), запросив CAPTCHA.} other {Midjourney пометил аккаунт {ago} ({at}), прислав сообщение модерации.}} Бот ничего не отправляет в Midjourney, пока администратор не выполнит сброс.',
  'panel.halt.said': 'Ответ {upstream}:',
  'panel.halt.blockEnds': '🗓️ Окончание блокировки по тексту модерации: {at} ({ago}).',
  'panel.halt.lastMode': 'Последний режим, выбранный через бота: **{mode}**, от {user}, {ago}.',
  'panel.halt.help':
    '-# Сначала решите вопрос в Discord-аккаунте, через который работает Midjourney (подробности для администраторов есть в `/speed status`), затем администратор нажимает **Сбросить**.',
  'panel.fastTime.figures.ofTotal': '{remaining, number} из {total, number} ч ({percent, number} %)',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} из {total, number} ч',
  'panel.fastTime.figures.remaining': '{remaining, number} ч',
  'panel.fastTime.read': '⛽ Осталось времени Fast: **{figures}**, данные получены {ago}.',
  'panel.fastTime.readUndated': '⛽ Осталось времени Fast: **{figures}** по последним данным.',
  'panel.fastTime.missing':
    '⛽ Осталось времени Fast: неизвестно (в ответе /info Midjourney {ago} его не было).',
  'panel.fastTime.none':
    '⛽ Осталось времени Fast: ещё не запрашивалось. Его запрашивает `/speed status`; сама панель никогда не обращается к Midjourney.',
  'panel.fastTime.low': '⚠️ Часы Fast заканчиваются: **Relax** сохранит остаток.',
  'panel.footer':
    '-# Панель обновляется сама после каждой смены. Её кнопки переключают режим для всех по тем же правилам, что и `/speed`.',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    'Публиковать панель скорости могут только участники с правом «Управлять сервером» или «Администратор». Ничего не опубликовано.',
  'panel.refused.notAdminOrRoles':
    'Публиковать панель скорости могут только участники с правом «Управлять сервером» или «Администратор» либо с ролью {roles}. Ничего не опубликовано.',
  'panel.posted.pinned':
    '📌 Панель скорости опубликована здесь и закреплена. Она обновляется за считаные секунды после каждого изменения аккаунта, где бы оно ни было сделано.',
  'panel.posted.notPinned':
    '📌 Панель скорости опубликована здесь. Она обновляется за считаные секунды после каждого изменения аккаунта, где бы оно ни было сделано.',
  'panel.pin.noPermission':
    'Боту не удалось её закрепить: ему нужно право «Закреплять сообщения» в этом канале. Закрепите её сами или выдайте боту это право и снова выполните `/speed panel`.',
  'panel.pin.failed': 'Discord не дал боту её закрепить ({reason}). Если хотите, закрепите её сами.',
  'panel.pin.timeout':
    'Discord не ответил вовремя, когда бот пытался её закрепить. Если хотите, закрепите её сами.',
  'panel.pin.unreachable':
    'Бот не смог связаться с Discord, чтобы её закрепить. Если хотите, закрепите её сами.',
  'panel.replaced.deleted': 'Панель, опубликованная здесь ранее, удалена.',
  'panel.replaced.left':
    'Панель, опубликованную здесь ранее, не удалось удалить: она больше не обновляется, поэтому удалите её сами.',
  'panel.notPosted.permissions':
    'Боту не удалось опубликовать панель здесь: ему нужны права «Просматривать канал» и «Отправлять сообщения» в этом канале. Ничего не опубликовано.',
  'panel.notPosted.failed':
    'Discord не принял панель ({reason}), поэтому ничего не опубликовано. Попробуйте снова через минуту.',
  'panel.notPosted.timeout':
    'Discord не ответил вовремя, поэтому панель, возможно, не опубликована, а если всё же опубликована, обновляться не будет: если она появится, удалите её и через минуту снова выполните `/speed panel`.',
  'panel.notPosted.unreachable':
    'Бот не смог связаться с Discord, поэтому ничего не опубликовано. Попробуйте снова через минуту.',
  'panel.notPosted.store':
    'Хранилище состояния не отвечает, поэтому панель не опубликована: чтобы она обновлялась, её нужно сохранить. Попробуйте снова через минуту, а если это продолжится, сообщите оператору бота.',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ Когда ваш запрос был отправлен, Midjourney пометил аккаунт. Инструкции опубликованы в канале, а панель показывает приостановку.',
  'panel.click.remapped':
    'Эта панель показывает аккаунт, который этот канал больше не использует, поэтому в Midjourney ничего не отправлено. Попросите администратора снова выполнить здесь `/speed panel`, чтобы опубликовать панель для аккаунта, который канал использует сейчас.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ Панель скорости в {channel} больше не удаётся обновлять: Discord не даёт боту к ней доступа ({reason}). Выдайте боту там право «Просматривать канал» или опубликуйте новую панель через `/speed panel`.',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    'Для администраторов: кому доступны Turbo и Fast, на сколько, пауза, канал оповещений, язык',
  'settings.name.turboRoleIds': 'Кто может включать Turbo',
  'settings.name.fastRoleIds': 'Кто может включать Fast',
  'settings.name.turboMaxMinutes': 'Максимальное время в Turbo',
  'settings.name.fastMaxMinutes': 'Максимальное время в Fast',
  'settings.name.cooldownSeconds': 'Пауза между сменами',
  'settings.name.alertChannelId': 'Канал оповещений',
  'settings.name.locale': 'Язык публичных сообщений',
  'settings.value.everyone': 'все',
  'settings.value.roles': '{roles} (и администраторы)',
  'settings.value.moreRoles':
    '{more, plural, one {ещё # роль} few {ещё # роли} many {ещё # ролей} other {ещё # роли}}',
  'settings.value.noLimit': 'без ограничения',
  'settings.value.cooldownOff': 'нет',
  'settings.value.noAlertChannel': 'нет',
  'settings.value.discordLanguage': 'язык сервера в Discord',
  'settings.source.operator': 'задано оператором бота ({variable})',
  'settings.source.discord': 'выбрано здесь',
  'settings.source.default': 'по умолчанию',
  'settings.view.heading':
    '⚙️ **Настройки бота на этом сервере.** Видят и меняют их только администраторы; каждое изменение действует сразу, попадает в `/speed history` и публикуется в канале оповещений.',
  'settings.view.line': '**{setting}**: {value} — {source}',
  'settings.view.fixedNote':
    'Настройки, заданные оператором бота, зафиксированы в переменных окружения бота: изменить их из Discord нельзя.',
  'settings.view.notRead':
    '⚠️ Хранилище состояния не отвечает, поэтому настройки могут быть не самыми свежими. Сообщите оператору бота.',
  'settings.outcome.changed': '✅ Сохранено и уже действует:',
  'settings.outcome.unchanged': 'Ничего не изменено: настройка уже такая.',
  'settings.outcome.notSaved':
    '⚠️ Хранилище состояния не отвечает, поэтому ничего не изменено. Попробуйте ещё раз чуть позже; если это повторяется, сообщите оператору бота.',
  'settings.change.line': '**{setting}**: {from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Кто может включать Turbo (ничего не выбрано — все)',
  'settings.control.fastRolesPlaceholder': 'Кто может включать Fast (ничего не выбрано — все)',
  'settings.control.alertChannelPlaceholder': 'Канал оповещений (текстовый канал)',
  'settings.control.languagePlaceholder': 'Язык публичных сообщений',
  'settings.control.discordLanguageOption': 'Язык сервера в Discord',
  'settings.control.fixedPlaceholder': '{setting}: задано оператором бота',
  'settings.control.limitsButton': 'Лимиты и пауза…',
  'settings.control.clearAlertChannelButton': 'Без канала оповещений',
  'settings.modal.title': 'Лимиты и пауза',
  'settings.modal.maxMinutesDescription':
    'Минуты, от {min, number} до {max, number}; пусто — без ограничения',
  'settings.modal.cooldownDescription': 'Секунды, от {min, number} до {max, number}; 0 или пусто — без паузы',
  'settings.refused.notAdmin':
    'Видеть и менять настройки бота могут только участники с правом «Управлять сервером» или «Администратор». Ничего не изменено.',
  'settings.refused.notAdminWithRoles':
    'Видеть и менять настройки бота могут только участники с правом «Управлять сервером» или «Администратор» либо с ролью {roles}. Ничего не изменено.',
  'settings.refused.fixed':
    '{count, plural, one {Эта настройка задана оператором в переменных окружения бота, поэтому изменить её из Discord нельзя: {settings}.} few {Эти настройки заданы оператором в переменных окружения бота, поэтому изменить их из Discord нельзя: {settings}.} many {Эти настройки заданы оператором в переменных окружения бота, поэтому изменить их из Discord нельзя: {settings}.} other {Эти настройки заданы оператором в переменных окружения бота, поэтому изменить их из Discord нельзя: {settings}.}} Ничего не изменено.',
  'settings.refused.unknownControl':
    'Этот элемент управления больше не поддерживается, поэтому ничего не изменено. Снова выполните `/speed settings`.',
  'settings.invalid.roles': 'Выбирать можно только роли этого сервера, поэтому ничего не изменено.',
  'settings.invalid.channel':
    'Каналом оповещений может быть только текстовый канал этого сервера, поэтому ничего не изменено.',
  'settings.notChecked.channel':
    'Бот не смог проверить канал через Discord, поэтому ничего не изменено. Попробуйте ещё раз.',
  'settings.invalid.language': 'Бот не поддерживает этот язык, поэтому ничего не изменено.',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}**: нужно указать число минут (оставьте поле пустым, чтобы не ограничивать).',
  'settings.invalid.maxMinutes.notWhole': '**{setting}**: нужно целое число минут.',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}**: не меньше {min, number} (оставьте поле пустым, чтобы не ограничивать).',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}**: не больше {max, number} (сутки).',
  'settings.invalid.cooldown.notNumber': '**{setting}**: нужно указать число секунд (0 отключает паузу).',
  'settings.invalid.cooldown.notWhole': '**{setting}**: нужно целое число секунд.',
  'settings.invalid.cooldown.tooSmall': '**{setting}**: {min, number} (без паузы) или больше.',
  'settings.invalid.cooldown.tooLarge': '**{setting}**: не больше {max, number} (сутки).',
  'settings.invalid.nothingChanged':
    'Ничего не изменено: нажмите **Лимиты и пауза…** ещё раз, чтобы исправить.',
  'settings.history.heading': '**Изменения настроек бота** на этом сервере (сначала новые):',
  'settings.history.line': '{when} **{setting}** (изменение от {admin}): {from} → {to}',
  'settings.alert.heading': '⚙️ Изменения настроек бота на этом сервере от {admin}:',
};
