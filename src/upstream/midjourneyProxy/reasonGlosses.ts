/**
 * One-line explanations of the reasons midjourney-proxy gives for a locked or disabled account, which it
 * writes in Chinese or as Midjourney's terse titles. The texts and where the proxy sets them are listed in
 * shared/reference/midjourney-proxy-as-it-runs.md §2.5 (DiscordWebSocket.cs, DiscordService.cs,
 * AccountController.cs, DiscordAccountInitializer.cs of trueai-org/midjourney-proxy). The quote itself is
 * always shown exactly as it came; the gloss only says what it means, in the reader's language.
 */
import type { MessageKey } from '../../i18n/catalogs/en-US.js';
import { type Message, msg } from '../../i18n/text.js';

/** How each known reason starts, and its gloss. Checked in order: the first match wins. */
const KNOWN_REASONS: readonly (readonly [prefix: string, gloss: MessageKey])[] = [
  ['CF 自动验证中', 'proxy.gloss.autoCaptcha'],
  ['CF 人工验证', 'proxy.gloss.manualCaptcha'],
  ['CF 验证过期', 'proxy.gloss.captchaExpired'],
  ['Pending mod message', 'proxy.gloss.pendingModMessage'],
  ['Blocked', 'proxy.gloss.blocked'],
  ['Plan Cancelled', 'proxy.gloss.planCancelled'],
  ['Subscription required', 'proxy.gloss.subscriptionRequired'],
  ['Subscription paused', 'proxy.gloss.subscriptionPaused'],
  ['账号用量已经用完', 'proxy.gloss.usageExhausted'],
  ['Credits exhausted', 'proxy.gloss.usageExhausted'],
  ['请求没有操作权限', 'proxy.gloss.noPermission'],
  ['同步失败超过限制', 'proxy.gloss.syncFailures'],
  ['由于无法重新连接', 'proxy.gloss.reconnectFailed'],
  ['初始化失败', 'proxy.gloss.initFailed'],
  ['账号不可用', 'proxy.gloss.accountUnusable'],
];

/** The gloss of a reason midjourney-proxy gave, or `undefined` for one it is not known to give. */
export function glossProxyReason(reason: string): Message | undefined {
  const text = reason.trimStart();
  const known = KNOWN_REASONS.find(([prefix]) => text.startsWith(prefix));
  return known && msg(known[1]);
}
