import { InlineKeyboard } from "grammy";
import type { Content } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { encodeButton } from "../callback-data.js";
import { type ButtonRow, keyboardOf, rowsOf } from "./rows.js";

export const AREA_ACTION = "area";
export const QUOTE_ACTION = "quote";
export const ARTICLE_ACTION = "article";
/** The argument of an area button that goes back to the list. */
export const AREA_LIST = "list";

/** A button per area, two to a row, labelled with its number and name. */
export function areasKeyboard(content: Content, lang: Lang): InlineKeyboard | undefined {
  const buttons = content.areas.itpp.map((area) =>
    InlineKeyboard.text(
      `${area.number}. ${area.name[lang]}`,
      encodeButton(AREA_ACTION, lang, area.id),
    ),
  );
  return keyboardOf(rowsOf(buttons, 2));
}

export function areaCardKeyboard(lang: Lang, backLabel: string): InlineKeyboard | undefined {
  return keyboardOf([[InlineKeyboard.text(backLabel, encodeButton(AREA_ACTION, lang, AREA_LIST))]]);
}

/**
 * ◀ ▶ around a position, wrapping at both ends; the middle shows where the
 * reader is. Nothing to turn with one page or none: the row is empty.
 */
export function pagerRow(action: string, lang: Lang, index: number, total: number): ButtonRow {
  if (total <= 1) return [];
  const previous = (index - 1 + total) % total;
  const next = (index + 1) % total;
  return [
    InlineKeyboard.text("◀", encodeButton(action, lang, String(previous))),
    InlineKeyboard.text(`${index + 1}/${total}`, encodeButton(action, lang, String(index))),
    InlineKeyboard.text("▶", encodeButton(action, lang, String(next))),
  ];
}

export function pagerKeyboard(
  action: string,
  lang: Lang,
  index: number,
  total: number,
): InlineKeyboard | undefined {
  return keyboardOf([pagerRow(action, lang, index, total)]);
}
