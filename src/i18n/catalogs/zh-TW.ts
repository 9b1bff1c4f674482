import type { Catalog } from './en-US.js';

/** Everything the bot says, in Traditional Chinese as used in Taiwan (zh-TW). */
export const zhTW: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} 秒',
  'duration.minutes': '{minutes, number} 分鐘',
  'duration.minutesSeconds': '{minutes, number} 分 {seconds, number} 秒',
  'duration.hours': '{hours, number} 小時',
  'duration.hoursMinutes': '{hours, number} 小時 {minutes, number} 分鐘',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly': '這個機器人只能在伺服器頻道中使用：請到伺服器的頻道使用 `/speed`。',
  'router.otherGuild':
    '這個機器人只服務所屬團隊的伺服器，而這個伺服器不在其中，因此未執行任何動作。如果你管理這個伺服器並想使用這個機器人，請自行架設一份。',
  'router.shuttingDown': '機器人正在重新啟動，請稍後再試。',
  'router.unexpected':
    '機器人內部發生錯誤，這項要求可能沒有完成。請先用 `/speed status` 確認狀態，再重試一次；如果問題持續發生，請通知機器人的維運人員。',
  'router.answeredPrivately': '已私下回覆。',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting': '機器人正在重新啟動，因此這項要求未傳送給 Midjourney。請稍後再試。',
  'reply.admins': '擁有「管理伺服器」或「管理員」權限的成員',
  'reply.admins.withRoles': '擁有「管理伺服器」或「管理員」權限的成員，或 {roles}',
  'reply.moreItems': '{count, plural, other {另外 # 個}}',
  'reply.timedLabel': '**{mode}** 限時 {duration}',
  'reply.haltSource.status': '{user} 透過 `/speed status` 進行的 Fast 時數查詢',
  'reply.haltSource.switchBack': '{user} 的限時切換結束後自動切回 Relax 的動作',
  'reply.haltSource.command': '{user} 的 `/speed {command}`',
  'reply.haltSummary.met': '自 {since} 起；{source} 遇到了這次暫停',
  'reply.haltSummary.flagged': '自 {since} 起；{upstream} 標記了這個帳號',
  'reply.fastTime.remaining': '剩餘 {remaining, plural, other {# 小時}}',
  'reply.fastTime.ofTotal': '剩餘 {remaining, number} / {total, plural, other {# 小時}}',
  'reply.fastTime.ofTotalPercent':
    '剩餘 {remaining, number} / {total, plural, other {# 小時}}（{percent, number, ::percent .##}）',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ 機器人的狀態儲存區沒有回應，因此無法確認是否有審核暫停；{upstream} 仍會擋下已暫停的帳號。請通知機器人的維運人員。',
  'reply.store.haltNotRecorded':
    '⚠️ 機器人的狀態儲存區沒有回應，因此無法記錄這次暫停：機器人本身可能不會擋下下一次速度切換（{upstream} 仍會擋下）。請通知機器人的維運人員。',
  'reply.store.changeNotRecorded':
    '⚠️ 機器人的狀態儲存區沒有回應，因此這次切換不會出現在 `/speed status` 和 `/speed history` 中。請通知機器人的維運人員。',
  'reply.store.switchBackNotStored':
    '⚠️ 機器人的狀態儲存區沒有回應，因此切回的排程沒有儲存：除非機器人在那之前重新啟動，否則仍會準時切回。請通知機器人的維運人員。',
  'reply.store.switchBackNotCancelled':
    '⚠️ 機器人的狀態儲存區沒有回應，因此無法在儲存區中取消待執行的切回 Relax：儲存區恢復回應後，機器人會將它刪除；但如果機器人在那之前重新啟動，仍可能把帳號切換成 Relax。請用 `/speed status` 確認，並通知機器人的維運人員。',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what}需要能登入 Midjourney 所用 Discord 帳號的人到那裡處理；處理完成後，再由管理員在這個頻道執行 `/speed reset`。',
  'failure.busy':
    '{what}{wait, select, unknown {請過 30 秒左右再試。} moment {請過幾秒再試。} minutes {請過 {minutes, number} 分鐘再試。} other {請過 {seconds, number} 秒再試。}}',
  'failure.unauthorized': '{upstream} 拒絕了機器人的{token}。請機器人的維運人員檢查 {variable}。',
  'failure.accountDisabled':
    '{upstream} 已停用這個 Midjourney 帳號，原因不是審核暫停（例如 Midjourney 訂閱問題）。請機器人的維運人員修正帳號並重新啟用。',
  'failure.switch.connectionBroke':
    '無法連線到 {upstream}，或連線在它回應前中斷，因此這次切換不一定有送達 Midjourney。請稍後用 `/speed status` 確認，或在 Midjourney 中用 `/info` 確認，只有在模式沒有改變時才再切換一次。如果問題持續發生，請機器人的維運人員檢查網路和 {variable}。',
  'failure.switch.serverError':
    '{upstream} 發生問題（HTTP {status}），因此這次切換不一定有送達 Midjourney。請稍後用 `/speed status` 確認，或在 Midjourney 中用 `/info` 確認，只有在模式沒有改變時才再切換一次。',
  'failure.timeout.cardNotRefreshed':
    '{upstream} 沒能及時更新這個 Midjourney 帳號的 `/settings` 卡片，因此未進行任何變更：機器人不會按下過舊而不可信的卡片，因為按下目前使用中的模式可能會把它關閉。請過幾分鐘再試。',
  'failure.timeout':
    '{upstream} 沒有及時回應（等待 {seconds, number} 秒後放棄）。這次切換仍可能生效：請等一分鐘，在 Midjourney 中用 `/info` 確認後再試。',
  'failure.connection.shutdown':
    '機器人正在重新啟動，已停止等待 {upstream}，因此這次切換不一定有送達 Midjourney。請稍後用 `/speed status` 確認，需要的話再試一次。',
  'failure.connection':
    '無法連線到 {upstream}（連線失敗）。請過一分鐘再試；如果問題持續發生，請機器人的維運人員檢查網路和 {variable}。',
  'failure.status': '{upstream} 發生問題（HTTP {status}）。請過幾分鐘再試。',
  'failure.statusUnknown': '{upstream} 發生問題。請過幾分鐘再試。',
  'failure.invalidBody':
    '{upstream} 傳回了機器人無法讀取的回應。請過幾分鐘再試；如果問題持續發生，請通知機器人的維運人員。',
  'failure.bodyTooLarge':
    '{upstream} 傳回了異常龐大的回應，機器人已忽略。請過幾分鐘再試；如果問題持續發生，請通知機器人的維運人員。',
  'failure.offline.reconnecting':
    '這個 Midjourney 帳號重新啟用後，{upstream} 仍在重新連線（通常一兩分鐘內完成），因此未進行任何變更。{wait, select, unknown {請過 30 秒左右再試。} moment {請過幾秒再試。} minutes {請過 {minutes, number} 分鐘再試。} other {請過 {seconds, number} 秒再試。}}',
  'failure.offline.dailyRestart':
    '{upstream} 會在它所在時區的午夜剛過時重新啟動各帳號，因此未進行任何變更。{wait, select, unknown {請過 30 秒左右再試。} moment {請過幾秒再試。} minutes {請過 {minutes, number} 分鐘再試。} other {請過 {seconds, number} 秒再試。}}',
  'failure.offline':
    '{upstream} 目前與這個 Midjourney 帳號的 Discord 沒有有效連線，因此未進行任何變更；請機器人的維運人員到 {upstream} 的帳號頁面檢查這個帳號。',
  'failure.unconfirmed':
    '{upstream} 已接受要求，但沒有傳回 Midjourney 的回覆，因此無法確認是否已切換。請在 Midjourney 中執行 `/info` 查看目前的模式。',
  'failure.withUpstream': '{message}{upstream} 表示：{said}',
  'failure.withUpstreamGlossed': '{message}{upstream} 表示：{said}（{gloss}）',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'API 權杖',
  'useapi.moderationHalt':
    'Midjourney 因待處理的審核訊息或 CAPTCHA 標記了共用帳號，因此 useapi.net 已暫停這個帳號。',
  'useapi.captchaHalt': 'Midjourney 要求共用帳號完成 CAPTCHA 驗證，因此 useapi.net 已暫停這個帳號。',
  'useapi.busy': 'useapi.net 忙碌中（Midjourney 的工作佇列已滿，或 Discord 正在進行速率限制）。',
  'useapi.badRequest':
    'useapi.net 認為這項要求無效而拒絕。請機器人的維運人員確認這個頻道已在 useapi.net 中設定給 Midjourney 使用。',
  'useapi.notFound':
    'useapi.net 沒有為這個頻道設定 Midjourney 帳號。請機器人的維運人員把這個頻道加入 useapi.net 的 Midjourney 設定。',
  'useapi.noSubscription': 'useapi.net 表示機器人的訂閱不存在或已到期。請機器人的維運人員續訂 useapi.net。',
  'useapi.discontinued':
    'useapi.net 可能已不再提供 Midjourney 服務（它已宣布其 Midjourney API 於 2026-06-24 終止），因此未進行任何變更；請機器人的維運人員閱讀「Choosing an upstream」（docs/upstreams.md）。',
  'useapi.shutdownNotice':
    'useapi.net 可能已不再提供 Midjourney 服務：它已宣布其 Midjourney API 於 2026-06-24 終止。替代方案（midjourney-proxy）請參閱「Choosing an upstream」（docs/upstreams.md）。',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': '管理員權杖',
  'proxy.moderationHalt':
    'Midjourney 標記了共用帳號（待處理的審核訊息或封鎖），因此 midjourney-proxy 已停用這個帳號。',
  'proxy.captchaHalt': 'Midjourney 要求共用帳號完成 CAPTCHA 驗證，因此 midjourney-proxy 已鎖定這個帳號。',
  'proxy.busy': 'midjourney-proxy 忙碌中（帳號同步遭拒或耗時過久，或 Discord 正在進行速率限制）。',
  'proxy.badRequest':
    'midjourney-proxy 拒絕了這項要求。請機器人的維運人員到 midjourney-proxy 的帳號頁面檢查這個帳號。',
  'proxy.notFound':
    'midjourney-proxy 沒有對應這個頻道的帳號；請在 midjourney-proxy 中新增，或為這個頻道設定對應。',
  'proxy.noSubscription': 'midjourney-proxy 表示這個帳號的訂閱不存在或已到期。請機器人的維運人員檢查。',
  'proxy.discontinued':
    'midjourney-proxy 表示它已不再支援 Midjourney；請機器人的維運人員閱讀「Choosing an upstream」（docs/upstreams.md）。',
  'proxy.gloss.autoCaptcha': 'midjourney-proxy 正在自動完成 Midjourney 的 CAPTCHA 驗證。',
  'proxy.gloss.manualCaptcha': 'Midjourney 要求 CAPTCHA 驗證，必須由人手動完成。',
  'proxy.gloss.captchaExpired': 'CAPTCHA 沒有在 10 分鐘內完成，已經失效。',
  'proxy.gloss.pendingModMessage': 'Midjourney 傳來一則審核訊息，必須有人閱讀並確認。',
  'proxy.gloss.blocked': 'Midjourney 已暫時封鎖這個帳號。',
  'proxy.gloss.planCancelled': '這個帳號的 Midjourney 方案已取消。',
  'proxy.gloss.subscriptionRequired': '這個帳號需要訂閱 Midjourney 才能使用。',
  'proxy.gloss.subscriptionPaused': '這個帳號的 Midjourney 訂閱已暫停。',
  'proxy.gloss.usageExhausted': '這個帳號的 Midjourney 可用額度已經用完。',
  'proxy.gloss.noPermission': 'Discord 以沒有權限為由，拒絕了這個帳號的一項要求。',
  'proxy.gloss.syncFailures': '一小時內同步失敗超過 10 次，midjourney-proxy 已停用這個帳號。',
  'proxy.gloss.reconnectFailed': 'midjourney-proxy 無法重新連線這個帳號，已將它停用。',
  'proxy.gloss.initFailed': 'midjourney-proxy 無法啟動這個帳號。',
  'proxy.gloss.accountUnusable': 'midjourney-proxy 回報這個帳號無法使用。',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {{user} 要求切換為 **{mode} 模式**。Midjourney 回覆：} other {{user} 要求切換為 **{mode} 模式**。}}',
  'switch.jobMode': '{upstream} 目前回報的工作模式為 **{jobMode}**。',
  'switch.jobMode.withFastTime': '{upstream} 目前回報的工作模式為 **{jobMode}**，Fast 時數{fastTime}。',
  'switch.alreadyActive':
    '{upstream} 顯示帳號已經是 **{mode}** 模式，因此沒有按下任何按鈕（按下目前使用中的模式可能會把它關閉）。',
  'switch.alreadyActive.withFastTime':
    '{upstream} 顯示帳號已經是 **{mode}** 模式，Fast 時數{fastTime}，因此沒有按下任何按鈕（按下目前使用中的模式可能會把它關閉）。',
  'switch.autoRelax':
    '⚠️ Fast 時數所剩不多，{upstream} 可能會自行把帳號切換成 Relax（若開啟了自動 Relax，剩餘 {hours, number} 小時以下就會切換）。',
  'switch.notConfirmed':
    '切換已傳送給 {upstream}，但沒能及時確認。請在 Midjourney 中執行 `/info`，或過一分鐘執行 `/speed status` 確認模式。',
  'switch.notConfirmed.withFastTime':
    '切換已傳送給 {upstream}，但沒能及時確認（上次讀取時 Fast 時數{fastTime}）。請在 Midjourney 中執行 `/info`，或過一分鐘執行 `/speed status` 確認模式。',
  'switch.switchBackSet':
    '⏱️ 機器人會在 {duration}後，也就是 {time}（{relative}）切回 **Relax**，並在這裡通知。之後任何 `/speed` 切換都會取消這個排程。',
  'switch.cancelsSwitchBack': '（這會取消 {user} 設定、原定 {due} 執行的切回 Relax。）',
  'switch.lowFastTime': '⚠️ Fast 時數快用完了：上次讀取時{fastTime}。`/speed relax` 可以保留剩下的時數。',
  'switch.lowFastTime.asOf':
    '⚠️ Fast 時數快用完了：{at} 讀取時{fastTime}。`/speed relax` 可以保留剩下的時數。',
  'switch.limitHeld':
    '⏱️ 以防切換其實已經生效，{duration}的時限依然有效：機器人會在 {time}（{relative}）切回 **Relax**，並在這個頻道通知。之後任何 `/speed` 切換都會取消這個排程。',
  'switch.earlierLimitKept':
    '⏱️ 以防這次切換沒有生效，{user} 先前的 {timed}仍保留較早的切回時間：機器人會在 {due} 切回 **Relax**（如果那個時間已過，就盡快切回），並在 {channels} 通知。之後任何 `/speed` 切換都會取消這個排程。',
  'switch.limitHeldAfterFlag':
    '⏱️ 切換是在標記出現前送出的，因此帳號可能處於 {mode} 模式：{duration}的時限依然有效。機器人會在 {due} 切回 **Relax**；如果屆時帳號仍在暫停中，則在 `/speed reset` 之後立即切回。',
  'switch.cooldown':
    '⏳ 你在 {last} 切換過速度；成員每次切換之間需間隔 {cooldown}。請過 {remaining}（{retryAt}）再試。未傳送任何內容給 Midjourney。',
  'switch.queueFull':
    '這個頻道已有 {waiting, plural, other {# 個速度要求}}在等候。未傳送任何內容；請過一分鐘再試。',
  'switch.invalidMinutes':
    '`minutes` 必須是 {min, number, ::group-off} 到 {max, number, ::group-off}（一天）之間的整數。未進行任何變更。',
  'switch.notSetUp':
    '這個頻道尚未設定 `/speed`：它沒有連結到 Midjourney 帳號，因此未傳送任何內容。（機器人的維運人員透過 CHANNEL_MAP 連結頻道。）',
  'switch.notSetUp.useIn':
    '這個頻道尚未設定 `/speed`：它沒有連結到 Midjourney 帳號，因此未傳送任何內容。請到 {channels} 使用。（機器人的維運人員透過 CHANNEL_MAP 連結頻道。）',
  'switchBack.timed': '{timed}（由 {user} 提出）',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ {timed}時間到了：已切回 **Relax 模式**。Midjourney 回覆：} other {⏱️ {timed}時間到了：已切回 **Relax 模式**。}}',
  'switchBack.haltedNow':
    '⏱️ {timed}時間到了，但切回 Relax 時遇到了審核暫停。機器人會在 `/speed reset` 之後立即切回。',
  'switchBack.heldByHalt':
    '⏱️ {timed}時間到了，但速度切換已暫停（{halt}），因此機器人沒有傳送任何內容給 Midjourney，也**還沒有**切回 Relax：帳號可能仍處於 {mode} 模式。審核問題處理完畢、且管理員執行 `/speed reset` 之後，機器人會立即切回 Relax。',
  'switchBack.failed': '⏱️ {timed}時間到了，但切回 Relax 失敗：{failure}{retry}',
  'switchBack.queueFull': '⏱️ {timed}時間到了，但等候這個帳號的要求太多，因此機器人還沒有切回 Relax。{retry}',
  'switchBack.retry':
    '帳號可能仍處於 {mode} 模式：機器人會在 {at} 重試，並持續重試直到成功（只會通知第一次失敗）。`/speed relax` 可以立即切換。',
  'switchBack.late.failures': '（晚了 {late}：先前的嘗試都失敗了。）',
  'switchBack.late.halt': '（晚了 {late}：帳號在重設前一直處於暫停狀態。）',
  'switchBack.late.botDown': '（晚了 {late}：時間到的時候機器人沒有在執行。）',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': '重設（管理員）',
  'halt.solvedResetButton': '已解決：重設',
  'halt.flagged': '⛔ **Midjourney 標記了共用帳號：這個頻道的速度切換已暫停。**',
  'halt.refused.unknown':
    '{cause, select, captcha {有一項要求遭到拒絕，因為 Midjourney 要求帳號完成 CAPTCHA 驗證。} other {有一項要求遭到拒絕，因為 Midjourney 傳給帳號一則待處理的審核訊息或 CAPTCHA。}}',
  'halt.refused.status':
    '{cause, select, captcha {{user} 透過 `/speed status` 進行的 Fast 時數查詢遭到拒絕，因為 Midjourney 要求帳號完成 CAPTCHA 驗證。} other {{user} 透過 `/speed status` 進行的 Fast 時數查詢遭到拒絕，因為 Midjourney 傳給帳號一則待處理的審核訊息或 CAPTCHA。}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {{user} 的限時切換結束後，自動切回 Relax 的動作遭到拒絕，因為 Midjourney 要求帳號完成 CAPTCHA 驗證。} other {{user} 的限時切換結束後，自動切回 Relax 的動作遭到拒絕，因為 Midjourney 傳給帳號一則待處理的審核訊息或 CAPTCHA。}}',
  'halt.refused.command':
    '{cause, select, captcha {{user} 的 `/speed {command}` 遭到拒絕，因為 Midjourney 要求帳號完成 CAPTCHA 驗證。} other {{user} 的 `/speed {command}` 遭到拒絕，因為 Midjourney 傳給帳號一則待處理的審核訊息或 CAPTCHA。}}',
  'halt.upstreamSaid': '{upstream} 表示：',
  'halt.whatToDo': '**處理方式**',
  'halt.step.logIn': '1. 登入本團隊用於 Midjourney 的 Discord 帳號，開啟 Midjourney 傳給它的訊息。',
  'halt.step.solveCaptcha':
    '2. 為這個帳號完成 CAPTCHA 驗證：管理員可以在 `/speed status` 找到連結（連結絕不會張貼在這裡）。',
  'halt.step.resolveModeration':
    '2. 閱讀並確認審核訊息，或完成 CAPTCHA 驗證。如果是 CAPTCHA 卻沒有出現驗證對話方塊，請在那裡手動執行一次 `/imagine`。',
  'halt.step.reset': '3. 接著由管理員（{admins}）執行 `/speed reset`，或按下方的 **重設**。',
  'halt.untilReset': '在那之前，機器人不會從這個頻道傳送任何內容給 Midjourney：繼續呼叫可能導致帳號被停權。',
  'halt.joined':
    '⛔ 你的要求與另一項相同的要求一起送出（{halt}），而那項要求遇到了審核暫停：這個頻道的速度切換已暫停。處理說明已張貼在頻道中；問題解決後，{admins} 可以執行 `/speed reset`。',
  'halt.already':
    '⛔ 這個頻道的速度切換已暫停（{halt}）：Midjourney 正在等待審核訊息或 CAPTCHA 處理完畢。未傳送任何內容給 Midjourney。問題解決後，{admins} 可以執行 `/speed reset`。',
  'halt.reset.done': '✅ {user} 已在 {upstream} 重設這個 Midjourney 帳號：這個頻道恢復允許速度切換。',
  'halt.reset.noHaltRecorded': '（機器人先前沒有在這裡記錄暫停；但仍已在 {upstream} 執行重設。）',
  'halt.reset.unconfirmed': '（無法向 {upstream} 確認審核標記已清除；可以用 `/speed status` 再確認一次。）',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream} 仍回報帳號有 CAPTCHA；請在 Midjourney 帳號中完成驗證（執行重設的管理員有連結），否則下一次速度切換會再次暫停。',
  'halt.reset.stillModeration':
    '⚠️ {upstream} 仍回報有待處理的審核訊息；請在 Midjourney 帳號中處理，否則下一次速度切換會再次暫停。',
  'halt.reset.stillDisabled': '⚠️ 這個帳號在 {upstream} 仍處於停用狀態；下一次速度切換將會失敗。',
  'halt.reset.captchaCleared':
    '機器人已告知 {upstream} CAPTCHA 已完成（{upstream} 不會查核）。如果其實沒有完成，Midjourney 會在帳號下一次操作時再次要求驗證，下一次速度切換也會再次暫停；屆時管理員可以在 `/speed status` 找到新的連結。',
  'halt.reset.enabledAgain':
    '{upstream} 已重新啟用這個帳號，並會在一兩分鐘內重新連線；這段期間的速度切換會等待連線完成，或告訴你何時再試。',
  'halt.reset.switchBackNow':
    '⏱️ 由於 {user} 的 {timed}（原定 {due} 到期），帳號可能仍處於 {mode} 模式：機器人現在就切回 **Relax**，並在 {channels} 通知。',
  'halt.reset.failed': '重設沒有成功。{failure}',
  'halt.reset.notPersisted':
    '{upstream} 已重設這個帳號，但機器人的狀態儲存區沒有回應，因此這個頻道仍標示為暫停中。請在儲存區恢復後再執行一次 `/speed reset`，並通知機器人的維運人員。',
  'halt.reset.queueFull':
    '這個頻道已有 {waiting, plural, other {# 個要求}}在等候。未傳送任何內容；請過一分鐘再試。',
  'halt.solveCaptchaFirst':
    '🔒 {upstream} 回報帳號已被 CAPTCHA 鎖定。請先登入用於 Midjourney 的 Discord 帳號，在 {link} 完成驗證，再按下方的 **{button}**：重設只是告知 {upstream} CAPTCHA 已完成，不會有任何查核。目前尚未重設。（只有你看得到這個連結。）',
  'halt.reset.stillLocked':
    '🔒 {upstream} 仍回報帳號已被 CAPTCHA 鎖定。請登入用於 Midjourney 的 Discord 帳號，在 {link} 完成驗證，再執行一次 `/speed reset`。（只有你看得到這個連結。）',
  'halt.reset.stillLockedNoLink':
    '🔒 {upstream} 仍回報帳號已被 CAPTCHA 鎖定，而且沒有提供連結：請在用於 Midjourney 的 Discord 帳號中（或到 {upstream} 的帳號頁面）完成驗證，再執行一次 `/speed reset`。',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': '只有{admins} 可以重設這個 Midjourney 帳號。未進行任何變更。',
  'speed.unsupportedButton':
    '這個按鈕已不再支援，因此未執行任何動作。請用 `/speed status` 查看帳號目前的狀態。',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **已暫停**：{summary}。',
  'status.notHalted': '✅ 未暫停：可以切換速度。',
  'status.lastChange': '上次速度切換：{user} 於 {at} 切換為 **{mode}**。',
  'status.lastChange.automatic': '上次速度切換：於 {at} 替 {user} 自動切回 **{mode}**。',
  'status.lastChange.none': '上次速度切換：沒有紀錄。',
  'status.switchBack.due': '⏱️ 將於 {at} 切回 **Relax**：{user} 設定的 {timed}。',
  'status.switchBack.overdueHalted':
    '⏱️ 切回 **Relax** 已逾期（應於 {since} 執行）：{user} 設定的 {timed}。帳號可能仍處於 {mode} 模式；會在 `/speed reset` 之後立即切回。',
  'status.switchBack.overdueRetrying':
    '⏱️ 切回 **Relax** 已逾期（應於 {since} 執行），正在重試：{user} 設定的 {timed}。帳號可能仍處於 {mode} 模式；`/speed relax` 可以立即切換。',
  'status.fastTime.known':
    'Fast 時數：**{figures}**{low, select, yes { ⚠️ 快用完了} other {}}，資料來自 Midjourney 的 /info（{when} 讀取）。',
  'status.fastTime.knownUndated':
    'Fast 時數：**{figures}**{low, select, yes { ⚠️ 快用完了} other {}}，資料來自 Midjourney 的 /info（讀取時間不明）。',
  'status.fastTime.unknownMissing': 'Fast 剩餘時數：不明（Midjourney 的 /info 沒有顯示）。',
  'status.fastTime.unknownHalted': 'Fast 剩餘時數：不明（帳號暫停期間不查詢）。',
  'status.fastTime.unknownUnchecked': 'Fast 剩餘時數：不明（機器人無法確認是否暫停時不查詢）。',
  'status.fastTime.unknownBusy': 'Fast 剩餘時數：不明（等候這個帳號的要求太多；請過一分鐘再試）。',
  'status.fastTime.unknownRestarting': 'Fast 剩餘時數：不明（機器人正在重新啟動；請稍後再試）。',
  'status.fastTime.unknownFailed': 'Fast 剩餘時數：不明。{failure}',
  'status.account.unreadable': '{upstream} 帳號：無法讀取。{failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    '{upstream} 帳號：**已被 CAPTCHA 鎖定**。請登入用於 Midjourney 的 Discord 帳號，在 {link} 完成驗證，再執行 `/speed reset`。（只有管理員看得到。）{jobModeKnown, select, yes {工作模式：{jobMode}。} other {}}',
  'status.account.captchaNoLink':
    '{upstream} 帳號：**已被 CAPTCHA 鎖定**。沒有提供連結：請在用於 Midjourney 的 Discord 帳號中或到 {upstream} 的帳號頁面完成驗證，再執行 `/speed reset`。（只有管理員看得到。）{jobModeKnown, select, yes {工作模式：{jobMode}。} other {}}',
  'status.account.pendingModeration': '{upstream} 帳號：**有待處理的審核訊息**',
  'status.account.sameText': '（與上方暫停的內容相同。）',
  'status.account.switchedOff':
    '{upstream} 帳號：**已停用**（不是審核暫停）。{jobModeKnown, select, yes {工作模式：{jobMode}。} other {}}',
  'status.account.clear':
    '{upstream} 帳號：沒有待處理的審核訊息。{jobModeKnown, select, yes {工作模式：{jobMode}。} other {}}',
  'status.mappedAccount': '{upstream} 頻道：`{channel}`（由 CHANNEL_MAP 設定）。',
  'status.store': '狀態儲存區：{store}。',
  'status.store.sqlite': 'SQLite 檔案 {location}',
  'status.store.redis': '位於 {location} 的 Redis',
  'history.storeUnavailable': '機器人的狀態儲存區沒有回應，因此無法顯示歷史紀錄。請通知機器人的維運人員。',
  'history.empty': '這個 Midjourney 帳號還沒有任何速度切換、重設或暫停的紀錄。',
  'history.heading':
    '這個 Midjourney 帳號**最近的 {count, plural, other {# 筆速度切換、重設和暫停紀錄}}**（由新到舊）：',
  'history.line': '{when} {what}：{outcome}',
  'history.what.reset': '{user} **重設**',
  'history.what.info': '{user} 查詢 Fast 時數',
  'history.what.switchBack': '自動切回 **Relax**（{user} 的 {timed}結束後）',
  'history.what.timed': '{user} 切換為 {timed}',
  'history.what.untimed': '{user} 切換為 **{mode}**',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ 已經是這個模式',
  'history.outcome.halted': '⛔ 遇到審核暫停',
  'history.outcome.skippedHalted': '⏸️ 未傳送：帳號已暫停',
  'history.outcome.failed': '❌ 失敗',
  'history.outcome.failedBecause': '❌ 失敗（{reason}）',
  'history.outcome.late': '{outcome}，晚了 {duration}',
  'history.failure.busy': '{upstream} 忙碌中',
  'history.failure.unauthorized': '{token}遭到拒絕',
  'history.failure.noSubscription': '沒有 {upstream} 訂閱',
  'history.failure.badRequest': '要求無效而遭拒絕',
  'history.failure.notFound': '沒有設定帳號',
  'history.failure.accountDisabled': '帳號已在 {upstream} 停用',
  'history.failure.discontinued': '{upstream} 已不再支援 Midjourney',
  'history.failure.unavailable': '{upstream} 無法使用',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    '只有擁有 {roles} 身分組的成員（或管理員）才能切換為 **{mode}**。未傳送任何內容給 Midjourney；`/speed relax` 所有人都能使用。',
  'modes.refused.tooLong':
    '這裡的 **{mode}** 每次最多只能使用 {limit}：`minutes` 請填不超過 {max, number} 的值，或不填以使用 {max, number}。未傳送任何內容給 Midjourney。',
  'modes.refused.settingsNotRead':
    '機器人暫時無法讀取這個伺服器的團隊設定，因此無法確定你能否使用 **{mode}**，以及可以使用多久。未傳送任何內容給 Midjourney；請過一分鐘再試。`/speed relax` 所有人都能使用。',
  'modes.limitNote': '（這裡的 {mode} 每次最多只能使用 {limit}。）',
  'modes.line': '你可以使用的模式：{allowed}。',
  'modes.line.withRefused': '你可以使用的模式：{allowed}。你無法使用：{refused}。',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}**（最多 {limit}）',
  'modes.refused': '{mode}（需要 {roles}）',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ Midjourney 帳號 `{account}` **已暫停**：{source} {inChannel, select, yes {在 {channel} } other {}}遇到了{cause, select, captcha { CAPTCHA} other {審核暫停}}。這個帳號的速度切換已被擋下。',
  'alert.halt.upstreamFlag': '{upstream} 的帳號標記',
  'alert.halt.said': '{upstream} 表示：',
  'alert.halt.admins': '管理員',
  'alert.halt.resolve':
    '{admins}：{cause, select, captcha {請在 Midjourney 帳號中完成 CAPTCHA 驗證（連結在 `/speed status` 中，只有管理員看得到）} other {請在 Midjourney 帳號中處理}}，再{inChannel, select, yes {到 {channel} } other {}}執行 `/speed reset`。',
  'alert.reset':
    '✅ {user} 在 {channel} 重設了 Midjourney 帳號 `{account}`。{flag, select, unconfirmed {無法向 {upstream} 確認標記已清除。} captcha {⚠️ {upstream} 仍回報有 CAPTCHA：下一次速度切換會再次暫停。} moderation {⚠️ {upstream} 仍回報有待處理的審核訊息：下一次速度切換會再次暫停。} switchedOff {⚠️ 這個帳號在 {upstream} 仍處於停用狀態：下一次速度切換將會失敗。} other {{upstream} 回報已經沒有任何標記。}}',
  'alert.change.untimed': '🔁 {user} 在 {channel} 將 Midjourney 帳號 `{account}` 切換為 **{mode}**，不限時。',
  'alert.change.timed':
    '🔁 {user} 在 {channel} 將 Midjourney 帳號 `{account}` 切換為 **{mode}**，為期 {duration}（於 {due} 切回 Relax）。',
  'alert.switchBack.switched':
    '⏱️ {user} 的 {timed}結束後，Midjourney 帳號 `{account}` 已在 {channel} 自動切回 **Relax**。',
  'alert.switchBack.failed':
    '❌ {user} 的 {timed}結束後，Midjourney 帳號 `{account}` 在 {channel} 切回 Relax 失敗：{failure}帳號可能仍處於 {mode} 模式。機器人會在 {retry} 重試，並持續重試直到成功；成功時會在這裡張貼。',
  'alert.switchBack.held':
    '⏸️ {user} 的 {timed}結束後，Midjourney 帳號 `{account}` 在 {channel} 的切回 Relax 已擱置：帳號已暫停，因此未傳送任何內容。帳號可能仍處於 {mode} 模式。會在 `/speed reset` 之後立即執行。',
  'alert.switchBack.queueFull':
    '⏸️ {user} 的 {timed}結束後，Midjourney 帳號 `{account}` 在 {channel} 的切回 Relax 延遲了：等候中的要求太多。帳號可能仍處於 {mode} 模式。機器人會在 {retry} 重試。',
  'alert.blockEnd':
    '⏰ 根據 Midjourney 帳號 `{account}` 暫停時的審核訊息，Midjourney 對它的封鎖已於 {ended} 結束。這個帳號仍在暫停中：管理員可以到 Midjourney 確認後執行 `/speed reset`。機器人絕不會自行重設。',
  'alert.blockEnd.met':
    '⏰ 根據 Midjourney 帳號 `{account}` 暫停時的審核訊息（由 {user} 在 {channel} 遇到），Midjourney 對它的封鎖已於 {ended} 結束。這個帳號仍在暫停中：管理員可以到 Midjourney 確認後執行 `/speed reset`。機器人絕不會自行重設。',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line': '🗓️ 審核訊息指出封鎖將於 {ends} 結束。屆時機器人會提醒管理員；它絕不會自行重設帳號。',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': '切換或查看共用 Midjourney 帳號的速度模式',
  'command.speed.fast': '將共用 Midjourney 帳號切換為 Fast 模式（消耗 Fast 時數）',
  'command.speed.turbo': '將共用 Midjourney 帳號切換為 Turbo 模式（最快，消耗兩倍 Fast 時數）',
  'command.speed.relax': '將共用 Midjourney 帳號切換為 Relax 模式（不消耗 Fast 時數，速度較慢）',
  'command.speed.minutes': '指定分鐘數後切回 Relax（{min, number, ::group-off}-{max, number, ::group-off}）',
  'command.speed.reset': '管理員：在 Midjourney 中處理完畢後，解除審核暫停',
  'command.speed.status': '顯示暫停狀態、上次切換、待執行的切回和 Fast 剩餘時數',
  'command.speed.panel': '管理員：在這裡張貼顯示帳號狀態的即時面板，每種模式各有一個按鈕',
  'command.speed.history': '顯示帳號最近的 {count, plural, other {# 筆速度切換、重設和暫停紀錄}}',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} {mode} 模式',
  'panel.heading.unknown': '## 尚未透過機器人設定速度模式',
  'panel.heading.halted': '## ⛔ 已暫停：速度切換已停止',
  'panel.setBy': '由 {user} 於 {at}（{ago}）設定。',
  'panel.setAutomatically': '{user} 的限時切換結束後，於 {at}（{ago}）自動切回。',
  'panel.unknownHint': '按下方的按鈕即可切換帳號；之後面板會顯示是誰在什麼時候切換的。',
  'panel.switchBack.due': '⏱️ {user} 要求的 {length} {mode} 結束後，將於 {when}（{time}）切回 **Relax**。',
  'panel.switchBack.retrying':
    '⏱️ 切回 **Relax** 原定於 {due} 執行，但還沒有成功；機器人會在 {next} 重試。帳號可能仍處於 {mode} 模式。',
  'panel.switchBack.held':
    '⏱️ 切回 **Relax** 原定於 {due} 執行；會在重設後立即執行。帳號可能仍處於 {mode} 模式。',
  'panel.halt.since':
    '{cause, select, captcha {Midjourney {ago}（{at}）以 CAPTCHA 鎖定了這個帳號。} other {Midjourney {ago}（{at}）以審核訊息標記了這個帳號。}}在管理員重設之前，機器人不會傳送任何內容給 Midjourney。',
  'panel.halt.said': '{upstream} 表示：',
  'panel.halt.blockEnds': '🗓️ 審核訊息指出封鎖將於 {at}（{ago}）結束。',
  'panel.halt.lastMode': '最後一次透過機器人設定的模式：**{mode}**，由 {user} 於 {ago} 設定。',
  'panel.halt.help':
    '-# 請先在執行 Midjourney 的 Discord 帳號中處理（管理員可以在 `/speed status` 查看詳細資訊），再由管理員按下 **重設**。',
  'panel.fastTime.figures.ofTotal': '{remaining, number} / {total, number} 小時（{percent, number}%）',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} / {total, number} 小時',
  'panel.fastTime.figures.remaining': '{remaining, number} 小時',
  'panel.fastTime.read': '⛽ Fast 剩餘時數：**{figures}**，{ago} 讀取。',
  'panel.fastTime.readUndated': '⛽ Fast 剩餘時數：上次讀取時為 **{figures}**。',
  'panel.fastTime.missing': '⛽ Fast 剩餘時數：不明（{ago} 讀取時，Midjourney 的 /info 未顯示）。',
  'panel.fastTime.none': '⛽ Fast 剩餘時數：尚未讀取。`/speed status` 會讀取；面板本身從不查詢 Midjourney。',
  'panel.fastTime.low': '⚠️ Fast 時數快用完了：切換為 **Relax** 可以保留剩下的時數。',
  'panel.footer': '-# 每次切換後，這個面板都會自動更新。它的按鈕會替所有人切換模式，規則與 `/speed` 相同。',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin': '只有擁有「管理伺服器」或「管理員」權限的成員才能張貼速度面板。未張貼任何內容。',
  'panel.refused.notAdminOrRoles':
    '只有擁有「管理伺服器」或「管理員」權限的成員，或 {roles}，才能張貼速度面板。未張貼任何內容。',
  'panel.posted.pinned': '📌 速度面板已張貼在這裡並釘選。無論在哪裡切換帳號，它都會在幾秒內自動更新。',
  'panel.posted.notPinned': '📌 速度面板已張貼在這裡。無論在哪裡切換帳號，它都會在幾秒內自動更新。',
  'panel.pin.noPermission':
    '機器人無法釘選它：需要這個頻道的「釘選訊息」權限。請自行釘選，或給予機器人這項權限後再執行一次 `/speed panel`。',
  'panel.pin.failed': 'Discord 不允許機器人釘選它（{reason}）。需要的話，請自行釘選。',
  'panel.pin.timeout': '機器人釘選它時，Discord 沒有及時回應。需要的話，請自行釘選。',
  'panel.pin.unreachable': '機器人無法連上 Discord，所以沒能釘選它。需要的話，請自行釘選。',
  'panel.replaced.deleted': '先前張貼在這裡的面板已刪除。',
  'panel.replaced.left': '先前張貼在這裡的面板無法刪除：它已不再更新，請自行刪除。',
  'panel.notPosted.permissions':
    '機器人無法在這裡張貼面板：需要這個頻道的「檢視頻道」和「傳送訊息」權限。未張貼任何內容。',
  'panel.notPosted.failed': 'Discord 沒有接受這個面板（{reason}），因此未張貼任何內容。請過一分鐘再試。',
  'panel.notPosted.timeout':
    'Discord 沒有及時回應，所以面板可能沒有張貼；就算已經張貼，它也不會更新：如果它出現了，請將它刪除，並在一分鐘後再執行一次 `/speed panel`。',
  'panel.notPosted.unreachable': '機器人無法連上 Discord，因此未張貼任何內容。請過一分鐘再試。',
  'panel.notPosted.store':
    '機器人的狀態儲存區沒有回應，因此沒有張貼面板：面板必須儲存下來才能持續更新。請過一分鐘再試；如果問題持續發生，請通知機器人的維運人員。',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ 送出你的要求時，Midjourney 標記了這個帳號。處理說明已張貼在頻道中，面板也會顯示暫停狀態。',
  'panel.click.remapped':
    '這個面板顯示的是此頻道已不再使用的帳號，因此沒有向 Midjourney 送出任何內容。請管理員在這裡再執行一次 `/speed panel`，為此頻道目前使用的帳號張貼面板。',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ {channel} 中的速度面板已無法更新：Discord 拒絕讓機器人存取它（{reason}）。請在那個頻道給予機器人「檢視頻道」權限，或用 `/speed panel` 張貼新的面板。',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription': '管理員：誰可以使用 Turbo 和 Fast、可以用多久、冷卻時間、警示頻道、語言',
  'settings.name.turboRoleIds': '誰可以使用 Turbo',
  'settings.name.fastRoleIds': '誰可以使用 Fast',
  'settings.name.turboMaxMinutes': 'Turbo 單次最長時間',
  'settings.name.fastMaxMinutes': 'Fast 單次最長時間',
  'settings.name.cooldownSeconds': '兩次切換間的冷卻時間',
  'settings.name.alertChannelId': '警示頻道',
  'settings.name.locale': '公開訊息語言',
  'settings.value.everyone': '所有人',
  'settings.value.roles': '{roles}（及管理員）',
  'settings.value.moreRoles': '{more, plural, other {另外 # 個身分組}}',
  'settings.value.noLimit': '不限',
  'settings.value.cooldownOff': '關閉',
  'settings.value.noAlertChannel': '無',
  'settings.value.discordLanguage': '伺服器的 Discord 語言',
  'settings.source.operator': '由維運人員設定（{variable}）',
  'settings.source.discord': '在這裡選擇',
  'settings.source.default': '預設',
  'settings.view.heading':
    '⚙️ **這個伺服器的團隊設定。** 只有管理員可以查看和變更；每項變更都會立即生效、列入 `/speed history`，並張貼到警示頻道。',
  'settings.view.line': '**{setting}**：{value} — {source}',
  'settings.view.fixedNote': '由維運人員設定的項目固定在機器人的執行環境中：無法從 Discord 變更。',
  'settings.view.notRead':
    '⚠️ 機器人的狀態儲存區沒有回應，因此這些可能不是最新的設定。請通知機器人的維運人員。',
  'settings.outcome.changed': '✅ 已儲存，現在生效：',
  'settings.outcome.unchanged': '未進行任何變更：目前的設定已經是這樣。',
  'settings.outcome.notSaved':
    '⚠️ 機器人的狀態儲存區沒有回應，因此未進行任何變更。請稍後再試；如果問題持續發生，請通知機器人的維運人員。',
  'settings.change.line': '**{setting}**：{from} → {to}',
  'settings.control.turboRolesPlaceholder': '誰可以使用 Turbo（不選：所有人）',
  'settings.control.fastRolesPlaceholder': '誰可以使用 Fast（不選：所有人）',
  'settings.control.alertChannelPlaceholder': '警示頻道（文字頻道）',
  'settings.control.languagePlaceholder': '公開訊息語言',
  'settings.control.discordLanguageOption': '伺服器的 Discord 語言',
  'settings.control.fixedPlaceholder': '{setting}：由維運人員設定',
  'settings.control.limitsButton': '時間上限和冷卻時間…',
  'settings.control.clearAlertChannelButton': '不使用警示頻道',
  'settings.modal.title': '時間上限和冷卻時間',
  'settings.modal.maxMinutesDescription': '分鐘數，{min, number} 到 {max, number}；留空：不限',
  'settings.modal.cooldownDescription': '秒數，{min, number} 到 {max, number}；0 或留空：關閉',
  'settings.refused.notAdmin':
    '只有擁有「管理伺服器」或「管理員」權限的成員才能查看和變更團隊設定。未進行任何變更。',
  'settings.refused.notAdminWithRoles':
    '只有擁有「管理伺服器」或「管理員」權限的成員，或 {roles}，才能查看和變更團隊設定。未進行任何變更。',
  'settings.refused.fixed':
    '{count, plural, other {以下設定已由維運人員在機器人的執行環境中固定，無法從 Discord 變更：{settings}。}}未進行任何變更。',
  'settings.refused.unknownControl':
    '這個控制項已不再支援，因此未進行任何變更。請重新執行 `/speed settings`。',
  'settings.invalid.roles': '只能選擇這個伺服器的身分組，因此未進行任何變更。',
  'settings.invalid.channel': '警示頻道必須是這個伺服器的文字頻道，因此未進行任何變更。',
  'settings.notChecked.channel': '機器人無法向 Discord 確認這個頻道，因此未進行任何變更。請再試一次。',
  'settings.invalid.language': '機器人不支援這個語言，因此未進行任何變更。',
  'settings.invalid.maxMinutes.notNumber': '**{setting}** 必須是分鐘數（留空表示不限）。',
  'settings.invalid.maxMinutes.notWhole': '**{setting}** 必須是整數分鐘。',
  'settings.invalid.maxMinutes.tooSmall': '**{setting}** 不能小於 {min, number}（留空表示不限）。',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}** 不能大於 {max, number}（一天）。',
  'settings.invalid.cooldown.notNumber': '**{setting}** 必須是秒數（0 表示關閉冷卻）。',
  'settings.invalid.cooldown.notWhole': '**{setting}** 必須是整數秒。',
  'settings.invalid.cooldown.tooSmall': '**{setting}** 必須是 {min, number}（關閉）或更大的數字。',
  'settings.invalid.cooldown.tooLarge': '**{setting}** 不能大於 {max, number}（一天）。',
  'settings.invalid.nothingChanged': '未進行任何變更：請再按一次 **時間上限和冷卻時間…** 進行修正。',
  'settings.history.heading': '這個伺服器的**團隊設定變更紀錄**（由新到舊）：',
  'settings.history.line': '{when} {admin} 變更了 **{setting}**：{from} → {to}',
  'settings.alert.heading': '⚙️ {admin} 變更了這個伺服器的團隊設定：',
};
