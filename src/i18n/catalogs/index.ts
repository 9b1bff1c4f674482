import type { BotLocale } from '../locales.js';
import { de } from './de.js';
import { type Catalog, enUS } from './en-US.js';
import { es419 } from './es-419.js';
import { esES } from './es-ES.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { ptBR } from './pt-BR.js';
import { ru } from './ru.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

/** Every catalog by locale; the completeness test (test/i18n/catalogs.test.ts) holds each to every key. */
export const CATALOGS: Readonly<Record<BotLocale, Catalog>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja: ja,
  ko: ko,
  'es-ES': esES,
  'es-419': es419,
  'pt-BR': ptBR,
  fr: fr,
  de: de,
  ru: ru,
};
