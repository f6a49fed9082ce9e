import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { sendHelp } from "./help.js";
import { sendLanguagePicker } from "./language.js";

type DeepLinkHandler = (ctx: BotContext) => Promise<void>;

/**
 * Deep links (`t.me/<bot>?start=<payload>`) open a feature directly. Features
 * added later register their payload here; an unknown payload gets the
 * ordinary welcome.
 */
const DEEP_LINKS: Record<string, DeepLinkHandler> = {
  help: sendHelp,
  language: sendLanguagePicker,
};

export function startFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("start", async (ctx) => {
    const payload = ctx.match.trim();
    const deepLink = Object.hasOwn(DEEP_LINKS, payload) ? DEEP_LINKS[payload] : undefined;
    if (deepLink) {
      await deepLink(ctx);
      return;
    }
    await sendWelcome(ctx);
  });
  return composer;
}

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
