/**
 * Accounts as midjourney-proxy keeps them, rendered as its admin API serialises `DiscordAccount`
 * (trueai-org/midjourney-proxy `src/Midjourney.Base/Models/DiscordAccount.cs`, ASP.NET camelCase with
 * enums as strings, `Program.cs`). See docs/midjourney-proxy.md for which fields are verified.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PROXY_TIME_ZONE, localDateTime } from './serverTime.js';

/** The speed modes (kept local: the stand-ins import node built-ins only). */
export type StandInMode = 'fast' | 'turbo' | 'relax';

/** What a test gives to create an account; everything but the channel has a default. */
export interface ProxyAccountSeed {
  readonly channelId: string;
  readonly id?: string;
  /** `bool?` in the proxy; `null` counts as disabled. Default `true`. */
  readonly enable?: boolean | null;
  /** A pending CAPTCHA (DiscordWebSocketService.cs sets it with "CF 人工验证..." or "CF 自动验证中..."). */
  readonly lock?: boolean;
  readonly cfUrl?: string | null;
  readonly disabledReason?: string | null;
  readonly remark?: string;
  /** The active speed mode. Default `fast`. */
  readonly mode?: StandInMode;
  /** Whether the proxy has stored the `/settings` card (it does after its first sync). Default `true`. */
  readonly settingsCard?: boolean;
  /** Fast hours on the last /info card; `null` for a card without that line. Default 12.5 of 30. */
  readonly fastTime?: { readonly remaining: number; readonly total: number } | null;
  /** When the proxy last read /info (epoch ms); `null` for never. Default: now. */
  readonly infoUpdated?: number | null;
  /**
   * When Discord sent the stored `/settings` card (epoch ms), dating its `settingsMessageId` snowflake
   * (DiscordWebSocketService.cs:1490-1492 stores the message id with the card). Default: now.
   */
  readonly cardSentAt?: number;
  /** Whether the Discord session is alive (`IsAlive`); default: enabled and not locked. */
  readonly online?: boolean;
}

/** An account's mutable state inside the stand-in. */
export interface StandInAccount {
  readonly id: string;
  readonly channelId: string;
  enable: boolean | null;
  lock: boolean;
  cfUrl: string | null;
  disabledReason: string | null;
  remark: string;
  mode: StandInMode;
  settingsCard: boolean;
  /** Midjourney's own figure now; the proxy shows it only once an /info reading (a sync) stored it. */
  fastTime: { remaining: number; total: number } | null;
  /** The fast time the proxy's last /info reading stored (`properties`, `fastTimeRemaining`). */
  storedFastTime: { remaining: number; total: number } | null;
  infoUpdated: number | null;
  /** When the stored `/settings` card was sent (epoch ms): its `settingsMessageId` is a snowflake of it. */
  cardSentAt: number;
  /** How many `account-sync` requests reached the account (each sends /info and /settings to Discord). */
  syncs: number;
  online: boolean | undefined;
  /** Counts stored cards, so two cards stored in the same millisecond still get different ids. */
  cardSeq: number;
  /** The mode the last /info card stated ("Job Mode"); only a sync refreshes it (DWS:1370-1405). */
  infoMode: StandInMode;
  /**
   * Not alive until the proxy's next routine check (every minute, DiscordAccountInitializer.cs:340) starts
   * it: after `accounts-enable` (AdminController.cs:1063; `DisabledReason` kept until the reconnect,
   * DiscordWebSocketService.cs:2409-2418) or at the proxy's local midnight, when the fast-task counter
   * `IsAlive` needs expires (CounterHelper.cs:114-115, DiscordService.cs:492-496). Live after `readsLeft`
   * reads of the account or the search.
   */
  startingUp?: { readsLeft: number | 'never'; clearsReason: boolean };
  /** The card's Fast/Turbo styles were swapped by a hand-typed `/fast` or `/turbo` (see `markedMode`). */
  styleSwapped?: boolean;
  /** A clicked mode waiting to show: applied once `getsLeft` account reads have passed. */
  pendingMode?: { mode: StandInMode; getsLeft: number };
  /** A sync waiting to land: card stored and /info refreshed once `getsLeft` account reads have passed. */
  pendingSync?: { getsLeft: number };
  /**
   * The CAPTCHA was not really solved: `account-cf` still clears the lock (AdminController.cs:803-827
   * checks nothing), but Midjourney asks again at the account's next interaction (a click or a sync), and
   * the gateway handler locks it again (DiscordWebSocketService.cs:832-852,950-975).
   */
  captchaSticks?: boolean;
  /** The link a CAPTCHA that sticks shows again once it locks the account again. */
  stuckCaptchaUrl?: string | null;
  /**
   * Midjourney answers the next click with a CAPTCHA: an `INTERACTION_IFRAME_MODAL_CREATE` "Action required
   * to continue" that makes the proxy lock the account with this `cfUrl` (DiscordWebSocketService.cs:832-866,
   * 956; /work/shared/reference/midjourney-proxy-as-it-runs.md row 23). It comes after the click was relayed,
   * so the mode has switched all the same.
   */
  captchaAfterNextClick?: string;
}

/** The Discord user token the stand-in's accounts carry (the real API returns it to admins): never leak it. */
export const STAND_IN_USER_TOKEN = 'MTE-stand-in-discord-USER-token.secret';

/**
 * The buttons of Midjourney's `/settings` card as the proxy lists them (`DiscordAccount.Buttons`:
 * `{customId, emoji, label, style, type}`). The mode labels are the ones the proxy's code matches; the
 * custom ids and the other labels are illustrative (the proxy stores whatever Midjourney sent).
 */
const SETTINGS_CARD: readonly { customId: string; label: string; mode?: StandInMode }[] = [
  { customId: 'MJ::Settings::Stylize::100', label: 'Stylize med' },
  { customId: 'MJ::Settings::PublicMode::1', label: 'Public mode' },
  { customId: 'MJ::Settings::RemixMode', label: 'Remix mode' },
  { customId: 'MJ::Settings::TurboMode', label: 'Turbo mode', mode: 'turbo' },
  { customId: 'MJ::Settings::FastMode', label: 'Fast mode', mode: 'fast' },
  { customId: 'MJ::Settings::RelaxMode', label: 'Relax mode', mode: 'relax' },
  { customId: 'MJ::Settings::ResetSettings', label: 'Reset Settings' },
];

/**
 * The row Discord numbers 1 on the card: the version select, which `Buttons` leaves out
 * (DiscordAccount.cs:729-740 skips `c.Id == 1`) but `components` keeps.
 */
const VERSION_ROW = {
  id: 1,
  type: 1,
  components: [
    {
      type: 3,
      custom_id: 'MJ::Settings::VersionSelector',
      options: [{ label: 'Midjourney Model V7', value: '7' }],
    },
  ],
};

/** Discord's snowflake epoch (2015-01-01T00:00:00Z). */
const DISCORD_EPOCH = 1_420_070_400_000n;

/** A Discord snowflake minted at `ms`: the timestamp sits above the low 22 bits. */
export function snowflakeAt(ms: number, sequence = 0): string {
  return String(((BigInt(Math.floor(ms)) - DISCORD_EPOCH) << 22n) | BigInt(sequence & 0xfff));
}

/** The custom id of the button that switches to `mode`. */
export function modeCustomId(mode: StandInMode): string {
  const button = SETTINGS_CARD.find((candidate) => candidate.mode === mode);
  if (!button) throw new Error(`no button for ${mode}`);
  return button.customId;
}

/** The mode a custom id switches to, if it is a mode button. */
export function modeOfCustomId(customId: string): StandInMode | undefined {
  return SETTINGS_CARD.find((button) => button.customId === customId)?.mode;
}

/** True when `customId` is on the stored card. */
export function isCardButton(customId: string): boolean {
  return SETTINGS_CARD.some((button) => button.customId === customId);
}

export function createAccount(seed: ProxyAccountSeed, now: number): StandInAccount {
  const fastTime =
    seed.fastTime === undefined ? { remaining: 12.5, total: 30 } : seed.fastTime && { ...seed.fastTime };
  return {
    id: seed.id ?? randomUUID(),
    channelId: seed.channelId,
    enable: seed.enable === undefined ? true : seed.enable,
    lock: seed.lock ?? false,
    cfUrl: seed.cfUrl ?? null,
    disabledReason: seed.disabledReason ?? null,
    remark: seed.remark ?? '',
    mode: seed.mode ?? 'fast',
    settingsCard: seed.settingsCard ?? true,
    fastTime,
    storedFastTime: fastTime && { ...fastTime },
    infoUpdated: seed.infoUpdated === undefined ? now : seed.infoUpdated,
    cardSentAt: seed.cardSentAt ?? now,
    syncs: 0,
    online: seed.online,
    cardSeq: 0,
    infoMode: seed.mode ?? 'fast',
  };
}

/**
 * `IsAlive` (DiscordService.cs:481-515): enabled, started (not still reconnecting), connected and not
 * locked; a disabled account has no instance at all.
 */
export function isAlive(account: StandInAccount): boolean {
  return (
    account.enable === true && !account.lock && account.online !== false && account.startingUp === undefined
  );
}

/** Midjourney's words for the mode on the /info card's "Job Mode" line. */
const JOB_MODE = { fast: 'Fast', turbo: 'Turbo', relax: 'Relaxed' } as const;

function properties(account: StandInAccount): Record<string, string> {
  if (account.infoUpdated === null) return {};
  const props: Record<string, string> = {
    'User ID': '123456789012345678',
    Subscription: 'Standard (Active monthly, renews next on <t:1767225600>)',
    'Job Mode': JOB_MODE[account.infoMode],
    'Visibility Mode': 'Public',
    'Lifetime Usage': '11170 images (120.63 hours)',
    'Relaxed Usage': '344 images (3.47 hours)',
  };
  if (account.storedFastTime) {
    const { remaining, total } = account.storedFastTime;
    const percent = total > 0 ? Number(((remaining / total) * 100).toFixed(2)) : 0;
    props['Fast Time Remaining'] = `${remaining.toFixed(1)}/${total.toFixed(1)} hours (${percent}%)`;
  }
  return props;
}

/**
 * The mode the stored card marks active. The proxy's `/fast` and `/turbo` "Done!" handlers mark the other
 * one (DiscordWebSocketService.cs:1127-1143,1166-1181): `styleSwapped` is that card.
 */
function markedMode(account: StandInAccount): StandInMode {
  if (!account.styleSwapped || account.mode === 'relax') return account.mode;
  return account.mode === 'fast' ? 'turbo' : 'fast';
}

/** The card's button rows as `Components` serialises them: snake_case (`[JsonPropertyName]`, Program.cs:215-223). */
function cardComponents(account: StandInAccount): Record<string, unknown>[] {
  const marked = markedMode(account);
  const buttons = SETTINGS_CARD.map((button) => ({
    type: 2,
    custom_id: button.customId,
    label: button.label,
    // Style 3 (green) marks the active option, as the proxy's own web UI reads it (DWS:1133-1143).
    style: button.mode === marked ? 3 : 2,
  }));
  return [
    VERSION_ROW,
    { type: 1, components: buttons.slice(0, 4) },
    { type: 1, components: buttons.slice(4) },
  ];
}

/** The account as `GET /mj/admin/account/{id}` returns it to an admin (no envelope, secrets included). */
export function renderAccount(
  account: StandInAccount,
  timeZone = DEFAULT_PROXY_TIME_ZONE,
): Record<string, unknown> {
  const props = properties(account);
  const components = account.settingsCard ? cardComponents(account) : [];
  // DiscordAccount.Buttons: every row but id 1, as `{customId, emoji, label, style, type}`.
  const buttons = components
    .filter((row) => row.id !== 1)
    .flatMap((row) => row.components as { type: number; custom_id: string; label: string; style: number }[])
    .map((button) => ({
      customId: button.custom_id,
      emoji: '',
      label: button.label,
      style: button.style,
      type: button.type,
    }));
  return {
    id: account.id,
    channelId: account.channelId,
    guildId: '111111111111111111',
    userToken: STAND_IN_USER_TOKEN,
    loginPassword: null,
    enable: account.enable,
    enableMj: true,
    enableNiji: false,
    fastExhausted: false,
    lock: account.lock,
    disabledReason: account.disabledReason,
    cfHashUrl: account.lock
      ? 'https://936929561302675456.discordsays.com/captcha/api/c/hash/ack?hash=1'
      : null,
    cfUrl: account.cfUrl,
    remark: account.remark,
    mode: null,
    allowModes: [],
    // DateTime.Now on the proxy's host, written without an offset (see ./serverTime.ts).
    infoUpdated: account.infoUpdated === null ? null : localDateTime(account.infoUpdated, timeZone),
    properties: props,
    // The stored card's message (`string SettingsMessageId`, DiscordAccount.cs:473, saved with the card,
    // DiscordWebSocketService.cs:1490-1492).
    settingsMessageId: account.settingsCard ? snowflakeAt(account.cardSentAt, account.cardSeq) : null,
    components,
    buttons,
    mjFastModeOn: account.settingsCard && markedMode(account) !== 'relax',
    displays: {
      mode: props['Job Mode'] ?? '',
      nijiMode: '',
      subscribePlan: 'Standard',
      billedWay: 'Active monthly',
    },
    fastTimeRemaining: props['Fast Time Remaining'] ?? '',
    relaxTimeRemaining: 'N/A',
    running: false,
    dateCreated: localDateTime(Date.UTC(2026, 0, 1), timeZone),
  };
}

/**
 * AdminController.Accounts (`POST /mj/admin/accounts`): filters by `search.channelId` (and `search.enable`
 * when given), pages at most 100, answers `StandardTableResult` with no envelope. `running` is `IsAlive`.
 */
export function searchPage(
  accounts: readonly StandInAccount[],
  requestBody: unknown,
  timeZone = DEFAULT_PROXY_TIME_ZONE,
): Record<string, unknown> {
  const body = (requestBody ?? {}) as {
    pagination?: { current?: number; pageSize?: number };
    search?: { channelId?: string; enable?: boolean };
  };
  const current = body.pagination?.current ?? 1;
  const pageSize = Math.min(body.pagination?.pageSize ?? 10, 100);
  const matching = accounts.filter(
    (account) =>
      (!body.search?.channelId || account.channelId === body.search.channelId) &&
      (body.search?.enable === undefined || account.enable === body.search.enable),
  );
  const list = matching
    .slice((current - 1) * pageSize, current * pageSize)
    .map((account) => ({ ...renderAccount(account, timeZone), running: isAlive(account) }));
  const pageCount = Math.ceil(matching.length / pageSize);
  return { list, pagination: { current, pageSize, total: matching.length, pageCount } };
}
