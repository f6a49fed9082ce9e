import { InlineKeyboard } from "grammy";
import type { Lang } from "../../knowledge/languages.js";
import { encodeButton } from "../callback-data.js";
import { keyboardOf } from "./rows.js";

export const QUIZ_ACTION = "qz";

/** A quiz question's options, one a row; each press names the quiz, the round and the option. */
export function quizKeyboard(
  options: readonly string[],
  lang: Lang,
  quizId: string,
  round: number,
): InlineKeyboard | undefined {
  return keyboardOf(
    options.map((option, i) => [
      InlineKeyboard.text(
        option,
        encodeButton(QUIZ_ACTION, lang, quizId, String(round), String(i)),
      ),
    ]),
  );
}

/** In a group: one button that opens the quiz in the private chat. */
export function privateQuizKeyboard(label: string, link: string): InlineKeyboard | undefined {
  return keyboardOf([[InlineKeyboard.url(label, link)]]);
}
