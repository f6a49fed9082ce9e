import { InlineKeyboard } from "grammy";
import type { TFunction } from "../../i18n/i18n.js";
import { LANGS, type Lang } from "../../knowledge/languages.js";
import { encodeButton } from "../callback-data.js";
import { keyboardOf } from "./rows.js";

export const SET_LANGUAGE_ACTION = "lang";

/** One button per language, each named in its own language. */
export function languageKeyboard(messageLang: Lang, t: TFunction): InlineKeyboard | undefined {
  return keyboardOf([
    LANGS.map((lang) =>
      InlineKeyboard.text(
        t(`language.names.${lang}`),
        encodeButton(SET_LANGUAGE_ACTION, messageLang, lang),
      ),
    ),
  ]);
}
