import { type Client, Events, type Guild } from 'discord.js';
import type { Logger } from '../log.js';

/**
 * ALLOWED_GUILD_IDS: the servers whose members may drive the team's Midjourney account. Admin rights are
 * judged per server, so without this list whoever adds the bot to a server of their own is an admin
 * there and could reset the team's halt.
 */
export class GuildAccess {
  private readonly allowed: ReadonlySet<string> | undefined;
  /** Servers already warned about, so a reconnect does not repeat the warning. */
  private readonly warned = new Set<string>();

  /** `allowedGuildIds` undefined: every server is allowed, as before the list existed. */
  constructor(allowedGuildIds: readonly string[] | undefined) {
    this.allowed = allowedGuildIds && new Set(allowedGuildIds);
  }

  allows(guildId: string): boolean {
    return this.allowed === undefined || this.allowed.has(guildId);
  }

  /** Logs one warning for each server the bot is in that is not on the list: someone invited it there. */
  warnAboutOtherGuilds(client: Client, logger: Logger): void {
    if (this.allowed === undefined) return;
    const check = (guild: Guild) => {
      if (this.allows(guild.id) || this.warned.has(guild.id)) return;
      this.warned.add(guild.id);
      logger.warn(
        { guild: guild.id },
        'the bot is in a server that is not in ALLOWED_GUILD_IDS; its interactions are refused. If nobody on your team added it there, turn off Public Bot in the Developer Portal and remove the bot from that server',
      );
    };
    client.on(Events.GuildCreate, check);
    client.once(Events.ClientReady, (ready) => {
      for (const guild of ready.guilds.cache.values()) check(guild);
    });
  }
}
