/**
 * Team controls on the modes that spend fast hours: who may switch to Turbo and Fast (TURBO_ROLE_IDS,
 * FAST_ROLE_IDS) and for how long (TURBO_MAX_MINUTES, FAST_MAX_MINUTES). Relax is always open: it saves
 * hours. Checked before anything is sent upstream.
 */
import { roleMention } from 'discord.js';
import { isTimedMode, type TimedMode } from '../speed/timedSpeed.js';
import { SPEED_MODES, type SpeedMode } from '../speedModes.js';
import type { Reply } from './replies.js';
import { formatDuration, MODE_LABELS } from './replyText.js';

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
  | { kind: 'tooLong'; mode: TimedMode; maxMinutes: number };

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

const limitText = (minutes: number) => formatDuration(minutes * 60_000);

/** The private refusal of a mode the member may not use, or of a length over the limit. Nothing pings. */
export function refusalReply(decision: Exclude<ModeDecision, { kind: 'allowed' }>): Reply {
  const label = `**${MODE_LABELS[decision.mode]}**`;
  const content =
    decision.kind === 'roleRequired'
      ? `Only members with ${decision.roles.map(roleMention).join(', ')} (or admins) may switch to ${label}. Nothing was sent to Midjourney; \`/speed relax\` is open to everyone.`
      : `${label} is limited to ${limitText(decision.maxMinutes)} at a time here: ask for \`minutes\` up to ${decision.maxMinutes}, or leave it out to get ${decision.maxMinutes}. Nothing was sent to Midjourney.`;
  return { content, ephemeral: true };
}

/** Added to a switch that became timed because of the limit, so nobody thinks it stays on. */
export function limitNote(mode: SpeedMode, minutes: number): string {
  return `(${MODE_LABELS[mode]} is limited to ${limitText(minutes)} at a time here.)`;
}

/** The `/speed status` line saying which modes this member may use, and for how long. */
export function modesLine(member: Member, rules: ModeRules): string {
  const allowed: string[] = [];
  const refused: string[] = [];
  for (const mode of SPEED_MODES) {
    const max = isTimedMode(mode) ? rules.maxMinutes[mode] : undefined;
    const label = `**${MODE_LABELS[mode]}**${max === undefined ? '' : ` (up to ${limitText(max)})`}`;
    if (mayUse(mode, member, rules)) allowed.push(label);
    else if (isTimedMode(mode))
      refused.push(`${MODE_LABELS[mode]} (needs ${rules.roles[mode].map(roleMention).join(' or ')})`);
  }
  const notYours = refused.length > 0 ? ` Not for you: ${refused.join(', ')}.` : '';
  return `Modes you may use: ${allowed.join(', ')}.${notYours}`;
}
