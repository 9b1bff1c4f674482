/**
 * The demo's command line: which upstream it plays against and in which language Discord shows the members
 * and the server, each flag at most once, in any order.
 */
import { BOT_LOCALES, type BotLocale, isBotLocale, SOURCE_LOCALE } from '../src/i18n/locales.js';
import { UPSTREAMS, type UpstreamKind } from '../test/support/upstreamDouble.js';

export const DEMO_USAGE = `usage: npm run demo [-- --upstream ${UPSTREAMS.join('|')}] [--locale ${BOT_LOCALES.join('|')}]`;

export interface DemoOptions {
  readonly upstream: UpstreamKind;
  /** Every member's Discord language and the server's: private and public answers are in it. */
  readonly locale: BotLocale;
}

/** The options, or what is wrong with the command line. */
export type DemoArgs = { readonly options: DemoOptions } | { readonly problem: string };

const FLAGS = ['--upstream', '--locale'] as const;
type Flag = (typeof FLAGS)[number];
const isFlag = (text: string | undefined): text is Flag => FLAGS.some((flag) => flag === text);

/** Reads `argv` (what follows `npm run demo --`); the defaults are useapi.net and English (`en-US`). */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const given = new Map<Flag, string>();
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (!isFlag(flag) || given.has(flag)) return { problem: `unexpected arguments: ${argv.join(' ')}` };
    if (value === undefined || isFlag(value)) return { problem: `${flag} needs a value` };
    given.set(flag, value);
  }
  const upstreamName = given.get('--upstream') ?? 'useapi';
  const upstream = UPSTREAMS.find((candidate) => candidate === upstreamName);
  if (!upstream) return { problem: `unknown upstream "${upstreamName}"` };
  const locale = given.get('--locale') ?? SOURCE_LOCALE;
  if (!isBotLocale(locale)) {
    return {
      problem: `unknown locale "${locale}": use one of ${BOT_LOCALES.join(', ')} (Discord's locale codes)`,
    };
  }
  return { options: { upstream, locale } };
}
