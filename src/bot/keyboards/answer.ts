import { InlineKeyboard } from "grammy";
import type { FactButton, Reply } from "../../knowledge/compose/answer-reply.js";
import type { Lang } from "../../knowledge/lang.js";
import { encodeCallback } from "../callback-data.js";

export const ASK_FACT_ACTION = "ask";

/** "Did you mean" choices first, then related questions; one button a row, each asks for its fact. */
export function answerKeyboard(reply: Reply, lang: Lang): InlineKeyboard | undefined {
  const buttons: FactButton[] = [...reply.choices, ...reply.related];
  if (buttons.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  for (const button of buttons) {
    keyboard.text(button.text, encodeCallback(ASK_FACT_ACTION, lang, button.factId)).row();
  }
  return keyboard;
}
