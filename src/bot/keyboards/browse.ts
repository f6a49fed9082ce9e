import { InlineKeyboard } from "grammy";
import type { Content } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { encodeButton } from "../callback-data.js";

export const AREA_ACTION = "area";
export const QUOTE_ACTION = "quote";
export const ARTICLE_ACTION = "article";
/** The argument of an area button that goes back to the list. */
export const AREA_LIST = "list";

/** A button per area, two to a row, labelled with its number and name. */
export function areasKeyboard(content: Content, lang: Lang): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  content.areas.itpp.forEach((area, i) => {
    keyboard.text(`${area.number}. ${area.name[lang]}`, encodeButton(AREA_ACTION, lang, area.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function areaCardKeyboard(lang: Lang, backLabel: string): InlineKeyboard {
  return new InlineKeyboard().text(backLabel, encodeButton(AREA_ACTION, lang, AREA_LIST));
}

/** ◀ ▶ around a position, wrapping at both ends; the middle shows where the reader is. */
export function pagerKeyboard(
  action: string,
  lang: Lang,
  index: number,
  total: number,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (total <= 1) return keyboard;
  const previous = (index - 1 + total) % total;
  const next = (index + 1) % total;
  return keyboard
    .text("◀", encodeButton(action, lang, String(previous)))
    .text(`${index + 1}/${total}`, encodeButton(action, lang, String(index)))
    .text("▶", encodeButton(action, lang, String(next)));
}
