/**
 * A member's request to switch the account's mode, whether typed (`/speed fast|turbo|relax`) or clicked on
 * a live panel: one path for both, so a click meets every rule of the command (mode roles, the longest time
 * in a mode, the cooldown, halts, shared calls, one request per account at a time). Only where the mode and
 * minutes come from, and who reads the answer, differ.
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionDeferReplyOptions,
  MessageFlags,
} from 'discord.js';
import type { Readers } from '../i18n/ServerLanguages.js';
import { lines, msg } from '../i18n/text.js';
import type { ReadSettings } from '../settings/TeamSettingsService.js';
import { modeRulesOf, type SettingName } from '../settings/teamSettings.js';
import type { SwitchResult } from '../speed/results.js';
import { isTimedMode, type TimedMode } from '../speed/timedSpeed.js';
import type { SpeedMode } from '../speedModes.js';
import type { CallLog } from '../upstream/port.js';
import type { BotServices } from './Command.js';
import { isAdmin, memberRoleIds } from './isAdmin.js';
import { decideModeRequest, limitNote, type Member, type ModeDecision, refusalReply } from './modeAccess.js';
import { completeDeferred, deferWhile, followUp, type Reply, replyNow } from './replies.js';
import { switchReply } from './switchReplies.js';

export type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/** What the member asked for. */
export interface SpeedRequest {
  mode: SpeedMode;
  /** The `minutes` the member asked for (already checked to be in range); none from a panel. */
  minutes: number | undefined;
  /**
   * `channel`: the command's answer, where a change is posted for everyone ("… requested by @member").
   * `private`: a panel's click, answered to the member alone, since the panel shows the change to everyone;
   * a moderation halt the click met is still posted in the channel, with its instructions and Reset.
   */
  answer: 'channel' | 'private';
}

/** The invoker as the mode rules see them. */
export function memberOf(interaction: Repliable, services: BotServices): Member {
  return { admin: isAdmin(interaction, services.adminRoleIds), roleIds: memberRoleIds(interaction) };
}

/** The team settings of the interaction's server (bounded in time: see `TeamSettingsService`). */
export function settingsOf(interaction: Repliable, services: BotServices): Promise<ReadSettings> {
  return services.settings.forGuild(interaction.guildId ?? '');
}

/** The settings a switch to each mode obeys beyond Relax's: who may, for how long, and the cooldown. */
const RULED_BY: Readonly<Record<TimedMode, readonly SettingName[]>> = {
  turbo: ['turboRoleIds', 'turboMaxMinutes', 'cooldownSeconds'],
  fast: ['fastRoleIds', 'fastMaxMinutes', 'cooldownSeconds'],
};

const REFUSAL_OUTCOMES = {
  roleRequired: 'refused-role',
  tooLong: 'refused-too-long',
  settingsNotRead: 'refused-settings-not-read',
} as const satisfies Record<Exclude<ModeDecision, { kind: 'allowed' }>['kind'], string>;

/**
 * The mode rules' decision on `settings`. When they could not be read and nothing is known of the server's
 * own (just after a start), the defaults would let anyone spend fast hours without limit: a member who is
 * not an admin is refused Turbo and Fast instead, unless the operator fixed every rule of the mode. A
 * refusal by the operator's rules stands whatever else is unknown.
 */
function decideWithSettings(
  mode: SpeedMode,
  minutes: number | undefined,
  member: Member,
  settings: ReadSettings,
): ModeDecision {
  const decision = decideModeRequest(mode, minutes, member, modeRulesOf(settings.values));
  if (decision.kind !== 'allowed' || !settings.nothingKnown || member.admin || !isTimedMode(mode))
    return decision;
  const unknown = RULED_BY[mode].some((name) => settings.sources[name] !== 'operator');
  return unknown ? { kind: 'settingsNotRead', mode } : decision;
}

/** Completes a private answer: a halt's public notice goes to the channel, the member is told where. */
async function completePrivately(interaction: Repliable, reply: Reply, readers: Readers): Promise<void> {
  if (reply.ephemeral) {
    await completeDeferred(interaction, reply, readers);
    return;
  }
  await completeDeferred(interaction, { content: msg('panel.click.haltPosted'), ephemeral: true }, readers);
  await followUp(interaction, reply, readers);
}

/** Switches the account behind the interaction's channel as `request` asks, and answers the member. */
export async function requestSpeed(
  interaction: Repliable,
  request: SpeedRequest,
  account: string,
  services: BotServices,
  readers: Readers,
  calls: CallLog,
): Promise<string> {
  const { mode } = request;
  const member = memberOf(interaction, services);
  const settings = await settingsOf(interaction, services);
  const decision = decideWithSettings(mode, request.minutes, member, settings);
  if (decision.kind !== 'allowed') {
    await replyNow(interaction, refusalReply(decision), readers);
    return REFUSAL_OUTCOMES[decision.kind];
  }
  const { minutes } = decision;
  const privately = request.answer === 'private';
  // Acknowledged at once (Discord drops interactions not answered within 3 s), the switch running meanwhile.
  // The alert channel hears of a change even if Discord refused the acknowledgement.
  const deferral: InteractionDeferReplyOptions = privately ? { flags: MessageFlags.Ephemeral } : {};
  const result = await deferWhile(interaction, deferral, async () => {
    const switched = await services.speed.switchSpeed(
      account,
      mode,
      {
        userId: interaction.user.id,
        cooldownMs: settings.values.cooldownSeconds * 1_000,
        exemptFromCooldown: member.admin,
        calls,
      },
      { channelId: interaction.channelId, ...(minutes !== undefined && { minutes }) },
    );
    if (switched.kind === 'switched') {
      services.alerts.speedChanged(interaction.id, account, {
        mode,
        userId: interaction.user.id,
        channelId: interaction.channelId,
        ...(switched.switchBack && { switchBack: switched.switchBack }),
      });
    }
    return switched;
  });
  const replyTo = (answered: SwitchResult) => {
    const reply = switchReply(answered, interaction.user.id, services.adminRoleIds, services.upstream.words);
    const limited =
      answered.kind === 'switched' && decision.limited && minutes !== undefined
        ? { ...reply, content: lines(reply.content, limitNote(mode, minutes)) }
        : reply;
    // The panel shows the change to everyone: the member's own answer stays theirs.
    return privately && answered.kind === 'switched' ? { ...limited, ephemeral: true } : limited;
  };
  const complete = privately ? completePrivately : completeDeferred;
  if (result.kind !== 'switched') {
    await complete(interaction, replyTo(result), readers);
    return result.kind === 'failed' ? `failed:${result.outcome.kind}` : result.kind;
  }
  const [, notRecorded] = await Promise.all([
    complete(interaction, replyTo(result), readers),
    result.recorded,
  ]);
  // The change's records were written while the reply went out: if they failed, the reply says so after all.
  if (notRecorded && !result.storeProblem) {
    await complete(interaction, replyTo({ ...result, storeProblem: notRecorded }), readers);
  }
  return result.kind;
}
