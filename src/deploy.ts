import { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import { loadConfig } from './config.js';
import { loadCommands } from './discord/loadCommands.js';
import { explainStartupFailure } from './fatal.js';
import { discordAddress, reaching } from './unreachable.js';

/**
 * `npm run deploy`: registers every command in `commands/` with Discord, in one guild (instant) when
 * DISCORD_GUILD_ID is set, else globally (Discord may take up to an hour to show global changes).
 */
async function deploy(): Promise<void> {
  const config = loadConfig('deploy');
  const applicationId = config.discord.applicationId as string;
  const body = [...(await loadCommands()).values()].map((command) => command.data.toJSON());
  const rest = new REST({ api: config.discord.apiUrl, retries: 1, timeout: 15_000 }).setToken(
    config.discord.token,
  );
  const { guildId } = config.discord;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await reaching(discordAddress(config.discord.apiUrl), rest.put(route, { body }))) as {
    name: string;
    options?: { name: string }[];
  }[];
  const where = guildId ? `guild ${guildId}` : 'all guilds (global; may take up to an hour to appear)';
  console.log(`Registered ${registered.length} command(s) for ${where}:`);
  for (const command of registered) {
    const subcommands = command.options?.map((option) => option.name).join(', ');
    console.log(`  /${command.name}${subcommands ? ` (${subcommands})` : ''}`);
  }
}

try {
  await deploy();
} catch (error) {
  console.error(`Deploy failed. ${explainStartupFailure(error)}`);
  process.exit(1);
}
