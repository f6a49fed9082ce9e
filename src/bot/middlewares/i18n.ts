import type { MiddlewareFn } from "grammy";
import { pickReplyLanguage } from "../../i18n/reply-language.js";
import { decodeButton } from "../callback-data.js";
import type { BotContext } from "../context.js";

/**
 * Decides this update's reply language, once, by the one rule
 * (src/i18n/reply-language.ts), and fixes `ctx.t` to it. Everything after
 * it, the answer engine included, takes `ctx.lang`. Runs after the session,
 * so the saved choice is known; never writes to it.
 */
export const i18nMiddleware: MiddlewareFn<BotContext> = async (ctx, next) => {
  const { knowledge, i18n } = ctx.services;
  ctx.lang = pickReplyLanguage(
    {
      text: ctx.message?.text ?? ctx.message?.caption ?? ctx.inlineQuery?.query,
      buttonLang: decodeButton(ctx.callbackQuery?.data)?.lang,
      // Updates without a user (channel posts) have no session.
      saved: () => (ctx.from ? ctx.session.language : undefined),
      telegramLanguageCode: ctx.from?.language_code,
    },
    knowledge.detectLanguage,
  );
  ctx.t = i18n.t(ctx.lang);
  await next();
};
