/**
 * The Discord side of the doctor: the token and the application it belongs to, the registered slash
 * commands against `commands/`, the servers the bot is in, and whether it can post in the alert channel.
 * Only GET requests: nothing is registered, changed or sent.
 */
import type { REST } from '@discordjs/rest';
import type { APIApplication, APIUser, RESTAPIPartialCurrentUserGuild } from 'discord.js';
import { Routes } from 'discord.js';
import type { Config } from '../../config.js';
import { loadCommands } from '../../discord/loadCommands.js';
import { ALERTS, checkAlertChannel } from './alertChannelCheck.js';
import { commandDifferences } from './commandDefinition.js';
import { describeDiscordFailure, doctorRest } from './discordApi.js';
import { type CheckName, type CheckResult, failed, oneLine, passed, skipped, warned } from './report.js';
import type { CheckGroup } from './runGroups.js';

const TOKEN: CheckName = { id: 'discordToken', title: 'Discord token' };
const COMMANDS: CheckName = { id: 'slashCommand', title: 'Slash command' };
const SERVERS: CheckName = { id: 'servers', title: 'Servers' };

const DEPLOY_FIX = 'run `npm run deploy`';
/** `GET /users/@me/guilds` gives at most 200 per page; the doctor reads this many pages at most. */
const GUILD_PAGE = 200;
const GUILD_PAGES = 5;
/** Servers listed by name; beyond this the line gives a count. */
const LISTED_SERVERS = 20;

/** docs/operating.md's invite link: bot and applications.commands scopes, View Channel + Send Messages. */
const inviteUrl = (applicationId: string) =>
  `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=3072`;

/** The Discord checks, token first: the others need its application or its bot user. */
export function discordChecks(config: Config): CheckGroup {
  return {
    checks: [TOKEN, COMMANDS, SERVERS, ALERTS],
    service: `Discord (${config.discord.apiUrl})`,
    async run(report, signal) {
      const rest = doctorRest(config.discord);
      const token = await checkToken(rest, config, signal);
      report(token.result);
      const { applicationId, botUserId } = token;
      if (applicationId === undefined || botUserId === undefined) {
        for (const check of [COMMANDS, SERVERS, ALERTS])
          report(skipped(check, 'needs a working Discord token'));
        return;
      }
      await Promise.all([
        checkCommands(rest, config, applicationId, signal).then(report),
        checkServers(rest, config, applicationId, signal).then(report),
        checkAlertChannel(rest, config, botUserId, signal).then(report),
      ]);
    },
  };
}

/** The token's bot user and application, compared with DISCORD_APPLICATION_ID. */
async function checkToken(
  rest: REST,
  config: Config,
  signal: AbortSignal,
): Promise<{ result: CheckResult; applicationId?: string; botUserId?: string }> {
  let user: APIUser;
  try {
    user = (await rest.get(Routes.user('@me'), { signal })) as APIUser;
  } catch (error) {
    const failure = describeDiscordFailure(error, config.discord.apiUrl);
    return { result: failed(TOKEN, failure.summary, failure.fix) };
  }
  // An application created before 2020 may have a bot user id of its own; the application says for sure.
  const application = (await rest.get(Routes.currentApplication(), { signal }).catch(() => undefined)) as
    | Pick<APIApplication, 'id'>
    | undefined;
  const applicationId = application?.id ?? user.id;
  const who = `bot ${oneLine(user.username, 40)} (${user.id}) of application ${applicationId}`;
  const found = { applicationId, botUserId: user.id };
  const configured = config.discord.applicationId;
  if (configured === undefined) {
    const fix = `set DISCORD_APPLICATION_ID=${applicationId}: \`npm run deploy\` needs it`;
    return { result: warned(TOKEN, `valid: ${who}; DISCORD_APPLICATION_ID is not set`, { fix }), ...found };
  }
  if (configured !== applicationId) {
    return {
      result: failed(
        TOKEN,
        `valid, but it is the ${who}, not of DISCORD_APPLICATION_ID ${configured}`,
        `use the bot token of application ${configured}, or set DISCORD_APPLICATION_ID=${applicationId} if that is your bot's application`,
      ),
      ...found,
    };
  }
  return { result: passed(TOKEN, `valid: ${who}`), ...found };
}

/** Every command in `commands/` is registered where deploy puts it, as defined now. */
async function checkCommands(
  rest: REST,
  config: Config,
  applicationId: string,
  signal: AbortSignal,
): Promise<CheckResult> {
  const { guildId } = config.discord;
  const where = guildId ? `in server ${guildId}` : 'globally';
  const defined = [...(await loadCommands()).values()].map((command) => command.data.toJSON());
  let registered: { name?: unknown; type?: unknown }[];
  try {
    const route = guildId
      ? Routes.applicationGuildCommands(applicationId, guildId)
      : Routes.applicationCommands(applicationId);
    // Discord lists the translations of names and descriptions only when asked; they are compared too.
    const query = new URLSearchParams({ with_localizations: 'true' });
    registered = (await rest.get(route, { query, signal })) as typeof registered;
  } catch (error) {
    const failure = describeDiscordFailure(error, config.discord.apiUrl);
    if (guildId && failure.status === 403) {
      return failed(
        COMMANDS,
        `cannot read the commands of server ${guildId} (DISCORD_GUILD_ID): the bot is not in it`,
        `invite the bot there (${inviteUrl(applicationId)}), then run \`npm run deploy\``,
      );
    }
    return failed(COMMANDS, failure.summary, failure.fix);
  }
  const problems: string[] = [];
  for (const command of defined) {
    const found = registered.find(
      (candidate) => candidate.name === command.name && (candidate.type ?? 1) === 1,
    );
    if (!found) {
      problems.push(`/${command.name} is not registered ${where}`);
      continue;
    }
    const differences = commandDifferences(command, found);
    if (differences.length > 0) {
      problems.push(
        `/${command.name} registered ${where} is older than commands/: ${differences.join(', ')}`,
      );
    }
  }
  const names = defined.map((command) => `/${command.name}`).join(', ');
  if (problems.length === 0) return passed(COMMANDS, `${names} registered ${where}, as defined in commands/`);
  return failed(COMMANDS, problems.join('; '), DEPLOY_FIX);
}

/** The servers the bot is in, against the ones it serves (ALLOWED_GUILD_IDS, else DISCORD_GUILD_ID). */
async function checkServers(
  rest: REST,
  config: Config,
  applicationId: string,
  signal: AbortSignal,
): Promise<CheckResult> {
  let guilds: RESTAPIPartialCurrentUserGuild[];
  try {
    guilds = await listGuilds(rest, signal);
  } catch (error) {
    const failure = describeDiscordFailure(error, config.discord.apiUrl);
    return failed(SERVERS, failure.summary, failure.fix);
  }
  const invite = `invite the bot: ${inviteUrl(applicationId)}`;
  if (guilds.length === 0) return failed(SERVERS, 'the bot is in no server', invite);
  const named = (guild: RESTAPIPartialCurrentUserGuild) => `${oneLine(guild.name, 60)} (${guild.id})`;
  const allowed = config.allowedGuildIds;
  if (allowed === undefined) {
    return passed(SERVERS, `in ${count(guilds.length)}; it serves every one (ALLOWED_GUILD_IDS is not set)`, {
      details: listed(guilds.map(named)),
    });
  }
  const byId = new Map(guilds.map((guild) => [guild.id, guild]));
  const missing = allowed.filter((id) => !byId.has(id));
  const others = guilds.filter((guild) => !allowed.includes(guild.id));
  const details = [
    ...allowed.map((id) => {
      const guild = byId.get(id);
      return guild ? `allowed: ${named(guild)}` : `allowed: ${id}, but the bot is not in it`;
    }),
    ...listed(others.map((guild) => `not allowed (refused there): ${named(guild)}`)),
  ];
  if (missing.length === allowed.length) {
    return failed(
      SERVERS,
      `the bot is in none of its allowed servers (${allowed.join(', ')})`,
      invite,
      details,
    );
  }
  const inAllowed = `in ${allowed.length - missing.length} of ${count(allowed.length, 'allowed server')}`;
  if (missing.length > 0) return warned(SERVERS, inAllowed, { fix: invite, details });
  if (others.length > 0) {
    return warned(SERVERS, `${inAllowed}, and in ${count(others.length)} it refuses to serve`, {
      fix: 'remove it from servers that are not your team’s, and turn Public Bot off (docs/operating.md#1-the-discord-application)',
      details,
    });
  }
  return passed(SERVERS, inAllowed, { details });
}

async function listGuilds(rest: REST, signal: AbortSignal): Promise<RESTAPIPartialCurrentUserGuild[]> {
  const guilds: RESTAPIPartialCurrentUserGuild[] = [];
  for (let page = 0; page < GUILD_PAGES; page += 1) {
    const query = new URLSearchParams({ limit: String(GUILD_PAGE) });
    const last = guilds.at(-1);
    if (last) query.set('after', last.id);
    const batch = (await rest.get(Routes.userGuilds(), {
      query,
      signal,
    })) as RESTAPIPartialCurrentUserGuild[];
    guilds.push(...batch);
    if (batch.length < GUILD_PAGE) break;
  }
  return guilds;
}

const count = (n: number, noun = 'server') => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** At most {@link LISTED_SERVERS} lines, then how many more. */
function listed(lines: readonly string[]): string[] {
  if (lines.length <= LISTED_SERVERS) return [...lines];
  return [...lines.slice(0, LISTED_SERVERS), `… and ${lines.length - LISTED_SERVERS} more`];
}
