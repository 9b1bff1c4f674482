import type { Catalog } from './en-US.js';

/** Everything the bot says, in Japanese (ja). */
export const ja: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number}秒',
  'duration.minutes': '{minutes, number}分',
  'duration.minutesSeconds': '{minutes, number}分{seconds, number}秒',
  'duration.hours': '{hours, number}時間',
  'duration.hoursMinutes': '{hours, number}時間{minutes, number}分',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly':
    'このボットはサーバーのチャンネルでのみ使えます。サーバーのチャンネルで`/speed`を使ってください。',
  'router.otherGuild':
    'このボットは所属チームのサーバー専用で、このサーバーは対象外のため、何も実行しませんでした。このサーバーを運営していてボットを使いたい場合は、ご自身でボットをセットアップしてください。',
  'router.shuttingDown': 'ボットを再起動しています。しばらくしてからもう一度お試しください。',
  'router.unexpected':
    'ボットの内部でエラーが発生したため、このリクエストは完了していない可能性があります。`/speed status`で確認してから、もう一度お試しください。繰り返し発生する場合は、ボットの運用者に連絡してください。',
  'router.answeredPrivately': '非公開で回答しました。',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting':
    'ボットを再起動しているため、このリクエストはMidjourneyに送信されませんでした。しばらくしてからもう一度お試しください。',
  'reply.admins': '「サーバー管理」または「管理者」権限を持つメンバー',
  'reply.admins.withRoles': '「サーバー管理」または「管理者」権限を持つメンバーか、{roles}ロールのメンバー',
  'reply.moreItems': '他{count, plural, other {#件}}',
  'reply.timedLabel': '{duration}の**{mode}**',
  'reply.haltSource.status': '{user}による`/speed status`のFast時間の確認',
  'reply.haltSource.switchBack': '{user}の時間指定の変更に続くRelaxへの自動切り戻し',
  'reply.haltSource.command': '{user}による`/speed {command}`',
  'reply.haltSummary.met': '{since}から、{source}で検出',
  'reply.haltSummary.flagged': '{since}から、{upstream}がアカウントにフラグを設定',
  'reply.fastTime.remaining': '{remaining, plural, other {#時間}}',
  'reply.fastTime.ofTotal': '{remaining, number}時間（全{total, plural, other {#時間}}中）',
  'reply.fastTime.ofTotalPercent':
    '{remaining, number}時間（全{total, plural, other {#時間}}中、{percent, number, ::percent .##}）',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ ボットの状態ストアが応答しないため、モデレーションによる停止を確認できませんでした。停止されたアカウントは引き続き{upstream}がブロックします。ボットの運用者に連絡してください。',
  'reply.store.haltNotRecorded':
    '⚠️ ボットの状態ストアが応答しないため、この停止を記録できませんでした。次の速度変更をボット自身はブロックしない可能性があります（{upstream}はブロックします）。ボットの運用者に連絡してください。',
  'reply.store.changeNotRecorded':
    '⚠️ ボットの状態ストアが応答しないため、この変更は`/speed status`と`/speed history`に表示されません。ボットの運用者に連絡してください。',
  'reply.store.switchBackNotStored':
    '⚠️ ボットの状態ストアが応答しないため、切り戻しの予定を保存できませんでした。それより先にボットが再起動しない限り、切り戻しは予定どおり行われます。ボットの運用者に連絡してください。',
  'reply.store.switchBackNotCancelled':
    '⚠️ ボットの状態ストアが応答しないため、予定されていたRelaxへの切り戻しをストア上で取り消せませんでした。ストアが応答し次第ボットが削除しますが、それより先にボットが再起動すると、アカウントがRelaxに切り替わる可能性があります。`/speed status`を確認し、ボットの運用者に連絡してください。',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what}MidjourneyのDiscordアカウントにアクセスできる人が、そのアカウントで解決する必要があります。その後、管理者がこのチャンネルで`/speed reset`を実行します。',
  'failure.busy':
    '{what}{wait, select, unknown {30秒ほど後にもう一度お試しください。} moment {数秒後にもう一度お試しください。} minutes {{minutes, number}分後にもう一度お試しください。} other {{seconds, number}秒後にもう一度お試しください。}}',
  'failure.unauthorized':
    '{upstream}がボットの{token}を拒否しました。ボットの運用者に{variable}を確認するよう依頼してください。',
  'failure.accountDisabled':
    '{upstream}では、モデレーションによる停止以外の理由（Midjourneyのサブスクリプションなど）でMidjourneyアカウントが無効になっています。ボットの運用者に、アカウントの問題を解決して再び有効にするよう依頼してください。',
  'failure.switch.connectionBroke':
    '{upstream}に接続できなかったか、応答の前に接続が切れたため、変更がMidjourneyに届いたかどうかわかりません。しばらくしてから`/speed status`で、またはMidjourneyの`/info`で確認し、モードが変わっていない場合にのみもう一度切り替えてください。繰り返し発生する場合は、ボットの運用者にネットワークと{variable}を確認するよう依頼してください。',
  'failure.switch.serverError':
    '{upstream}で問題が発生した（HTTP {status}）ため、変更がMidjourneyに届いたかどうかわかりません。しばらくしてから`/speed status`で、またはMidjourneyの`/info`で確認し、モードが変わっていない場合にのみもう一度切り替えてください。',
  'failure.timeout.cardNotRefreshed':
    '{upstream}がMidjourneyアカウントの`/settings`カードを時間内に更新できなかったため、何も変更しませんでした。すでに有効なモードをクリックするとオフになるおそれがあるため、ボットは古くて信頼できないカードをクリックしません。数分後にもう一度お試しください。',
  'failure.timeout':
    '{upstream}が時間内に応答しませんでした（{seconds, number}秒で打ち切り）。変更はまだ反映される可能性があります。1分ほど待ってMidjourneyの`/info`で確認してから、もう一度お試しください。',
  'failure.connection.shutdown':
    'ボットが再起動中のため{upstream}の応答を待つのをやめました。変更がMidjourneyに届いたかどうかわかりません。しばらくしてから`/speed status`で確認し、必要ならもう一度お試しください。',
  'failure.connection':
    '{upstream}に接続できませんでした（接続に失敗しました）。1分ほどしてからもう一度お試しください。繰り返し発生する場合は、ボットの運用者にネットワークと{variable}を確認するよう依頼してください。',
  'failure.status': '{upstream}で問題が発生しました（HTTP {status}）。数分後にもう一度お試しください。',
  'failure.statusUnknown': '{upstream}で問題が発生しました。数分後にもう一度お試しください。',
  'failure.invalidBody':
    '{upstream}から、ボットが読み取れない応答が返されました。数分後にもう一度お試しください。繰り返し発生する場合は、ボットの運用者に連絡してください。',
  'failure.bodyTooLarge':
    '{upstream}から想定外に大きな応答が返されたため、ボットは無視しました。数分後にもう一度お試しください。繰り返し発生する場合は、ボットの運用者に連絡してください。',
  'failure.offline.reconnecting':
    '{upstream}は、再び有効になったMidjourneyアカウントを再接続しているところです（1〜2分以内に完了します）。そのため何も変更しませんでした。{wait, select, unknown {30秒ほど後にもう一度お試しください。} moment {数秒後にもう一度お試しください。} minutes {{minutes, number}分後にもう一度お試しください。} other {{seconds, number}秒後にもう一度お試しください。}}',
  'failure.offline.dailyRestart':
    '{upstream}は自身のタイムゾーンの深夜0時直後にアカウントを再起動するため、何も変更しませんでした。{wait, select, unknown {30秒ほど後にもう一度お試しください。} moment {数秒後にもう一度お試しください。} minutes {{minutes, number}分後にもう一度お試しください。} other {{seconds, number}秒後にもう一度お試しください。}}',
  'failure.offline':
    '{upstream}は現在MidjourneyアカウントのDiscordに接続していないため、何も変更しませんでした。ボットの運用者に、{upstream}のアカウントページでアカウントを確認するよう依頼してください。',
  'failure.unconfirmed':
    '{upstream}はリクエストを受け付けましたが、Midjourneyからの返信を返さなかったため、変更は確認できていません。Midjourneyで`/info`を実行して現在のモードを確認してください。',
  'failure.withUpstream': '{message}{upstream}の応答：{said}',
  'failure.withUpstreamGlossed': '{message}{upstream}の応答：{said}（{gloss}）',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'APIトークン',
  'useapi.moderationHalt':
    'Midjourneyが共有アカウントに未対応のモデレーションメッセージまたはCAPTCHAのフラグを付けたため、useapi.netがアカウントを停止しました。',
  'useapi.captchaHalt':
    'Midjourneyが共有アカウントにCAPTCHAの解決を求めたため、useapi.netがアカウントを停止しました。',
  'useapi.busy':
    'useapi.netが混み合っています（Midjourneyのジョブキューが満杯か、Discordのレート制限中です）。',
  'useapi.badRequest':
    'useapi.netがリクエストを無効として拒否しました。ボットの運用者に、このチャンネルがuseapi.netでMidjourney用に設定されているか確認するよう依頼してください。',
  'useapi.notFound':
    'useapi.netに、このチャンネル用のMidjourneyアカウントが設定されていません。ボットの運用者に、このチャンネルをuseapi.netのMidjourney設定に追加するよう依頼してください。',
  'useapi.noSubscription':
    'useapi.netによると、ボットのサブスクリプションがないか期限切れです。ボットの運用者に、useapi.netのサブスクリプションを更新するよう依頼してください。',
  'useapi.discontinued':
    'useapi.netはもうMidjourneyに対応していない可能性があります（2026-06-24にMidjourney APIの終了を発表しています）。そのため何も変更しませんでした。ボットの運用者に「Choosing an upstream」（docs/upstreams.md）を読むよう依頼してください。',
  'useapi.shutdownNotice':
    'useapi.netはもうMidjourneyに対応していない可能性があります。2026-06-24にMidjourney APIの終了を発表しています。代わりに使うもの（midjourney-proxy）については「Choosing an upstream」（docs/upstreams.md）を参照してください。',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': '管理者トークン',
  'proxy.moderationHalt':
    'Midjourneyが共有アカウントにフラグを付けたため（未対応のモデレーションメッセージまたはブロック）、midjourney-proxyがアカウントを無効にしました。',
  'proxy.captchaHalt':
    'Midjourneyが共有アカウントにCAPTCHAの解決を求めたため、midjourney-proxyがアカウントをロックしました。',
  'proxy.busy':
    'midjourney-proxyが混み合っています（アカウントの同期が拒否されたか時間がかかりすぎたか、Discordのレート制限中です）。',
  'proxy.badRequest':
    'midjourney-proxyがリクエストを拒否しました。ボットの運用者に、プロキシのアカウントページでアカウントを確認するよう依頼してください。',
  'proxy.notFound':
    'midjourney-proxyにこのチャンネル用のアカウントがありません。そちらでアカウントを追加するか、チャンネルを割り当ててください。',
  'proxy.noSubscription':
    'midjourney-proxyによると、アカウントのサブスクリプションがないか期限切れです。ボットの運用者に確認するよう依頼してください。',
  'proxy.discontinued':
    'midjourney-proxyによると、Midjourneyにはもう対応していません。ボットの運用者に「Choosing an upstream」（docs/upstreams.md）を読むよう依頼してください。',
  'proxy.gloss.autoCaptcha': 'midjourney-proxyがMidjourneyのCAPTCHAを自動で解いています。',
  'proxy.gloss.manualCaptcha': 'Midjourneyが、人が解く必要のあるCAPTCHAを求めています。',
  'proxy.gloss.captchaExpired': 'CAPTCHAが10分以内に解かれず、期限切れになりました。',
  'proxy.gloss.pendingModMessage':
    'Midjourneyからモデレーションメッセージが届いており、誰かが読んで確認する必要があります。',
  'proxy.gloss.blocked': 'Midjourneyがアカウントを一時的にブロックしました。',
  'proxy.gloss.planCancelled': 'アカウントのMidjourneyプランが解約されました。',
  'proxy.gloss.subscriptionRequired': 'アカウントにMidjourneyのサブスクリプションが必要です。',
  'proxy.gloss.subscriptionPaused': 'アカウントのMidjourneyサブスクリプションが一時停止中です。',
  'proxy.gloss.usageExhausted': 'アカウントのMidjourneyの利用枠を使い切りました。',
  'proxy.gloss.noPermission': 'Discordがアカウントのリクエストに対する権限を拒否しました。',
  'proxy.gloss.syncFailures':
    '1時間に10回を超えて同期に失敗したため、midjourney-proxyがアカウントを無効にしました。',
  'proxy.gloss.reconnectFailed': 'midjourney-proxyがアカウントを再接続できず、無効にしました。',
  'proxy.gloss.initFailed': 'midjourney-proxyがアカウントを起動できませんでした。',
  'proxy.gloss.accountUnusable': 'midjourney-proxyはアカウントを使用不可と報告しています。',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {{user}が**{mode}モード**をリクエストしました。Midjourneyの応答：} other {{user}が**{mode}モード**をリクエストしました。}}',
  'switch.jobMode': '{upstream}の現在のジョブモードは**{jobMode}**です。',
  'switch.jobMode.withFastTime':
    '{upstream}の現在のジョブモードは**{jobMode}**、Fast時間は残り{fastTime}です。',
  'switch.alreadyActive':
    '{upstream}によるとアカウントはすでに**{mode}**モードのため、何もクリックしませんでした（有効なモードをクリックするとオフになるおそれがあります）。',
  'switch.alreadyActive.withFastTime':
    '{upstream}によるとアカウントはすでに**{mode}**モードで、Fast時間は残り{fastTime}です。そのため何もクリックしませんでした（有効なモードをクリックするとオフになるおそれがあります）。',
  'switch.autoRelax':
    '⚠️ Fast時間の残りがこれだけ少ないと、{upstream}が自動でアカウントをRelaxに切り替える可能性があります（auto-relaxが有効な場合、残り{hours, number}時間以下で切り替わります）。',
  'switch.notConfirmed':
    '変更を{upstream}に送信しましたが、時間内に確認できませんでした。Midjourneyで`/info`を実行するか、1分後に`/speed status`を実行してモードを確認してください。',
  'switch.notConfirmed.withFastTime':
    '変更を{upstream}に送信しましたが、時間内に確認できませんでした。最後の読み取りではFast時間は残り{fastTime}でした。Midjourneyで`/info`を実行するか、1分後に`/speed status`を実行してモードを確認してください。',
  'switch.switchBackSet':
    '⏱️ {duration}後の{time}（{relative}）にボットが**Relax**に戻し、ここでお知らせします。その後`/speed`で変更すると、この予定は取り消されます。',
  'switch.cancelsSwitchBack':
    '（{user}が設定した、{due}に予定されていたRelaxへの切り戻しは、これで取り消されます。）',
  'switch.lowFastTime':
    '⚠️ Fast時間が少なくなっています：最後の読み取りで残り{fastTime}。`/speed relax`で残りを節約できます。',
  'switch.lowFastTime.asOf':
    '⚠️ Fast時間が少なくなっています：{at}の時点で残り{fastTime}。`/speed relax`で残りを節約できます。',
  'switch.limitHeld':
    '⏱️ 変更が反映されている場合に備えて、{duration}の制限は引き続き有効です。ボットは{time}（{relative}）に**Relax**に戻し、このチャンネルでお知らせします。その後`/speed`で変更すると、この予定は取り消されます。',
  'switch.earlierLimitKept':
    '⏱️ この変更が反映されていない場合に備えて、{user}が先に設定した{timed}の、より早い切り戻しを維持します。ボットは{due}に**Relax**に戻し（その時刻を過ぎている場合はできるだけ早く）、{channels}でお知らせします。その後`/speed`で変更すると、この予定は取り消されます。',
  'switch.limitHeldAfterFlag':
    '⏱️ 変更はフラグが表示される前に送信されたため、アカウントは{mode}モードになっている可能性があります。{duration}の制限は引き続き有効です。ボットは{due}に**Relax**に戻します。その時点でアカウントがまだ停止中の場合は、`/speed reset`の直後に戻します。',
  'switch.cooldown':
    '⏳ {last}に速度を変更しました。メンバーは変更の間隔を{cooldown}空ける必要があります。{remaining}後（{retryAt}）にもう一度お試しください。Midjourneyには何も送信していません。',
  'switch.queueFull':
    'このチャンネルではすでに{waiting, plural, other {#件の速度リクエスト}}が待機しています。何も送信していません。1分ほどしてからもう一度お試しください。',
  'switch.invalidMinutes':
    '`minutes`は{min, number, ::group-off}から{max, number, ::group-off}（1日）までの整数で指定してください。何も変更していません。',
  'switch.notSetUp':
    '`/speed`はこのチャンネルでは設定されていません。Midjourneyアカウントに紐付けられていないため、何も送信していません。（ボットの運用者がCHANNEL_MAPでチャンネルを紐付けます。）',
  'switch.notSetUp.useIn':
    '`/speed`はこのチャンネルでは設定されていません。Midjourneyアカウントに紐付けられていないため、何も送信していません。{channels}で使ってください。（ボットの運用者がCHANNEL_MAPでチャンネルを紐付けます。）',
  'switchBack.timed': '{user}がリクエストした{timed}',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ {timed}の時間が終了したため、**Relaxモード**に戻しました。Midjourneyの応答：} other {⏱️ {timed}の時間が終了したため、**Relaxモード**に戻しました。}}',
  'switchBack.haltedNow':
    '⏱️ {timed}の時間が終了しましたが、Relaxに戻そうとしたところ、モデレーションによる停止が発生しました。ボットは`/speed reset`の直後にRelaxに戻します。',
  'switchBack.heldByHalt':
    '⏱️ {timed}の時間が終了しましたが、速度の変更が停止中のため（{halt}）、ボットはMidjourneyに何も送信しておらず、まだRelaxに**戻していません**。アカウントは{mode}モードのままの可能性があります。モデレーションが解決され、管理者が`/speed reset`を実行すると、ボットはすぐにRelaxに戻します。',
  'switchBack.failed': '⏱️ {timed}の時間が終了しましたが、Relaxへの切り戻しに失敗しました：{failure}{retry}',
  'switchBack.queueFull':
    '⏱️ {timed}の時間が終了しましたが、このアカウントへのリクエストが多すぎて待機中だったため、まだRelaxに戻していません。{retry}',
  'switchBack.retry':
    'アカウントは{mode}モードのままの可能性があります。ボットは{at}に再試行し、成功するまで続けます（お知らせするのはこの最初の失敗だけです）。`/speed relax`ですぐに切り替えられます。',
  'switchBack.late.failures': '（{late}遅れ：それまでの試行が失敗したため。）',
  'switchBack.late.halt': '（{late}遅れ：リセットまでアカウントが停止中だったため。）',
  'switchBack.late.botDown': '（{late}遅れ：時間になったときにボットが動いていなかったため。）',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'リセット（管理者）',
  'halt.solvedResetButton': '解決済み：リセット',
  'halt.flagged':
    '⛔ **Midjourneyが共有アカウントにフラグを付けました。このチャンネルでは速度の変更を停止しています。**',
  'halt.refused.unknown':
    '{cause, select, captcha {MidjourneyがアカウントにCAPTCHAの解決を求めたため、リクエストが拒否されました。} other {Midjourneyがアカウントに未対応のモデレーションメッセージまたはCAPTCHAを送ったため、リクエストが拒否されました。}}',
  'halt.refused.status':
    '{cause, select, captcha {MidjourneyがアカウントにCAPTCHAの解決を求めたため、{user}による`/speed status`のFast時間の確認が拒否されました。} other {Midjourneyがアカウントに未対応のモデレーションメッセージまたはCAPTCHAを送ったため、{user}による`/speed status`のFast時間の確認が拒否されました。}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {MidjourneyがアカウントにCAPTCHAの解決を求めたため、{user}の時間指定の変更に続くRelaxへの自動切り戻しが拒否されました。} other {Midjourneyがアカウントに未対応のモデレーションメッセージまたはCAPTCHAを送ったため、{user}の時間指定の変更に続くRelaxへの自動切り戻しが拒否されました。}}',
  'halt.refused.command':
    '{cause, select, captcha {MidjourneyがアカウントにCAPTCHAの解決を求めたため、{user}の`/speed {command}`が拒否されました。} other {Midjourneyがアカウントに未対応のモデレーションメッセージまたはCAPTCHAを送ったため、{user}の`/speed {command}`が拒否されました。}}',
  'halt.upstreamSaid': '{upstream}の応答：',
  'halt.whatToDo': '**対処方法**',
  'halt.step.logIn':
    '1. このチームでMidjourneyを使っているDiscordアカウントにログインし、Midjourneyからのメッセージを開きます。',
  'halt.step.solveCaptcha':
    '2. そのアカウントでCAPTCHAを解きます。リンクは管理者が`/speed status`で確認できます（ここには投稿されません）。',
  'halt.step.resolveModeration':
    '2. モデレーションメッセージを読んで確認するか、CAPTCHAを解きます。CAPTCHAの場合、認証ダイアログが表示されなければ、そちらで`/imagine`を手動で実行してください。',
  'halt.step.reset':
    '3. その後、管理者（{admins}）が`/speed reset`を実行するか、下の**リセット**を押します。',
  'halt.untilReset':
    'それまで、ボットはこのチャンネルからMidjourneyに何も送信しません。これ以上呼び出すと、アカウントがBANされるおそれがあります。',
  'halt.joined':
    '⛔ あなたのリクエストは同一のリクエスト（{halt}）とまとめて送信され、そのリクエストでモデレーションによる停止が発生しました。このチャンネルでは速度の変更が停止中です。手順はチャンネルに投稿されています。解決後、{admins}が`/speed reset`を実行できます。',
  'halt.already':
    '⛔ このチャンネルでは速度の変更が停止中です（{halt}）。MidjourneyはモデレーションメッセージまたはCAPTCHAの解決を待っています。Midjourneyには何も送信していません。解決後、{admins}が`/speed reset`を実行できます。',
  'halt.reset.done':
    '✅ {user}が{upstream}のMidjourneyアカウントをリセットしました。このチャンネルで再び速度を変更できます。',
  'halt.reset.noHaltRecorded':
    '（ボットはここで停止を記録していませんでしたが、{upstream}はリセットしました。）',
  'halt.reset.unconfirmed':
    '（モデレーションのフラグが解除されたことを{upstream}で確認できませんでした。`/speed status`で改めて確認できます。）',
  'halt.reset.stillCaptcha':
    '⚠️ {upstream}は引き続きアカウントにCAPTCHAがあると報告しています。Midjourneyアカウントで解いてください（リンクはリセットした管理者が持っています）。解かないと、次の速度変更で再び停止します。',
  'halt.reset.stillModeration':
    '⚠️ {upstream}は引き続き未対応のモデレーションメッセージがあると報告しています。Midjourneyアカウントで解決してください。解決しないと、次の速度変更で再び停止します。',
  'halt.reset.stillDisabled':
    '⚠️ {upstream}ではアカウントが引き続き無効になっています。次の速度変更は失敗します。',
  'halt.reset.captchaCleared':
    'ボットは{upstream}にCAPTCHAが解決されたと伝えました（{upstream}はそれを検証しません）。解決されていなかった場合、Midjourneyはアカウントの次の操作で再びCAPTCHAを求め、次の速度変更で再び停止します。その場合、管理者は新しいリンクを`/speed status`で確認できます。',
  'halt.reset.enabledAgain':
    '{upstream}はアカウントを再び有効にし、1〜2分以内に再接続します。その間の速度変更は、再接続を待つか、いつ再試行すればよいかをお知らせします。',
  'halt.reset.switchBackNow':
    '⏱️ {due}に終了予定だった{user}の{timed}により、アカウントはまだ{mode}モードのままの可能性があります。ボットは今すぐ**Relax**に戻し、{channels}でお知らせします。',
  'halt.reset.failed': 'リセットできませんでした。{failure}',
  'halt.reset.notPersisted':
    '{upstream}はアカウントをリセットしましたが、ボットの状態ストアが応答しないため、このチャンネルはまだ停止中と記録されています。ストアが復旧したら`/speed reset`をもう一度実行し、ボットの運用者に連絡してください。',
  'halt.reset.queueFull':
    'このチャンネルではすでに{waiting, plural, other {#件のリクエスト}}が待機しています。何も送信していません。1分ほどしてからもう一度お試しください。',
  'halt.solveCaptchaFirst':
    '🔒 {upstream}によると、アカウントはCAPTCHAでロックされています。まずMidjourneyを使っているDiscordアカウントにログインした状態で{link}からCAPTCHAを解き、その後で下の**{button}**を押してください。リセットは{upstream}にCAPTCHAが解決されたと伝えるだけで、実際に解決されたかどうかを確認する仕組みはありません。まだ何もリセットしていません。（このリンクはあなたにだけ表示されています。）',
  'halt.reset.stillLocked':
    '🔒 {upstream}によると、アカウントはまだCAPTCHAでロックされています。Midjourneyを使っているDiscordアカウントにログインした状態で{link}からCAPTCHAを解き、もう一度`/speed reset`を実行してください。（このリンクはあなたにだけ表示されています。）',
  'halt.reset.stillLockedNoLink':
    '🔒 {upstream}によると、アカウントはまだCAPTCHAでロックされており、リンクは提供されていません。Midjourneyを使っているDiscordアカウントで（または{upstream}のアカウントページで）CAPTCHAを解き、もう一度`/speed reset`を実行してください。',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': 'Midjourneyアカウントをリセットできるのは{admins}だけです。何も変更していません。',
  'speed.unsupportedButton':
    'このボタンはサポートが終了したため、何も実行しませんでした。`/speed status`でアカウントの状態を確認してください。',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **停止中**：{summary}。',
  'status.notHalted': '✅ 停止していません。速度を変更できます。',
  'status.lastChange': '最後の速度変更：{at}に{user}が**{mode}**に変更。',
  'status.lastChange.automatic':
    '最後の速度変更：{at}に**{mode}**に変更（{user}の時間指定の変更に続く自動切り戻し）。',
  'status.lastChange.none': '最後の速度変更：記録なし。',
  'status.switchBack.due': '⏱️ {at}に**Relax**に戻ります：{user}が設定した{timed}。',
  'status.switchBack.overdueHalted':
    '⏱️ **Relax**への切り戻しが{since}から遅れています：{user}が設定した{timed}。アカウントは{mode}モードのままの可能性があります。`/speed reset`の直後に戻します。',
  'status.switchBack.overdueRetrying':
    '⏱️ **Relax**への切り戻しが{since}から遅れており、再試行中です：{user}が設定した{timed}。アカウントは{mode}モードのままの可能性があります。`/speed relax`ですぐに切り替えられます。',
  'status.fastTime.known':
    'Fast時間の残り：**{figures}**{low, select, yes { ⚠️ 残りわずか} other {}}（{when}のMidjourneyの/infoより）。',
  'status.fastTime.knownUndated':
    'Fast時間の残り：**{figures}**{low, select, yes { ⚠️ 残りわずか} other {}}（Midjourneyの/infoより。読み取った時刻は不明）。',
  'status.fastTime.unknownMissing': 'Fast時間の残り：不明（Midjourneyの/infoに表示されませんでした）。',
  'status.fastTime.unknownHalted': 'Fast時間の残り：不明（アカウントの停止中は問い合わせません）。',
  'status.fastTime.unknownUnchecked':
    'Fast時間の残り：不明（ボットが停止を確認できない間は問い合わせません）。',
  'status.fastTime.unknownBusy':
    'Fast時間の残り：不明（このアカウントへのリクエストが多すぎて待機中です。1分ほどしてからもう一度お試しください）。',
  'status.fastTime.unknownRestarting':
    'Fast時間の残り：不明（ボットを再起動しています。しばらくしてからもう一度お試しください）。',
  'status.fastTime.unknownFailed': 'Fast時間の残り：不明。{failure}',
  'status.account.unreadable': '{upstream}のアカウント：読み取れませんでした。{failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    '{upstream}のアカウント：**CAPTCHAでロック中**。Midjourneyを使っているDiscordアカウントにログインした状態で{link}からCAPTCHAを解き、`/speed reset`を実行してください。（管理者にのみ表示されます。）{jobModeKnown, select, yes {ジョブモード：{jobMode}。} other {}}',
  'status.account.captchaNoLink':
    '{upstream}のアカウント：**CAPTCHAでロック中**。リンクは提供されていません。Midjourneyを使っているDiscordアカウントまたは{upstream}のアカウントページでCAPTCHAを解き、`/speed reset`を実行してください。（管理者にのみ表示されます。）{jobModeKnown, select, yes {ジョブモード：{jobMode}。} other {}}',
  'status.account.pendingModeration': '{upstream}のアカウント：**未対応のモデレーションメッセージあり**',
  'status.account.sameText': '（上の停止と同じ内容です。）',
  'status.account.switchedOff':
    '{upstream}のアカウント：**無効**（モデレーションによる停止ではありません）。{jobModeKnown, select, yes {ジョブモード：{jobMode}。} other {}}',
  'status.account.clear':
    '{upstream}のアカウント：未対応のモデレーションメッセージはありません。{jobModeKnown, select, yes {ジョブモード：{jobMode}。} other {}}',
  'status.mappedAccount': '{upstream}のチャンネル：`{channel}`（CHANNEL_MAPで設定）。',
  'status.store': '状態ストア：{store}。',
  'status.store.sqlite': 'SQLiteファイル {location}',
  'status.store.redis': 'Redis（{location}）',
  'history.storeUnavailable':
    'ボットの状態ストアが応答しないため、履歴を表示できません。ボットの運用者に連絡してください。',
  'history.empty': 'このMidjourneyアカウントには、まだ速度変更・リセット・停止の記録がありません。',
  'history.heading':
    '**このMidjourneyアカウントの直近{count, plural, other {#件の速度変更・リセット・停止}}**（新しい順）：',
  'history.line': '{when} {what}：{outcome}',
  'history.what.reset': '{user}による**リセット**',
  'history.what.info': '{user}によるFast時間の確認',
  'history.what.switchBack': '{user}による{timed}の後、自動で**Relax**',
  'history.what.timed': '{user}による{timed}',
  'history.what.untimed': '{user}による**{mode}**',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ すでに有効',
  'history.outcome.halted': '⛔ モデレーションによる停止が発生',
  'history.outcome.skippedHalted': '⏸️ 未送信：アカウントが停止中',
  'history.outcome.failed': '❌ 失敗',
  'history.outcome.failedBecause': '❌ 失敗（{reason}）',
  'history.outcome.late': '{outcome} {duration}遅れ',
  'history.failure.busy': '{upstream}が混雑',
  'history.failure.unauthorized': '{token}が拒否された',
  'history.failure.noSubscription': '{upstream}のサブスクリプションなし',
  'history.failure.badRequest': 'リクエストが無効として拒否された',
  'history.failure.notFound': 'アカウントが未設定',
  'history.failure.accountDisabled': '{upstream}でアカウントが無効',
  'history.failure.discontinued': '{upstream}がMidjourneyへの対応を終了',
  'history.failure.unavailable': '{upstream}が利用不可',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    '**{mode}**に切り替えられるのは、{roles}のロールを持つメンバー（または管理者）だけです。Midjourneyには何も送信していません。`/speed relax`は誰でも使えます。',
  'modes.refused.tooLong':
    'ここでは**{mode}**は1回{limit}までに制限されています。`minutes`に{max, number}以下を指定するか、省略すると{max, number}分になります。Midjourneyには何も送信していません。',
  'modes.refused.settingsNotRead':
    'このサーバーのチーム設定を今は読み込めないため、あなたが**{mode}**を使えるか、どのくらいの時間使えるかを判断できません。Midjourneyには何も送信していません。1分ほどしてからもう一度お試しください。`/speed relax`は誰でも使えます。',
  'modes.limitNote': '（ここでは{mode}は1回{limit}までに制限されています。）',
  'modes.line': '使えるモード：{allowed}。',
  'modes.line.withRefused': '使えるモード：{allowed}。使えないモード：{refused}。',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}**（{limit}まで）',
  'modes.refused': '{mode}（{roles}が必要）',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ Midjourneyアカウント`{account}`で**停止**：{source}で{cause, select, captcha {CAPTCHA} other {モデレーションによる停止}}が発生しました{inChannel, select, yes {（{channel}）} other {}}。このアカウントの速度変更はブロックされています。',
  'alert.halt.upstreamFlag': '{upstream}のアカウントフラグ',
  'alert.halt.said': '{upstream}の応答：',
  'alert.halt.admins': '管理者',
  'alert.halt.resolve':
    '{admins}：{cause, select, captcha {MidjourneyアカウントでCAPTCHAを解いてから（リンクは管理者専用の`/speed status`にあります）} other {Midjourneyアカウントで解決してから}}、{inChannel, select, yes {{channel}で} other {}}`/speed reset`を実行してください。',
  'alert.reset':
    '✅ {user}が{channel}でMidjourneyアカウント`{account}`をリセットしました。{flag, select, unconfirmed {フラグが解除されたことを{upstream}で確認できませんでした。} captcha {⚠️ {upstream}は引き続きCAPTCHAがあると報告しています。次の速度変更で再び停止します。} moderation {⚠️ {upstream}は引き続き未対応のモデレーションメッセージがあると報告しています。次の速度変更で再び停止します。} switchedOff {⚠️ {upstream}ではアカウントが引き続き無効です。次の速度変更は失敗します。} other {{upstream}はフラグがなくなったと報告しています。}}',
  'alert.change.untimed':
    '🔁 {user}が{channel}でMidjourneyアカウント`{account}`を**{mode}**に切り替えました（時間指定なし）。',
  'alert.change.timed':
    '🔁 {user}が{channel}でMidjourneyアカウント`{account}`を**{mode}**に切り替えました（{duration}、{due}にRelaxに戻ります）。',
  'alert.switchBack.switched':
    '⏱️ {channel}のMidjourneyアカウント`{account}`を、{user}の{timed}の後に自動で**Relax**に戻しました。',
  'alert.switchBack.failed':
    '❌ {channel}のMidjourneyアカウント`{account}`で、{user}の{timed}の後のRelaxへの切り戻しに失敗しました：{failure}アカウントは{mode}モードのままの可能性があります。ボットは{retry}に再試行し、成功するまで続けます。成功したらここに投稿します。',
  'alert.switchBack.held':
    '⏸️ {channel}のMidjourneyアカウント`{account}`で、{user}の{timed}の後のRelaxへの切り戻しを保留しています。アカウントが停止中のため、何も送信していません。アカウントは{mode}モードのままの可能性があります。`/speed reset`の直後に実行されます。',
  'alert.switchBack.queueFull':
    '⏸️ {channel}のMidjourneyアカウント`{account}`で、{user}の{timed}の後のRelaxへの切り戻しが遅れています。待機中のリクエストが多すぎたためです。アカウントは{mode}モードのままの可能性があります。ボットは{retry}に再試行します。',
  'alert.blockEnd':
    '⏰ Midjourneyアカウント`{account}`に対するMidjourneyのブロックは、停止時のモデレーション文によると{ended}に終了しました。アカウントはまだ停止中です。管理者がMidjourneyで確認し、`/speed reset`を実行できます。ボットが自動でリセットすることはありません。',
  'alert.blockEnd.met':
    '⏰ Midjourneyアカウント`{account}`に対するMidjourneyのブロックは、{channel}で{user}の操作時に発生した停止のモデレーション文によると{ended}に終了しました。アカウントはまだ停止中です。管理者がMidjourneyで確認し、`/speed reset`を実行できます。ボットが自動でリセットすることはありません。',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ モデレーション文によると、ブロックは{ends}に終了します。その時点でボットが管理者にお知らせします。ボットが自動でアカウントをリセットすることはありません。',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': '共有Midjourneyアカウントの速度モードを切り替え・確認します',
  'command.speed.fast': '共有MidjourneyアカウントをFastモードに切り替えます（Fast時間を消費）',
  'command.speed.turbo': '共有MidjourneyアカウントをTurboモードに切り替えます（最速、Fast時間を2倍消費）',
  'command.speed.relax': '共有MidjourneyアカウントをRelaxモードに切り替えます（Fast時間を消費せず、低速）',
  'command.speed.minutes':
    '指定した分数が経過したらRelaxに戻します（{min, number, ::group-off}-{max, number, ::group-off}）',
  'command.speed.reset': '管理者用：Midjourneyで解決済みのモデレーションによる停止を解除します',
  'command.speed.status': '停止状態、最後の変更、予定中の切り戻し、Fast時間の残りを表示します',
  'command.speed.panel':
    '管理者用：アカウントの状態を表示するライブパネルを、モードごとのボタン付きでここに投稿します',
  'command.speed.history':
    'アカウントの直近{count, plural, other {#件の速度変更・リセット・停止}}を表示します',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} {mode}モード',
  'panel.heading.unknown': '## まだボットで速度モードが設定されていません',
  'panel.heading.halted': '## ⛔ 停止中：速度は変更できません',
  'panel.setBy': '{at}（{ago}）に{user}が設定しました。',
  'panel.setAutomatically': '{user}の時間指定の変更が終了したため、{at}（{ago}）に自動で切り戻しました。',
  'panel.unknownHint':
    '下のボタンでアカウントを切り替えると、誰がいつ切り替えたかがこのパネルに表示されます。',
  'panel.switchBack.due':
    '⏱️ {user}がリクエストした{mode}（{length}）の終了後、{when}（{time}）に**Relax**に戻ります。',
  'panel.switchBack.retrying':
    '⏱️ **Relax**への切り戻しは{due}の予定でしたがまだ完了しておらず、ボットが{next}に再試行します。アカウントは{mode}モードのままの可能性があります。',
  'panel.switchBack.held':
    '⏱️ **Relax**への切り戻しは{due}の予定でしたが、リセットの直後に実行されます。アカウントは{mode}モードのままの可能性があります。',
  'panel.halt.since':
    '{ago}（{at}）に{cause, select, captcha {MidjourneyがCAPTCHAでアカウントをロックしました} other {Midjourneyがモデレーションメッセージでアカウントにフラグを付けました}}。管理者がリセットするまで、ボットはMidjourneyに何も送信しません。',
  'panel.halt.said': '{upstream}の応答：',
  'panel.halt.blockEnds': '🗓️ モデレーション文によると、ブロックは{at}（{ago}）に終了します。',
  'panel.halt.lastMode': 'ボットで最後に設定されたモード：**{mode}**（{user}、{ago}）。',
  'panel.halt.help':
    '-# まずMidjourneyを使っているDiscordアカウントで解決し（詳細は管理者が`/speed status`で確認できます）、その後管理者が**リセット**を押します。',
  'panel.fastTime.figures.ofTotal': '{remaining, number}時間（全{total, number}時間中、{percent, number}%）',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number}時間（全{total, number}時間中）',
  'panel.fastTime.figures.remaining': '{remaining, number}時間',
  'panel.fastTime.read': '⛽ Fast時間の残り：**{figures}**（{ago}に読み取り）。',
  'panel.fastTime.readUndated': '⛽ Fast時間の残り：**{figures}**（最後の読み取り時点）。',
  'panel.fastTime.missing': '⛽ Fast時間の残り：不明（{ago}のMidjourneyの/infoに表示されませんでした）。',
  'panel.fastTime.none':
    '⛽ Fast時間の残り：まだ読み取っていません。`/speed status`で読み取れますが、パネル自体がMidjourneyに問い合わせることはありません。',
  'panel.fastTime.low': '⚠️ Fast時間が少なくなっています：**Relax**で残りを節約できます。',
  'panel.footer':
    '-# このパネルは変更のたびに自動で更新されます。ボタンを押すと、`/speed`と同じルールでチーム全員が使うモードが切り替わります。',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    '速度パネルを投稿できるのは、「サーバー管理」または「管理者」権限を持つメンバーだけです。何も投稿していません。',
  'panel.refused.notAdminOrRoles':
    '速度パネルを投稿できるのは、「サーバー管理」または「管理者」権限を持つメンバーか、{roles}ロールのメンバーだけです。何も投稿していません。',
  'panel.posted.pinned':
    '📌 速度パネルをここに投稿し、ピン留めしました。アカウントが変更されると、どこで変更されても数秒以内に自動で更新されます。',
  'panel.posted.notPinned':
    '📌 速度パネルをここに投稿しました。アカウントが変更されると、どこで変更されても数秒以内に自動で更新されます。',
  'panel.pin.noPermission':
    'ボットはパネルをピン留めできませんでした。このチャンネルで「メッセージをピン留め」権限が必要です。ご自身でピン留めするか、ボットにその権限を付与して`/speed panel`をもう一度実行してください。',
  'panel.pin.failed':
    'Discordがピン留めを許可しませんでした（{reason}）。必要に応じてご自身でピン留めしてください。',
  'panel.pin.timeout':
    'ピン留めの際にDiscordから時間内に応答がありませんでした。必要に応じてご自身でピン留めしてください。',
  'panel.pin.unreachable':
    'Discordに接続できなかったため、ピン留めできませんでした。必要に応じてご自身でピン留めしてください。',
  'panel.replaced.deleted': '以前ここに投稿したパネルは削除しました。',
  'panel.replaced.left':
    '以前ここに投稿したパネルを削除できませんでした。今後は更新されないため、ご自身で削除してください。',
  'panel.notPosted.permissions':
    'ボットはここにパネルを投稿できませんでした。このチャンネルで「チャンネルを見る」と「メッセージを送信」の権限が必要です。何も投稿していません。',
  'panel.notPosted.failed':
    'Discordがパネルを受け付けなかったため（{reason}）、何も投稿していません。1分ほどしてからもう一度お試しください。',
  'panel.notPosted.timeout':
    'Discordから時間内に応答がなかったため、パネルは投稿されていない可能性があります。投稿されていたとしても更新されません。表示された場合は削除し、1分ほどしてから `/speed panel` をもう一度実行してください。',
  'panel.notPosted.unreachable':
    'Discordに接続できなかったため、何も投稿していません。1分ほどしてからもう一度お試しください。',
  'panel.notPosted.store':
    'ボットの状態ストアが応答しないため、パネルを投稿しませんでした。更新を続けるにはパネルを保存する必要があります。1分ほどしてからもう一度お試しいただき、解決しない場合はボットの運用者に連絡してください。',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ あなたのリクエストを送信した際に、Midjourneyがアカウントにフラグを付けました。手順はチャンネルに投稿されており、パネルにも停止が表示されています。',
  'panel.click.remapped':
    'このパネルには、このチャンネルで現在使われていないアカウントが表示されているため、Midjourneyには何も送信していません。現在のアカウントのパネルを投稿するため、管理者にここで `/speed panel` をもう一度実行してもらってください。',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ {channel}の速度パネルを更新できなくなりました。Discordがボットのアクセスを拒否しています（{reason}）。そのチャンネルでボットに「チャンネルを見る」権限を付与するか、`/speed panel`で新しいパネルを投稿してください。',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    '管理者用：TurboとFastを使える人と時間、クールダウン、通知チャンネル、言語を設定します',
  'settings.name.turboRoleIds': 'Turboを使えるメンバー',
  'settings.name.fastRoleIds': 'Fastを使えるメンバー',
  'settings.name.turboMaxMinutes': 'Turboの最長使用時間',
  'settings.name.fastMaxMinutes': 'Fastの最長使用時間',
  'settings.name.cooldownSeconds': '変更間のクールダウン',
  'settings.name.alertChannelId': '通知チャンネル',
  'settings.name.locale': '公開メッセージの言語',
  'settings.value.everyone': '全員',
  'settings.value.roles': '{roles}（および管理者）',
  'settings.value.moreRoles': '{more, plural, other {他#個のロール}}',
  'settings.value.noLimit': '制限なし',
  'settings.value.cooldownOff': 'オフ',
  'settings.value.noAlertChannel': 'なし',
  'settings.value.discordLanguage': 'サーバーのDiscordの言語',
  'settings.source.operator': 'ボットの運用者が設定（{variable}）',
  'settings.source.discord': 'ここで設定',
  'settings.source.default': '既定値',
  'settings.view.heading':
    '⚙️ **このサーバーのチーム設定です。** 表示・変更できるのは管理者だけです。変更はすぐに反映され、`/speed history`に記録されるとともに通知チャンネルに投稿されます。',
  'settings.view.line': '**{setting}**：{value} — {source}',
  'settings.view.fixedNote':
    'ボットの運用者が設定した項目はボットの環境で固定されており、Discordからは変更できません。',
  'settings.view.notRead':
    '⚠️ ボットの状態ストアが応答しないため、最新の設定ではない可能性があります。ボットの運用者に連絡してください。',
  'settings.outcome.changed': '✅ 保存しました。今から適用されます：',
  'settings.outcome.unchanged': 'すでにその設定になっているため、何も変更していません。',
  'settings.outcome.notSaved':
    '⚠️ ボットの状態ストアが応答しないため、何も変更しませんでした。しばらくしてからもう一度お試しください。繰り返し発生する場合は、ボットの運用者に連絡してください。',
  'settings.change.line': '**{setting}**：{from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Turboを使えるロール（未選択なら全員）',
  'settings.control.fastRolesPlaceholder': 'Fastを使えるロール（未選択なら全員）',
  'settings.control.alertChannelPlaceholder': '通知チャンネル（テキストチャンネル）',
  'settings.control.languagePlaceholder': '公開メッセージの言語',
  'settings.control.discordLanguageOption': 'サーバーのDiscordの言語',
  'settings.control.fixedPlaceholder': '{setting}：ボットの運用者が設定',
  'settings.control.limitsButton': '時間制限とクールダウン…',
  'settings.control.clearAlertChannelButton': '通知チャンネルを使わない',
  'settings.modal.title': '時間制限とクールダウン',
  'settings.modal.maxMinutesDescription': '分単位、{min, number}〜{max, number}。空欄なら制限なし',
  'settings.modal.cooldownDescription': '秒単位、{min, number}〜{max, number}。0または空欄ならオフ',
  'settings.refused.notAdmin':
    'チーム設定を表示・変更できるのは、「サーバー管理」または「管理者」権限を持つメンバーだけです。何も変更していません。',
  'settings.refused.notAdminWithRoles':
    'チーム設定を表示・変更できるのは、「サーバー管理」または「管理者」権限を持つメンバーか、{roles}ロールのメンバーだけです。何も変更していません。',
  'settings.refused.fixed':
    '{settings}{count, plural, =1 {は} other {の#項目は}}、ボットの運用者がボットの環境で設定しているため、Discordからは変更できません。何も変更していません。',
  'settings.refused.unknownControl':
    'この操作はサポートが終了したため、何も変更していません。もう一度`/speed settings`を実行してください。',
  'settings.invalid.roles': '選べるのはこのサーバーのロールだけのため、何も変更していません。',
  'settings.invalid.channel':
    '通知チャンネルはこのサーバーのテキストチャンネルである必要があるため、何も変更していません。',
  'settings.notChecked.channel':
    'Discordでチャンネルを確認できなかったため、何も変更していません。もう一度お試しください。',
  'settings.invalid.language': 'ボットが対応していない言語のため、何も変更していません。',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}**は分単位の数値で入力してください（制限なしにする場合は空欄にしてください）。',
  'settings.invalid.maxMinutes.notWhole': '**{setting}**は分単位の整数で入力してください。',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}**は{min, number}以上にしてください（制限なしにする場合は空欄にしてください）。',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}**は{max, number}（1日）以下にしてください。',
  'settings.invalid.cooldown.notNumber':
    '**{setting}**は秒単位の数値で入力してください（0にするとクールダウンはオフになります）。',
  'settings.invalid.cooldown.notWhole': '**{setting}**は秒単位の整数で入力してください。',
  'settings.invalid.cooldown.tooSmall': '**{setting}**は{min, number}（オフ）以上にしてください。',
  'settings.invalid.cooldown.tooLarge': '**{setting}**は{max, number}（1日）以下にしてください。',
  'settings.invalid.nothingChanged':
    '何も変更していません。もう一度**時間制限とクールダウン…**を押して修正してください。',
  'settings.history.heading': '**このサーバーのチーム設定の変更**（新しい順）：',
  'settings.history.line': '{when} {admin}が**{setting}**を変更：{from} → {to}',
  'settings.alert.heading': '⚙️ {admin}がこのサーバーのチーム設定を変更しました：',
};
