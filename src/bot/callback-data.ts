import type { CallbackQueryContext, Composer } from "grammy";
import { isLang, type Lang } from "../knowledge/languages.js";
import type { BotContext } from "./context.js";

/**
 * Callback data is `action|lang|arg…`. The language is that of the message the
 * button belongs to, so a press is answered in the same language whatever the
 * user's other settings. Telegram caps callback data at 64 bytes.
 */
export const CALLBACK_DATA_MAX_BYTES = 64;
const SEPARATOR = "|";

export interface ButtonData {
  action: string;
  lang: Lang;
  args: string[];
}

export function encodeButton(action: string, lang: Lang, ...args: string[]): string {
  const data = [action, lang, ...args].join(SEPARATOR);
  if (Buffer.byteLength(data, "utf8") > CALLBACK_DATA_MAX_BYTES) {
    throw new Error(`callback data over ${CALLBACK_DATA_MAX_BYTES} bytes: ${action}`);
  }
  return data;
}

/** Undefined for data this bot did not make (forged, or from an older version). */
export function decodeButton(data: string | undefined): ButtonData | undefined {
  if (!data) return undefined;
  const [action, lang, ...args] = data.split(SEPARATOR);
  if (!action || !isLang(lang)) return undefined;
  return { action, lang, args };
}

export type ButtonContext = CallbackQueryContext<BotContext>;

/**
 * Handles the buttons of one action: decodes the data and lets `parse` turn
 * its arguments into what the handler needs. A button whose data does not
 * parse (an old message, forged data) gets the "out of date" notice and
 * never reaches the handler, which answers the callback query itself.
 */
export function onButton<T>(
  composer: Composer<BotContext>,
  action: string,
  parse: (args: readonly string[], ctx: ButtonContext, lang: Lang) => T | undefined,
  handler: (ctx: ButtonContext, value: T, lang: Lang) => Promise<unknown>,
): void {
  const pattern = new RegExp(`^${action.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\${SEPARATOR}`);
  composer.callbackQuery(pattern, async (ctx) => {
    const data = decodeButton(ctx.callbackQuery.data);
    const value = data ? parse(data.args, ctx, data.lang) : undefined;
    if (!data || value === undefined) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
      return;
    }
    await handler(ctx, value, data.lang);
  });
}
