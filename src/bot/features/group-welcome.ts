import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/**
 * When the bot is added to a group, it says once how to use it there: /ask
 * with its @name (which works under privacy mode), replies to its messages,
 * and inline mode. It replies in the language of whoever added it.
 */
export const groupWelcomeFeature = new Composer<BotContext>();

groupWelcomeFeature.chatType(["group", "supergroup"]).on("my_chat_member", async (ctx) => {
  const { old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
  const joined =
    (before.status === "left" || before.status === "kicked") &&
    (after.status === "member" || after.status === "administrator");
  if (joined) {
    await ctx.reply(ctx.t("groupWelcome", { username: ctx.me.username }), { parse_mode: "HTML" });
  }
});
