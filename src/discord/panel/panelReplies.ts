/** What the admin who posts a live panel is told, privately, and what the alert channel hears about panels. */
import { channelMention } from 'discord.js';
import { lines, msg, verbatim } from '../../i18n/text.js';
import type { PanelRecord } from '../../state/PanelStore.js';
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
          pin.kind === 'failed' && msg('panel.pin.failed', { reason: verbatim(pin.reason) }),
          replaced === 'deleted' && msg('panel.replaced.deleted'),
          replaced === 'left' && msg('panel.replaced.left'),
        ),
        ephemeral: true,
      };
    }
    case 'noAccess':
      return { content: msg('panel.notPosted.permissions'), ephemeral: true };
    case 'failed':
      return {
        content: msg('panel.notPosted.failed', { reason: verbatim(outcome.reason) }),
        ephemeral: true,
      };
    case 'storeUnavailable':
      return { content: msg('panel.notPosted.store'), ephemeral: true };
  }
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
