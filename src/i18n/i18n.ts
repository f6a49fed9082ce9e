import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInstance, type TFunction } from "i18next";
import { LANGS, type Lang } from "../knowledge/languages.js";

export type { TFunction };

import { LOCALES_DIR } from "../paths.js";

export { LOCALES_DIR };

export interface I18n {
  /** A translation function fixed to one language: one per update, never a global switch. */
  t(lang: Lang): TFunction;
}

export function readLocale(lang: Lang, dir = LOCALES_DIR): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, `${lang}.json`), "utf8")) as Record<string, unknown>;
}

/**
 * Loads `locales/*.json` synchronously into a private i18next instance.
 * Replies are sent as HTML, so i18next escapes every interpolated value (its
 * entities are ones Telegram accepts); a value that is already HTML is
 * written `{{- value}}` in the locale file.
 */
export function createI18n(dir = LOCALES_DIR): I18n {
  const instance = createInstance();
  void instance.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    supportedLngs: [...LANGS],
    resources: Object.fromEntries(
      LANGS.map((lang) => [lang, { translation: readLocale(lang, dir) }]),
    ),
    interpolation: { escapeValue: true },
    returnNull: false,
  });
  const fixed = new Map(LANGS.map((lang) => [lang, instance.getFixedT(lang)]));
  return {
    t: (lang) => fixed.get(lang) as TFunction,
  };
}
