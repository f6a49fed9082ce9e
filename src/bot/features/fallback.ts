import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/**
 * The last feature: what reaches it in a private chat was not understood by
 * any other. An unknown command gets a pointer to /help; other kinds of
 * message (stickers, photos, voice) a polite note that only text is read.
 * In groups the bot stays quiet unless addressed.
 */
export const fallbackFeature = new Composer<BotContext>();

const privateChat = fallbackFeature.chatType("private");
privateChat.on("message::bot_command", async (ctx) => {
  await ctx.reply(ctx.t("fallback.unknownCommand"));
});
privateChat
  .on("message")
  .drop((ctx) => ctx.message.text !== undefined)
  .use(async (ctx) => {
    await ctx.reply(ctx.t("fallback.unsupported"));
  });
// A pressed button that no feature knows (an old message, forged data).
fallbackFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
});
