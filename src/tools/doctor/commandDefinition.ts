/**
 * Whether the command Discord has registered is the one `commands/` defines now. Discord stores what
 * `npm run deploy` sent plus fields of its own (ids, version, defaults written out), so both sides are
 * reduced to the fields that change what users see or may do, with Discord's defaults made explicit.
 * That includes the translations the command picker shows (`description_localizations`), so the
 * registered command must be read with them (`with_localizations=true`).
 */

type Json = Record<string, unknown>;

/** Option fields that shape the command; anything else (ids, versions) is ignored. */
const OPTION_FIELDS = [
  'type',
  'name',
  'name_localizations',
  'description',
  'description_localizations',
  'required',
  'choices',
  'options',
  'channel_types',
  'min_value',
  'max_value',
  'min_length',
  'max_length',
  'autocomplete',
] as const;

/** Defaults Discord leaves out or writes in; equal to leaving the field out. */
const OPTION_DEFAULTS: Readonly<Record<string, unknown>> = { required: false, autocomplete: false };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields holding a localization dictionary: none may come as absent, `null` or `{}`; key order means nothing. */
const LOCALIZATIONS: ReadonlySet<string> = new Set(['name_localizations', 'description_localizations']);

/** A dictionary's translations in locale order; none (absent, `null`, empty, only unset ones) is `null`. */
function normaliseLocalizations(dictionary: unknown): Json | null {
  if (!isObject(dictionary)) return null;
  const translations = Object.entries(dictionary)
    .filter(([, text]) => typeof text === 'string')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return translations.length > 0 ? Object.fromEntries(translations) : null;
}

function normaliseOption(option: unknown): Json {
  const source = isObject(option) ? option : {};
  const kept: Json = {};
  for (const field of OPTION_FIELDS) {
    const value = LOCALIZATIONS.has(field) ? normaliseLocalizations(source[field]) : source[field];
    if (value === undefined || value === null || value === OPTION_DEFAULTS[field]) continue;
    kept[field] = Array.isArray(value)
      ? value.map(field === 'options' ? normaliseOption : normaliseChoice)
      : value;
  }
  if (Array.isArray(kept.options) && kept.options.length === 0) delete kept.options;
  return kept;
}

/** A choice or channel type, without the localisations Discord may add. */
function normaliseChoice(choice: unknown): unknown {
  return isObject(choice) ? { name: choice.name, value: choice.value } : choice;
}

/** Where the command may be used: `contexts` when given, else the older `dm_permission`. */
function whereUsable(command: Json): unknown {
  if (Array.isArray(command.contexts)) return [...command.contexts].sort();
  return command.dm_permission === false ? 'guild only' : 'anywhere';
}

/** The fields compared, by name. */
function comparable(command: Json): Record<string, unknown> {
  return {
    name: command.name,
    name_localizations: normaliseLocalizations(command.name_localizations),
    description: command.description,
    description_localizations: normaliseLocalizations(command.description_localizations),
    options: Array.isArray(command.options) ? command.options.map(normaliseOption) : [],
    contexts: whereUsable(command),
    default_member_permissions: command.default_member_permissions ?? null,
  };
}

/**
 * The fields in which `registered` differs from `defined` (`data.toJSON()`), e.g. `options (fast, turbo)`;
 * empty when they match. Differing options are named by the subcommand or option they belong to.
 */
export function commandDifferences(defined: unknown, registered: unknown): string[] {
  const want = comparable(isObject(defined) ? defined : {});
  const have = comparable(isObject(registered) ? registered : {});
  const differences: string[] = [];
  for (const field of Object.keys(want)) {
    if (field === 'options') {
      const names = differingOptions(want.options as Json[], have.options as Json[]);
      if (names.length > 0) differences.push(`options (${names.join(', ')})`);
    } else if (JSON.stringify(want[field]) !== JSON.stringify(have[field])) {
      differences.push(field);
    }
  }
  return differences;
}

/** Names of the options added, removed or changed between the two lists. */
function differingOptions(want: readonly Json[], have: readonly Json[]): string[] {
  const byName = (options: readonly Json[]) =>
    new Map(options.map((option) => [String(option.name), option]));
  const wanted = byName(want);
  const had = byName(have);
  const names = new Set([...wanted.keys(), ...had.keys()]);
  return [...names].filter((name) => JSON.stringify(wanted.get(name)) !== JSON.stringify(had.get(name)));
}
