import type { LanguageDetector } from "../knowledge/detect-language.js";
import { isLang, type Lang } from "../knowledge/languages.js";

export interface ReplyLanguageInput {
  /** The user's own words in this update (message text, caption, inline query), if any. */
  text?: string | undefined;
  /** The language carried in a pressed button's callback data: the message's language. */
  buttonLang?: Lang | undefined;
  /**
   * The user's saved choice from /language, asked for only when the words
   * say nothing: reading the session makes grammY write it back, and most
   * updates need not touch it.
   */
  saved?: () => Lang | undefined;
  /** Telegram's `language_code` of the user (an IETF tag such as "uk" or "en-GB"). */
  telegramLanguageCode?: string | undefined;
}

/**
 * The one rule for every reply's language: a pressed button answers in the
 * language of its message; otherwise the script of what the user wrote
 * decides; when that says nothing, the saved choice, then Telegram's language
 * when it is one of ours, else English.
 */
export function pickReplyLanguage(input: ReplyLanguageInput, detect: LanguageDetector): Lang {
  if (input.buttonLang) return input.buttonLang;
  const fromText = input.text ? detect(input.text) : undefined;
  return fromText ?? input.saved?.() ?? fromTelegram(input.telegramLanguageCode) ?? "en";
}

function fromTelegram(code: string | undefined): Lang | undefined {
  const primary = code?.split(/[-_]/)[0]?.toLowerCase();
  return isLang(primary) ? primary : undefined;
}
