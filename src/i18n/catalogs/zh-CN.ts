import type { Catalog } from './en-US.js';

/** Everything the bot says, in Simplified Chinese (zh-CN). */
export const zhCN: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} 秒',
  'duration.minutes': '{minutes, number} 分钟',
  'duration.minutesSeconds': '{minutes, number} 分 {seconds, number} 秒',
  'duration.hours': '{hours, number} 小时',
  'duration.hoursMinutes': '{hours, number} 小时 {minutes, number} 分钟',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly': '此机器人只能在服务器频道中使用：请在服务器的频道中使用 `/speed`。',
  'router.otherGuild':
    '此机器人只为其所属团队的服务器服务，而本服务器不在其中，因此未执行任何操作。如果你管理本服务器并想使用此机器人，请自行部署一份。',
  'router.shuttingDown': '机器人正在重启，请稍后再试。',
  'router.unexpected':
    '机器人内部出错，此请求可能未完成。请先用 `/speed status` 查看状态，然后再试；如果问题反复出现，请告知机器人的运维人员。',
  'router.answeredPrivately': '已私下回复。',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting': '机器人正在重启，因此此请求未发送给 Midjourney。请稍后再试。',
  'reply.admins': '拥有“管理服务器”或“管理员”权限的成员',
  'reply.admins.withRoles': '拥有“管理服务器”或“管理员”权限的成员，或 {roles}',
  'reply.moreItems': '{count, plural, other {另外 # 个}}',
  'reply.timedLabel': '**{mode}** 限时 {duration}',
  'reply.haltSource.status': '{user} 通过 `/speed status` 进行的 Fast 时长查询',
  'reply.haltSource.switchBack': '{user} 的限时切换结束后自动切回 Relax 的操作',
  'reply.haltSource.command': '{user} 的 `/speed {command}`',
  'reply.haltSummary.met': '自 {since} 起；{source} 遇到了此暂停',
  'reply.haltSummary.flagged': '自 {since} 起；{upstream} 标记了该账号',
  'reply.fastTime.remaining': '剩余 {remaining, plural, other {# 小时}}',
  'reply.fastTime.ofTotal': '剩余 {remaining, number} / {total, plural, other {# 小时}}',
  'reply.fastTime.ofTotalPercent':
    '剩余 {remaining, number} / {total, plural, other {# 小时}}（{percent, number, ::percent .##}）',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ 机器人的状态存储没有响应，因此无法检查是否存在审核暂停；{upstream} 仍会阻止已暂停的账号。请告知机器人的运维人员。',
  'reply.store.haltNotRecorded':
    '⚠️ 机器人的状态存储没有响应，因此无法记录此次暂停：机器人自身可能不会阻止下一次速度切换（{upstream} 仍会阻止）。请告知机器人的运维人员。',
  'reply.store.changeNotRecorded':
    '⚠️ 机器人的状态存储没有响应，因此此次切换不会出现在 `/speed status` 和 `/speed history` 中。请告知机器人的运维人员。',
  'reply.store.switchBackNotStored':
    '⚠️ 机器人的状态存储没有响应，因此切回操作未能保存：除非机器人在此之前重启，否则仍会按时切回。请告知机器人的运维人员。',
  'reply.store.switchBackNotCancelled':
    '⚠️ 机器人的状态存储没有响应，因此无法在存储中取消待执行的切回 Relax：存储恢复响应后机器人会将其删除，但如果机器人在此之前重启，仍可能把账号切换到 Relax。请用 `/speed status` 查看，并告知机器人的运维人员。',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what}需要能登录该 Midjourney 所用 Discord 账号的人在那里处理；处理完成后，由管理员在此频道运行 `/speed reset`。',
  'failure.busy':
    '{what}{wait, select, unknown {请过 30 秒左右再试。} moment {请过几秒再试。} minutes {请过 {minutes, number} 分钟再试。} other {请过 {seconds, number} 秒再试。}}',
  'failure.unauthorized': '{upstream} 拒绝了机器人的{token}。请让机器人的运维人员检查 {variable}。',
  'failure.accountDisabled':
    '{upstream} 已停用该 Midjourney 账号，原因并非审核暂停（例如 Midjourney 订阅问题）。请让机器人的运维人员修复该账号并重新启用。',
  'failure.switch.connectionBroke':
    '无法连接 {upstream}，或连接在其响应前中断，因此切换可能已送达 Midjourney，也可能没有。请稍后用 `/speed status` 查看，或在 Midjourney 中用 `/info` 查看，仅在模式没有变化时再切换一次。如果问题反复出现，请让机器人的运维人员检查网络和 {variable}。',
  'failure.switch.serverError':
    '{upstream} 出现问题（HTTP {status}），因此切换可能已送达 Midjourney，也可能没有。请稍后用 `/speed status` 查看，或在 Midjourney 中用 `/info` 查看，仅在模式没有变化时再切换一次。',
  'failure.timeout.cardNotRefreshed':
    '{upstream} 未能及时刷新该 Midjourney 账号的 `/settings` 卡片，因此未做任何更改：机器人不会点击过旧而不可信的卡片，因为点击已启用的模式可能会将其关闭。请过几分钟再试。',
  'failure.timeout':
    '{upstream} 未及时响应（等待 {seconds, number} 秒后放弃）。切换仍可能生效：请等待一分钟，在 Midjourney 中用 `/info` 查看，然后再试。',
  'failure.connection.shutdown':
    '机器人正在重启，已停止等待 {upstream}，因此切换可能已送达 Midjourney，也可能没有。请稍后用 `/speed status` 查看，如有需要再试。',
  'failure.connection':
    '无法连接 {upstream}（连接失败）。请过一分钟再试；如果问题反复出现，请让机器人的运维人员检查网络和 {variable}。',
  'failure.status': '{upstream} 出现问题（HTTP {status}）。请过几分钟再试。',
  'failure.statusUnknown': '{upstream} 出现问题。请过几分钟再试。',
  'failure.invalidBody':
    '{upstream} 返回了机器人无法读取的响应。请过几分钟再试；如果问题反复出现，请告知机器人的运维人员。',
  'failure.bodyTooLarge':
    '{upstream} 返回了异常大的响应，机器人已将其忽略。请过几分钟再试；如果问题反复出现，请告知机器人的运维人员。',
  'failure.offline.reconnecting':
    '该 Midjourney 账号重新启用后，{upstream} 仍在重新连接（通常一两分钟内完成），因此未做任何更改。{wait, select, unknown {请过 30 秒左右再试。} moment {请过几秒再试。} minutes {请过 {minutes, number} 分钟再试。} other {请过 {seconds, number} 秒再试。}}',
  'failure.offline.dailyRestart':
    '{upstream} 会在其所在时区的午夜刚过时重启各账号，因此未做任何更改。{wait, select, unknown {请过 30 秒左右再试。} moment {请过几秒再试。} minutes {请过 {minutes, number} 分钟再试。} other {请过 {seconds, number} 秒再试。}}',
  'failure.offline':
    '{upstream} 目前与该 Midjourney 账号的 Discord 没有活动连接，因此未做任何更改；请让机器人的运维人员在 {upstream} 的账号页面检查该账号。',
  'failure.unconfirmed':
    '{upstream} 接受了请求，但没有返回 Midjourney 的回复，因此无法确认切换结果。请在 Midjourney 中运行 `/info` 查看当前模式。',
  'failure.withUpstream': '{message}{upstream} 表示：{said}',
  'failure.withUpstreamGlossed': '{message}{upstream} 表示：{said}（{gloss}）',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'API 令牌',
  'useapi.moderationHalt':
    'Midjourney 因待处理的审核消息或 CAPTCHA 标记了共享账号，因此 useapi.net 已暂停该账号。',
  'useapi.captchaHalt': 'Midjourney 要求共享账号完成 CAPTCHA 验证，因此 useapi.net 已暂停该账号。',
  'useapi.busy': 'useapi.net 繁忙（Midjourney 的任务队列已满，或 Discord 正在限速）。',
  'useapi.badRequest':
    'useapi.net 认为请求无效并拒绝了它。请让机器人的运维人员检查此频道是否已在 useapi.net 中配置用于 Midjourney。',
  'useapi.notFound':
    'useapi.net 中没有为此频道配置 Midjourney 账号。请让机器人的运维人员将此频道添加到 useapi.net 的 Midjourney 配置中。',
  'useapi.noSubscription': 'useapi.net 表示机器人的订阅不存在或已过期。请让机器人的运维人员续订 useapi.net。',
  'useapi.discontinued':
    'useapi.net 可能已不再提供 Midjourney 服务（它已宣布其 Midjourney API 于 2026-06-24 终止），因此未做任何更改；请让机器人的运维人员阅读“Choosing an upstream”（docs/upstreams.md）。',
  'useapi.shutdownNotice':
    'useapi.net 可能已不再提供 Midjourney 服务：它已宣布其 Midjourney API 于 2026-06-24 终止。替代方案（midjourney-proxy）请参阅“Choosing an upstream”（docs/upstreams.md）。',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': '管理员令牌',
  'proxy.moderationHalt':
    'Midjourney 标记了共享账号（待处理的审核消息或封禁），因此 midjourney-proxy 已停用该账号。',
  'proxy.captchaHalt': 'Midjourney 要求共享账号完成 CAPTCHA 验证，因此 midjourney-proxy 已锁定该账号。',
  'proxy.busy': 'midjourney-proxy 繁忙（账号同步被拒绝或耗时过长，或 Discord 正在限速）。',
  'proxy.badRequest':
    'midjourney-proxy 拒绝了请求。请让机器人的运维人员在 midjourney-proxy 的账号页面检查该账号。',
  'proxy.notFound':
    'midjourney-proxy 中没有此频道对应的账号；请在 midjourney-proxy 中添加，或为此频道设置映射。',
  'proxy.noSubscription': 'midjourney-proxy 表示该账号的订阅不存在或已过期。请让机器人的运维人员检查。',
  'proxy.discontinued':
    'midjourney-proxy 表示它已不再支持 Midjourney；请让机器人的运维人员阅读“Choosing an upstream”（docs/upstreams.md）。',
  'proxy.gloss.autoCaptcha': 'midjourney-proxy 正在自动完成 Midjourney 的 CAPTCHA 验证。',
  'proxy.gloss.manualCaptcha': 'Midjourney 要求进行 CAPTCHA 验证，必须由人手动完成。',
  'proxy.gloss.captchaExpired': 'CAPTCHA 未在 10 分钟内完成，已过期。',
  'proxy.gloss.pendingModMessage': 'Midjourney 发来了一条审核消息，需要有人阅读并确认。',
  'proxy.gloss.blocked': 'Midjourney 已暂时封禁该账号。',
  'proxy.gloss.planCancelled': '该账号的 Midjourney 套餐已取消。',
  'proxy.gloss.subscriptionRequired': '该账号需要订阅 Midjourney 才能使用。',
  'proxy.gloss.subscriptionPaused': '该账号的 Midjourney 订阅已暂停。',
  'proxy.gloss.usageExhausted': '该账号的 Midjourney 可用额度已经用完。',
  'proxy.gloss.noPermission': 'Discord 以没有权限为由拒绝了该账号的一个请求。',
  'proxy.gloss.syncFailures': '一小时内同步失败超过 10 次，midjourney-proxy 已停用该账号。',
  'proxy.gloss.reconnectFailed': 'midjourney-proxy 无法重新连接该账号，已将其停用。',
  'proxy.gloss.initFailed': 'midjourney-proxy 无法启动该账号。',
  'proxy.gloss.accountUnusable': 'midjourney-proxy 报告该账号无法使用。',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {{user} 请求切换到 **{mode} 模式**。Midjourney 回复：} other {{user} 请求切换到 **{mode} 模式**。}}',
  'switch.jobMode': '{upstream} 现在报告的任务模式为 **{jobMode}**。',
  'switch.jobMode.withFastTime': '{upstream} 现在报告的任务模式为 **{jobMode}**，Fast 时长{fastTime}。',
  'switch.alreadyActive':
    '{upstream} 显示该账号已处于 **{mode}** 模式，因此没有点击任何按钮（点击已启用的模式可能会将其关闭）。',
  'switch.alreadyActive.withFastTime':
    '{upstream} 显示该账号已处于 **{mode}** 模式，Fast 时长{fastTime}，因此没有点击任何按钮（点击已启用的模式可能会将其关闭）。',
  'switch.autoRelax':
    '⚠️ Fast 时长所剩不多，{upstream} 可能会自行把账号切换到 Relax（若开启了自动 Relax，剩余 {hours, number} 小时或更少时就会切换）。',
  'switch.notConfirmed':
    '切换已发送给 {upstream}，但未能及时确认。请在 Midjourney 中运行 `/info`，或过一分钟运行 `/speed status` 查看模式。',
  'switch.notConfirmed.withFastTime':
    '切换已发送给 {upstream}，但未能及时确认（上次读取时 Fast 时长{fastTime}）。请在 Midjourney 中运行 `/info`，或过一分钟运行 `/speed status` 查看模式。',
  'switch.switchBackSet':
    '⏱️ 机器人将在 {duration}后，即 {time}（{relative}）切回 **Relax**，并在此告知。之后的任何 `/speed` 切换都会取消此操作。',
  'switch.cancelsSwitchBack': '（这会取消 {user} 设置的、原定 {due} 执行的切回 Relax。）',
  'switch.lowFastTime': '⚠️ Fast 时长即将用完：上次读取时{fastTime}。`/speed relax` 可保留剩余时长。',
  'switch.lowFastTime.asOf': '⚠️ Fast 时长即将用完：{at} 读取时{fastTime}。`/speed relax` 可保留剩余时长。',
  'switch.limitHeld':
    '⏱️ 以防切换实际已生效，{duration}的时限仍然有效：机器人将于 {time}（{relative}）切回 **Relax**，并在此频道告知。之后的任何 `/speed` 切换都会取消此操作。',
  'switch.earlierLimitKept':
    '⏱️ 以防此次切换未生效，{user} 先前的 {timed}仍保留其较早的切回时间：机器人将于 {due} 切回 **Relax**（如果该时间已过，则尽快切回），并在 {channels} 中告知。之后的任何 `/speed` 切换都会取消此操作。',
  'switch.limitHeldAfterFlag':
    '⏱️ 切换在标记出现之前已发送，因此账号可能处于 {mode} 模式：{duration}的时限仍然有效。机器人将于 {due} 切回 **Relax**；如果届时账号仍处于暂停状态，则在 `/speed reset` 之后立即切回。',
  'switch.cooldown':
    '⏳ 你已在 {last} 切换过速度；成员两次切换之间需间隔 {cooldown}。请过 {remaining}（{retryAt}）再试。未向 Midjourney 发送任何内容。',
  'switch.queueFull':
    '此频道已有 {waiting, plural, other {# 个速度请求}}在等待。未发送任何内容；请过一分钟再试。',
  'switch.invalidMinutes':
    '`minutes` 必须是 {min, number, ::group-off} 到 {max, number, ::group-off}（一天）之间的整数。未做任何更改。',
  'switch.notSetUp':
    '此频道未设置 `/speed`：它没有关联 Midjourney 账号，因此未发送任何内容。（机器人的运维人员通过 CHANNEL_MAP 关联频道。）',
  'switch.notSetUp.useIn':
    '此频道未设置 `/speed`：它没有关联 Midjourney 账号，因此未发送任何内容。请在 {channels} 中使用。（机器人的运维人员通过 CHANNEL_MAP 关联频道。）',
  'switchBack.timed': '{timed}（由 {user} 发起）',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ {timed}时间已到：已切回 **Relax 模式**。Midjourney 回复：} other {⏱️ {timed}时间已到：已切回 **Relax 模式**。}}',
  'switchBack.haltedNow':
    '⏱️ {timed}时间已到，但切回 Relax 时遇到了审核暂停。机器人将在 `/speed reset` 之后立即切回。',
  'switchBack.heldByHalt':
    '⏱️ {timed}时间已到，但速度切换已暂停（{halt}），因此机器人没有向 Midjourney 发送任何内容，也**尚未**切回 Relax：账号可能仍处于 {mode} 模式。审核问题解决、且管理员运行 `/speed reset` 之后，机器人会立即切回 Relax。',
  'switchBack.failed': '⏱️ {timed}时间已到，但切回 Relax 失败：{failure}{retry}',
  'switchBack.queueFull': '⏱️ {timed}时间已到，但等待此账号的请求过多，因此机器人尚未切回 Relax。{retry}',
  'switchBack.retry':
    '账号可能仍处于 {mode} 模式：机器人将于 {at} 重试，并会一直重试直到成功（仅公告首次失败）。`/speed relax` 可立即切换。',
  'switchBack.late.failures': '（晚了 {late}：之前的尝试都失败了。）',
  'switchBack.late.halt': '（晚了 {late}：账号在重置之前一直处于暂停状态。）',
  'switchBack.late.botDown': '（晚了 {late}：时间到时机器人没有在运行。）',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': '重置（管理员）',
  'halt.solvedResetButton': '已解决：重置',
  'halt.flagged': '⛔ **Midjourney 标记了共享账号：此频道的速度切换已暂停。**',
  'halt.refused.unknown':
    '{cause, select, captcha {一个请求被拒绝，因为 Midjourney 要求该账号完成 CAPTCHA 验证。} other {一个请求被拒绝，因为 Midjourney 向该账号发送了待处理的审核消息或 CAPTCHA。}}',
  'halt.refused.status':
    '{cause, select, captcha {{user} 通过 `/speed status` 进行的 Fast 时长查询被拒绝，因为 Midjourney 要求该账号完成 CAPTCHA 验证。} other {{user} 通过 `/speed status` 进行的 Fast 时长查询被拒绝，因为 Midjourney 向该账号发送了待处理的审核消息或 CAPTCHA。}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {{user} 的限时切换结束后，自动切回 Relax 的操作被拒绝，因为 Midjourney 要求该账号完成 CAPTCHA 验证。} other {{user} 的限时切换结束后，自动切回 Relax 的操作被拒绝，因为 Midjourney 向该账号发送了待处理的审核消息或 CAPTCHA。}}',
  'halt.refused.command':
    '{cause, select, captcha {{user} 的 `/speed {command}` 被拒绝，因为 Midjourney 要求该账号完成 CAPTCHA 验证。} other {{user} 的 `/speed {command}` 被拒绝，因为 Midjourney 向该账号发送了待处理的审核消息或 CAPTCHA。}}',
  'halt.upstreamSaid': '{upstream} 表示：',
  'halt.whatToDo': '**处理方法**',
  'halt.step.logIn': '1. 登录本团队用于 Midjourney 的 Discord 账号，打开 Midjourney 发给它的消息。',
  'halt.step.solveCaptcha':
    '2. 为该账号完成 CAPTCHA 验证：管理员可在 `/speed status` 中找到链接（链接绝不会发布在这里）。',
  'halt.step.resolveModeration':
    '2. 阅读并确认审核消息，或完成 CAPTCHA 验证。如果是 CAPTCHA 而验证对话框没有出现，请在那里手动运行一次 `/imagine`。',
  'halt.step.reset': '3. 然后由管理员（{admins}）运行 `/speed reset`，或点击下方的 **重置**。',
  'halt.untilReset': '在此之前，机器人不会从此频道向 Midjourney 发送任何内容：继续调用可能导致该账号被封禁。',
  'halt.joined':
    '⛔ 你的请求与另一个相同的请求一同发送（{halt}），而该请求遇到了审核暂停：此频道的速度切换已暂停。处理说明已发布在频道中；问题解决后，{admins} 可以运行 `/speed reset`。',
  'halt.already':
    '⛔ 此频道的速度切换已暂停（{halt}）：Midjourney 正在等待审核消息或 CAPTCHA 得到处理。未向 Midjourney 发送任何内容。问题解决后，{admins} 可以运行 `/speed reset`。',
  'halt.reset.done': '✅ {user} 已在 {upstream} 重置该 Midjourney 账号：此频道重新允许速度切换。',
  'halt.reset.noHaltRecorded': '（机器人此前没有在此记录暂停；但仍已在 {upstream} 执行重置。）',
  'halt.reset.unconfirmed': '（无法向 {upstream} 确认审核标记已清除；可用 `/speed status` 再次检查。）',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream} 仍报告该账号存在 CAPTCHA；请在 Midjourney 账号中完成验证（执行重置的管理员有链接），否则下一次速度切换会再次暂停。',
  'halt.reset.stillModeration':
    '⚠️ {upstream} 仍报告存在待处理的审核消息；请在 Midjourney 账号中处理，否则下一次速度切换会再次暂停。',
  'halt.reset.stillDisabled': '⚠️ 该账号在 {upstream} 仍处于停用状态；下一次速度切换将会失败。',
  'halt.reset.captchaCleared':
    '机器人已告知 {upstream} CAPTCHA 已完成（{upstream} 不会核实）。如果实际并未完成，Midjourney 会在该账号下一次操作时再次要求验证，下一次速度切换也会再次暂停；届时管理员可在 `/speed status` 中找到新的链接。',
  'halt.reset.enabledAgain':
    '{upstream} 已重新启用该账号，并会在一两分钟内重新连接；在此期间的速度切换会等待连接完成，或告知何时再试。',
  'halt.reset.switchBackNow':
    '⏱️ 由于 {user} 的 {timed}（原定 {due} 到期），账号可能仍处于 {mode} 模式：机器人现在就切回 **Relax**，并在 {channels} 中告知。',
  'halt.reset.failed': '重置未成功。{failure}',
  'halt.reset.notPersisted':
    '{upstream} 已重置该账号，但机器人的状态存储没有响应，因此此频道仍被标记为已暂停。请在存储恢复后再次运行 `/speed reset`，并告知机器人的运维人员。',
  'halt.reset.queueFull':
    '此频道已有 {waiting, plural, other {# 个请求}}在等待。未发送任何内容；请过一分钟再试。',
  'halt.solveCaptchaFirst':
    '🔒 {upstream} 报告该账号已被 CAPTCHA 锁定。请先登录用于 Midjourney 的 Discord 账号，在 {link} 完成验证，然后点击下方的 **{button}**：重置只是告知 {upstream} CAPTCHA 已完成，不会有任何核实。目前尚未重置。（只有你能看到此链接。）',
  'halt.reset.stillLocked':
    '🔒 {upstream} 仍报告该账号已被 CAPTCHA 锁定。请登录用于 Midjourney 的 Discord 账号，在 {link} 完成验证，然后再次运行 `/speed reset`。（只有你能看到此链接。）',
  'halt.reset.stillLockedNoLink':
    '🔒 {upstream} 仍报告该账号已被 CAPTCHA 锁定，且没有提供链接：请在用于 Midjourney 的 Discord 账号中（或在 {upstream} 的账号页面）完成验证，然后再次运行 `/speed reset`。',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': '只有{admins} 可以重置该 Midjourney 账号。未做任何更改。',
  'speed.unsupportedButton':
    '此按钮已不再受支持，因此未执行任何操作。请使用 `/speed status` 查看账号的当前状态。',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **已暂停**：{summary}。',
  'status.notHalted': '✅ 未暂停：允许速度切换。',
  'status.lastChange': '上次速度切换：{user} 于 {at} 切换到 **{mode}**。',
  'status.lastChange.automatic': '上次速度切换：于 {at} 为 {user} 自动切回 **{mode}**。',
  'status.lastChange.none': '上次速度切换：无记录。',
  'status.switchBack.due': '⏱️ 将于 {at} 切回 **Relax**：{user} 设置的 {timed}。',
  'status.switchBack.overdueHalted':
    '⏱️ 切回 **Relax** 已逾期（应于 {since} 执行）：{user} 设置的 {timed}。账号可能仍处于 {mode} 模式；将在 `/speed reset` 之后立即切回。',
  'status.switchBack.overdueRetrying':
    '⏱️ 切回 **Relax** 已逾期（应于 {since} 执行），正在重试：{user} 设置的 {timed}。账号可能仍处于 {mode} 模式；`/speed relax` 可立即切换。',
  'status.fastTime.known':
    'Fast 时长：**{figures}**{low, select, yes { ⚠️ 即将用完} other {}}，数据来自 Midjourney 的 /info（{when} 读取）。',
  'status.fastTime.knownUndated':
    'Fast 时长：**{figures}**{low, select, yes { ⚠️ 即将用完} other {}}，数据来自 Midjourney 的 /info（读取时间未知）。',
  'status.fastTime.unknownMissing': 'Fast 剩余时长：未知（Midjourney 的 /info 没有显示）。',
  'status.fastTime.unknownHalted': 'Fast 剩余时长：未知（账号暂停期间不查询）。',
  'status.fastTime.unknownUnchecked': 'Fast 剩余时长：未知（机器人无法检查是否暂停时不查询）。',
  'status.fastTime.unknownBusy': 'Fast 剩余时长：未知（等待此账号的请求过多；请过一分钟再试）。',
  'status.fastTime.unknownRestarting': 'Fast 剩余时长：未知（机器人正在重启；请稍后再试）。',
  'status.fastTime.unknownFailed': 'Fast 剩余时长：未知。{failure}',
  'status.account.unreadable': '{upstream} 账号：无法读取。{failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    '{upstream} 账号：**已被 CAPTCHA 锁定**。请登录用于 Midjourney 的 Discord 账号，在 {link} 完成验证，然后运行 `/speed reset`。（仅管理员可见。）{jobModeKnown, select, yes {任务模式：{jobMode}。} other {}}',
  'status.account.captchaNoLink':
    '{upstream} 账号：**已被 CAPTCHA 锁定**。没有提供链接：请在用于 Midjourney 的 Discord 账号中或在 {upstream} 的账号页面完成验证，然后运行 `/speed reset`。（仅管理员可见。）{jobModeKnown, select, yes {任务模式：{jobMode}。} other {}}',
  'status.account.pendingModeration': '{upstream} 账号：**有待处理的审核消息**',
  'status.account.sameText': '（与上方暂停的内容相同。）',
  'status.account.switchedOff':
    '{upstream} 账号：**已停用**（并非审核暂停）。{jobModeKnown, select, yes {任务模式：{jobMode}。} other {}}',
  'status.account.clear':
    '{upstream} 账号：没有待处理的审核消息。{jobModeKnown, select, yes {任务模式：{jobMode}。} other {}}',
  'status.mappedAccount': '{upstream} 频道：`{channel}`（由 CHANNEL_MAP 设置）。',
  'status.store': '状态存储：{store}。',
  'status.store.sqlite': 'SQLite 文件 {location}',
  'status.store.redis': '位于 {location} 的 Redis',
  'history.storeUnavailable': '机器人的状态存储没有响应，因此无法显示历史记录。请告知机器人的运维人员。',
  'history.empty': '此 Midjourney 账号还没有速度切换、重置或暂停的记录。',
  'history.heading':
    '此 Midjourney 账号**最近的 {count, plural, other {# 条速度切换、重置和暂停记录}}**（最新的在前）：',
  'history.line': '{when} {what}：{outcome}',
  'history.what.reset': '{user} **重置**',
  'history.what.info': '{user} 查询 Fast 时长',
  'history.what.switchBack': '自动切回 **Relax**（{user} 的 {timed}结束后）',
  'history.what.timed': '{user} 切换到 {timed}',
  'history.what.untimed': '{user} 切换到 **{mode}**',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ 已处于该模式',
  'history.outcome.halted': '⛔ 遇到审核暂停',
  'history.outcome.skippedHalted': '⏸️ 未发送：账号已暂停',
  'history.outcome.failed': '❌ 失败',
  'history.outcome.failedBecause': '❌ 失败（{reason}）',
  'history.outcome.late': '{outcome}，晚了 {duration}',
  'history.failure.busy': '{upstream} 繁忙',
  'history.failure.unauthorized': '{token}被拒绝',
  'history.failure.noSubscription': '没有 {upstream} 订阅',
  'history.failure.badRequest': '请求无效，被拒绝',
  'history.failure.notFound': '未配置账号',
  'history.failure.accountDisabled': '账号已在 {upstream} 停用',
  'history.failure.discontinued': '{upstream} 已不再支持 Midjourney',
  'history.failure.unavailable': '{upstream} 不可用',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    '只有拥有 {roles} 身份组的成员（或管理员）才能切换到 **{mode}**。未向 Midjourney 发送任何内容；`/speed relax` 对所有人开放。',
  'modes.refused.tooLong':
    '此处 **{mode}** 每次最多使用 {limit}：`minutes` 请填写不超过 {max, number} 的值，或留空以使用 {max, number}。未向 Midjourney 发送任何内容。',
  'modes.refused.settingsNotRead':
    '机器人暂时无法读取本服务器的团队设置，因此无法确定你能否使用 **{mode}** 以及可以使用多久。未向 Midjourney 发送任何内容；请过一分钟再试。`/speed relax` 对所有人开放。',
  'modes.limitNote': '（此处 {mode} 每次最多使用 {limit}。）',
  'modes.line': '你可以使用的模式：{allowed}。',
  'modes.line.withRefused': '你可以使用的模式：{allowed}。你不能使用：{refused}。',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}**（最多 {limit}）',
  'modes.refused': '{mode}（需要 {roles}）',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ Midjourney 账号 `{account}` **已暂停**：{source} {inChannel, select, yes {在 {channel} } other {}}遇到了{cause, select, captcha { CAPTCHA} other {审核暂停}}。该账号的速度切换已被阻止。',
  'alert.halt.upstreamFlag': '{upstream} 的账号标记',
  'alert.halt.said': '{upstream} 表示：',
  'alert.halt.admins': '管理员',
  'alert.halt.resolve':
    '{admins}：{cause, select, captcha {请在 Midjourney 账号中完成 CAPTCHA 验证（链接在 `/speed status` 中，仅管理员可见）} other {请在 Midjourney 账号中处理}}，然后{inChannel, select, yes {在 {channel} } other {}}运行 `/speed reset`。',
  'alert.reset':
    '✅ {user} 在 {channel} 重置了 Midjourney 账号 `{account}`。{flag, select, unconfirmed {无法向 {upstream} 确认标记已清除。} captcha {⚠️ {upstream} 仍报告存在 CAPTCHA：下一次速度切换会再次暂停。} moderation {⚠️ {upstream} 仍报告存在待处理的审核消息：下一次速度切换会再次暂停。} switchedOff {⚠️ 该账号在 {upstream} 仍处于停用状态：下一次速度切换将会失败。} other {{upstream} 报告已没有任何标记。}}',
  'alert.change.untimed': '🔁 {user} 在 {channel} 将 Midjourney 账号 `{account}` 切换到 **{mode}**，不限时。',
  'alert.change.timed':
    '🔁 {user} 在 {channel} 将 Midjourney 账号 `{account}` 切换到 **{mode}**，时长 {duration}（于 {due} 切回 Relax）。',
  'alert.switchBack.switched':
    '⏱️ {user} 的 {timed}结束后，Midjourney 账号 `{account}` 已在 {channel} 自动切回 **Relax**。',
  'alert.switchBack.failed':
    '❌ {user} 的 {timed}结束后，Midjourney 账号 `{account}` 在 {channel} 切回 Relax 失败：{failure}账号可能仍处于 {mode} 模式。机器人将于 {retry} 重试，并会一直重试直到成功；成功后会在此发布。',
  'alert.switchBack.held':
    '⏸️ {user} 的 {timed}结束后，Midjourney 账号 `{account}` 在 {channel} 的切回 Relax 已搁置：该账号已暂停，因此未发送任何内容。账号可能仍处于 {mode} 模式。将在 `/speed reset` 之后立即执行。',
  'alert.switchBack.queueFull':
    '⏸️ {user} 的 {timed}结束后，Midjourney 账号 `{account}` 在 {channel} 的切回 Relax 已延迟：等待中的请求过多。账号可能仍处于 {mode} 模式。机器人将于 {retry} 重试。',
  'alert.blockEnd':
    '⏰ 根据 Midjourney 账号 `{account}` 暂停时的审核消息，Midjourney 对它的封禁已于 {ended} 结束。该账号仍处于暂停状态：管理员可在 Midjourney 中确认后运行 `/speed reset`。机器人绝不会自行重置。',
  'alert.blockEnd.met':
    '⏰ 根据 Midjourney 账号 `{account}` 暂停时的审核消息（由 {user} 在 {channel} 遇到），Midjourney 对它的封禁已于 {ended} 结束。该账号仍处于暂停状态：管理员可在 Midjourney 中确认后运行 `/speed reset`。机器人绝不会自行重置。',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line': '🗓️ 审核消息称封禁将于 {ends} 结束。届时机器人会提醒管理员；它绝不会自行重置账号。',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': '切换或查看共享 Midjourney 账号的速度模式',
  'command.speed.fast': '将共享 Midjourney 账号切换到 Fast 模式（消耗 Fast 时长）',
  'command.speed.turbo': '将共享 Midjourney 账号切换到 Turbo 模式（最快，消耗两倍 Fast 时长）',
  'command.speed.relax': '将共享 Midjourney 账号切换到 Relax 模式（不消耗 Fast 时长，速度较慢）',
  'command.speed.minutes': '指定分钟数后切回 Relax（{min, number, ::group-off}-{max, number, ::group-off}）',
  'command.speed.reset': '管理员：在 Midjourney 中处理完毕后，解除审核暂停',
  'command.speed.status': '显示暂停状态、上次切换、待执行的切回和 Fast 剩余时长',
  'command.speed.panel': '管理员：在此发布显示账号状态的实时面板，每种模式各有一个按钮',
  'command.speed.history': '显示该账号最近的 {count, plural, other {# 条速度切换、重置和暂停记录}}',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} {mode} 模式',
  'panel.heading.unknown': '## 尚未通过机器人设置速度模式',
  'panel.heading.halted': '## ⛔ 已暂停：速度切换已停止',
  'panel.setBy': '由 {user} 于 {at}（{ago}）设置。',
  'panel.setAutomatically': '{user} 的限时切换结束后，于 {at}（{ago}）自动切回。',
  'panel.unknownHint': '点击下方按钮即可切换账号；之后面板会显示是谁在何时切换的。',
  'panel.switchBack.due': '⏱️ {user} 要求的 {length} {mode} 结束后，将于 {when}（{time}）切回 **Relax**。',
  'panel.switchBack.retrying':
    '⏱️ 切回 **Relax** 原定于 {due} 执行，但尚未成功；机器人将于 {next} 重试。账号可能仍处于 {mode} 模式。',
  'panel.switchBack.held':
    '⏱️ 切回 **Relax** 原定于 {due} 执行；将在重置后立即执行。账号可能仍处于 {mode} 模式。',
  'panel.halt.since':
    '{cause, select, captcha {Midjourney {ago}（{at}）以 CAPTCHA 锁定了该账号。} other {Midjourney {ago}（{at}）以审核消息标记了该账号。}}在管理员重置之前，机器人不会向 Midjourney 发送任何内容。',
  'panel.halt.said': '{upstream} 表示：',
  'panel.halt.blockEnds': '🗓️ 审核消息称封禁将于 {at}（{ago}）结束。',
  'panel.halt.lastMode': '最后一次通过机器人设置的模式：**{mode}**，由 {user} 于 {ago} 设置。',
  'panel.halt.help':
    '-# 请先在运行 Midjourney 的 Discord 账号中处理（管理员可在 `/speed status` 中查看详情），然后由管理员点击 **重置**。',
  'panel.fastTime.figures.ofTotal': '{remaining, number} / {total, number} 小时（{percent, number}%）',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} / {total, number} 小时',
  'panel.fastTime.figures.remaining': '{remaining, number} 小时',
  'panel.fastTime.read': '⛽ Fast 剩余时长：**{figures}**，{ago} 读取。',
  'panel.fastTime.readUndated': '⛽ Fast 剩余时长：上次读取时为 **{figures}**。',
  'panel.fastTime.missing': '⛽ Fast 剩余时长：未知（{ago} 读取时，Midjourney 的 /info 未显示）。',
  'panel.fastTime.none': '⛽ Fast 剩余时长：尚未读取。`/speed status` 会读取；面板本身从不查询 Midjourney。',
  'panel.fastTime.low': '⚠️ Fast 时长即将用完：切换到 **Relax** 可保留剩余时长。',
  'panel.footer': '-# 每次切换后此面板都会自动更新。其按钮会为所有人切换模式，规则与 `/speed` 相同。',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin': '只有拥有“管理服务器”或“管理员”权限的成员才能发布速度面板。未发布任何内容。',
  'panel.refused.notAdminOrRoles':
    '只有拥有“管理服务器”或“管理员”权限的成员，或 {roles}，才能发布速度面板。未发布任何内容。',
  'panel.posted.pinned': '📌 速度面板已发布在此处并已标注。无论在哪里切换账号，它都会在几秒内自动更新。',
  'panel.posted.notPinned': '📌 速度面板已发布在此处。无论在哪里切换账号，它都会在几秒内自动更新。',
  'panel.pin.noPermission':
    '机器人无法标注它：需要此频道的“标注消息”权限。请自行标注，或授予机器人该权限后再次运行 `/speed panel`。',
  'panel.pin.failed': 'Discord 不允许机器人标注它（{reason}）。如有需要，请自行标注。',
  'panel.pin.timeout': '机器人标注它时，Discord 未能及时响应。如有需要，请自行标注。',
  'panel.pin.unreachable': '机器人无法连接 Discord，未能标注它。如有需要，请自行标注。',
  'panel.replaced.deleted': '之前在此发布的面板已删除。',
  'panel.replaced.left': '之前在此发布的面板无法删除：它已不再更新，请自行删除。',
  'panel.notPosted.permissions':
    '机器人无法在此发布面板：需要此频道的“查看频道”和“发送消息”权限。未发布任何内容。',
  'panel.notPosted.failed': 'Discord 未接受该面板（{reason}），因此未发布任何内容。请过一分钟再试。',
  'panel.notPosted.timeout':
    'Discord 未能及时响应，因此面板可能没有发布；即使已经发布，它也不会更新：如果它出现了，请将其删除，并在一分钟后再次运行 `/speed panel`。',
  'panel.notPosted.unreachable': '机器人无法连接 Discord，因此未发布任何内容。请过一分钟再试。',
  'panel.notPosted.store':
    '机器人的状态存储没有响应，因此未发布面板：面板必须保存下来才能持续更新。请过一分钟再试；如果问题持续，请告知机器人的运维人员。',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ 发送你的请求时，Midjourney 标记了该账号。处理说明已发布在频道中，面板也会显示暂停状态。',
  'panel.click.remapped':
    '此面板显示的是该频道已不再使用的账号，因此未向 Midjourney 发送任何内容。请让管理员在此再次运行 `/speed panel`，为该频道当前使用的账号发布面板。',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ {channel} 中的速度面板已无法更新：Discord 拒绝机器人访问它（{reason}）。请在该频道授予机器人“查看频道”权限，或用 `/speed panel` 发布新面板。',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription': '管理员：谁可以使用 Turbo 和 Fast、可用多久、冷却时间、告警频道、语言',
  'settings.name.turboRoleIds': '谁可以使用 Turbo',
  'settings.name.fastRoleIds': '谁可以使用 Fast',
  'settings.name.turboMaxMinutes': 'Turbo 单次最长时间',
  'settings.name.fastMaxMinutes': 'Fast 单次最长时间',
  'settings.name.cooldownSeconds': '两次切换间的冷却时间',
  'settings.name.alertChannelId': '告警频道',
  'settings.name.locale': '公开消息语言',
  'settings.value.everyone': '所有人',
  'settings.value.roles': '{roles}（及管理员）',
  'settings.value.moreRoles': '{more, plural, other {另外 # 个身份组}}',
  'settings.value.noLimit': '不限',
  'settings.value.cooldownOff': '关闭',
  'settings.value.noAlertChannel': '无',
  'settings.value.discordLanguage': '服务器的 Discord 语言',
  'settings.source.operator': '由运维人员设置（{variable}）',
  'settings.source.discord': '在此选择',
  'settings.source.default': '默认',
  'settings.view.heading':
    '⚙️ **本服务器的团队设置。** 只有管理员可以查看和更改；每项更改都会立即生效，列入 `/speed history`，并发布到告警频道。',
  'settings.view.line': '**{setting}**：{value} — {source}',
  'settings.view.fixedNote': '由运维人员设置的项目固定在机器人的运行环境中：无法在 Discord 中更改。',
  'settings.view.notRead': '⚠️ 机器人的状态存储没有响应，因此这些可能不是最新的设置。请告知机器人的运维人员。',
  'settings.outcome.changed': '✅ 已保存，现已生效：',
  'settings.outcome.unchanged': '未做任何更改：当前设置已经如此。',
  'settings.outcome.notSaved':
    '⚠️ 机器人的状态存储没有响应，因此未做任何更改。请稍后再试；如果问题反复出现，请告知机器人的运维人员。',
  'settings.change.line': '**{setting}**：{from} → {to}',
  'settings.control.turboRolesPlaceholder': '谁可以使用 Turbo（不选：所有人）',
  'settings.control.fastRolesPlaceholder': '谁可以使用 Fast（不选：所有人）',
  'settings.control.alertChannelPlaceholder': '告警频道（文字频道）',
  'settings.control.languagePlaceholder': '公开消息语言',
  'settings.control.discordLanguageOption': '服务器的 Discord 语言',
  'settings.control.fixedPlaceholder': '{setting}：由运维人员设置',
  'settings.control.limitsButton': '时长上限和冷却时间…',
  'settings.control.clearAlertChannelButton': '不使用告警频道',
  'settings.modal.title': '时长上限和冷却时间',
  'settings.modal.maxMinutesDescription': '分钟数，{min, number} 到 {max, number}；留空：不限',
  'settings.modal.cooldownDescription': '秒数，{min, number} 到 {max, number}；0 或留空：关闭',
  'settings.refused.notAdmin':
    '只有拥有“管理服务器”或“管理员”权限的成员才能查看和更改团队设置。未做任何更改。',
  'settings.refused.notAdminWithRoles':
    '只有拥有“管理服务器”或“管理员”权限的成员，或 {roles}，才能查看和更改团队设置。未做任何更改。',
  'settings.refused.fixed':
    '{count, plural, other {以下设置已由运维人员在机器人的运行环境中固定，无法在 Discord 中更改：{settings}。}}未做任何更改。',
  'settings.refused.unknownControl': '此控件已不再受支持，因此未做任何更改。请重新运行 `/speed settings`。',
  'settings.invalid.roles': '只能选择本服务器的身份组，因此未做任何更改。',
  'settings.invalid.channel': '告警频道必须是本服务器的文字频道，因此未做任何更改。',
  'settings.notChecked.channel': '机器人无法向 Discord 核实该频道，因此未做任何更改。请再试一次。',
  'settings.invalid.language': '机器人不支持该语言，因此未做任何更改。',
  'settings.invalid.maxMinutes.notNumber': '**{setting}** 必须是分钟数（留空表示不限）。',
  'settings.invalid.maxMinutes.notWhole': '**{setting}** 必须是整数分钟。',
  'settings.invalid.maxMinutes.tooSmall': '**{setting}** 不能小于 {min, number}（留空表示不限）。',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}** 不能大于 {max, number}（一天）。',
  'settings.invalid.cooldown.notNumber': '**{setting}** 必须是秒数（0 表示关闭冷却）。',
  'settings.invalid.cooldown.notWhole': '**{setting}** 必须是整数秒。',
  'settings.invalid.cooldown.tooSmall': '**{setting}** 必须为 {min, number}（关闭）或更大的数。',
  'settings.invalid.cooldown.tooLarge': '**{setting}** 不能大于 {max, number}（一天）。',
  'settings.invalid.nothingChanged': '未做任何更改：请再次点击 **时长上限和冷却时间…** 进行修改。',
  'settings.history.heading': '本服务器的**团队设置更改记录**（最新的在前）：',
  'settings.history.line': '{when} {admin} 更改了 **{setting}**：{from} → {to}',
  'settings.alert.heading': '⚙️ {admin} 更改了本服务器的团队设置：',
};
