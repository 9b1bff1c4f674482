/**
 * A local Discord (REST + gateway on 127.0.0.1) that the real discord.js 14 client talks to in tests,
 * the demo and the benchmark. See {@link DiscordStandIn}.
 *
 * @example
 * const standIn = await DiscordStandIn.start({ botToken: 'token', guilds: { count: 1, channelsPerGuild: 2 } });
 * const client = new Client({
 *   intents: [GatewayIntentBits.Guilds],
 *   rest: { api: standIn.apiUrl },
 *   waitGuildTimeout: 1_000,
 *   ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
 * });
 * await client.login('token'); // then wait for Events.ClientReady
 * const handle = standIn.dispatchInteraction({ subcommand: 'relax', options: { minutes: 30 } });
 * const reply = await handle.waitForReply(); // reply.content, reply.ephemeral, reply.mentions, ...
 * await client.destroy(); // before standIn.close(), or discord.js keeps reconnecting
 * await standIn.close();
 */
export { DiscordStandIn } from './discord/DiscordStandIn.js';
export { type DiscordErrorResponse, discordErrors, rateLimitFault } from './discord/errors.js';
export { InteractionHandle } from './discord/InteractionHandle.js';
export { allPermissions, permissionBits, permissionSets, resolvePermissions } from './discord/permissions.js';
export type * from './discord/types.js';
export {
  type Truthy,
  WaitAbortedError,
  type WaitForOptions,
  WaitTimeoutError,
  waitFor,
} from './discord/waitFor.js';
