import type { Composer } from "grammy";
import { articlePage, articlePages } from "../../knowledge/compose/cards.js";
import { callbackPattern, decodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { editMessage } from "../edit.js";
import { FeatureComposer } from "../feature-composer.js";
import { ARTICLE_ACTION, pagerKeyboard } from "../keyboards/browse.js";

/**
 * /article: the source article in the reader's language (the Ukrainian
 * original, or our translation, labelled), paged by paragraphs so each page
 * fits one message; ◀ ▶ turn the pages in place.
 */
export function articleFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();
  composer.command("article", sendArticle);
  composer.callbackQuery(callbackPattern(ARTICLE_ACTION), async (ctx) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    const { content } = ctx.services.knowledge;
    const page = Number(data?.args[0]);
    const pages = data ? articlePages(content, data.lang).length : 0;
    if (!data || !Number.isInteger(page) || page < 0 || page >= pages) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
      return;
    }
    await ctx.answerCallbackQuery();
    await editMessage(ctx, articlePage(content, page, data.lang, ctx.services.i18n.t(data.lang)), {
      parse_mode: "HTML",
      reply_markup: pagerKeyboard(ARTICLE_ACTION, data.lang, page, pages),
    });
  });
  return composer;
}

export async function sendArticle(ctx: BotContext): Promise<void> {
  const { content } = ctx.services.knowledge;
  const pages = articlePages(content, ctx.lang).length;
  await ctx.reply(articlePage(content, 0, ctx.lang, ctx.t), {
    parse_mode: "HTML",
    reply_markup: pagerKeyboard(ARTICLE_ACTION, ctx.lang, 0, pages),
  });
}
