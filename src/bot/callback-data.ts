import { isLang, type Lang } from "../knowledge/lang.js";

/**
 * Callback data is `action|lang|arg…`. The language is that of the message the
 * button belongs to, so a press is answered in the same language whatever the
 * user's other settings. Telegram caps callback data at 64 bytes.
 */
export const CALLBACK_DATA_MAX_BYTES = 64;
const SEPARATOR = "|";

export interface CallbackData {
  action: string;
  lang: Lang;
  args: string[];
}

export function encodeCallback(action: string, lang: Lang, ...args: string[]): string {
  const data = [action, lang, ...args].join(SEPARATOR);
  if (Buffer.byteLength(data, "utf8") > CALLBACK_DATA_MAX_BYTES) {
    throw new Error(`callback data over ${CALLBACK_DATA_MAX_BYTES} bytes: ${action}`);
  }
  return data;
}

/** Undefined for data this bot did not make (forged, or from an older version). */
export function decodeCallback(data: string | undefined): CallbackData | undefined {
  if (!data) return undefined;
  const [action, lang, ...args] = data.split(SEPARATOR);
  if (!action || !isLang(lang)) return undefined;
  return { action, lang, args };
}

/** Matches callback queries of one action, for `composer.callbackQuery(...)`. */
export function callbackPattern(action: string): RegExp {
  return new RegExp(`^${action.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\${SEPARATOR}`);
}
