/**
 * The live panel's message: Discord's Components v2 (one container whose accent colour tells the state at
 * a glance, text displays, a section with the Reset while halted, and a row with one button per mode), in
 * one language. Built from a {@link PanelView} alone, with Discord timestamps that count by themselves, so
 * the same state always gives the same body and the panel is edited only when something changed.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ContainerBuilder,
  MessageFlags,
  type RESTPatchAPIChannelMessageJSONBody,
  SectionBuilder,
  SeparatorBuilder,
  TextDisplayBuilder,
  TimestampStyles,
  time,
  userMention,
} from 'discord.js';
import { duration } from '../../i18n/duration.js';
import type { BotLocale } from '../../i18n/locales.js';
import { render } from '../../i18n/render.js';
import { lines, type Message, msg, type Text, verbatim } from '../../i18n/text.js';
import { LOW_FAST_TIME_PERCENT } from '../../speed/fastTime.js';
import { isTimedMode, type PendingSwitchBack } from '../../speed/timedSpeed.js';
import { SPEED_MODES, type SpeedMode } from '../../speedModes.js';
import type { HaltRecord } from '../../state/ChannelState.js';
import type { UpstreamWords } from '../../upstream/messages.js';
import { RESET_BUTTON_ID } from '../haltReplies.js';
import type { ModeRules } from '../modeAccess.js';
import { quoteUntrusted } from '../replies.js';
import type { PanelView } from './panelView.js';

/** The custom id of the panel's button for `mode`: `speed:panel:fast`, `speed:panel:turbo`, `speed:panel:relax`. */
export const panelButtonId = (mode: SpeedMode) => `speed:panel:${mode}`;

/** The mode of a panel button's custom id; `undefined` for any other id. */
export function panelButtonMode(customId: string): SpeedMode | undefined {
  return SPEED_MODES.find((mode) => panelButtonId(mode) === customId);
}

/** Accent colours (Discord's own palette): the state before a word is read. */
export const PANEL_COLOURS = {
  fast: 0xfee75c,
  turbo: 0xeb459e,
  relax: 0x57f287,
  unknown: 0x5865f2,
  halted: 0xed4245,
} as const;

const MODE_EMOJI = { fast: '⚡', turbo: '🚀', relax: '🌙' } as const satisfies Record<SpeedMode, string>;

/** Room for the upstream's words in the panel: the whole message stays far inside Discord's limits. */
const UPSTREAM_QUOTE_LIMIT = 600;

/** What the panel's words depend on besides the account's state. */
export interface PanelContext {
  /** The server's language. */
  locale: BotLocale;
  /** Who may use which mode, for how long: a timed mode's button says how long a click lasts. */
  rules: ModeRules;
  /** How the upstream is named ("useapi.net said:"). */
  words: Pick<UpstreamWords, 'name'>;
}

/** A panel message as Discord takes it (posting and editing alike). */
export type PanelMessageBody = RESTPatchAPIChannelMessageJSONBody & { flags: number };

const modeName = (mode: SpeedMode): Message => msg(`mode.${mode}`);
const at = (iso: string) => time(new Date(iso), TimestampStyles.ShortDateTime);
const ago = (iso: string) => time(new Date(iso), TimestampStyles.RelativeTime);

function changeLine(view: PanelView): Text {
  const change = view.lastChange;
  if (!change) return msg('panel.unknownHint');
  const values = { user: userMention(change.userId), at: at(change.at), ago: ago(change.at) };
  return change.automatic ? msg('panel.setAutomatically', values) : msg('panel.setBy', values);
}

function switchBackLine(record: PendingSwitchBack): Text {
  const mode = modeName(record.mode);
  if (record.heldBy !== undefined) return msg('panel.switchBack.held', { due: ago(record.dueAt), mode });
  if (record.retryAt !== undefined)
    return msg('panel.switchBack.retrying', { due: ago(record.dueAt), next: ago(record.retryAt), mode });
  return msg('panel.switchBack.due', {
    when: ago(record.dueAt),
    time: time(new Date(record.dueAt), TimestampStyles.ShortTime),
    length: duration(record.minutes * 60_000),
    mode,
    user: userMention(record.userId),
  });
}

function fastTimeLines(view: PanelView): Text {
  const reading = view.fastTime;
  if (!reading) return msg('panel.fastTime.none');
  if (reading.kind === 'missing') return msg('panel.fastTime.missing', { ago: ago(reading.at) });
  const { remainingHours: remaining, totalHours: total, percent, at: readAt } = reading.fastTime;
  const figures =
    total === undefined
      ? msg('panel.fastTime.figures.remaining', { remaining })
      : percent === undefined
        ? msg('panel.fastTime.figures.ofTotalNoPercent', { remaining, total })
        : msg('panel.fastTime.figures.ofTotal', { remaining, total, percent: Number(percent.toFixed(2)) });
  const low = percent !== undefined && percent < LOW_FAST_TIME_PERCENT;
  return lines(
    readAt
      ? msg('panel.fastTime.read', { figures, ago: ago(readAt) })
      : msg('panel.fastTime.readUndated', { figures }),
    low && msg('panel.fastTime.low'),
  );
}

function haltLines(halt: HaltRecord, words: PanelContext['words']): Text {
  const quote = halt.upstreamText.trim()
    ? quoteUntrusted(halt.upstreamText, UPSTREAM_QUOTE_LIMIT)
    : undefined;
  return lines(
    quote !== undefined && msg('panel.halt.said', { upstream: words.name }),
    quote !== undefined && verbatim(quote),
    halt.blockedUntil !== undefined &&
      msg('panel.halt.blockEnds', {
        at: time(new Date(halt.blockedUntil), TimestampStyles.LongDateTime),
        ago: ago(halt.blockedUntil),
      }),
  );
}

function modeButton(mode: SpeedMode, view: PanelView, context: PanelContext): ButtonBuilder {
  const max = isTimedMode(mode) ? context.rules.maxMinutes[mode] : undefined;
  const label =
    max === undefined
      ? modeName(mode)
      : msg('panel.button.timed', { mode: modeName(mode), length: duration(max * 60_000) });
  const current = !view.halt && view.lastChange?.mode === mode;
  return new ButtonBuilder()
    .setCustomId(panelButtonId(mode))
    .setLabel(render(label, context.locale))
    .setEmoji({ name: MODE_EMOJI[mode] })
    .setStyle(current ? ButtonStyle.Primary : ButtonStyle.Secondary)
    .setDisabled(view.halt !== undefined);
}

const textDisplay = (text: Text, locale: BotLocale) =>
  new TextDisplayBuilder().setContent(render(text, locale));

/** The panel for `view`, in `context.locale`. Nothing in it pings anyone. */
export function panelMessage(view: PanelView, context: PanelContext): PanelMessageBody {
  const { locale } = context;
  const container = new ContainerBuilder();
  const { halt, lastChange, switchBack } = view;
  if (halt) {
    const heading = lines(
      msg('panel.heading.halted'),
      msg('panel.halt.since', {
        cause: halt.cause ?? 'moderation',
        ago: ago(halt.since),
        at: at(halt.since),
      }),
    );
    const reset = new ButtonBuilder()
      .setCustomId(RESET_BUTTON_ID)
      .setLabel(render(msg('halt.resetButton'), locale))
      .setStyle(ButtonStyle.Danger);
    container
      .setAccentColor(PANEL_COLOURS.halted)
      .addSectionComponents(
        new SectionBuilder().addTextDisplayComponents(textDisplay(heading, locale)).setButtonAccessory(reset),
      );
    const details = lines(
      haltLines(halt, context.words),
      lastChange &&
        msg('panel.halt.lastMode', {
          mode: modeName(lastChange.mode),
          user: userMention(lastChange.userId),
          ago: ago(lastChange.at),
        }),
      switchBack && switchBackLine(switchBack),
    );
    if (details.lines.length > 0) container.addTextDisplayComponents(textDisplay(details, locale));
  } else {
    const heading = lastChange
      ? msg('panel.heading.mode', { emoji: MODE_EMOJI[lastChange.mode], mode: modeName(lastChange.mode) })
      : msg('panel.heading.unknown');
    container
      .setAccentColor(lastChange ? PANEL_COLOURS[lastChange.mode] : PANEL_COLOURS.unknown)
      .addTextDisplayComponents(
        textDisplay(lines(heading, changeLine(view), switchBack && switchBackLine(switchBack)), locale),
      );
  }
  container
    .addSeparatorComponents(new SeparatorBuilder())
    .addTextDisplayComponents(textDisplay(fastTimeLines(view), locale))
    .addActionRowComponents(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        SPEED_MODES.map((mode) => modeButton(mode, view, context)),
      ),
    )
    .addTextDisplayComponents(textDisplay(msg(halt ? 'panel.halt.help' : 'panel.footer'), locale));
  return {
    flags: MessageFlags.IsComponentsV2,
    components: [container.toJSON()],
    allowed_mentions: { parse: [] },
  };
}
