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
  'failure.busy':
    '{what} {wait, select, unknown {Tente novamente em cerca de 30 s.} moment {Tente novamente em alguns segundos.} minutes {Tente novamente em {minutes, number} minutos.} other {Tente novamente em {seconds, number} s.}}',
  'failure.unauthorized':
    'O {upstream} recusou o {token} do bot. Peça ao operador do bot para verificar {variable}.',
  'failure.accountDisabled':
    'O {upstream} está com a conta do Midjourney desativada por um motivo que não é uma suspensão por moderação (por exemplo, a assinatura do Midjourney). Peça ao operador do bot para corrigir a conta e reativá-la.',
  'failure.switch.connectionBroke':
    'Não foi possível acessar o {upstream}, ou a conexão caiu antes da resposta, então a mudança pode ou não ter chegado ao Midjourney. Confira com `/speed status` daqui a pouco ou com `/info` no Midjourney, e só mude de novo se o modo não tiver mudado. Se continuar acontecendo, peça ao operador do bot para verificar a rede e {variable}.',
  'failure.switch.serverError':
    'O {upstream} teve um problema (HTTP {status}), então a mudança pode ou não ter chegado ao Midjourney. Confira com `/speed status` daqui a pouco ou com `/info` no Midjourney, e só mude de novo se o modo não tiver mudado.',
  'failure.timeout.cardNotRefreshed':
    'O {upstream} não conseguiu atualizar a tempo a mensagem `/settings` da conta do Midjourney, então nada foi alterado: o bot não clica em uma mensagem antiga demais para ser confiável, pois clicar no modo já ativo poderia desativá-lo. Tente novamente em alguns minutos.',
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
    'O {upstream} ainda está reconectando a conta do Midjourney depois que ela foi reativada (isso leva um ou dois minutos), então nada foi alterado. {wait, select, unknown {Tente novamente em cerca de 30 s.} moment {Tente novamente em alguns segundos.} minutes {Tente novamente em {minutes, number} minutos.} other {Tente novamente em {seconds, number} s.}}',
  'failure.offline.dailyRestart':
    'O {upstream} reinicia as contas logo depois da meia-noite no próprio relógio, então nada foi alterado. {wait, select, unknown {Tente novamente em cerca de 30 s.} moment {Tente novamente em alguns segundos.} minutes {Tente novamente em {minutes, number} minutos.} other {Tente novamente em {seconds, number} s.}}',
  'failure.offline':
    'O {upstream} está sem conexão ativa com o Discord da conta do Midjourney agora, então nada foi alterado; peça ao operador do bot para verificar a conta na página de contas do {upstream}.',
  'failure.unconfirmed':
    'O {upstream} aceitou o pedido, mas não retornou nenhuma resposta do Midjourney, então a mudança não foi confirmada. Execute `/info` no Midjourney para verificar o modo atual.',
  'failure.withUpstream': '{message} O {upstream} disse: {said}',
  'failure.withUpstreamGlossed': '{message} O {upstream} disse: {said} ({gloss})',

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
    '⚠️ Com tão pouco tempo Fast restante, o {upstream} pode mudar a conta para Relax sozinho (ele faz isso com {hours, number} h ou menos quando o auto-relax dele está ativado).',
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
    'A conta pode continuar no modo {mode}: o bot tenta de novo {at} e continua tentando até dar certo (só esta primeira falha é avisada). `/speed relax` volta ao Relax agora.',
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
    'Até lá, o bot não envia nada ao Midjourney a partir deste canal: novas chamadas podem levar ao banimento da conta.',
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
    'O bot avisou ao {upstream} que o CAPTCHA foi resolvido (o {upstream} não verifica isso). Se não foi, o Midjourney pede de novo na próxima ação da conta e a próxima mudança de velocidade aciona uma nova suspensão; nesse caso, os admins encontram o novo link no `/speed status`.',
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
    'Última mudança de velocidade: **{mode}** (retorno automático após o pedido de {user}) em {at}.',
  'status.lastChange.none': 'Última mudança de velocidade: nenhuma registrada.',
  'status.switchBack.due': '⏱️ Volta ao **Relax** em {at}: {timed} definido por {user}.',
  'status.switchBack.overdueHalted':
    '⏱️ Retorno ao **Relax** atrasado (o prazo venceu {since}): {timed} definido por {user}. A conta pode continuar no modo {mode}; ela volta logo depois do `/speed reset`.',
  'status.switchBack.overdueRetrying':
    '⏱️ Retorno ao **Relax** atrasado (o prazo venceu {since}), tentando de novo: {timed} definido por {user}. A conta pode continuar no modo {mode}; `/speed relax` volta ao Relax agora.',
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
  'history.what.switchBack': '**Relax**, automaticamente após {timed} pedido por {user}',
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
  'modes.refused.settingsNotRead':
    'O bot não conseguiu ler as configurações da equipe deste servidor agora, então não sabe se você pode usar **{mode}** nem por quanto tempo. Nada foi enviado ao Midjourney; tente novamente em um minuto. `/speed relax` está liberado para todos.',
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
    '⏱️ Retorno automático da conta do Midjourney `{account}` em {channel} ao **Relax**, após {timed} pedido por {user}.',
  'alert.switchBack.failed':
    '❌ O retorno ao Relax da conta do Midjourney `{account}` em {channel}, após {timed} pedido por {user}, falhou: {failure} A conta pode continuar no modo {mode}. O bot tenta de novo {retry} e continua tentando até dar certo; o sucesso será avisado aqui.',
  'alert.switchBack.held':
    '⏸️ O retorno ao Relax da conta do Midjourney `{account}` em {channel}, após {timed} pedido por {user}, está em espera: a conta está suspensa, então nada foi enviado. A conta pode continuar no modo {mode}. O retorno acontece logo depois do `/speed reset`.',
  'alert.switchBack.queueFull':
    '⏸️ O retorno ao Relax da conta do Midjourney `{account}` em {channel}, após {timed} pedido por {user}, está atrasado: havia pedidos demais na fila. A conta pode continuar no modo {mode}. O bot tenta de novo {retry}.',
  'alert.blockEnd':
    '⏰ O bloqueio do Midjourney na conta do Midjourney `{account}` terminou em {ended}, segundo o texto de moderação da suspensão. A conta continua suspensa: um admin pode verificá-la no Midjourney e executar `/speed reset`. O bot nunca a reseta sozinho.',
  'alert.blockEnd.met':
    '⏰ O bloqueio do Midjourney na conta do Midjourney `{account}` terminou em {ended}, segundo o texto de moderação da suspensão, acionada em {channel} por {user}. A conta continua suspensa: um admin pode verificá-la no Midjourney e executar `/speed reset`. O bot nunca a reseta sozinho.',
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
  'command.speed.panel':
    'Admins: postar aqui um painel ao vivo do estado da conta, com um botão para cada modo',
  'command.speed.history':
    'Mostrar {count, plural, one {a última mudança de velocidade, reset ou suspensão} other {as últimas # mudanças de velocidade, resets e suspensões}} da conta',

  // ── the live panel (/speed panel) ──────────────────────────────────────────────────────────────────
  // The panel itself, in the server's language: heading, lines, buttons.
  'panel.heading.mode': '## {emoji} Modo {mode}',
  'panel.heading.unknown': '## Modo de velocidade ainda não definido pelo bot',
  'panel.heading.halted': '## ⛔ Suspensão ativa: as mudanças de velocidade estão bloqueadas',
  'panel.setBy': 'Definido por {user} em {at} ({ago}).',
  'panel.setAutomatically':
    'Voltou automaticamente em {at} ({ago}), quando terminou a mudança temporária de {user}.',
  'panel.unknownHint':
    'Aperte um botão abaixo para mudar o modo da conta; depois o painel mostra quem mudou e quando.',
  'panel.switchBack.due':
    '⏱️ Volta ao **Relax** {when} (às {time}), após {length} de {mode}, a pedido de {user}.',
  'panel.switchBack.retrying':
    '⏱️ O prazo do retorno ao **Relax** venceu {due} e ele ainda não foi feito; o bot tenta de novo {next}. A conta pode continuar no modo {mode}.',
  'panel.switchBack.held':
    '⏱️ O prazo do retorno ao **Relax** venceu {due}; ele acontece logo depois do reset. A conta pode continuar no modo {mode}.',
  'panel.halt.since':
    '{cause, select, captcha {O Midjourney travou a conta com um CAPTCHA} other {O Midjourney sinalizou a conta com uma mensagem de moderação}} {ago} ({at}). O bot não envia nada ao Midjourney até um admin resetar a conta.',
  'panel.halt.said': 'O {upstream} disse:',
  'panel.halt.blockEnds': '🗓️ O texto de moderação diz que o bloqueio vai até {at} ({ago}).',
  'panel.halt.lastMode': 'Último modo definido pelo bot: **{mode}**, por {user} {ago}.',
  'panel.halt.help':
    '-# Primeiro resolva o problema na conta do Discord que usa o Midjourney (os admins encontram os detalhes no `/speed status`); depois, um admin aperta **Resetar**.',
  'panel.fastTime.figures.ofTotal': '{remaining, number} de {total, number} h ({percent, number}%)',
  'panel.fastTime.figures.ofTotalNoPercent': '{remaining, number} de {total, number} h',
  'panel.fastTime.figures.remaining': '{remaining, number} h',
  'panel.fastTime.read': '⛽ Tempo Fast restante: **{figures}**, lido {ago}.',
  'panel.fastTime.readUndated': '⛽ Tempo Fast restante: **{figures}** na última leitura.',
  'panel.fastTime.missing':
    '⛽ Tempo Fast restante: desconhecido (o /info do Midjourney não o mostrou {ago}).',
  'panel.fastTime.none':
    '⛽ Tempo Fast restante: ainda não lido. O `/speed status` faz a leitura; o painel nunca consulta o Midjourney por conta própria.',
  'panel.fastTime.low': '⚠️ As horas Fast estão acabando: o **Relax** economiza o que resta.',
  'panel.footer':
    '-# Este painel se atualiza sozinho após cada mudança. Os botões dele mudam o modo para todos, com as mesmas regras do `/speed`.',
  'panel.button.timed': '{mode} · {length}',
  // What the admin who ran /speed panel is told, privately.
  'panel.refused.notAdmin':
    'Somente membros com Gerenciar servidor ou Administrador podem postar o painel de velocidade. Nada foi postado.',
  'panel.refused.notAdminOrRoles':
    'Somente membros com Gerenciar servidor ou Administrador, ou {roles}, podem postar o painel de velocidade. Nada foi postado.',
  'panel.posted.pinned':
    '📌 O painel de velocidade foi postado aqui e fixado. Ele se atualiza segundos depois de cada mudança na conta, venha de onde vier.',
  'panel.posted.notPinned':
    '📌 O painel de velocidade foi postado aqui. Ele se atualiza segundos depois de cada mudança na conta, venha de onde vier.',
  'panel.pin.noPermission':
    'O bot não conseguiu fixá-lo: ele precisa da permissão Fixar mensagens neste canal. Fixe-o você mesmo, ou dê essa permissão ao bot e execute `/speed panel` de novo.',
  'panel.pin.failed': 'O Discord não deixou o bot fixá-lo ({reason}). Fixe-o você mesmo, se quiser.',
  'panel.pin.timeout':
    'O Discord não respondeu a tempo quando o bot tentou fixá-lo. Fixe-o você mesmo, se quiser.',
  'panel.pin.unreachable':
    'O bot não conseguiu se conectar ao Discord para fixá-lo. Fixe-o você mesmo, se quiser.',
  'panel.replaced.deleted': 'O painel postado aqui antes foi apagado.',
  'panel.replaced.left':
    'O painel postado aqui antes não pôde ser apagado: ele não se atualiza mais, então apague-o você mesmo.',
  'panel.notPosted.permissions':
    'O bot não conseguiu postar o painel aqui: ele precisa de Ver canal e Enviar mensagens neste canal. Nada foi postado.',
  'panel.notPosted.failed':
    'O Discord não aceitou o painel ({reason}), então nada foi postado. Tente novamente em um minuto.',
  'panel.notPosted.timeout':
    'O Discord não respondeu a tempo, então o painel pode não ter sido postado, e um painel postado mesmo assim não vai se atualizar: se ele aparecer, apague-o e execute `/speed panel` novamente em um minuto.',
  'panel.notPosted.unreachable':
    'O bot não conseguiu se conectar ao Discord, então nada foi postado. Tente novamente em um minuto.',
  'panel.notPosted.store':
    'O armazenamento do bot não está respondendo, então o painel não foi postado: ele precisa ser salvo para continuar se atualizando. Tente novamente em um minuto e avise o operador do bot se o problema continuar.',
  // A click's private answer when the click met a moderation halt, whose instructions go to the channel.
  'panel.click.haltPosted':
    '⛔ O Midjourney sinalizou a conta quando seu pedido foi enviado. As instruções foram postadas no canal, e o painel mostra a suspensão.',
  'panel.click.remapped':
    'Este painel mostra uma conta que este canal não usa mais, então nada foi enviado ao Midjourney. Peça a um admin para executar `/speed panel` aqui de novo e postar o painel da conta que o canal usa agora.',
  // The alert channel, once per panel the bot can no longer reach.
  'panel.alert.unreachable':
    '⚠️ O painel de velocidade em {channel} não pode mais ser atualizado: o Discord nega ao bot o acesso a ele ({reason}). Dê ao bot a permissão Ver canal lá, ou poste um novo painel com `/speed panel`.',

  // ── team settings (/speed settings) ────────────────────────────────────────────────────────────────
  'settings.commandDescription':
    'Admins: quem pode usar Turbo e Fast, por quanto tempo, tempo de espera, canal de alertas, idioma',
  'settings.name.turboRoleIds': 'Quem pode usar o Turbo',
  'settings.name.fastRoleIds': 'Quem pode usar o Fast',
  'settings.name.turboMaxMinutes': 'Tempo máximo em Turbo',
  'settings.name.fastMaxMinutes': 'Tempo máximo em Fast',
  'settings.name.cooldownSeconds': 'Tempo de espera entre mudanças',
  'settings.name.alertChannelId': 'Canal de alertas',
  'settings.name.locale': 'Idioma das mensagens públicas',
  'settings.value.everyone': 'todos',
  'settings.value.roles': '{roles} (e admins)',
  'settings.value.moreRoles': '{more, plural, one {mais # cargo} other {mais # cargos}}',
  'settings.value.noLimit': 'sem limite',
  'settings.value.cooldownOff': 'desativado',
  'settings.value.noAlertChannel': 'nenhum',
  'settings.value.discordLanguage': 'o idioma do servidor no Discord',
  'settings.source.operator': 'definido pelo operador ({variable})',
  'settings.source.discord': 'escolhido aqui',
  'settings.source.default': 'padrão',
  'settings.view.heading':
    '⚙️ **Configurações da equipe neste servidor.** Só os admins as veem e alteram; cada mudança vale na hora, aparece no `/speed history` e é postada no canal de alertas.',
  'settings.view.line': '**{setting}**: {value} — {source}',
  'settings.view.fixedNote':
    'As configurações definidas pelo operador ficam fixas no ambiente do bot: não podem ser alteradas pelo Discord.',
  'settings.view.notRead':
    '⚠️ O armazenamento do bot não está respondendo, então estas podem não ser as configurações mais recentes. Avise o operador do bot.',
  'settings.outcome.changed': '✅ Salvo; já está valendo:',
  'settings.outcome.unchanged': 'Nada mudou: essa já é a configuração atual.',
  'settings.outcome.notSaved':
    '⚠️ O armazenamento do bot não está respondendo, então nada foi alterado. Tente novamente em instantes; se continuar acontecendo, avise o operador do bot.',
  'settings.change.line': '**{setting}**: {from} → {to}',
  'settings.control.turboRolesPlaceholder': 'Quem pode usar o Turbo (nenhum cargo escolhido: todos)',
  'settings.control.fastRolesPlaceholder': 'Quem pode usar o Fast (nenhum cargo escolhido: todos)',
  'settings.control.alertChannelPlaceholder': 'Canal de alertas (um canal de texto)',
  'settings.control.languagePlaceholder': 'Idioma das mensagens públicas',
  'settings.control.discordLanguageOption': 'O idioma do servidor no Discord',
  'settings.control.fixedPlaceholder': '{setting}: definido pelo operador',
  'settings.control.limitsButton': 'Limites e tempo de espera…',
  'settings.control.clearAlertChannelButton': 'Sem canal de alertas',
  'settings.modal.title': 'Limites e tempo de espera',
  'settings.modal.maxMinutesDescription': 'Minutos, de {min, number} a {max, number}; em branco: sem limite',
  'settings.modal.cooldownDescription':
    'Segundos, de {min, number} a {max, number}; 0 ou em branco: desativado',
  'settings.refused.notAdmin':
    'Somente membros com Gerenciar servidor ou Administrador podem ver e alterar as configurações da equipe. Nada foi alterado.',
  'settings.refused.notAdminWithRoles':
    'Somente membros com Gerenciar servidor ou Administrador, ou {roles}, podem ver e alterar as configurações da equipe. Nada foi alterado.',
  'settings.refused.fixed':
    'O operador definiu {settings} no ambiente do bot, então não é possível alterar {count, plural, one {essa configuração} other {essas configurações}} pelo Discord. Nada foi alterado.',
  'settings.refused.unknownControl':
    'Este controle não é mais suportado, então nada foi alterado. Execute `/speed settings` de novo.',
  'settings.invalid.roles': 'Só é possível escolher cargos deste servidor, então nada foi alterado.',
  'settings.invalid.channel':
    'O canal de alertas precisa ser um canal de texto deste servidor, então nada foi alterado.',
  'settings.notChecked.channel':
    'O bot não conseguiu verificar o canal com o Discord, então nada foi alterado. Tente novamente.',
  'settings.invalid.language': 'Esse não é um idioma que o bot fala, então nada foi alterado.',
  'settings.invalid.maxMinutes.notNumber':
    '**{setting}** precisa ser um número de minutos (deixe em branco para não ter limite).',
  'settings.invalid.maxMinutes.notWhole': '**{setting}** precisa ser um número inteiro de minutos.',
  'settings.invalid.maxMinutes.tooSmall':
    '**{setting}** precisa ser pelo menos {min, number} (deixe em branco para não ter limite).',
  'settings.invalid.maxMinutes.tooLarge': '**{setting}** pode ser no máximo {max, number} (um dia).',
  'settings.invalid.cooldown.notNumber':
    '**{setting}** precisa ser um número de segundos (0 desativa o tempo de espera).',
  'settings.invalid.cooldown.notWhole': '**{setting}** precisa ser um número inteiro de segundos.',
  'settings.invalid.cooldown.tooSmall': '**{setting}** precisa ser {min, number} (desativado) ou mais.',
  'settings.invalid.cooldown.tooLarge': '**{setting}** pode ser no máximo {max, number} (um dia).',
  'settings.invalid.nothingChanged':
    'Nada foi alterado: aperte **Limites e tempo de espera…** de novo para corrigir.',
  'settings.history.heading':
    '**Mudanças nas configurações da equipe** deste servidor (mais recentes primeiro):',
  'settings.history.line': '{when} {admin} alterou **{setting}**: {from} → {to}',
  'settings.alert.heading': '⚙️ {admin} alterou as configurações da equipe deste servidor:',
};
