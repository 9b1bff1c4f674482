import type { Catalog } from './en-US.js';

/** Everything the bot says, in Korean (ko). */
export const ko: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number}초',
  'duration.minutes': '{minutes, number}분',
  'duration.minutesSeconds': '{minutes, number}분 {seconds, number}초',
  'duration.hours': '{hours, number}시간',
  'duration.hoursMinutes': '{hours, number}시간 {minutes, number}분',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly': '이 봇은 서버 채널에서만 작동합니다. 서버의 채널에서 `/speed`를 사용하세요.',
  'router.otherGuild':
    '이 봇은 소속 팀의 서버 전용이며 이 서버는 해당되지 않으므로 아무것도 실행하지 않았습니다. 이 서버를 운영하고 있고 봇이 필요하다면 직접 봇을 설치해 사용하세요.',
  'router.shuttingDown': '봇이 재시작하는 중입니다. 잠시 후 다시 시도하세요.',
  'router.unexpected':
    '봇 내부에서 문제가 발생해 이 요청이 완료되지 않았을 수 있습니다. `/speed status`를 확인한 후 다시 시도하세요. 문제가 계속되면 봇 운영자에게 알려 주세요.',
  'router.answeredPrivately': '비공개로 답변했습니다.',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting':
    '봇이 재시작하는 중이어서 이 요청을 Midjourney에 보내지 않았습니다. 잠시 후 다시 시도하세요.',
  'reply.admins': '서버 관리하기 또는 관리자 권한이 있는 멤버',
  'reply.admins.withRoles': '서버 관리하기 또는 관리자 권한이 있는 멤버, 또는 {roles} 역할이 있는 멤버',
  'reply.moreItems': '그 외 {count, plural, other {#개}}',
  'reply.timedLabel': '**{mode}**({duration})',
  'reply.haltSource.status': '{user} 님의 `/speed status` Fast 시간 확인',
  'reply.haltSource.switchBack': '{user} 님의 시간 지정 변경 후 Relax로의 자동 복귀',
  'reply.haltSource.command': '{user} 님의 `/speed {command}`',
  'reply.haltSummary.met': '{since}부터, {source}에서 발생',
  'reply.haltSummary.flagged': '{since}부터, {upstream}에서 계정에 플래그 지정',
  'reply.fastTime.remaining': '{remaining, plural, other {#시간}}',
  'reply.fastTime.ofTotal': '{total, plural, other {#시간}} 중 {remaining, number}시간',
  'reply.fastTime.ofTotalPercent':
    '{total, plural, other {#시간}} 중 {remaining, number}시간({percent, number, ::percent .##})',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ 봇의 상태 저장소가 응답하지 않아 모더레이션 중지 여부를 확인하지 못했습니다. 중지된 계정은 {upstream}에서 계속 차단합니다. 봇 운영자에게 알려 주세요.',
  'reply.store.haltNotRecorded':
    '⚠️ 봇의 상태 저장소가 응답하지 않아 이번 중지를 기록하지 못했습니다. 봇이 다음 속도 변경을 직접 차단하지 못할 수 있습니다({upstream}에서는 계속 차단합니다). 봇 운영자에게 알려 주세요.',
  'reply.store.changeNotRecorded':
    '⚠️ 봇의 상태 저장소가 응답하지 않아 이 변경이 `/speed status`와 `/speed history`에 표시되지 않습니다. 봇 운영자에게 알려 주세요.',
  'reply.store.switchBackNotStored':
    '⚠️ 봇의 상태 저장소가 응답하지 않아 복귀 예약이 저장되지 않았습니다. 그 전에 봇이 재시작하지 않는 한 복귀는 예정된 시간에 이루어집니다. 봇 운영자에게 알려 주세요.',
  'reply.store.switchBackNotCancelled':
    '⚠️ 봇의 상태 저장소가 응답하지 않아 예정된 Relax 복귀를 저장소에서 취소하지 못했습니다. 저장소가 응답하면 봇이 삭제하지만, 그 전에 봇이 재시작하면 계정이 Relax로 전환될 수 있습니다. `/speed status`를 확인하고 봇 운영자에게 알려 주세요.',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what} Midjourney Discord 계정에 접근할 수 있는 사람이 그 계정에서 해결해야 합니다. 그 후 관리자가 이 채널에서 `/speed reset`을 실행합니다.',
  'failure.busy':
    '{what} {wait, select, unknown {약 30초 후에 다시 시도하세요.} moment {몇 초 후에 다시 시도하세요.} minutes {{minutes, number}분 후에 다시 시도하세요.} other {{seconds, number}초 후에 다시 시도하세요.}}',
  'failure.unauthorized':
    '{upstream}에서 봇의 {token}을 거부했습니다. 봇 운영자에게 {variable} 값을 확인해 달라고 요청하세요.',
  'failure.accountDisabled':
    '{upstream}에서 모더레이션 중지가 아닌 다른 이유(예: Midjourney 구독)로 Midjourney 계정이 비활성화되어 있습니다. 봇 운영자에게 계정 문제를 해결하고 다시 활성화해 달라고 요청하세요.',
  'failure.switch.connectionBroke':
    '{upstream}에 연결할 수 없었거나 응답 전에 연결이 끊어져, 변경이 Midjourney에 반영되었는지 알 수 없습니다. 잠시 후 `/speed status`나 Midjourney의 `/info`로 확인하고, 모드가 바뀌지 않은 경우에만 다시 전환하세요. 문제가 계속되면 봇 운영자에게 네트워크와 {variable} 설정을 확인해 달라고 요청하세요.',
  'failure.switch.serverError':
    '{upstream}에 문제가 발생해(HTTP {status}) 변경이 Midjourney에 반영되었는지 알 수 없습니다. 잠시 후 `/speed status`나 Midjourney의 `/info`로 확인하고, 모드가 바뀌지 않은 경우에만 다시 전환하세요.',
  'failure.timeout.cardNotRefreshed':
    '{upstream}에서 Midjourney 계정의 `/settings` 카드를 제때 새로 고치지 못해 아무것도 변경하지 않았습니다. 이미 활성화된 모드를 클릭하면 꺼질 수 있으므로, 봇은 너무 오래되어 믿을 수 없는 카드는 클릭하지 않습니다. 몇 분 후 다시 시도하세요.',
  'failure.timeout':
    '{upstream}에서 제때 응답하지 않았습니다({seconds, number}초 후 대기 중단). 변경이 아직 반영될 수 있습니다. 1분 정도 기다린 후 Midjourney에서 `/info`로 확인하고 다시 시도하세요.',
  'failure.connection.shutdown':
    '봇이 재시작하는 중이라 {upstream}의 응답을 더 기다리지 않았으므로, 변경이 Midjourney에 반영되었는지 알 수 없습니다. 잠시 후 `/speed status`로 확인하고 필요하면 다시 시도하세요.',
  'failure.connection':
    '{upstream}에 연결할 수 없었습니다(연결 실패). 1분 후 다시 시도하세요. 문제가 계속되면 봇 운영자에게 네트워크와 {variable} 설정을 확인해 달라고 요청하세요.',
  'failure.status': '{upstream}에 문제가 발생했습니다(HTTP {status}). 몇 분 후 다시 시도하세요.',
  'failure.statusUnknown': '{upstream}에 문제가 발생했습니다. 몇 분 후 다시 시도하세요.',
  'failure.invalidBody':
    '{upstream}에서 봇이 읽을 수 없는 응답을 보냈습니다. 몇 분 후 다시 시도하세요. 문제가 계속되면 봇 운영자에게 알려 주세요.',
  'failure.bodyTooLarge':
    '{upstream}에서 예상보다 큰 응답을 보내 봇이 무시했습니다. 몇 분 후 다시 시도하세요. 문제가 계속되면 봇 운영자에게 알려 주세요.',
  'failure.offline.reconnecting':
    '{upstream}에서 다시 활성화된 Midjourney 계정을 재연결하는 중이므로(보통 1~2분 안에 끝납니다) 아무것도 변경하지 않았습니다. {wait, select, unknown {약 30초 후에 다시 시도하세요.} moment {몇 초 후에 다시 시도하세요.} minutes {{minutes, number}분 후에 다시 시도하세요.} other {{seconds, number}초 후에 다시 시도하세요.}}',
  'failure.offline.dailyRestart':
    '{upstream}에서는 자체 시계 기준 자정 직후에 계정을 재시작하므로 아무것도 변경하지 않았습니다. {wait, select, unknown {약 30초 후에 다시 시도하세요.} moment {몇 초 후에 다시 시도하세요.} minutes {{minutes, number}분 후에 다시 시도하세요.} other {{seconds, number}초 후에 다시 시도하세요.}}',
  'failure.offline':
    '{upstream}에서 현재 Midjourney 계정의 Discord에 연결되어 있지 않아 아무것도 변경하지 않았습니다. 봇 운영자에게 {upstream} 계정 페이지에서 계정을 확인해 달라고 요청하세요.',
  'failure.unconfirmed':
    '{upstream}에서 요청을 받았지만 Midjourney의 응답을 전달하지 않아 변경이 확인되지 않았습니다. Midjourney에서 `/info`를 실행해 현재 모드를 확인하세요.',
  'failure.withUpstream': '{message} {upstream} 응답: {said}',
  'failure.withUpstreamGlossed': '{message} {upstream} 응답: {said} ({gloss})',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'API 토큰',
  'useapi.moderationHalt':
    'Midjourney가 공유 계정에 대기 중인 모더레이션 메시지 또는 CAPTCHA 플래그를 지정해 useapi.net에서 계정을 중지했습니다.',
  'useapi.captchaHalt': 'Midjourney가 공유 계정에 CAPTCHA 풀기를 요구해 useapi.net에서 계정을 중지했습니다.',
  'useapi.busy': 'useapi.net이 혼잡합니다(Midjourney 작업 대기열이 가득 찼거나 Discord 속도 제한 중입니다).',
  'useapi.badRequest':
    'useapi.net에서 요청이 잘못되었다며 거부했습니다. 봇 운영자에게 이 채널이 useapi.net에서 Midjourney용으로 설정되어 있는지 확인해 달라고 요청하세요.',
  'useapi.notFound':
    'useapi.net에 이 채널용 Midjourney 계정이 설정되어 있지 않습니다. 봇 운영자에게 이 채널을 useapi.net Midjourney 설정에 추가해 달라고 요청하세요.',
  'useapi.noSubscription':
    'useapi.net에 따르면 봇의 구독이 없거나 만료되었습니다. 봇 운영자에게 useapi.net 구독을 갱신해 달라고 요청하세요.',
  'useapi.discontinued':
    'useapi.net이 더 이상 Midjourney를 지원하지 않을 수 있으므로(2026-06-24에 Midjourney API 종료를 발표함) 아무것도 변경하지 않았습니다. 봇 운영자에게 “Choosing an upstream”(docs/upstreams.md) 문서를 읽어 달라고 요청하세요.',
  'useapi.shutdownNotice':
    'useapi.net이 더 이상 Midjourney를 지원하지 않을 수 있습니다. 2026-06-24에 Midjourney API 종료를 발표했습니다. 대신 실행할 것(midjourney-proxy)은 "Choosing an upstream"(docs/upstreams.md) 문서를 참고하세요.',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': '관리자 토큰',
  'proxy.moderationHalt':
    'Midjourney가 공유 계정에 플래그를 지정해(대기 중인 모더레이션 메시지 또는 차단) midjourney-proxy에서 계정을 비활성화했습니다.',
  'proxy.captchaHalt':
    'Midjourney가 공유 계정에 CAPTCHA 풀기를 요구해 midjourney-proxy에서 계정을 잠갔습니다.',
  'proxy.busy':
    'midjourney-proxy가 혼잡합니다(계정 동기화가 거부되었거나 너무 오래 걸렸거나, Discord 속도 제한 중입니다).',
  'proxy.badRequest':
    'midjourney-proxy에서 요청을 거부했습니다. 봇 운영자에게 프록시의 계정 페이지에서 계정을 확인해 달라고 요청하세요.',
  'proxy.notFound':
    'midjourney-proxy에 이 채널용 계정이 없습니다. 그곳에 계정을 추가하거나 채널을 매핑하세요.',
  'proxy.noSubscription':
    'midjourney-proxy에 따르면 계정의 구독이 없거나 만료되었습니다. 봇 운영자에게 확인해 달라고 요청하세요.',
  'proxy.discontinued':
    'midjourney-proxy에 따르면 더 이상 Midjourney를 지원하지 않습니다. 봇 운영자에게 “Choosing an upstream”(docs/upstreams.md) 문서를 읽어 달라고 요청하세요.',
  'proxy.gloss.autoCaptcha': 'midjourney-proxy가 Midjourney CAPTCHA를 자동으로 푸는 중입니다.',
  'proxy.gloss.manualCaptcha': 'Midjourney가 사람이 직접 풀어야 하는 CAPTCHA를 요구합니다.',
  'proxy.gloss.captchaExpired': 'CAPTCHA가 10분 안에 풀리지 않아 만료되었습니다.',
  'proxy.gloss.pendingModMessage': 'Midjourney가 모더레이션 메시지를 보냈으며, 누군가 읽고 확인해야 합니다.',
  'proxy.gloss.blocked': 'Midjourney가 계정을 일시적으로 차단했습니다.',
  'proxy.gloss.planCancelled': '계정의 Midjourney 플랜이 해지되었습니다.',
  'proxy.gloss.subscriptionRequired': '계정에 Midjourney 구독이 필요합니다.',
  'proxy.gloss.subscriptionPaused': '계정의 Midjourney 구독이 일시 중지되었습니다.',
  'proxy.gloss.usageExhausted': '계정의 Midjourney 사용량을 모두 소진했습니다.',
  'proxy.gloss.noPermission': 'Discord가 계정의 요청 권한을 거부했습니다.',
  'proxy.gloss.syncFailures':
    '1시간 동안 동기화에 10번 넘게 실패해 midjourney-proxy가 계정을 비활성화했습니다.',
  'proxy.gloss.reconnectFailed': 'midjourney-proxy가 계정을 재연결하지 못해 비활성화했습니다.',
  'proxy.gloss.initFailed': 'midjourney-proxy가 계정을 시작하지 못했습니다.',
  'proxy.gloss.accountUnusable': 'midjourney-proxy가 계정을 사용할 수 없다고 보고합니다.',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {{user} 님이 **{mode} 모드**를 요청했습니다. Midjourney 응답:} other {{user} 님이 **{mode} 모드**를 요청했습니다.}}',
  'switch.jobMode': '{upstream} 기준 현재 작업 모드: **{jobMode}**.',
  'switch.jobMode.withFastTime': '{upstream} 기준 현재 작업 모드: **{jobMode}**, Fast 시간 {fastTime} 남음.',
  'switch.alreadyActive':
    '{upstream}에서 계정이 이미 **{mode}** 모드로 표시되므로 아무것도 클릭하지 않았습니다(활성 모드를 클릭하면 꺼질 수 있습니다).',
  'switch.alreadyActive.withFastTime':
    '{upstream}에서 계정이 이미 **{mode}** 모드로 표시되므로 아무것도 클릭하지 않았습니다(활성 모드를 클릭하면 꺼질 수 있습니다). Fast 시간은 {fastTime} 남았습니다.',
  'switch.autoRelax':
    '⚠️ Fast 시간이 이만큼 적게 남으면 {upstream}에서 계정을 자동으로 Relax로 전환할 수 있습니다(auto-relax가 켜져 있으면 {hours, number}시간 이하일 때 전환합니다).',
  'switch.notConfirmed':
    '변경을 {upstream}에 보냈지만 제때 확인하지 못했습니다. Midjourney에서 `/info`를 실행하거나 1분 후 `/speed status`를 실행해 모드를 확인하세요.',
  'switch.notConfirmed.withFastTime':
    '변경을 {upstream}에 보냈지만 제때 확인하지 못했습니다. 마지막으로 읽은 Fast 남은 시간은 {fastTime}입니다. Midjourney에서 `/info`를 실행하거나 1분 후 `/speed status`를 실행해 모드를 확인하세요.',
  'switch.switchBackSet':
    '⏱️ {duration} 후인 {time}({relative})에 봇이 **Relax**로 되돌리고 여기에 알립니다. 이후 `/speed`로 변경하면 이 예약은 취소됩니다.',
  'switch.cancelsSwitchBack': '({user} 님이 설정한, {due} 예정이던 Relax 복귀가 이로써 취소됩니다.)',
  'switch.lowFastTime':
    '⚠️ Fast 시간이 얼마 남지 않았습니다: 마지막으로 읽었을 때 {fastTime} 남음. `/speed relax`로 남은 시간을 아낄 수 있습니다.',
  'switch.lowFastTime.asOf':
    '⚠️ Fast 시간이 얼마 남지 않았습니다: {at} 기준 {fastTime} 남음. `/speed relax`로 남은 시간을 아낄 수 있습니다.',
  'switch.limitHeld':
    '⏱️ 변경이 반영되었을 경우에 대비해 {duration} 제한은 그대로 적용됩니다. 봇이 {time}({relative})에 **Relax**로 되돌리고 이 채널에 알립니다. 이후 `/speed`로 변경하면 이 예약은 취소됩니다.',
  'switch.earlierLimitKept':
    '⏱️ 이번 변경이 반영되지 않았을 경우에 대비해, {user} 님의 이전 {timed} 변경에 따른 더 이른 복귀를 유지합니다. 봇이 {due}에 **Relax**로 되돌리고(그 시간이 지났다면 가능한 한 빨리) {channels}에 알립니다. 이후 `/speed`로 변경하면 이 예약은 취소됩니다.',
  'switch.limitHeldAfterFlag':
    '⏱️ 플래그가 표시되기 전에 변경을 보냈으므로 계정이 {mode} 모드일 수 있습니다. {duration} 제한은 그대로 적용됩니다. 봇이 {due}에 **Relax**로 되돌리며, 그때도 계정이 중지 상태라면 `/speed reset` 직후에 되돌립니다.',
  'switch.cooldown':
    '⏳ {last}에 속도를 변경했습니다. 멤버는 변경 사이에 {cooldown} 동안 기다려야 합니다. {remaining} 후({retryAt}) 다시 시도하세요. Midjourney에는 아무것도 보내지 않았습니다.',
  'switch.queueFull':
    '이 채널에는 이미 {waiting, plural, other {#개의 속도 요청}}이 대기 중입니다. 아무것도 보내지 않았습니다. 1분 후 다시 시도하세요.',
  'switch.invalidMinutes':
    '`minutes`는 {min, number, ::group-off}~{max, number, ::group-off}(하루) 사이의 정수여야 합니다. 아무것도 변경하지 않았습니다.',
  'switch.notSetUp':
    '이 채널에는 `/speed`가 설정되어 있지 않습니다. Midjourney 계정에 연결되어 있지 않아 아무것도 보내지 않았습니다. (봇 운영자가 CHANNEL_MAP으로 채널을 연결합니다.)',
  'switch.notSetUp.useIn':
    '이 채널에는 `/speed`가 설정되어 있지 않습니다. Midjourney 계정에 연결되어 있지 않아 아무것도 보내지 않았습니다. {channels}에서 사용하세요. (봇 운영자가 CHANNEL_MAP으로 채널을 연결합니다.)',
  'switchBack.timed': '{user} 님이 요청한 {timed}',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ {timed}의 시간이 끝나 **Relax 모드**로 되돌렸습니다. Midjourney 응답:} other {⏱️ {timed}의 시간이 끝나 **Relax 모드**로 되돌렸습니다.}}',
  'switchBack.haltedNow':
    '⏱️ {timed}의 시간이 끝났지만, Relax로 되돌리는 중 모더레이션 중지가 발생했습니다. 봇은 `/speed reset` 직후에 되돌립니다.',
  'switchBack.heldByHalt':
    '⏱️ {timed}의 시간이 끝났지만 속도 변경이 중지되어 있어({halt}) 봇이 Midjourney에 아무것도 보내지 않았고, 아직 Relax로 되돌리지 **않았습니다**. 계정이 아직 {mode} 모드일 수 있습니다. 모더레이션이 해결되고 관리자가 `/speed reset`을 실행하면 봇이 바로 Relax로 되돌립니다.',
  'switchBack.failed': '⏱️ {timed}의 시간이 끝났지만 Relax로 되돌리지 못했습니다: {failure} {retry}',
  'switchBack.queueFull':
    '⏱️ {timed}의 시간이 끝났지만 이 계정에 대기 중인 요청이 너무 많아 아직 Relax로 되돌리지 못했습니다. {retry}',
  'switchBack.retry':
    '계정이 아직 {mode} 모드일 수 있습니다. 봇이 {at}에 다시 시도하며 성공할 때까지 계속합니다(이 첫 번째 실패만 알립니다). `/speed relax`로 지금 바로 전환할 수 있습니다.',
  'switchBack.late.failures': '({late} 늦음: 이전 시도가 실패했습니다.)',
  'switchBack.late.halt': '({late} 늦음: 재설정 전까지 계정이 중지되어 있었습니다.)',
  'switchBack.late.botDown': '({late} 늦음: 시간이 됐을 때 봇이 실행 중이 아니었습니다.)',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': '재설정 (관리자)',
  'halt.solvedResetButton': '해결됨: 재설정',
  'halt.flagged':
    '⛔ **Midjourney가 공유 계정에 플래그를 지정했습니다. 이 채널의 속도 변경이 중지되었습니다.**',
  'halt.refused.unknown':
    '{cause, select, captcha {Midjourney가 계정에 CAPTCHA 풀기를 요구해 요청이 거부되었습니다.} other {Midjourney가 계정에 대기 중인 모더레이션 메시지 또는 CAPTCHA를 보내 요청이 거부되었습니다.}}',
  'halt.refused.status':
    '{cause, select, captcha {Midjourney가 계정에 CAPTCHA 풀기를 요구해 {user} 님의 `/speed status` Fast 시간 확인이 거부되었습니다.} other {Midjourney가 계정에 대기 중인 모더레이션 메시지 또는 CAPTCHA를 보내 {user} 님의 `/speed status` Fast 시간 확인이 거부되었습니다.}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {Midjourney가 계정에 CAPTCHA 풀기를 요구해 {user} 님의 시간 지정 변경 후 Relax로의 자동 복귀가 거부되었습니다.} other {Midjourney가 계정에 대기 중인 모더레이션 메시지 또는 CAPTCHA를 보내 {user} 님의 시간 지정 변경 후 Relax로의 자동 복귀가 거부되었습니다.}}',
  'halt.refused.command':
    '{cause, select, captcha {Midjourney가 계정에 CAPTCHA 풀기를 요구해 {user} 님의 `/speed {command}` 요청이 거부되었습니다.} other {Midjourney가 계정에 대기 중인 모더레이션 메시지 또는 CAPTCHA를 보내 {user} 님의 `/speed {command}` 요청이 거부되었습니다.}}',
  'halt.upstreamSaid': '{upstream} 응답:',
  'halt.whatToDo': '**해결 방법**',
  'halt.step.logIn': '1. 이 팀에서 Midjourney를 사용하는 Discord 계정에 로그인해 Midjourney 메시지를 엽니다.',
  'halt.step.solveCaptcha':
    '2. 그 계정에서 CAPTCHA를 풉니다. 링크는 관리자가 `/speed status`에서 확인할 수 있습니다(여기에는 게시되지 않습니다).',
  'halt.step.resolveModeration':
    '2. 모더레이션 메시지를 읽고 확인하거나 CAPTCHA를 풉니다. CAPTCHA의 경우 인증 창이 표시되지 않으면 그곳에서 `/imagine`을 직접 실행하세요.',
  'halt.step.reset':
    '3. 그런 다음 관리자({admins})가 `/speed reset`을 실행하거나 아래의 **재설정**을 누릅니다.',
  'halt.untilReset':
    '그때까지 봇은 이 채널에서 Midjourney에 아무것도 보내지 않습니다. 추가로 호출하면 계정이 이용 정지(밴)될 위험이 있습니다.',
  'halt.joined':
    '⛔ 이 요청은 동일한 요청({halt})과 함께 전송되었고, 그 요청에서 모더레이션 중지가 발생했습니다. 이 채널의 속도 변경이 중지되었습니다. 안내는 채널에 게시되어 있습니다. 해결되면 {admins}가 `/speed reset`을 실행할 수 있습니다.',
  'halt.already':
    '⛔ 이 채널의 속도 변경이 중지되어 있습니다({halt}). Midjourney에서 모더레이션 메시지 또는 CAPTCHA가 해결되기를 기다리고 있습니다. Midjourney에는 아무것도 보내지 않았습니다. 해결되면 {admins}가 `/speed reset`을 실행할 수 있습니다.',
  'halt.reset.done':
    '✅ {user} 님이 {upstream}에서 Midjourney 계정을 재설정했습니다. 이 채널에서 다시 속도를 변경할 수 있습니다.',
  'halt.reset.noHaltRecorded': '(봇은 이곳의 중지를 기록하지 않았지만, {upstream}에서는 재설정했습니다.)',
  'halt.reset.unconfirmed':
    '({upstream}에서 모더레이션 플래그가 해제되었는지 확인하지 못했습니다. `/speed status`로 다시 확인할 수 있습니다.)',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream}에서 아직 계정에 CAPTCHA가 있다고 보고합니다. Midjourney 계정에서 풀어 주세요(링크는 재설정한 관리자에게 있습니다). 그렇지 않으면 다음 속도 변경 시 다시 중지됩니다.',
  'halt.reset.stillModeration':
    '⚠️ {upstream}에서 아직 대기 중인 모더레이션 메시지가 있다고 보고합니다. Midjourney 계정에서 해결해 주세요. 그렇지 않으면 다음 속도 변경 시 다시 중지됩니다.',
  'halt.reset.stillDisabled':
    '⚠️ {upstream}에서 계정이 아직 비활성화되어 있습니다. 다음 속도 변경은 실패합니다.',
  'halt.reset.captchaCleared':
    '봇이 {upstream}에 CAPTCHA가 해결되었다고 알렸습니다({upstream}에서는 이를 확인하지 않습니다). 해결되지 않았다면 Midjourney가 계정의 다음 작업 때 다시 요구하고, 다음 속도 변경 시 다시 중지됩니다. 그때 관리자는 `/speed status`에서 새 링크를 확인할 수 있습니다.',
  'halt.reset.enabledAgain':
    '{upstream}에서 계정을 다시 활성화했으며 1~2분 안에 재연결합니다. 그동안의 속도 변경은 재연결을 기다리거나 언제 다시 시도할지 알려 줍니다.',
  'halt.reset.switchBackNow':
    '⏱️ {due} 예정이던 {user} 님의 {timed} 변경으로 인해 계정이 아직 {mode} 모드일 수 있습니다. 봇이 지금 **Relax**로 되돌리고 {channels}에 알립니다.',
  'halt.reset.failed': '재설정하지 못했습니다. {failure}',
  'halt.reset.notPersisted':
    '{upstream}에서 계정을 재설정했지만 봇의 상태 저장소가 응답하지 않아 이 채널은 아직 중지 상태로 표시됩니다. 저장소가 복구되면 `/speed reset`을 다시 실행하고 봇 운영자에게 알려 주세요.',
  'halt.reset.queueFull':
    '이 채널에는 이미 {waiting, plural, other {#개의 요청}}이 대기 중입니다. 아무것도 보내지 않았습니다. 1분 후 다시 시도하세요.',
  'halt.solveCaptchaFirst':
    '🔒 {upstream}에서 계정이 CAPTCHA로 잠겨 있다고 보고합니다. 먼저 Midjourney를 사용하는 Discord 계정에 로그인한 상태에서 {link}에서 CAPTCHA를 푼 다음, 아래의 **{button}**을 누르세요. 재설정은 {upstream}에 CAPTCHA가 해결되었다고 알리기만 하며, 실제로 해결되었는지 확인하는 곳은 없습니다. 아직 아무것도 재설정하지 않았습니다. (이 링크는 본인에게만 표시됩니다.)',
  'halt.reset.stillLocked':
    '🔒 {upstream}에서 계정이 아직 CAPTCHA로 잠겨 있다고 보고합니다. Midjourney를 사용하는 Discord 계정에 로그인한 상태에서 {link}에서 CAPTCHA를 푼 다음 `/speed reset`을 다시 실행하세요. (이 링크는 본인에게만 표시됩니다.)',
  'halt.reset.stillLockedNoLink':
    '🔒 {upstream}에서 계정이 아직 CAPTCHA로 잠겨 있다고 보고하며 링크를 제공하지 않습니다. Midjourney를 사용하는 Discord 계정에서(또는 {upstream} 계정 페이지에서) CAPTCHA를 푼 다음 `/speed reset`을 다시 실행하세요.',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': 'Midjourney 계정은 {admins}만 재설정할 수 있습니다. 아무것도 변경하지 않았습니다.',
  'speed.unsupportedButton':
    '이 버튼은 더 이상 지원되지 않아 아무것도 실행하지 않았습니다. `/speed status`로 계정 상태를 확인하세요.',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **중지됨**: {summary}.',
  'status.notHalted': '✅ 중지되지 않음: 속도를 변경할 수 있습니다.',
  'status.lastChange': '마지막 속도 변경: {at}, {user} 님이 **{mode}** 모드로 변경.',
  'status.lastChange.automatic': '마지막 속도 변경: {at}, {user} 님의 변경에 따른 **{mode}** 모드 자동 복귀.',
  'status.lastChange.none': '마지막 속도 변경: 기록 없음.',
  'status.switchBack.due': '⏱️ {at}에 **Relax**로 복귀 예정: {user} 님이 설정한 {timed}.',
  'status.switchBack.overdueHalted':
    '⏱️ **Relax** 복귀가 {since}부터 지연됨: {user} 님이 설정한 {timed}. 계정이 아직 {mode} 모드일 수 있으며, `/speed reset` 직후에 복귀합니다.',
  'status.switchBack.overdueRetrying':
    '⏱️ **Relax** 복귀가 {since}부터 지연되어 재시도 중: {user} 님이 설정한 {timed}. 계정이 아직 {mode} 모드일 수 있습니다. `/speed relax`로 지금 전환할 수 있습니다.',
  'status.fastTime.known':
    'Fast 남은 시간: **{figures}**{low, select, yes { ⚠️ 얼마 남지 않음} other {}} ({when} Midjourney /info 기준).',
  'status.fastTime.knownUndated':
    'Fast 남은 시간: **{figures}**{low, select, yes { ⚠️ 얼마 남지 않음} other {}} (Midjourney /info 기준, 읽은 시각은 알 수 없음).',
  'status.fastTime.unknownMissing': 'Fast 남은 시간: 알 수 없음(Midjourney /info에 표시되지 않았습니다).',
  'status.fastTime.unknownHalted': 'Fast 남은 시간: 알 수 없음(계정이 중지된 동안에는 조회하지 않습니다).',
  'status.fastTime.unknownUnchecked':
    'Fast 남은 시간: 알 수 없음(봇이 중지 여부를 확인할 수 없는 동안에는 조회하지 않습니다).',
  'status.fastTime.unknownBusy':
    'Fast 남은 시간: 알 수 없음(이 계정에 대기 중인 요청이 너무 많습니다. 1분 후 다시 시도하세요).',
  'status.fastTime.unknownRestarting':
    'Fast 남은 시간: 알 수 없음(봇이 재시작하는 중입니다. 잠시 후 다시 시도하세요).',
  'status.fastTime.unknownFailed': 'Fast 남은 시간: 알 수 없음. {failure}',
  'status.account.unreadable': '{upstream} 계정: 읽을 수 없습니다. {failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    '{upstream} 계정: **CAPTCHA로 잠김**. Midjourney를 사용하는 Discord 계정에 로그인한 상태에서 {link}에서 CAPTCHA를 푼 다음 `/speed reset`을 실행하세요. (관리자에게만 표시됩니다.){jobModeKnown, select, yes { 작업 모드: {jobMode}.} other {}}',
  'status.account.captchaNoLink':
    '{upstream} 계정: **CAPTCHA로 잠김**. 링크가 제공되지 않습니다. Midjourney를 사용하는 Discord 계정 또는 {upstream} 계정 페이지에서 CAPTCHA를 푼 다음 `/speed reset`을 실행하세요. (관리자에게만 표시됩니다.){jobModeKnown, select, yes { 작업 모드: {jobMode}.} other {}}',
  'status.account.pendingModeration': '{upstream} 계정: **대기 중인 모더레이션 메시지 있음**',
  'status.account.sameText': '(위 중지와 같은 내용입니다.)',
  'status.account.switchedOff':
    '{upstream} 계정: **비활성화됨**(모더레이션 중지 아님).{jobModeKnown, select, yes { 작업 모드: {jobMode}.} other {}}',
  'status.account.clear':
    '{upstream} 계정: 대기 중인 모더레이션 메시지 없음.{jobModeKnown, select, yes { 작업 모드: {jobMode}.} other {}}',
  'status.mappedAccount': '{upstream} 채널: `{channel}` (CHANNEL_MAP으로 설정).',
  'status.store': '상태 저장소: {store}.',
  'status.store.sqlite': 'SQLite 파일 {location}',
  'status.store.redis': 'Redis ({location})',
  'history.storeUnavailable':
    '봇의 상태 저장소가 응답하지 않아 기록을 표시할 수 없습니다. 봇 운영자에게 알려 주세요.',
  'history.empty': '이 Midjourney 계정에 기록된 속도 변경, 재설정, 중지가 아직 없습니다.',
  'history.heading':
    '**이 Midjourney 계정의 최근 {count, plural, other {속도 변경·재설정·중지 #건}}**(최신순):',
  'history.line': '{when} {what}: {outcome}',
  'history.what.reset': '{user} 님의 **재설정**',
  'history.what.info': '{user} 님의 Fast 시간 확인',
  'history.what.switchBack': '{user} 님의 {timed} 이후 **Relax**로 자동 복귀',
  'history.what.timed': '{user} 님의 {timed}',
  'history.what.untimed': '{user} 님의 **{mode}**',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ 이미 활성화됨',
  'history.outcome.halted': '⛔ 모더레이션 중지 발생',
  'history.outcome.skippedHalted': '⏸️ 보내지 않음: 계정이 중지됨',
  'history.outcome.failed': '❌ 실패',
  'history.outcome.failedBecause': '❌ 실패({reason})',
  'history.outcome.late': '{outcome} ({duration} 늦음)',
  'history.failure.busy': '{upstream} 혼잡',
  'history.failure.unauthorized': '{token} 거부됨',
  'history.failure.noSubscription': '{upstream} 구독 없음',
  'history.failure.badRequest': '잘못된 요청으로 거부됨',
  'history.failure.notFound': '설정된 계정 없음',
  'history.failure.accountDisabled': '{upstream}에서 계정 비활성화됨',
  'history.failure.discontinued': '{upstream}의 Midjourney 지원 종료',
  'history.failure.unavailable': '{upstream} 사용 불가',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    '**{mode}** 모드로는 {roles} 역할이 있는 멤버(또는 관리자)만 전환할 수 있습니다. Midjourney에는 아무것도 보내지 않았습니다. `/speed relax`는 누구나 사용할 수 있습니다.',
  'modes.refused.tooLong':
    '이곳에서 **{mode}** 모드는 한 번에 {limit}까지로 제한됩니다. `minutes`를 {max, number} 이하로 지정하거나, 생략하면 {max, number}분이 적용됩니다. Midjourney에는 아무것도 보내지 않았습니다.',
  'modes.refused.settingsNotRead':
    '지금은 이 서버의 팀 설정을 읽을 수 없어서 **{mode}** 모드를 사용할 수 있는지, 얼마 동안 사용할 수 있는지 알 수 없습니다. Midjourney에는 아무것도 보내지 않았습니다. 1분 후에 다시 시도하세요. `/speed relax`는 누구나 사용할 수 있습니다.',
  'modes.limitNote': '(이곳에서 {mode} 모드는 한 번에 {limit}까지로 제한됩니다.)',
  'modes.line': '사용할 수 있는 모드: {allowed}.',
  'modes.line.withRefused': '사용할 수 있는 모드: {allowed}. 사용할 수 없는 모드: {refused}.',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}**(최대 {limit})',
  'modes.refused': '{mode}({roles} 역할 필요)',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ Midjourney 계정 `{account}` **중지**: {source}에서 {cause, select, captcha {CAPTCHA가} other {모더레이션 중지가}} 발생했습니다{inChannel, select, yes {({channel})} other {}}. 이 계정의 속도 변경이 차단되었습니다.',
  'alert.halt.upstreamFlag': '{upstream} 계정 플래그',
  'alert.halt.said': '{upstream} 응답:',
  'alert.halt.admins': '관리자',
  'alert.halt.resolve':
    '{admins}: {cause, select, captcha {Midjourney 계정에서 CAPTCHA를 푼 다음(링크는 관리자 전용 `/speed status`에 있습니다)} other {Midjourney 계정에서 해결한 다음}} {inChannel, select, yes {{channel}에서 } other {}}`/speed reset`을 실행하세요.',
  'alert.reset':
    '✅ {user} 님이 {channel}에서 Midjourney 계정(`{account}`)을 재설정했습니다. {flag, select, unconfirmed {{upstream}에서 플래그가 해제되었는지 확인하지 못했습니다.} captcha {⚠️ {upstream}에서 아직 CAPTCHA가 있다고 보고합니다. 다음 속도 변경 시 다시 중지됩니다.} moderation {⚠️ {upstream}에서 아직 대기 중인 모더레이션 메시지가 있다고 보고합니다. 다음 속도 변경 시 다시 중지됩니다.} switchedOff {⚠️ {upstream}에서 계정이 아직 비활성화되어 있습니다. 다음 속도 변경은 실패합니다.} other {{upstream}에서 더 이상 플래그가 없다고 보고합니다.}}',
  'alert.change.untimed':
    '🔁 {user} 님이 {channel}에서 Midjourney 계정(`{account}`)을 **{mode}** 모드로 전환했습니다(시간 지정 없음).',
  'alert.change.timed':
    '🔁 {user} 님이 {channel}에서 Midjourney 계정(`{account}`)을 {duration} 동안 **{mode}** 모드로 전환했습니다({due}에 Relax로 복귀).',
  'alert.switchBack.switched':
    '⏱️ {channel}의 Midjourney 계정(`{account}`)이 {user} 님의 {timed} 이후 자동으로 **Relax**로 복귀했습니다.',
  'alert.switchBack.failed':
    '❌ {user} 님의 {timed} 이후 예정된 {channel}의 Midjourney 계정(`{account}`) Relax 복귀에 실패했습니다: {failure} 계정이 아직 {mode} 모드일 수 있습니다. 봇이 {retry}에 다시 시도하며 성공할 때까지 계속합니다. 성공하면 여기에 게시합니다.',
  'alert.switchBack.held':
    '⏸️ {user} 님의 {timed} 이후 예정된 {channel}의 Midjourney 계정(`{account}`) Relax 복귀가 보류되었습니다. 계정이 중지되어 있어 아무것도 보내지 않았습니다. 계정이 아직 {mode} 모드일 수 있습니다. `/speed reset` 직후에 실행됩니다.',
  'alert.switchBack.queueFull':
    '⏸️ {user} 님의 {timed} 이후 예정된 {channel}의 Midjourney 계정(`{account}`) Relax 복귀가 지연되었습니다. 대기 중인 요청이 너무 많았습니다. 계정이 아직 {mode} 모드일 수 있습니다. 봇이 {retry}에 다시 시도합니다.',
  'alert.blockEnd':
    '⏰ 중지 당시의 모더레이션 문구에 따르면, Midjourney 계정(`{account}`)에 대한 Midjourney의 차단은 {ended}에 끝났습니다. 계정은 아직 중지 상태입니다. 관리자가 Midjourney에서 확인한 후 `/speed reset`을 실행할 수 있습니다. 봇은 절대 스스로 재설정하지 않습니다.',
  'alert.blockEnd.met':
    '⏰ {user} 님의 요청으로 {channel}에서 발생한 중지의 모더레이션 문구에 따르면, Midjourney 계정(`{account}`)에 대한 Midjourney의 차단은 {ended}에 끝났습니다. 계정은 아직 중지 상태입니다. 관리자가 Midjourney에서 확인한 후 `/speed reset`을 실행할 수 있습니다. 봇은 절대 스스로 재설정하지 않습니다.',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ 모더레이션 문구에 따르면 차단은 {ends}에 끝납니다. 그때 봇이 관리자에게 알리며, 계정을 스스로 재설정하지는 않습니다.',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': '공유 Midjourney 계정의 속도 모드를 전환하거나 확인합니다',
  'command.speed.fast': '공유 Midjourney 계정을 Fast 모드로 전환합니다(Fast 시간 사용)',
  'command.speed.turbo': '공유 Midjourney 계정을 Turbo 모드로 전환합니다(가장 빠름, Fast 시간 2배 사용)',
  'command.speed.relax': '공유 Midjourney 계정을 Relax 모드로 전환합니다(Fast 시간 사용 안 함, 느림)',
  'command.speed.minutes':
    '이 시간(분)이 지나면 Relax로 되돌립니다({min, number, ::group-off}-{max, number, ::group-off})',
  'command.speed.reset': '관리자 전용: Midjourney에서 해결된 모더레이션 중지를 해제합니다',
  'command.speed.status': '중지 상태, 마지막 변경, 예정된 복귀, 남은 Fast 시간을 표시합니다',
  'command.speed.panel':
    '관리자 전용: 계정 상태를 보여 주는 실시간 패널을 모드별 버튼과 함께 여기에 게시합니다',
  'command.speed.history': '계정의 최근 {count, plural, other {속도 변경·재설정·중지 #건}}을 표시합니다',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} {mode} 모드',
  'panel.heading.unknown': '## 아직 봇으로 속도 모드를 설정하지 않았습니다',
  'panel.heading.halted': '## ⛔ 중지됨: 속도를 변경할 수 없습니다',
  'panel.setBy': '{user} 님이 {at}({ago})에 설정했습니다.',
  'panel.setAutomatically': '{user} 님의 시간 지정 변경이 끝나 {at}({ago})에 자동으로 복귀했습니다.',
  'panel.unknownHint': '아래 버튼으로 계정을 전환하면 누가 언제 전환했는지 이 패널에 표시됩니다.',
  'panel.switchBack.due':
    '⏱️ {when}({time})에 **Relax**로 복귀: {user} 님이 요청한 {mode} 모드({length}) 종료 후.',
  'panel.switchBack.retrying':
    '⏱️ **Relax** 복귀가 {due} 예정이었지만 아직 이루어지지 않아 봇이 {next} 다시 시도합니다. 계정이 아직 {mode} 모드일 수 있습니다.',
  'panel.switchBack.held':
    '⏱️ **Relax** 복귀는 {due} 예정이었으며, 재설정 직후에 실행됩니다. 계정이 아직 {mode} 모드일 수 있습니다.',
  'panel.halt.since':
    '{ago}({at}) {cause, select, captcha {Midjourney가 CAPTCHA로 계정을 잠갔습니다} other {Midjourney가 모더레이션 메시지로 계정에 플래그를 지정했습니다}}. 관리자가 재설정할 때까지 봇은 Midjourney에 아무것도 보내지 않습니다.',
  'panel.halt.said': '{upstream} 응답:',
  'panel.halt.blockEnds': '🗓️ 모더레이션 문구에 따르면 차단은 {at}({ago})에 끝납니다.',
  'panel.halt.lastMode': '봇으로 마지막으로 설정한 모드: **{mode}** ({user} 님, {ago}).',
  'panel.halt.help':
    '-# 먼저 Midjourney를 사용하는 Discord 계정에서 해결한 다음(자세한 내용은 관리자가 `/speed status`에서 확인할 수 있습니다), 관리자가 **재설정**을 누릅니다.',
  'panel.fastTime.figures.ofTotal': '{total, number}시간 중 {remaining, number}시간({percent, number}%)',
  'panel.fastTime.figures.ofTotalNoPercent': '{total, number}시간 중 {remaining, number}시간',
  'panel.fastTime.figures.remaining': '{remaining, number}시간',
  'panel.fastTime.read': '⛽ Fast 남은 시간: **{figures}** ({ago} 기준).',
  'panel.fastTime.readUndated': '⛽ Fast 남은 시간: **{figures}** (마지막으로 읽은 값).',
  'panel.fastTime.missing': '⛽ Fast 남은 시간: 알 수 없음({ago} Midjourney /info에 표시되지 않았습니다).',
  'panel.fastTime.none':
    '⛽ Fast 남은 시간: 아직 읽지 않음. `/speed status`로 조회할 수 있으며, 패널은 Midjourney에 직접 조회하지 않습니다.',
  'panel.fastTime.low': '⚠️ Fast 시간이 얼마 남지 않았습니다: **Relax**로 남은 시간을 아낄 수 있습니다.',
  'panel.footer':
    '-# 이 패널은 변경될 때마다 자동으로 업데이트됩니다. 버튼을 누르면 `/speed`와 같은 규칙에 따라 모두가 쓰는 모드가 전환됩니다.',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    '속도 패널은 서버 관리하기 또는 관리자 권한이 있는 멤버만 게시할 수 있습니다. 아무것도 게시하지 않았습니다.',
  'panel.refused.notAdminOrRoles':
    '속도 패널은 서버 관리하기 또는 관리자 권한이 있는 멤버, 또는 {roles} 역할이 있는 멤버만 게시할 수 있습니다. 아무것도 게시하지 않았습니다.',
  'panel.posted.pinned':
    '📌 속도 패널을 여기에 게시하고 고정했습니다. 계정이 변경되면 어디에서 변경되었든 몇 초 안에 자동으로 업데이트됩니다.',
  'panel.posted.notPinned':
    '📌 속도 패널을 여기에 게시했습니다. 계정이 변경되면 어디에서 변경되었든 몇 초 안에 자동으로 업데이트됩니다.',
  'panel.pin.noPermission':
    '봇이 패널을 고정하지 못했습니다. 이 채널에서 메시지 고정하기 권한이 필요합니다. 직접 고정하거나, 봇에 해당 권한을 주고 `/speed panel`을 다시 실행하세요.',
  'panel.pin.failed': 'Discord에서 봇의 고정을 허용하지 않았습니다({reason}). 필요하면 직접 고정하세요.',
  'panel.pin.timeout': '봇이 고정하려 할 때 Discord가 제때 응답하지 않았습니다. 필요하면 직접 고정하세요.',
  'panel.pin.unreachable': '봇이 Discord에 연결하지 못해 고정하지 못했습니다. 필요하면 직접 고정하세요.',
  'panel.replaced.deleted': '이전에 여기에 게시된 패널은 삭제했습니다.',
  'panel.replaced.left':
    '이전에 여기에 게시된 패널을 삭제하지 못했습니다. 더 이상 업데이트되지 않으므로 직접 삭제하세요.',
  'panel.notPosted.permissions':
    '봇이 여기에 패널을 게시하지 못했습니다. 이 채널에서 채널 보기 및 메시지 보내기 권한이 필요합니다. 아무것도 게시하지 않았습니다.',
  'panel.notPosted.failed':
    'Discord에서 패널을 받아들이지 않아({reason}) 아무것도 게시하지 않았습니다. 1분 후 다시 시도하세요.',
  'panel.notPosted.timeout':
    'Discord가 제때 응답하지 않아 패널이 게시되지 않았을 수 있으며, 게시되었더라도 업데이트되지 않습니다. 패널이 보이면 삭제하고 1분 후 `/speed panel`을 다시 실행하세요.',
  'panel.notPosted.unreachable':
    '봇이 Discord에 연결하지 못해 아무것도 게시하지 않았습니다. 1분 후 다시 시도하세요.',
  'panel.notPosted.store':
    '봇의 상태 저장소가 응답하지 않아 패널을 게시하지 않았습니다. 계속 업데이트하려면 패널이 저장되어야 합니다. 1분 후 다시 시도하고, 문제가 계속되면 봇 운영자에게 알려 주세요.',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ 요청을 보낼 때 Midjourney가 계정에 플래그를 지정했습니다. 안내는 채널에 게시되었으며, 패널에 중지 상태가 표시됩니다.',
  'panel.click.remapped':
    '이 패널은 이 채널에서 더 이상 사용하지 않는 계정을 표시하고 있어 Midjourney에 아무것도 보내지 않았습니다. 관리자에게 여기서 `/speed panel`을 다시 실행해 이 채널이 지금 사용하는 계정의 패널을 게시해 달라고 요청하세요.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ {channel}의 속도 패널을 더 이상 업데이트할 수 없습니다. Discord가 봇의 접근을 거부합니다({reason}). 그 채널에서 봇에 채널 보기 권한을 주거나 `/speed panel`로 새 패널을 게시하세요.',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    '관리자 전용: Turbo와 Fast 사용 권한과 시간, 쿨다운, 알림 채널, 언어를 설정합니다',
  'settings.name.turboRoleIds': 'Turbo 사용 권한',
  'settings.name.fastRoleIds': 'Fast 사용 권한',
  'settings.name.turboMaxMinutes': 'Turbo 최대 사용 시간',
  'settings.name.fastMaxMinutes': 'Fast 최대 사용 시간',
  'settings.name.cooldownSeconds': '변경 간 쿨다운',
  'settings.name.alertChannelId': '알림 채널',
  'settings.name.locale': '공개 메시지 언어',
  'settings.value.everyone': '모두',
  'settings.value.roles': '{roles}(및 관리자)',
  'settings.value.moreRoles': '{more, plural, other {그 외 역할 #개}}',
  'settings.value.noLimit': '제한 없음',
  'settings.value.cooldownOff': '끔',
  'settings.value.noAlertChannel': '없음',
  'settings.value.discordLanguage': '서버의 Discord 언어',
  'settings.source.operator': '봇 운영자가 설정({variable})',
  'settings.source.discord': '여기에서 설정',
  'settings.source.default': '기본값',
  'settings.view.heading':
    '⚙️ **이 서버의 팀 설정입니다.** 관리자만 보고 변경할 수 있으며, 변경 사항은 즉시 적용되고 `/speed history`에 기록되며 알림 채널에 게시됩니다.',
  'settings.view.line': '**{setting}**: {value} — {source}',
  'settings.view.fixedNote':
    '봇 운영자가 설정한 항목은 봇 환경에 고정되어 있어 Discord에서 변경할 수 없습니다.',
  'settings.view.notRead':
    '⚠️ 봇의 상태 저장소가 응답하지 않아 최신 설정이 아닐 수 있습니다. 봇 운영자에게 알려 주세요.',
  'settings.outcome.changed': '✅ 저장했습니다. 지금부터 적용됩니다:',
  'settings.outcome.unchanged': '이미 그렇게 설정되어 있어 아무것도 변경하지 않았습니다.',
  'settings.outcome.notSaved':
    '⚠️ 봇의 상태 저장소가 응답하지 않아 아무것도 변경하지 않았습니다. 잠시 후 다시 시도하세요. 문제가 계속되면 봇 운영자에게 알려 주세요.',
  'settings.change.line': '**{setting}**: {from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Turbo를 쓸 수 있는 역할(선택하지 않으면 모두)',
  'settings.control.fastRolesPlaceholder': 'Fast를 쓸 수 있는 역할(선택하지 않으면 모두)',
  'settings.control.alertChannelPlaceholder': '알림 채널(텍스트 채널)',
  'settings.control.languagePlaceholder': '공개 메시지 언어',
  'settings.control.discordLanguageOption': '서버의 Discord 언어',
  'settings.control.fixedPlaceholder': '{setting}: 봇 운영자가 설정',
  'settings.control.limitsButton': '시간 제한 및 쿨다운…',
  'settings.control.clearAlertChannelButton': '알림 채널 사용 안 함',
  'settings.modal.title': '시간 제한 및 쿨다운',
  'settings.modal.maxMinutesDescription': '분 단위, {min, number}~{max, number}. 비워 두면 제한 없음',
  'settings.modal.cooldownDescription': '초 단위, {min, number}~{max, number}. 0이거나 비워 두면 끔',
  'settings.refused.notAdmin':
    '팀 설정은 서버 관리하기 또는 관리자 권한이 있는 멤버만 보고 변경할 수 있습니다. 아무것도 변경하지 않았습니다.',
  'settings.refused.notAdminWithRoles':
    '팀 설정은 서버 관리하기 또는 관리자 권한이 있는 멤버, 또는 {roles} 역할이 있는 멤버만 보고 변경할 수 있습니다. 아무것도 변경하지 않았습니다.',
  'settings.refused.fixed':
    '{count, plural, =1 {다음 설정은} other {다음 설정 #개는}} 봇 운영자가 봇 환경에서 지정해 Discord에서 변경할 수 없습니다: {settings}. 아무것도 변경하지 않았습니다.',
  'settings.refused.unknownControl':
    '이 컨트롤은 더 이상 지원되지 않아 아무것도 변경하지 않았습니다. `/speed settings`를 다시 실행하세요.',
  'settings.invalid.roles': '이 서버의 역할만 선택할 수 있어 아무것도 변경하지 않았습니다.',
  'settings.invalid.channel': '알림 채널은 이 서버의 텍스트 채널이어야 하므로 아무것도 변경하지 않았습니다.',
  'settings.notChecked.channel':
    'Discord에서 채널을 확인하지 못해 아무것도 변경하지 않았습니다. 다시 시도하세요.',
  'settings.invalid.language': '봇이 지원하지 않는 언어라서 아무것도 변경하지 않았습니다.',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}**: 분 단위 숫자를 입력하세요(제한을 두지 않으려면 비워 두세요).',
  'settings.invalid.maxMinutes.notWhole': '**{setting}**: 분 단위 정수를 입력하세요.',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}**: {min, number} 이상이어야 합니다(제한을 두지 않으려면 비워 두세요).',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}**: {max, number}(하루) 이하여야 합니다.',
  'settings.invalid.cooldown.notNumber': '**{setting}**: 초 단위 숫자를 입력하세요(0이면 쿨다운이 꺼집니다).',
  'settings.invalid.cooldown.notWhole': '**{setting}**: 초 단위 정수를 입력하세요.',
  'settings.invalid.cooldown.tooSmall': '**{setting}**: {min, number}(끔) 이상이어야 합니다.',
  'settings.invalid.cooldown.tooLarge': '**{setting}**: {max, number}(하루) 이하여야 합니다.',
  'settings.invalid.nothingChanged':
    '아무것도 변경하지 않았습니다. **시간 제한 및 쿨다운…**을 다시 눌러 수정하세요.',
  'settings.history.heading': '**이 서버의 팀 설정 변경**(최신순):',
  'settings.history.line': '{when} {admin} 님이 **{setting}** 변경: {from} → {to}',
  'settings.alert.heading': '⚙️ {admin} 님이 이 서버의 팀 설정을 변경했습니다:',
};
