import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { sendAreas } from "./areas.js";
import { sendArticle } from "./article.js";
import { sendHelp } from "./help.js";
import { sendLanguagePicker } from "./language.js";
import { startQuiz } from "./quiz.js";
import { sendQuotes } from "./quotes.js";

/**
 * Deep links (`t.me/<bot>?start=<payload>`) open a feature directly; an
 * unknown payload gets the ordinary welcome.
 */
const DEEP_LINKS: Record<string, (ctx: BotContext) => Promise<void>> = {
  help: sendHelp,
  language: sendLanguagePicker,
  areas: sendAreas,
  quotes: sendQuotes,
  article: sendArticle,
  quiz: startQuiz,
  // The button of inline-mode results: a private chat starts with how to ask.
  inline: sendHelp,
};

export const startFeature = new Composer<BotContext>();

startFeature.command("start", async (ctx) => {
  const payload = ctx.match.trim();
  const deepLink = Object.hasOwn(DEEP_LINKS, payload) ? DEEP_LINKS[payload] : undefined;
  await (deepLink ?? sendWelcome)(ctx);
});

async function sendWelcome(ctx: BotContext): Promise<void> {
  const { t } = ctx;
  const count = ctx.services.knowledge.content.facts.length;
  await ctx.reply(
    [
      t("start.welcome", { name: ctx.from?.first_name ?? "" }),
      "",
      t("start.howToAsk"),
      t("start.knowledge", { count }),
      "",
      t("start.next"),
    ].join("\n"),
    { parse_mode: "HTML" },
  );
}
