/** What the admin who posts a live panel is told, privately, and what the alert channel hears about panels. */
import { channelMention } from 'discord.js';
import { lines, type Message, msg, verbatim } from '../../i18n/text.js';
import type { PanelRecord } from '../../state/PanelStore.js';
import type { RequestFailure } from '../ChannelMessages.js';
import type { Reply } from '../replies.js';
import type { PanelPostOutcome } from './LivePanels.js';

/** The answer to `/speed panel`. */
export function postedReply(outcome: PanelPostOutcome): Reply {
  switch (outcome.kind) {
    case 'posted': {
      const { pin, replaced } = outcome;
      return {
        content: lines(
          msg(pin.kind === 'pinned' ? 'panel.posted.pinned' : 'panel.posted.notPinned'),
          pin.kind === 'noPermission' && msg('panel.pin.noPermission'),
          pin.kind === 'failed' && pinFailed(pin.reason),
          replaced === 'deleted' && msg('panel.replaced.deleted'),
          replaced === 'left' && msg('panel.replaced.left'),
        ),
        ephemeral: true,
      };
    }
    case 'noAccess':
      return { content: msg('panel.notPosted.permissions'), ephemeral: true };
    case 'failed':
      return { content: notPosted(outcome.reason), ephemeral: true };
    case 'storeUnavailable':
      return { content: msg('panel.notPosted.store'), ephemeral: true };
  }
}

/** To a member who clicked a panel showing another account than the one its channel now uses. */
export function remappedPanelReply(): Reply {
  return { content: msg('panel.click.remapped'), ephemeral: true };
}

/** Why the panel was not pinned: Discord's words, quoted, or that it did not answer. */
function pinFailed(reason: RequestFailure): Message {
  if (reason.kind === 'discord') return msg('panel.pin.failed', { reason: verbatim(reason.message) });
  return msg(reason.kind === 'timeout' ? 'panel.pin.timeout' : 'panel.pin.unreachable');
}

/** Why the panel was not posted: Discord's words, quoted, or that it did not answer. */
function notPosted(reason: RequestFailure): Message {
  if (reason.kind === 'discord') return msg('panel.notPosted.failed', { reason: verbatim(reason.message) });
  return msg(reason.kind === 'timeout' ? 'panel.notPosted.timeout' : 'panel.notPosted.unreachable');
}

/** For the alert channel: a panel Discord no longer lets the bot edit. */
export function unreachableAlert(panel: PanelRecord, reason: string): Reply {
  return {
    content: msg('panel.alert.unreachable', {
      channel: channelMention(panel.channelId),
      reason: verbatim(reason),
    }),
    ephemeral: false,
  };
}
