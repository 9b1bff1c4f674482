/** The Midjourney speed modes the bot can switch to; the command builder, zod and the types all derive from it. */
export const SPEED_MODES = ['fast', 'turbo', 'relax'] as const;

export type SpeedMode = (typeof SPEED_MODES)[number];

export function isSpeedMode(value: string): value is SpeedMode {
  return (SPEED_MODES as readonly string[]).includes(value);
}
