import type { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";

/**
 * When the bot is added to a group, it says once how to use it there: /ask
 * with its @name (which works under privacy mode), replies to its messages,
 * and inline mode. It replies in the language of whoever added it.
 */
export function groupWelcomeFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();
  composer.on("my_chat_member", async (ctx) => {
    const { old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    const inGroup = ctx.chat.type === "group" || ctx.chat.type === "supergroup";
    const joined =
      (before.status === "left" || before.status === "kicked") &&
      (after.status === "member" || after.status === "administrator");
    if (!inGroup || !joined) return;
    await ctx.reply(ctx.t("groupWelcome", { username: ctx.me.username }), { parse_mode: "HTML" });
  });
  return composer;
}
