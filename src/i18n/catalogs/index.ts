import type { BotLocale } from '../locales.js';
import { type Catalog, enUS } from './en-US.js';
import { es419 } from './es-419.js';
import { esES } from './es-ES.js';

/**
 * Every catalog by locale. A language without its catalog yet reads English; the completeness test
 * (test/i18n/catalogs.test.ts) holds every listed language to every key.
 */
export const CATALOGS: Readonly<Partial<Record<BotLocale, Catalog>>> & { 'en-US': Catalog } = {
  'en-US': enUS,
  'es-ES': esES,
  'es-419': es419,
};
