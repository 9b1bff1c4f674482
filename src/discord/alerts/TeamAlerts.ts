import type { SettingsChangedEvent } from '../../settings/TeamSettingsService.js';
import type { SwitchBackListener } from '../../speed/results.js';
import type { SpeedObserver } from '../../speed/SpeedObserver.js';
import type { PendingSwitchBack } from '../../speed/timedSpeed.js';
import type { SpeedMode } from '../../speedModes.js';
import type { BlockEndReminder } from '../../state/BlockEndStore.js';
import type { HaltRecord } from '../../state/ChannelState.js';
import type { UpstreamWords } from '../../upstream/messages.js';
import type { AccountReport } from '../../upstream/port.js';
import type { ChannelPoster } from '../ChannelPoster.js';
import type { Reply } from '../replies.js';
import { settingsChangedAlert } from '../settings/settingsText.js';
import type { AlertChannel } from './AlertChannel.js';
import { blockEndReminder, changeAlert, haltAlert, resetAlert, switchBackAlert } from './alertMessages.js';
import type { AlertRouting } from './alertRouting.js';

/**
 * The events admins must know about, told in the alert channel of the server each happened in (ALERT_CHANNEL_ID,
 * or the one its admins chose with `/speed settings`) when there is one. Without it only block-end reminders
 * are posted, in the channel where the halt was met. Nothing here delays or fails what a member asked for.
 */
export class TeamAlerts implements SpeedObserver {
  constructor(
    private readonly channel: AlertChannel,
    private readonly routing: AlertRouting,
    private readonly poster: ChannelPoster,
    private readonly adminRoleIds: readonly string[],
    /** How messages name the upstream. */
    private readonly words: UpstreamWords,
  ) {}

  halted(account: string, halt: HaltRecord): void {
    this.channel.post(
      this.routing.forChannel(halt.channelId ?? account),
      `halt:${account}:${halt.since}`,
      haltAlert(account, halt, this.adminRoleIds, this.words),
    );
  }

  /** After a successful `/speed reset` (interaction `eventId`), with the upstream's read-back `report`. */
  accountReset(
    eventId: string,
    account: string,
    by: { userId: string; channelId: string },
    report: AccountReport | undefined,
  ): void {
    this.channel.post(
      this.routing.forChannel(by.channelId),
      `reset:${eventId}`,
      resetAlert(account, by, report, this.words),
    );
  }

  /** After a successful speed change a member asked for (interaction `eventId`). */
  speedChanged(
    eventId: string,
    account: string,
    change: { mode: SpeedMode; userId: string; channelId: string; switchBack?: PendingSwitchBack },
  ): void {
    const { switchBack, ...rest } = change;
    const timed = switchBack && { minutes: switchBack.minutes, dueAt: switchBack.dueAt };
    this.channel.post(
      this.routing.forChannel(change.channelId),
      `change:${eventId}`,
      changeAlert(account, { ...rest, ...timed }),
    );
  }

  /**
   * Listens to switch backs as they come due. One record may be told several times (failed or held by a
   * halt, then switched), each kind once, even across restarts and processes.
   */
  readonly switchBack: SwitchBackListener = async (record, result) => {
    const alert = switchBackAlert(record, result, this.words);
    if (alert)
      this.channel.post(
        this.routing.forChannel(record.channelId),
        `switchback:${record.id}:${result.kind}`,
        alert,
      );
  };

  /**
   * A server's team settings changed (`/speed settings`): told in its alert channel; when the change is the
   * alert channel itself, in the old one too, so the admins reading it learn where alerts went.
   */
  settingsChanged(event: SettingsChangedEvent): void {
    const moved = event.changes.find((change) => change.setting === 'alertChannelId')?.from;
    const channels = new Set([moved, event.settings.values.alertChannelId]);
    for (const channelId of channels) {
      if (typeof channelId === 'string')
        this.channel.post(channelId, `settings:${event.id}:${channelId}`, settingsChangedAlert(event));
    }
  }

  /**
   * A block ended (already claimed by this process): remind the admins. Without an alert channel the
   * reminder goes where the halt was met, and rejects when Discord refuses it, so it is tried again.
   */
  async blockEnded(reminder: BlockEndReminder): Promise<void> {
    const reply = blockEndReminder(reminder);
    const eventId = `blockend:${reminder.id}`;
    const where = reminder.channelId ?? reminder.account;
    const alertChannel = await this.routing.forChannel(where);
    if (alertChannel) {
      this.channel.post(alertChannel, eventId, reply);
      return;
    }
    await this.poster.post(where, reply, { eventId });
  }

  /** The live panel in `channelId`, which Discord no longer lets the bot edit: told once (by `eventId`). */
  panelUnreachable(channelId: string, eventId: string, alert: Reply): void {
    this.channel.post(this.routing.forChannel(channelId), eventId, alert);
  }

  /** Waits (at most `timeoutMs`) for alerts still being posted, before the store closes. */
  settle(timeoutMs: number): Promise<void> {
    return this.channel.settle(timeoutMs);
  }
}
