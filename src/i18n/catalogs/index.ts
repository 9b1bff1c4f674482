import type { BotLocale } from '../locales.js';
import { de } from './de.js';
import { type Catalog, enUS } from './en-US.js';
import { ru } from './ru.js';

/**
 * Every catalog by locale. A language without its catalog yet reads English; the completeness test
 * (test/i18n/catalogs.test.ts) holds every listed language to every key.
 */
export const CATALOGS: Readonly<Partial<Record<BotLocale, Catalog>>> & { 'en-US': Catalog } = {
  'en-US': enUS,
  de,
  ru,
};
