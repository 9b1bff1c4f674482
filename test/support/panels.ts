/**
 * Reading live panels in end-to-end tests: a panel is a Components v2 channel message, so what members read
 * is the text of its text displays, and what they can press is its buttons.
 */
import { MessageFlags } from 'discord.js';
import type { ChannelMessage, DiscordStandIn, RecordedRequest } from '../standins/discord.js';

/** A component as Discord's JSON has it, as far as tests read it. */
export interface Component {
  type: number;
  content?: string;
  custom_id?: string;
  disabled?: boolean;
  label?: string;
  accent_color?: number;
  components?: Component[];
  accessory?: Component;
}

/** Every component, nested ones (a container's, a row's, a section's accessory) included, in order. */
export function flatten(components: readonly Component[]): Component[] {
  return components.flatMap((component) => [
    component,
    ...flatten(component.components ?? []),
    ...(component.accessory ? flatten([component.accessory]) : []),
  ]);
}

const componentsOf = (message: Pick<ChannelMessage, 'components'>) =>
  flatten(message.components as Component[]);

/** What members read on a panel: its text displays, in order. */
export function panelText(message: Pick<ChannelMessage, 'components'>): string {
  return componentsOf(message)
    .flatMap((component) => (component.content === undefined ? [] : [component.content]))
    .join('\n');
}

/** The panel's buttons by custom id, and whether each is disabled. */
export function panelButtons(message: Pick<ChannelMessage, 'components'>): Record<string, boolean> {
  return Object.fromEntries(
    componentsOf(message)
      .filter((component) => component.type === 2 && component.custom_id !== undefined)
      .map((component) => [component.custom_id, component.disabled === true]),
  );
}

/** The label of the panel's button `customId`, as the server's members read it. */
export function panelButtonLabel(message: Pick<ChannelMessage, 'components'>, customId: string): string {
  return componentsOf(message).find((component) => component.custom_id === customId)?.label ?? '';
}

/** The panels posted in `channelId` since the last `clearRequests`, newest last. */
export function panelsIn(discord: DiscordStandIn, channelId: string): ChannelMessage[] {
  return discord
    .channelMessages(channelId)
    .filter((message) => (message.flags & MessageFlags.IsComponentsV2) !== 0);
}

/** Resolves with the panel `messageId` once its text shows `expected`. */
export function panelShowing(
  discord: DiscordStandIn,
  messageId: string,
  expected: string,
  timeoutMs = 10_000,
): Promise<ChannelMessage> {
  return discord.waitFor(
    () => {
      const message = discord.channelMessage(messageId);
      return message && panelText(message).includes(expected) ? message : undefined;
    },
    { timeoutMs, description: `the panel ${messageId} to show "${expected}"` },
  );
}

/** Resolves with the panel `messageId` once the bot edited it more than `editCount` times. */
export function panelEditedAfter(
  discord: DiscordStandIn,
  messageId: string,
  editCount: number,
): Promise<ChannelMessage> {
  return discord.waitFor(
    () => {
      const message = discord.channelMessage(messageId);
      return message && message.editCount > editCount ? message : undefined;
    },
    { timeoutMs: 10_000, description: `the panel ${messageId} to be edited` },
  );
}

/** The edits the bot sent for the panel `messageId` (recorded since the last `clearRequests`). */
export function panelEdits(discord: DiscordStandIn, channelId: string, messageId: string): RecordedRequest[] {
  return discord.requests({
    route: 'editChannelMessage',
    path: `/channels/${channelId}/messages/${messageId}`,
  });
}

interface LookEntry {
  msg: string;
  account?: string;
  look?: number;
  panels?: number;
}

/**
 * After line `from` of the bot's `logs`: once the bot has finished its first look at the panels of a
 * change of `account` begun since then, how many panels it looked at; `undefined` until then. A test waits
 * for it to know the bot is done with a change, edits and all.
 */
export function panelsLookedAt(logs: readonly string[], from: number, account: string): number | undefined {
  const entries = logs.slice(from).map((line) => JSON.parse(line) as LookEntry);
  const begun = entries.find(
    (entry) => entry.msg === 'looking at the live panels of a change' && entry.account === account,
  );
  const done = entries.find(
    (entry) => entry.msg === 'live panels of a change looked at' && entry.look === begun?.look,
  );
  return begun && done?.panels;
}
