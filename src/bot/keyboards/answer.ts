import { InlineKeyboard } from "grammy";
import type { Lang } from "../../knowledge/languages.js";
import { encodeButton } from "../callback-data.js";
import type { FactButton, Reply } from "../views/answer.js";

export const ASK_FACT_ACTION = "ask";
export const FEEDBACK_ACTION = "fb";
/** Stands for "no fact" in feedback on a decline. */
export const NO_FACT = "-";

/** 👍 / 👎 under an answer; the vote names the fact it is about. */
export function addFeedbackRow(
  keyboard: InlineKeyboard,
  lang: Lang,
  factId: string | undefined,
): InlineKeyboard {
  const fact = factId ?? NO_FACT;
  return keyboard
    .text("👍", encodeButton(FEEDBACK_ACTION, lang, "up", fact))
    .text("👎", encodeButton(FEEDBACK_ACTION, lang, "down", fact));
}

/**
 * "Did you mean" choices first, then related questions, one button a row,
 * each asking for its fact; then 👍 / 👎 on the answer itself.
 */
export function answerKeyboard(reply: Reply, lang: Lang, factId?: string): InlineKeyboard {
  const buttons: FactButton[] = [...reply.choices, ...reply.related];
  const keyboard = new InlineKeyboard();
  for (const button of buttons) {
    keyboard.text(button.text, encodeButton(ASK_FACT_ACTION, lang, button.factId)).row();
  }
  return addFeedbackRow(keyboard, lang, factId);
}
