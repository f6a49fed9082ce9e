import type { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";

/**
 * The last feature: what reaches it in a private chat was not understood by
 * any other. An unknown command gets a pointer to /help; other kinds of
 * message (stickers, photos, voice) a polite note that only text is read.
 * In groups the bot stays quiet unless addressed.
 */
export function fallbackFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();
  const privateChat = composer.chatType("private");
  privateChat.on("message::bot_command", async (ctx) => {
    await ctx.reply(ctx.t("fallback.unknownCommand"));
  });
  privateChat.on("message").filter(
    (ctx) => ctx.message.text === undefined,
    async (ctx) => {
      await ctx.reply(ctx.t("fallback.unsupported"));
    },
  );
  // A pressed button that no feature knows (an old message, forged data).
  composer.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
  });
  return composer;
}
