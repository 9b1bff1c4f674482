import type { TeamSettingsService } from '../../settings/TeamSettingsService.js';

/** Where the alerts about an event go. */
export interface AlertRouting {
  /**
   * The alert channel for an event in Discord channel `channelId`: ALERT_CHANNEL_ID when the operator set
   * it, else the one the admins of the channel's server chose, else none.
   */
  forChannel(channelId: string): Promise<string | undefined>;
}

/**
 * Routes each event to the alert channel of the server it happened in. `guildOf` finds a channel's server
 * (from the interactions seen, else from Discord); it is not asked when the operator fixed one channel for
 * every server.
 */
export function alertRouting(
  settings: Pick<TeamSettingsService, 'fixed' | 'forGuild'>,
  guildOf: (channelId: string) => Promise<string | undefined>,
): AlertRouting {
  return {
    async forChannel(channelId) {
      const fixed = settings.fixed.alertChannelId;
      if (fixed !== undefined) return fixed;
      const guildId = await guildOf(channelId);
      return guildId === undefined ? undefined : (await settings.forGuild(guildId)).values.alertChannelId;
    },
  };
}
