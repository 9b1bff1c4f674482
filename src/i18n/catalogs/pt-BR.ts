import type { Catalog } from './en-US.js';

/**
 * Everything the bot says, in Brazilian Portuguese (pt-BR): "você", and "o useapi.net", "o Midjourney"
 * with their article, as Brazilians name a service. A halt is a "suspensão", the switch back a "retorno ao
 * Relax", fast hours "horas Fast"; "reset"/"resetar" matches the `/speed reset` members type.
 */
export const ptBR: Catalog = {
  // ── shared: modes, durations ───────────────────────────────────────────────────────────────────────
  'mode.fast': 'Fast',
  'mode.turbo': 'Turbo',
  'mode.relax': 'Relax',
  'duration.seconds': '{seconds, number} s',
  'duration.minutes': '{minutes, number} min',
  'duration.minutesSeconds': '{minutes, number} min e {seconds, number} s',
  'duration.hours': '{hours, number} h',
  'duration.hoursMinutes': '{hours, number} h e {minutes, number} min',

  // ── router: refusals before any command ────────────────────────────────────────────────────────────
  'router.guildOnly': 'Este bot só funciona em canais de servidor: use `/speed` em um canal do seu servidor.',
  'router.otherGuild':
    'Este bot atende apenas aos servidores da própria equipe, e este servidor não é um deles, então nada foi feito. Se você administra este servidor e quer o bot, configure sua própria cópia.',
  'router.shuttingDown': 'O bot está reiniciando. Tente novamente em instantes.',
  'router.unexpected':
    'Algo deu errado dentro do bot, então este pedido pode não ter sido concluído. Confira com `/speed status` e tente novamente; se continuar acontecendo, avise o operador do bot.',
  'router.answeredPrivately': 'Resposta enviada em privado.',

  // ── replies shared by several commands (src/discord/replyText.ts) ──────────────────────────────────
  'reply.restarting':
    'O bot está reiniciando, então este pedido não foi enviado ao Midjourney. Tente novamente em instantes.',
  'reply.admins': 'membros com Gerenciar servidor ou Administrador',
  'reply.admins.withRoles': 'membros com Gerenciar servidor ou Administrador, ou {roles}',
  'reply.moreItems': '{count, plural, one {# outro} other {# outros}}',
  'reply.timedLabel': '**{mode}** por {duration}',
  'reply.haltSource.status': 'a verificação das horas Fast do `/speed status` por {user}',
  'reply.haltSource.switchBack': 'o retorno automático ao Relax após a mudança temporária de {user}',
  'reply.haltSource.command': '`/speed {command}` por {user}',
  'reply.haltSummary.met': 'desde {since}; {source} a acionou',
  'reply.haltSummary.flagged': 'desde {since}; o {upstream} sinalizou a conta',
  'reply.fastTime.remaining': '{remaining, plural, one {# hora restante} other {# horas restantes}}',
  'reply.fastTime.ofTotal':
    '{remaining, number} de {total, plural, one {# hora restante} other {# horas restantes}}',
  'reply.fastTime.ofTotalPercent':
    '{remaining, number} de {total, plural, one {# hora restante} other {# horas restantes}} ({percent, number, ::percent .##})',
  'reply.gloss': '↳ {gloss}',
  'reply.store.haltUnreadable':
    '⚠️ O armazenamento do bot não está respondendo, então não foi possível verificar se há uma suspensão por moderação; o {upstream} continua bloqueando uma conta suspensa. Avise o operador do bot.',
  'reply.store.haltNotRecorded':
    '⚠️ O armazenamento do bot não está respondendo, então esta suspensão não pôde ser registrada: o bot pode não bloquear sozinho a próxima mudança de velocidade (o {upstream} continua bloqueando). Avise o operador do bot.',
  'reply.store.changeNotRecorded':
    '⚠️ O armazenamento do bot não está respondendo, então esta mudança não aparece no `/speed status` nem no `/speed history`. Avise o operador do bot.',
  'reply.store.switchBackNotStored':
    '⚠️ O armazenamento do bot não está respondendo, então o retorno ao Relax não foi salvo: ele ainda acontece no horário, a menos que o bot reinicie antes. Avise o operador do bot.',
  'reply.store.switchBackNotCancelled':
    '⚠️ O armazenamento do bot não está respondendo, então o retorno pendente ao Relax não pôde ser cancelado nele: o bot o apaga assim que o armazenamento responder, mas, se o bot reiniciar antes, ainda pode mudar a conta para Relax. Confira com `/speed status` e avise o operador do bot.',

  // ── upstream failures, whatever the upstream (src/upstream/messages.ts) ────────────────────────────
  'failure.moderation':
    '{what} Alguém com acesso à conta do Discord usada para o Midjourney precisa resolver isso por lá; depois, um admin executa `/speed reset` neste canal.',
  'failure.busy': '{what} Tente novamente {retry}.',
  'failure.unauthorized':
    'O {upstream} recusou o {token} do bot. Peça ao operador do bot para verificar {variable}.',
  'failure.accountDisabled':
    'O {upstream} está com a conta do Midjourney desativada por um motivo que não é uma suspensão por moderação (por exemplo, a assinatura do Midjourney). Peça ao operador do bot para corrigir a conta e reativá-la.',
  'failure.switch.connectionBroke':
    'Não foi possível acessar o {upstream}, ou a conexão caiu antes da resposta, então a mudança pode ou não ter chegado ao Midjourney. Confira com `/speed status` daqui a pouco ou com `/info` no Midjourney, e só mude de novo se o modo não tiver mudado. Se continuar acontecendo, peça ao operador do bot para verificar a rede e {variable}.',
  'failure.switch.serverError':
    'O {upstream} teve um problema (HTTP {status}), então a mudança pode ou não ter chegado ao Midjourney. Confira com `/speed status` daqui a pouco ou com `/info` no Midjourney, e só mude de novo se o modo não tiver mudado.',
  'failure.timeout.cardNotRefreshed':
    'O {upstream} não conseguiu atualizar a tempo o painel `/settings` da conta do Midjourney, então nada foi alterado: o bot não clica em um painel antigo demais para ser confiável, pois clicar no modo já ativo poderia desativá-lo. Tente novamente em alguns minutos.',
  'failure.timeout':
    'O {upstream} não respondeu a tempo (desistiu após {seconds, number} s). A mudança ainda pode acontecer: espere um minuto, confira com `/info` no Midjourney e tente novamente.',
  'failure.connection.shutdown':
    'O bot está reiniciando e parou de esperar o {upstream}, então a mudança pode ou não ter chegado ao Midjourney. Confira com `/speed status` daqui a pouco e tente novamente se precisar.',
  'failure.connection':
    'Não foi possível acessar o {upstream} (a conexão falhou). Tente novamente em um minuto; se continuar acontecendo, peça ao operador do bot para verificar a rede e {variable}.',
  'failure.status': 'O {upstream} teve um problema (HTTP {status}). Tente novamente em alguns minutos.',
  'failure.statusUnknown': 'O {upstream} teve um problema. Tente novamente em alguns minutos.',
  'failure.invalidBody':
    'O {upstream} enviou uma resposta que o bot não conseguiu ler. Tente novamente em alguns minutos; se continuar acontecendo, avise o operador do bot.',
  'failure.bodyTooLarge':
    'O {upstream} enviou uma resposta grande demais, que o bot ignorou. Tente novamente em alguns minutos; se continuar acontecendo, avise o operador do bot.',
  'failure.offline.reconnecting':
    'O {upstream} ainda está reconectando a conta do Midjourney depois que ela foi reativada (isso leva um ou dois minutos), então nada foi alterado. Tente novamente {retry}.',
  'failure.offline.dailyRestart':
    'O {upstream} reinicia as contas logo depois da meia-noite no próprio relógio, então nada foi alterado. Tente novamente {retry}.',
  'failure.offline':
    'O {upstream} está sem conexão ativa com o Discord da conta do Midjourney agora, então nada foi alterado; peça ao operador do bot para verificar a conta na página de contas do {upstream}.',
  'failure.unconfirmed':
    'O {upstream} aceitou o pedido, mas não retornou nenhuma resposta do Midjourney, então a mudança não foi confirmada. Execute `/info` no Midjourney para verificar o modo atual.',
  'failure.withUpstream': '{message} O {upstream} disse: {said}',
  'failure.withUpstreamGlossed': '{message} O {upstream} disse: {said} ({gloss})',
  'failure.retry.default': 'em cerca de 30 s',
  'failure.retry.seconds': 'em alguns segundos',
  'failure.retry.minutes': 'em {minutes, number} minutos',
  'failure.retry.inSeconds': 'em {seconds, number} s',

  // ── useapi.net's words (src/useapi/words.ts) ───────────────────────────────────────────────────────
  'useapi.tokenName': 'token de API',
  'useapi.moderationHalt':
    'O Midjourney sinalizou a conta compartilhada com uma mensagem de moderação pendente ou um CAPTCHA, então o useapi.net a suspendeu.',
  'useapi.captchaHalt':
    'O Midjourney pediu que a conta compartilhada resolva um CAPTCHA, então o useapi.net a suspendeu.',
  'useapi.busy':
    'O useapi.net está ocupado (a fila de jobs do Midjourney está cheia ou o Discord está limitando as requisições).',
  'useapi.badRequest':
    'O useapi.net recusou o pedido por ser inválido. Peça ao operador do bot para verificar se este canal está configurado para o Midjourney no useapi.net.',
  'useapi.notFound':
    'O useapi.net não tem nenhuma conta do Midjourney configurada para este canal. Peça ao operador do bot para adicionar este canal à configuração do Midjourney no useapi.net.',
  'useapi.noSubscription':
    'O useapi.net diz que a assinatura do bot não existe ou expirou. Peça ao operador do bot para renovar a assinatura do useapi.net.',
  'useapi.discontinued':
    'O useapi.net pode não atender mais o Midjourney (anunciou o fim da sua API do Midjourney para 24 de junho de 2026), então nada foi alterado; peça ao operador do bot para ler “Choosing an upstream” (docs/upstreams.md).',
  'useapi.shutdownNotice':
    'O useapi.net pode não atender mais o Midjourney: anunciou o fim da sua API do Midjourney para 24 de junho de 2026. Veja “Choosing an upstream” (docs/upstreams.md) para saber o que usar no lugar (midjourney-proxy).',

  // ── midjourney-proxy's words and glosses of its reasons (src/upstream/midjourneyProxy/words.ts) ─────
  'proxy.tokenName': 'token de administrador',
  'proxy.moderationHalt':
    'O Midjourney sinalizou a conta compartilhada (uma mensagem de moderação pendente ou um bloqueio), então o midjourney-proxy a desativou.',
  'proxy.captchaHalt':
    'O Midjourney pediu que a conta compartilhada resolva um CAPTCHA, então o midjourney-proxy a travou.',
  'proxy.busy':
    'O midjourney-proxy está ocupado (uma sincronização da conta foi recusada ou demorou demais, ou o Discord está limitando as requisições).',
  'proxy.badRequest':
    'O midjourney-proxy recusou o pedido. Peça ao operador do bot para verificar a conta na página de contas do proxy.',
  'proxy.notFound':
    'O midjourney-proxy não tem nenhuma conta para este canal; adicione-a lá ou associe o canal a uma conta.',
  'proxy.noSubscription':
    'O midjourney-proxy diz que a assinatura da conta não existe ou expirou. Peça ao operador do bot para verificá-la.',
  'proxy.discontinued':
    'O midjourney-proxy diz que não atende mais o Midjourney; peça ao operador do bot para ler “Choosing an upstream” (docs/upstreams.md).',
  'proxy.gloss.autoCaptcha': 'O midjourney-proxy está resolvendo automaticamente um CAPTCHA do Midjourney.',
  'proxy.gloss.manualCaptcha': 'O Midjourney pede um CAPTCHA que uma pessoa precisa resolver.',
  'proxy.gloss.captchaExpired': 'O CAPTCHA não foi resolvido em 10 minutos e expirou.',
  'proxy.gloss.pendingModMessage':
    'O Midjourney enviou uma mensagem de moderação que alguém precisa ler e confirmar.',
  'proxy.gloss.blocked': 'O Midjourney bloqueou a conta temporariamente.',
  'proxy.gloss.planCancelled': 'O plano do Midjourney da conta foi cancelado.',
  'proxy.gloss.subscriptionRequired': 'A conta precisa de uma assinatura do Midjourney.',
  'proxy.gloss.subscriptionPaused': 'A assinatura do Midjourney da conta está pausada.',
  'proxy.gloss.usageExhausted': 'A cota de uso do Midjourney da conta acabou.',
  'proxy.gloss.noPermission': 'O Discord negou à conta a permissão para uma requisição.',
  'proxy.gloss.syncFailures':
    'O midjourney-proxy desativou a conta após mais de 10 falhas de sincronização em uma hora.',
  'proxy.gloss.reconnectFailed': 'O midjourney-proxy não conseguiu reconectar a conta e a desativou.',
  'proxy.gloss.initFailed': 'O midjourney-proxy não conseguiu iniciar a conta.',
  'proxy.gloss.accountUnusable': 'O midjourney-proxy informa que a conta está inutilizável.',

  // ── /speed fast|turbo|relax and switch backs (src/discord/switchReplies.ts) ────────────────────────
  'switch.requested':
    '{quoting, select, yes {**Modo {mode}** solicitado por {user}. O Midjourney diz:} other {**Modo {mode}** solicitado por {user}.}}',
  'switch.jobMode': 'O {upstream} agora informa o modo de job **{jobMode}**.',
  'switch.jobMode.withFastTime':
    'O {upstream} agora informa o modo de job **{jobMode}**, tempo Fast: {fastTime}.',
  'switch.alreadyActive':
    'O {upstream} mostra a conta já no modo **{mode}**, então nada foi clicado (clicar no modo ativo poderia desativá-lo).',
  'switch.alreadyActive.withFastTime':
    'O {upstream} mostra a conta já no modo **{mode}**, tempo Fast: {fastTime}; por isso nada foi clicado (clicar no modo ativo poderia desativá-lo).',
  'switch.autoRelax':
    '⚠️ Com tão pouco tempo Fast restante, o {upstream} pode mudar a conta para Relax sozinho (ele faz isso com {hours, number} horas ou menos quando o auto-relax dele está ativado).',
  'switch.notConfirmed':
    'A mudança foi enviada ao {upstream}, mas não pôde ser confirmada a tempo. Execute `/info` no Midjourney, ou `/speed status` daqui a um minuto, para verificar o modo.',
  'switch.notConfirmed.withFastTime':
    'A mudança foi enviada ao {upstream}, mas não pôde ser confirmada a tempo (última leitura do tempo Fast: {fastTime}). Execute `/info` no Midjourney, ou `/speed status` daqui a um minuto, para verificar o modo.',
  'switch.switchBackSet':
    '⏱️ O bot volta ao **Relax** às {time} ({relative}), depois de {duration}, e avisa aqui. Qualquer mudança posterior com `/speed` cancela esse retorno.',
  'switch.cancelsSwitchBack': '(Isso cancela o retorno ao Relax que aconteceria {due}, definido por {user}.)',
  'switch.lowFastTime':
    '⚠️ As horas Fast estão acabando: {fastTime} na última leitura. `/speed relax` economiza o que resta.',
  'switch.lowFastTime.asOf':
    '⚠️ As horas Fast estão acabando: {fastTime} (valor lido {at}). `/speed relax` economiza o que resta.',
  'switch.limitHeld':
    '⏱️ Caso a mudança tenha sido aplicada, o limite de {duration} continua valendo: o bot volta ao **Relax** às {time} ({relative}) e avisa neste canal. Qualquer mudança posterior com `/speed` cancela esse retorno.',
  'switch.earlierLimitKept':
    '⏱️ Caso esta mudança não tenha sido aplicada, o pedido anterior de {user} ({timed}) mantém seu retorno ao Relax, que vem antes: o bot volta ao **Relax** {due} (assim que puder, se o horário já passou) e avisa em {channels}. Qualquer mudança posterior com `/speed` cancela esse retorno.',
  'switch.limitHeldAfterFlag':
    '⏱️ A mudança foi enviada antes de a sinalização aparecer, então a conta pode estar no modo {mode}: o limite de {duration} continua valendo. O bot volta ao **Relax** {due}, ou logo depois do `/speed reset` se a conta ainda estiver suspensa nesse momento.',
  'switch.cooldown':
    '⏳ Você mudou a velocidade {last}; os membros esperam {cooldown} entre mudanças. Tente novamente em {remaining} ({retryAt}). Nada foi enviado ao Midjourney.',
  'switch.queueFull':
    'Este canal já tem {waiting, plural, one {# pedido de velocidade} other {# pedidos de velocidade}} na fila. Nada foi enviado; tente novamente em um minuto.',
  'switch.invalidMinutes':
    '`minutes` precisa ser um número inteiro de {min, number, ::group-off} a {max, number, ::group-off} (um dia). Nada foi alterado.',
  'switch.notSetUp':
    'O `/speed` não está configurado neste canal: ele não está vinculado a uma conta do Midjourney, então nada foi enviado. (O operador do bot vincula canais com CHANNEL_MAP.)',
  'switch.notSetUp.useIn':
    'O `/speed` não está configurado neste canal: ele não está vinculado a uma conta do Midjourney, então nada foi enviado. Use-o em {channels}. (O operador do bot vincula canais com CHANNEL_MAP.)',
  'switchBack.timed': '{timed} (pedido por {user})',
  'switchBack.switched':
    '{quoting, select, yes {⏱️ Acabou o tempo de {timed}: a conta voltou ao **modo Relax**. O Midjourney diz:} other {⏱️ Acabou o tempo de {timed}: a conta voltou ao **modo Relax**.}}',
  'switchBack.haltedNow':
    '⏱️ O tempo de {timed} acabou, mas o retorno ao Relax esbarrou em uma suspensão por moderação. O bot volta ao Relax logo depois do `/speed reset`.',
  'switchBack.heldByHalt':
    '⏱️ Acabou o tempo de {timed}, mas as mudanças de velocidade estão suspensas ({halt}), então o bot não enviou nada ao Midjourney e **não** voltou ao Relax ainda: a conta pode continuar no modo {mode}. Assim que a moderação for resolvida e um admin executar `/speed reset`, o bot volta ao Relax na mesma hora.',
  'switchBack.failed': '⏱️ Acabou o tempo de {timed}, mas o retorno ao Relax falhou: {failure} {retry}',
  'switchBack.queueFull':
    '⏱️ Acabou o tempo de {timed}, mas havia pedidos demais na fila desta conta, então o bot ainda não voltou ao Relax. {retry}',
  'switchBack.retry':
    'A conta pode continuar no modo {mode}: o bot tenta de novo {at} e continua tentando até dar certo (só esta primeira falha é avisada). `/speed relax` muda agora.',
  'switchBack.late.failures': '({late} de atraso: as tentativas anteriores falharam.)',
  'switchBack.late.halt': '({late} de atraso: a conta estava suspensa até o reset.)',
  'switchBack.late.botDown': '({late} de atraso: o bot não estava rodando quando o tempo acabou.)',

  // ── halts, Reset (src/discord/haltReplies.ts) ──────────────────────────────────────────────────────
  'halt.resetButton': 'Resetar (admins)',
  'halt.solvedResetButton': 'Resolvido: resetar',
  'halt.flagged':
    '⛔ **O Midjourney sinalizou a conta compartilhada: as mudanças de velocidade estão suspensas neste canal.**',
  'halt.refused.unknown':
    '{cause, select, captcha {Um pedido foi recusado porque o Midjourney pediu que a conta resolvesse um CAPTCHA.} other {Um pedido foi recusado porque o Midjourney enviou à conta uma mensagem de moderação pendente ou um CAPTCHA.}}',
  'halt.refused.status':
    '{cause, select, captcha {A verificação das horas Fast do `/speed status` por {user} foi recusada porque o Midjourney pediu que a conta resolvesse um CAPTCHA.} other {A verificação das horas Fast do `/speed status` por {user} foi recusada porque o Midjourney enviou à conta uma mensagem de moderação pendente ou um CAPTCHA.}}',
  'halt.refused.switchBack':
    '{cause, select, captcha {O retorno automático ao Relax após a mudança temporária de {user} foi recusado porque o Midjourney pediu que a conta resolvesse um CAPTCHA.} other {O retorno automático ao Relax após a mudança temporária de {user} foi recusado porque o Midjourney enviou à conta uma mensagem de moderação pendente ou um CAPTCHA.}}',
  'halt.refused.command':
    '{cause, select, captcha {O `/speed {command}` de {user} foi recusado porque o Midjourney pediu que a conta resolvesse um CAPTCHA.} other {O `/speed {command}` de {user} foi recusado porque o Midjourney enviou à conta uma mensagem de moderação pendente ou um CAPTCHA.}}',
  'halt.upstreamSaid': 'O {upstream} disse:',
  'halt.whatToDo': '**O que fazer**',
  'halt.step.logIn':
    '1. Entre na conta do Discord que usa o Midjourney para esta equipe e abra as mensagens do Midjourney dela.',
  'halt.step.solveCaptcha':
    '2. Resolva o CAPTCHA dessa conta: os admins encontram o link no `/speed status` (ele nunca é postado aqui).',
  'halt.step.resolveModeration':
    '2. Leia e confirme a mensagem de moderação, ou resolva o CAPTCHA. Para um CAPTCHA, execute um `/imagine` manual lá se a janela de verificação não aparecer.',
  'halt.step.reset': '3. Depois, um admin ({admins}) executa `/speed reset` ou aperta **Resetar** abaixo.',
  'halt.untilReset':
    'Até lá, o bot não envia nada ao Midjourney a partir deste canal: mais chamadas arriscam um banimento da conta.',
  'halt.joined':
    '⛔ Seu pedido foi enviado junto com um idêntico ({halt}), que esbarrou em uma suspensão por moderação: as mudanças de velocidade estão suspensas neste canal. As instruções foram postadas no canal; depois que isso for resolvido, {admins} podem executar `/speed reset`.',
  'halt.already':
    '⛔ As mudanças de velocidade estão suspensas neste canal ({halt}): o Midjourney está esperando que uma mensagem de moderação ou um CAPTCHA seja resolvido. Nada foi enviado ao Midjourney. Depois que isso for resolvido, {admins} podem executar `/speed reset`.',
  'halt.reset.done':
    '✅ {user} resetou a conta do Midjourney no {upstream}: as mudanças de velocidade estão liberadas de novo neste canal.',
  'halt.reset.noHaltRecorded':
    '(O bot não tinha registrado uma suspensão aqui; o {upstream} foi resetado mesmo assim.)',
  'halt.reset.unconfirmed':
    '(Não foi possível confirmar com o {upstream} que a sinalização de moderação sumiu; o `/speed status` pode verificar de novo.)',
  'halt.reset.stillCaptcha':
    '⚠️ O {upstream} ainda informa um CAPTCHA na conta; resolva-o na conta do Midjourney (o admin que resetou tem o link), ou a próxima mudança de velocidade vai acionar uma nova suspensão.',
  'halt.reset.stillModeration':
    '⚠️ O {upstream} ainda informa uma mensagem de moderação pendente; resolva-a na conta do Midjourney, ou a próxima mudança de velocidade vai acionar uma nova suspensão.',
  'halt.reset.stillDisabled':
    '⚠️ O {upstream} ainda está com a conta desativada; a próxima mudança de velocidade vai falhar.',
  'halt.reset.captchaCleared':
    'O bot avisou ao {upstream} que o CAPTCHA foi resolvido (o {upstream} não verifica isso). Se não foi, o Midjourney pede de novo na próxima ação da conta e a próxima mudança de velocidade aciona uma nova suspensão; aí os admins encontram o novo link no `/speed status`.',
  'halt.reset.enabledAgain':
    'O {upstream} reativou a conta e a reconecta em um ou dois minutos; enquanto isso, uma mudança de velocidade espera por ela ou diz quando tentar de novo.',
  'halt.reset.switchBackNow':
    '⏱️ A conta pode continuar no modo {mode} por causa do pedido de {user} ({timed}), cujo prazo venceu {due}: o bot volta ao **Relax** agora e avisa em {channels}.',
  'halt.reset.failed': 'O reset não foi concluído. {failure}',
  'halt.reset.notPersisted':
    'O {upstream} resetou a conta, mas o armazenamento do bot não está respondendo, então este canal continua marcado como suspenso. Tente `/speed reset` de novo quando o armazenamento voltar, e avise o operador do bot.',
  'halt.reset.queueFull':
    'Este canal já tem {waiting, plural, one {# pedido} other {# pedidos}} na fila. Nada foi enviado; tente novamente em um minuto.',
  'halt.solveCaptchaFirst':
    '🔒 O {upstream} informa que a conta está travada por um CAPTCHA. Primeiro resolva-o em {link} estando conectado à conta do Discord que usa o Midjourney, depois aperte **{button}** abaixo: o reset só avisa ao {upstream} que o CAPTCHA foi resolvido, e nada verifica isso. Nada foi resetado ainda. (Só você vê este link.)',
  'halt.reset.stillLocked':
    '🔒 O {upstream} ainda informa que a conta está travada por um CAPTCHA. Resolva-o em {link} estando conectado à conta do Discord que usa o Midjourney e execute `/speed reset` de novo. (Só você vê este link.)',
  'halt.reset.stillLockedNoLink':
    '🔒 O {upstream} ainda informa que a conta está travada por um CAPTCHA e não fornece nenhum link: resolva-o na conta do Discord que usa o Midjourney (ou na página de contas do {upstream}) e execute `/speed reset` de novo.',

  // ── /speed command routing (commands/speed.ts) ─────────────────────────────────────────────────────
  'speed.resetAdminsOnly': 'Somente {admins} podem resetar a conta do Midjourney. Nada foi alterado.',
  'speed.unsupportedButton':
    'Este botão não é mais suportado, então nada foi feito. Use `/speed status` para ver a situação da conta.',

  // ── /speed status and /speed history (src/discord/statusReplies.ts) ────────────────────────────────
  'status.halted': '⛔ **Suspensão ativa** {summary}.',
  'status.notHalted': '✅ Sem suspensão: as mudanças de velocidade estão liberadas.',
  'status.lastChange': 'Última mudança de velocidade: **{mode}** por {user} em {at}.',
  'status.lastChange.automatic':
    'Última mudança de velocidade: **{mode}** (retorno automático) para {user} em {at}.',
  'status.lastChange.none': 'Última mudança de velocidade: nenhuma registrada.',
  'status.switchBack.due': '⏱️ Volta ao **Relax** em {at}: {timed} definido por {user}.',
  'status.switchBack.overdueHalted':
    '⏱️ Retorno ao **Relax** atrasado (o prazo venceu {since}): {timed} definido por {user}. A conta pode continuar no modo {mode}; ela volta logo depois do `/speed reset`.',
  'status.switchBack.overdueRetrying':
    '⏱️ Retorno ao **Relax** atrasado (o prazo venceu {since}), tentando de novo: {timed} definido por {user}. A conta pode continuar no modo {mode}; `/speed relax` muda agora.',
  'status.fastTime.known':
    'Tempo Fast restante: **{figures}**{low, select, yes { ⚠️ acabando} other {}}, segundo o /info do Midjourney lido {when}.',
  'status.fastTime.knownUndated':
    'Tempo Fast restante: **{figures}**{low, select, yes { ⚠️ acabando} other {}}, segundo o /info do Midjourney (não se sabe quando foi lido).',
  'status.fastTime.unknownMissing':
    'Tempo Fast restante: desconhecido (o /info do Midjourney não o mostrou).',
  'status.fastTime.unknownHalted':
    'Tempo Fast restante: desconhecido (não é consultado enquanto a conta está suspensa).',
  'status.fastTime.unknownUnchecked':
    'Tempo Fast restante: desconhecido (não é consultado enquanto o bot não consegue verificar se há suspensão).',
  'status.fastTime.unknownBusy':
    'Tempo Fast restante: desconhecido (há pedidos demais esperando por esta conta; tente novamente em um minuto).',
  'status.fastTime.unknownRestarting':
    'Tempo Fast restante: desconhecido (o bot está reiniciando; tente novamente em instantes).',
  'status.fastTime.unknownFailed': 'Tempo Fast restante: desconhecido. {failure}',
  'status.account.unreadable': 'Conta no {upstream}: não foi possível ler. {failure}',
  'status.account.notice': '⚠️ {notice}',
  'status.account.captchaLink':
    'Conta no {upstream}: **travada por um CAPTCHA**. Resolva-o em {link} estando conectado à conta do Discord que usa o Midjourney e depois execute `/speed reset`. (Só os admins veem isto.){jobModeKnown, select, yes { Modo de job: {jobMode}.} other {}}',
  'status.account.captchaNoLink':
    'Conta no {upstream}: **travada por um CAPTCHA**. Nenhum link foi fornecido: resolva-o na conta do Discord que usa o Midjourney ou na página de contas do {upstream} e depois execute `/speed reset`. (Só os admins veem isto.){jobModeKnown, select, yes { Modo de job: {jobMode}.} other {}}',
  'status.account.pendingModeration': 'Conta no {upstream}: **mensagem de moderação pendente**',
  'status.account.sameText': '(O mesmo texto da suspensão acima.)',
  'status.account.switchedOff':
    'Conta no {upstream}: **desativada** (não é uma suspensão por moderação).{jobModeKnown, select, yes { Modo de job: {jobMode}.} other {}}',
  'status.account.clear':
    'Conta no {upstream}: nenhuma mensagem de moderação pendente.{jobModeKnown, select, yes { Modo de job: {jobMode}.} other {}}',
  'status.mappedAccount': 'Canal no {upstream}: `{channel}` (definido por CHANNEL_MAP).',
  'status.store': 'Armazenamento do bot: {store}.',
  'status.store.sqlite': 'arquivo SQLite {location}',
  'status.store.redis': 'Redis em {location}',
  'history.storeUnavailable':
    'O armazenamento do bot não está respondendo, então o histórico não pode ser exibido. Avise o operador do bot.',
  'history.empty':
    'Nenhuma mudança de velocidade, reset ou suspensão registrada para esta conta do Midjourney ainda.',
  'history.heading':
    '**{count, plural, one {Última mudança de velocidade, reset ou suspensão} other {Últimas # mudanças de velocidade, resets e suspensões}}** desta conta do Midjourney (mais recentes primeiro):',
  'history.line': '{when} {what}: {outcome}',
  'history.what.reset': '**Reset** por {user}',
  'history.what.info': 'Verificação das horas Fast por {user}',
  'history.what.switchBack': '**Relax**, automaticamente após {timed} de {user}',
  'history.what.timed': '{timed} por {user}',
  'history.what.untimed': '**{mode}** por {user}',
  'history.outcome.done': '✅',
  'history.outcome.alreadyActive': '✅ já estava ativo',
  'history.outcome.halted': '⛔ esbarrou em uma suspensão por moderação',
  'history.outcome.skippedHalted': '⏸️ não enviado: a conta estava suspensa',
  'history.outcome.failed': '❌ falhou',
  'history.outcome.failedBecause': '❌ falhou ({reason})',
  'history.outcome.late': '{outcome}, com {duration} de atraso',
  'history.failure.busy': '{upstream} ocupado',
  'history.failure.unauthorized': '{token} recusado',
  'history.failure.noSubscription': 'sem assinatura do {upstream}',
  'history.failure.badRequest': 'pedido recusado por ser inválido',
  'history.failure.notFound': 'nenhuma conta configurada',
  'history.failure.accountDisabled': 'conta desativada no {upstream}',
  'history.failure.discontinued': 'o {upstream} não atende mais o Midjourney',
  'history.failure.unavailable': '{upstream} indisponível',

  // ── mode roles and limits (src/discord/modeAccess.ts) ──────────────────────────────────────────────
  'modes.refused.role':
    'Somente membros com {roles} (ou admins) podem mudar para **{mode}**. Nada foi enviado ao Midjourney; `/speed relax` está liberado para todos.',
  'modes.refused.tooLong':
    '**{mode}** está limitado aqui a {limit} por vez: peça no máximo {max, number} em `minutes`, ou deixe em branco para receber {max, number}. Nada foi enviado ao Midjourney.',
  'modes.limitNote': '({mode} está limitado aqui a {limit} por vez.)',
  'modes.line': 'Modos que você pode usar: {allowed}.',
  'modes.line.withRefused': 'Modos que você pode usar: {allowed}. Indisponíveis para você: {refused}.',
  'modes.allowed': '**{mode}**',
  'modes.allowed.limited': '**{mode}** (até {limit})',
  'modes.refused': '{mode} (requer {roles})',

  // ── alert channel (src/discord/alerts/) ────────────────────────────────────────────────────────────
  'alert.halt':
    '⛔ **Suspensão** na conta do Midjourney `{account}`: {source} esbarrou em {cause, select, captcha {um CAPTCHA} other {uma suspensão por moderação}}{inChannel, select, yes { em {channel}} other {}}. As mudanças de velocidade da conta estão bloqueadas.',
  'alert.halt.upstreamFlag': 'a sinalização da conta pelo {upstream}',
  'alert.halt.said': 'O {upstream} disse:',
  'alert.halt.admins': 'Admins',
  'alert.halt.resolve':
    '{admins}: {cause, select, captcha {resolvam o CAPTCHA na conta do Midjourney (o link está no `/speed status`, só para admins)} other {resolvam o problema na conta do Midjourney}}, depois executem `/speed reset`{inChannel, select, yes { em {channel}} other {}}.',
  'alert.reset':
    '✅ {user} resetou a conta do Midjourney `{account}` em {channel}. {flag, select, unconfirmed {Não foi possível confirmar com o {upstream} que a sinalização sumiu.} captcha {⚠️ O {upstream} ainda informa um CAPTCHA: a próxima mudança de velocidade vai acionar uma nova suspensão.} moderation {⚠️ O {upstream} ainda informa uma mensagem de moderação pendente: a próxima mudança de velocidade vai acionar uma nova suspensão.} switchedOff {⚠️ O {upstream} ainda está com a conta desativada: a próxima mudança de velocidade vai falhar.} other {O {upstream} não informa mais nenhuma sinalização.}}',
  'alert.change.untimed':
    '🔁 {user} mudou a conta do Midjourney `{account}` para **{mode}** em {channel}, sem limite de tempo.',
  'alert.change.timed':
    '🔁 {user} mudou a conta do Midjourney `{account}` para **{mode}** em {channel} por {duration} (retorno ao Relax previsto para {due}).',
  'alert.switchBack.switched':
    '⏱️ Retorno automático da conta do Midjourney `{account}` em {channel} ao **Relax**, após {timed} de {user}.',
  'alert.switchBack.failed':
    '❌ O retorno ao Relax da conta do Midjourney `{account}` em {channel}, após {timed} de {user}, falhou: {failure} A conta pode continuar no modo {mode}. O bot tenta de novo {retry} e continua tentando até dar certo; o sucesso será avisado aqui.',
  'alert.switchBack.held':
    '⏸️ O retorno ao Relax da conta do Midjourney `{account}` em {channel}, após {timed} de {user}, está em espera: a conta está suspensa, então nada foi enviado. A conta pode continuar no modo {mode}. O retorno acontece logo depois do `/speed reset`.',
  'alert.switchBack.queueFull':
    '⏸️ O retorno ao Relax da conta do Midjourney `{account}` em {channel}, após {timed} de {user}, está atrasado: havia pedidos demais na fila. A conta pode continuar no modo {mode}. O bot tenta de novo {retry}.',
  'alert.blockEnd':
    '⏰ O bloqueio do Midjourney na conta do Midjourney `{account}` terminou {ended}, segundo o texto de moderação da suspensão. A conta continua suspensa: um admin pode verificá-la no Midjourney e executar `/speed reset`. O bot nunca a reseta sozinho.',
  'alert.blockEnd.met':
    '⏰ O bloqueio do Midjourney na conta do Midjourney `{account}` terminou {ended}, segundo o texto de moderação da suspensão, acionada em {channel} por {user}. A conta continua suspensa: um admin pode verificá-la no Midjourney e executar `/speed reset`. O bot nunca a reseta sozinho.',
  // src/discord/blockEndText.ts: in `/speed status`, the halt's replies and the halt alert.
  'blockEnd.line':
    '🗓️ O texto de moderação diz que o bloqueio vai até {ends}. O bot avisa os admins nesse momento; ele nunca reseta a conta sozinho.',

  // ── command descriptions shown in Discord's command picker (commands/speed.ts) ─────────────────────
  // Each at most 100 characters in every language (Discord's limit; test/commands/speedDefinition.test.ts).
  'command.speed': 'Mudar ou verificar o modo de velocidade da conta compartilhada do Midjourney',
  'command.speed.fast': 'Mudar a conta compartilhada do Midjourney para o modo Fast (usa horas Fast)',
  'command.speed.turbo':
    'Mudar a conta compartilhada do Midjourney para o modo Turbo (mais rápido, usa o dobro de horas Fast)',
  'command.speed.relax':
    'Mudar a conta compartilhada do Midjourney para o modo Relax (sem horas Fast, mais lento)',
  'command.speed.minutes':
    'Voltar ao Relax após este número de minutos ({min, number, ::group-off}-{max, number, ::group-off})',
  'command.speed.reset': 'Admins: remover uma suspensão por moderação depois de resolvida no Midjourney',
  'command.speed.status':
    'Mostrar suspensão, última mudança, retorno ao Relax pendente e horas Fast restantes',
  'command.speed.history':
    'Mostrar {count, plural, one {a última mudança de velocidade, reset ou suspensão} other {as últimas # mudanças de velocidade, resets e suspensões}} da conta',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
};
