import { InlineKeyboard } from "grammy";
import type { Lang } from "../../knowledge/languages.js";
import { encodeButton } from "../callback-data.js";
import type { Reply } from "../views/answer.js";
import { type ButtonRow, keyboardOf } from "./rows.js";

export const ASK_FACT_ACTION = "ask";
export const FEEDBACK_ACTION = "fb";
/** Stands for "no fact" in feedback on a decline. */
export const NO_FACT = "-";

/** 👍 / 👎 under an answer; the vote names the fact it is about. */
export function feedbackRow(lang: Lang, factId: string | undefined): ButtonRow {
  const fact = factId ?? NO_FACT;
  return [
    InlineKeyboard.text("👍", encodeButton(FEEDBACK_ACTION, lang, "up", fact)),
    InlineKeyboard.text("👎", encodeButton(FEEDBACK_ACTION, lang, "down", fact)),
  ];
}

/**
 * "Did you mean" choices first, then related questions, one button a row,
 * each asking for its fact; then 👍 / 👎 on the answer itself, when it is
 * one to rate (small talk is not). No buttons at all: no keyboard.
 */
export function answerKeyboard(
  reply: Reply,
  lang: Lang,
  factId?: string,
): InlineKeyboard | undefined {
  const questions = [...reply.choices, ...reply.related].map((button) => [
    InlineKeyboard.text(button.text, encodeButton(ASK_FACT_ACTION, lang, button.factId)),
  ]);
  return keyboardOf([...questions, reply.rateable ? feedbackRow(lang, factId) : []]);
}
