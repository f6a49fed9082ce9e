import type { MiddlewareFn } from "grammy";
import { pickReplyLanguage } from "../../i18n/reply-language.js";
import { decodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";

/**
 * Picks this update's reply language by the one rule and fixes `ctx.t` to it.
 * Runs after the session so the saved choice is known; never writes to it.
 */
export const replyLanguage: MiddlewareFn<BotContext> = async (ctx, next) => {
  const { knowledge, i18n } = ctx.services;
  ctx.lang = pickReplyLanguage(
    {
      text: ctx.message?.text ?? ctx.message?.caption ?? ctx.inlineQuery?.query,
      buttonLang: decodeCallback(ctx.callbackQuery?.data)?.lang,
      saved: await savedLanguage(ctx),
      telegramLanguageCode: ctx.from?.language_code,
    },
    knowledge.detectLanguage,
  );
  ctx.t = i18n.t(ctx.lang);
  await next();
};

/** Updates without a user (channel posts) have no session. */
async function savedLanguage(ctx: BotContext) {
  if (!ctx.from) return undefined;
  return ctx.session.language;
}
