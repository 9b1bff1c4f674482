/**
 * How the demo prints: the people in the channel, Discord markup turned into what the client displays, and
 * one block per interaction, marked when only the invoker can see it.
 */
import { ButtonStyle } from 'discord.js';
import type { Component } from '../test/support/panels.js';
import type { UpstreamDouble } from '../test/support/upstreamDouble.js';

export const ALICE = '700000000000000001';
export const BOB = '700000000000000002';
export const CAROL = '700000000000000003';
const people = { [ALICE]: 'alice', [BOB]: 'bob', [CAROL]: 'carol' } as const;
export type Person = keyof typeof people;

/** Turns Discord markup into what the client would display. */
function asDisplayed(content: string): string {
  return content
    .replace(/<@(\d+)>/g, (_, id: string) => `@${people[id as Person] ?? id}`)
    .replace(/<@&(\d+)>/g, '@Midjourney admins')
    .replace(/<t:(\d+):[fF]>/g, (_, seconds: string) => new Date(Number(seconds) * 1_000).toUTCString())
    .replace(/ \(<t:\d+:R>\)/g, '')
    .replace(/<t:(\d+):R>/g, 'just now');
}

/** A button on a message: what it does and the label the reader sees, in the reader's language. */
export interface ShownButton {
  readonly customId: string;
  readonly label: string;
}

/** The buttons in a message's action rows, in order. */
export function buttonsOf(components: readonly unknown[]): ShownButton[] {
  const asList = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
  return components
    .flatMap((row) => asList((row as { components?: unknown }).components))
    .map((button) => button as { custom_id?: unknown; label?: unknown })
    .filter((button) => typeof button.custom_id === 'string' && typeof button.label === 'string')
    .map((button) => ({ customId: button.custom_id as string, label: button.label as string }));
}

/** A button as the client draws it: the highlighted one (primary style) in double brackets. */
function drawButton(button: Component & { emoji?: { name?: string }; style?: number }): string {
  const label = [button.emoji?.name, button.label].filter(Boolean).join(' ');
  const [open, close] = button.style === ButtonStyle.Primary ? ['[[', ']]'] : ['[', ']'];
  return `${open} ${label} ${close}${button.disabled ? ' (disabled)' : ''}`;
}

/** The lines of a Components v2 message as the client lays it out: text, rules, rows of buttons. */
function layout(components: readonly Component[]): string[] {
  return components.flatMap((component): string[] => {
    switch (component.type) {
      case 10:
        return asDisplayed(component.content ?? '').split('\n');
      case 14:
        return ['────────────────────────────────────────'];
      case 1:
        return [(component.components ?? []).map(drawButton).join(' ')];
      case 9:
        return [
          ...layout(component.components ?? []),
          ...(component.accessory ? [drawButton(component.accessory)] : []),
        ];
      default:
        return layout(component.components ?? []);
    }
  });
}

/** Prints the live panel as everyone in the channel sees it; the bar stands for its accent colour. */
export function printPanel(message: { components: unknown[]; pinned: boolean }): void {
  console.log(`\n📌 the live panel in #midjourney${message.pinned ? ' (pinned)' : ''}, as everyone sees it:`);
  for (const line of layout(message.components as Component[])) console.log(`  ┃ ${line}`);
}

/** Prints what `who` sees after running `command`. */
export function printAnswer(
  who: Person,
  command: string,
  answer: { content: string; ephemeral: boolean; components: unknown[] },
): void {
  const name = people[who];
  console.log(`\n#midjourney  ${name} used ${command}`);
  const visibility = answer.ephemeral ? ` (only ${name} can see this)` : '';
  console.log(`  mj-speed-bot${visibility}:`);
  for (const line of asDisplayed(answer.content).split('\n')) console.log(`    ${line}`);
  for (const button of buttonsOf(answer.components)) console.log(`    [ ${button.label} ]`);
}

/** Prints a line of narration: what happens outside the channel. */
export function narrate(text: string): void {
  console.log(`\n  (${text})`);
}

/** One line on what reached the upstream: each distinct request once, in first-seen order, with a count. */
export function printUpstreamTraffic(upstream: UpstreamDouble): void {
  const log = upstream.requestLog();
  const counts = new Map<string, number>();
  for (const request of log) counts.set(request, (counts.get(request) ?? 0) + 1);
  const seen = [...counts].map(([request, times]) => (times > 1 ? `${request} ×${times}` : request));
  console.log(`\n${upstream.name} saw ${log.length} requests: ${seen.join(', ')}`);
}
