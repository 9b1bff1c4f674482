/**
 * zod schemas for midjourney-proxy's admin API bodies (trueai-org/midjourney-proxy, see
 * docs/midjourney-proxy.md). ASP.NET serialises them camelCase with enums as strings; dictionary keys
 * (`properties`) keep Midjourney's own labels. Every field the bot does not strictly need is optional and
 * dropped when its type is wrong, so a cosmetic change upstream does not break a switch.
 *
 * The objects are NOT loose on purpose: an account body carries the Discord user token, cookies and login
 * passwords, and parsing strips every field not listed here so they can never travel further.
 */
import { z } from 'zod';

/** An optional field that becomes `undefined` instead of failing the parse when its type is wrong. */
function lenient<S extends z.ZodType>(schema: S) {
  return schema.optional().catch(undefined);
}

/** One `/settings` button as `DiscordAccount.Buttons` lists it (`CustomComponentModel`). */
export const proxyButtonSchema = z.object({
  customId: z.string().min(1),
  label: lenient(z.string()),
  /** Discord button style; 3 (green) marks the active option. */
  style: lenient(z.number()),
});

export type ProxyButton = z.infer<typeof proxyButtonSchema>;

/** The fields of `DiscordAccount` the bot reads. */
export const proxyAccountSchema = z.object({
  /** The GUID every admin route takes. */
  id: z.string().min(1),
  /** The Discord channel the account drives: the bot's routing key. */
  channelId: lenient(z.string()),
  /** `bool?`: `null` counts as not enabled. */
  enable: lenient(z.boolean().nullable()),
  /** True while a CAPTCHA is pending. */
  lock: lenient(z.boolean()),
  disabledReason: lenient(z.string().nullable()),
  cfUrl: lenient(z.string().nullable()),
  remark: lenient(z.string().nullable()),
  /** Search results only: the instance's `IsAlive` (AdminController.cs:1275). */
  running: lenient(z.boolean()),
  buttons: z
    .array(z.unknown())
    .catch([])
    .optional()
    .transform((items) =>
      (items ?? []).flatMap((item) => {
        const button = proxyButtonSchema.safeParse(item);
        return button.success ? [button.data] : [];
      }),
    ),
  /** Verbatim "Your info" lines: "Job Mode", "Fast Time Remaining", ... */
  properties: lenient(z.record(z.string(), z.unknown())),
  /** `Properties["Fast Time Remaining"]` as text, `""` when unknown. */
  fastTimeRemaining: lenient(z.union([z.string(), z.number()]).nullable()),
  displays: lenient(z.record(z.string(), z.unknown())),
  /**
   * The stored `/settings` card's Discord message id (`string SettingsMessageId`, DiscordAccount.cs:473),
   * written with the card (DiscordWebSocketService.cs:1490-1492): a snowflake, so it dates the card.
   */
  settingsMessageId: lenient(z.string().nullable()),
  /**
   * When the proxy last parsed an /info card: its host's local time with no offset (`DateTime.Now`,
   * DiscordWebSocketService.cs:1405; see ./proxyClock.ts).
   */
  infoUpdated: lenient(z.string().nullable()),
});

export type ProxyAccount = z.infer<typeof proxyAccountSchema>;

/** The admin envelope `Result`: `{success, code, message, timestamp, data?}`. */
export const resultEnvelopeSchema = z.object({
  success: z.boolean(),
  code: lenient(z.number()),
  message: lenient(z.string().nullable()),
});

export type ResultEnvelope = z.infer<typeof resultEnvelopeSchema>;

/** `StandardTableResult<DiscordAccount>`: `{list, pagination: {current, pageSize, total}}`. */
export const accountSearchSchema = z.object({
  list: z.array(z.unknown()).transform((items) =>
    items.flatMap((item) => {
      const account = proxyAccountSchema.safeParse(item);
      return account.success ? [account.data] : [];
    }),
  ),
  pagination: lenient(z.object({ total: lenient(z.number()) })),
});

export type AccountSearch = z.infer<typeof accountSearchSchema>;
