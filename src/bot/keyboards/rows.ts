import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";

export type ButtonRow = InlineKeyboardButton[];

/**
 * Every keyboard the bot sends is made here, from rows of buttons: a row with
 * no button is left out (a pager of one page has none to show, and Telegram
 * would draw the empty row as a gap), and with no button left there is no
 * keyboard at all.
 */
export function keyboardOf(rows: readonly ButtonRow[]): InlineKeyboard | undefined {
  const kept = rows.filter((row) => row.length > 0);
  return kept.length > 0 ? new InlineKeyboard(kept.map((row) => [...row])) : undefined;
}

/** `buttons` in rows of `perRow`. */
export function rowsOf(buttons: readonly InlineKeyboardButton[], perRow: number): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return rows;
}
