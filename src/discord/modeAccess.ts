/**
 * Team controls on the modes that spend fast hours: who may switch to Turbo and Fast (TURBO_ROLE_IDS,
 * FAST_ROLE_IDS) and for how long (TURBO_MAX_MINUTES, FAST_MAX_MINUTES). Relax is always open: it saves
 * hours. Checked before anything is sent upstream.
 */
import { duration } from '../i18n/duration.js';
import { listOf, type Message, msg } from '../i18n/text.js';
import { isTimedMode, type TimedMode } from '../speed/timedSpeed.js';
import { SPEED_MODES, type SpeedMode } from '../speedModes.js';
import type { Reply } from './replies.js';
import { anyOfRoles, modeName } from './replyText.js';

export interface ModeRules {
  /** Roles allowed to switch to each mode; empty: everyone. */
  roles: Readonly<Record<TimedMode, readonly string[]>>;
  /** The longest time in each mode, in minutes; absent: no limit. */
  maxMinutes: Readonly<Partial<Record<TimedMode, number>>>;
}

export const NO_MODE_RULES: ModeRules = { roles: { turbo: [], fast: [] }, maxMinutes: {} };

/** The member asking, as far as the rules care. */
export interface Member {
  /** Admins (as for reset) may use every mode. */
  admin: boolean;
  roleIds: readonly string[];
}

export type ModeDecision =
  /** Go ahead; `minutes` is the timed length to use (the limit when none was asked and there is one). */
  | { kind: 'allowed'; minutes: number | undefined; limited: boolean }
  | { kind: 'roleRequired'; mode: TimedMode; roles: readonly string[] }
  | { kind: 'tooLong'; mode: TimedMode; maxMinutes: number }
  /** The server's own rules for the mode could not be read: who may use it is unknown. */
  | { kind: 'settingsNotRead'; mode: TimedMode };

/** Whether `member` may switch to `mode` at all (any length). */
export function mayUse(mode: SpeedMode, member: Member, rules: ModeRules): boolean {
  if (!isTimedMode(mode) || member.admin) return true;
  const roles = rules.roles[mode];
  return roles.length === 0 || member.roleIds.some((id) => roles.includes(id));
}

/** Whether `member` may switch to `mode` for `minutes` (undefined: untimed), and for how long. */
export function decideModeRequest(
  mode: SpeedMode,
  minutes: number | undefined,
  member: Member,
  rules: ModeRules,
): ModeDecision {
  if (!isTimedMode(mode)) return { kind: 'allowed', minutes, limited: false };
  if (!mayUse(mode, member, rules)) return { kind: 'roleRequired', mode, roles: rules.roles[mode] };
  const max = rules.maxMinutes[mode];
  if (max === undefined) return { kind: 'allowed', minutes, limited: false };
  if (minutes === undefined) return { kind: 'allowed', minutes: max, limited: true };
  if (minutes > max) return { kind: 'tooLong', mode, maxMinutes: max };
  return { kind: 'allowed', minutes, limited: false };
}

/** The longest time in a mode, as a duration in the reader's language. */
const limitText = (minutes: number) => duration(minutes * 60_000);

/** The private refusal of a mode the member may not use, or of a length over the limit. Nothing pings. */
export function refusalReply(decision: Exclude<ModeDecision, { kind: 'allowed' }>): Reply {
  const mode = modeName(decision.mode);
  switch (decision.kind) {
    case 'roleRequired':
      return {
        content: msg('modes.refused.role', { roles: anyOfRoles(decision.roles), mode }),
        ephemeral: true,
      };
    case 'tooLong':
      return {
        content: msg('modes.refused.tooLong', {
          mode,
          limit: limitText(decision.maxMinutes),
          max: decision.maxMinutes,
        }),
        ephemeral: true,
      };
    case 'settingsNotRead':
      return { content: msg('modes.refused.settingsNotRead', { mode }), ephemeral: true };
  }
}

/** Added to a switch that became timed because of the limit, so nobody thinks it stays on. */
export function limitNote(mode: SpeedMode, minutes: number): Message {
  return msg('modes.limitNote', { mode: modeName(mode), limit: limitText(minutes) });
}

/** The `/speed status` line saying which modes this member may use, and for how long. */
export function modesLine(member: Member, rules: ModeRules): Message {
  const allowed: Message[] = [];
  const refused: Message[] = [];
  for (const mode of SPEED_MODES) {
    const max = isTimedMode(mode) ? rules.maxMinutes[mode] : undefined;
    if (mayUse(mode, member, rules))
      allowed.push(
        max === undefined
          ? msg('modes.allowed', { mode: modeName(mode) })
          : msg('modes.allowed.limited', { mode: modeName(mode), limit: limitText(max) }),
      );
    else if (isTimedMode(mode))
      refused.push(msg('modes.refused', { mode: modeName(mode), roles: anyOfRoles(rules.roles[mode]) }));
  }
  return refused.length > 0
    ? msg('modes.line.withRefused', { allowed: listOf(allowed), refused: listOf(refused) })
    : msg('modes.line', { allowed: listOf(allowed) });
}
