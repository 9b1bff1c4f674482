/**
 * Driving `/speed settings` from a test as an admin does in Discord: open the private view, then use its
 * controls on it (role and channel pickers, the language list, the buttons, the limits modal).
 */
import type { APIMessageTopLevelComponent } from 'discord-api-types/v10';
import type {
  ComponentMessageSpec,
  InteractionContextSpec,
  InteractionHandle,
  VisibleMessage,
} from '../standins/discord.js';
import type { Answer, Harness } from './botHarness.js';

/** Where a control is used: the private view it sits on, and who uses it. */
export interface ControlUse extends InteractionContextSpec {
  /** The view the control sits on (default: a bot message carrying only that control). */
  view?: VisibleMessage;
}

/** A view as the message a component interaction carries. */
export function onView(view: VisibleMessage): ComponentMessageSpec {
  return {
    id: view.id,
    content: view.content,
    components: view.components as APIMessageTopLevelComponent[],
    flags: view.flags,
  };
}

/**
 * What the user sees after using a control: the view, updated in place once the bot edited it, or the
 * private answer the bot gave instead (a refusal, a new view).
 */
export async function afterControl(harness: Harness, handle: InteractionHandle): Promise<Answer> {
  const seen = await harness.discord.waitFor(
    () => {
      const ack = handle.acknowledgement;
      if (!ack) return undefined;
      // A deferred update shows the view as it was until the bot edits it.
      if (ack.type === 6)
        return handle.writes.some((write) => write.route === 'editOriginal') && handle.original;
      const original = handle.original;
      return original && !original.loading ? original : undefined;
    },
    { description: `the answer to control interaction ${handle.id}` },
  );
  return { ...seen, handle };
}

export interface SettingsControls {
  /** `/speed settings` as `who`. */
  open(who: InteractionContextSpec): Promise<Answer>;
  /** Picks `values` in the select `customId`, and resolves with what the user sees then. */
  pick(
    customId: string,
    select: 'string' | 'role' | 'channel',
    values: readonly string[],
    use: ControlUse,
  ): Promise<Answer>;
  /** Presses the button `customId`; resolves with its handle (a modal shows as its acknowledgement). */
  press(customId: string, use: ControlUse): InteractionHandle;
  /** Submits the modal `customId` with `fields`, and resolves with what the user sees then. */
  submit(customId: string, fields: Record<string, string>, use: ControlUse): Promise<Answer>;
}

export function settingsControls(harness: () => Harness): SettingsControls {
  const where = ({ view, ...context }: ControlUse) => ({
    ...context,
    ...(view && { message: onView(view) }),
  });
  return {
    open: (who) => harness().run({ subcommand: 'settings', ...who }),
    pick: (customId, select, values, use) =>
      afterControl(
        harness(),
        harness().discord.dispatchInteraction({ type: 'select', customId, select, values, ...where(use) }),
      ),
    press: (customId, use) =>
      harness().discord.dispatchInteraction({ type: 'button', customId, ...where(use) }),
    submit: (customId, fields, use) =>
      afterControl(
        harness(),
        harness().discord.dispatchInteraction({ type: 'modalSubmit', customId, fields, ...where(use) }),
      ),
  };
}
