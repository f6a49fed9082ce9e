import { Composer } from "grammy";
import { onButton } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { editMessage } from "../edit.js";
import { ARTICLE_ACTION, pagerKeyboard } from "../keyboards/browse.js";
import { articlePage, articlePages } from "../views/cards.js";

/**
 * /article: the source article in the reader's language (the Ukrainian
 * original, or our translation, labelled), paged by paragraphs so each page
 * fits one message; ◀ ▶ turn the pages in place.
 */
export const articleFeature = new Composer<BotContext>();

articleFeature.command("article", sendArticle);

onButton(
  articleFeature,
  ARTICLE_ACTION,
  ([arg], ctx, lang) => {
    const page = Number(arg);
    const pages = articlePages(ctx.services.knowledge.content, lang).length;
    return Number.isInteger(page) && page >= 0 && page < pages ? page : undefined;
  },
  async (ctx, page, lang) => {
    const { content } = ctx.services.knowledge;
    const pages = articlePages(content, lang).length;
    await ctx.answerCallbackQuery();
    await editMessage(ctx, articlePage(content, page, lang, ctx.services.i18n.t(lang)), {
      parse_mode: "HTML",
      reply_markup: pagerKeyboard(ARTICLE_ACTION, lang, page, pages),
    });
  },
);

export async function sendArticle(ctx: BotContext): Promise<void> {
  const { content } = ctx.services.knowledge;
  const pages = articlePages(content, ctx.lang).length;
  await ctx.reply(articlePage(content, 0, ctx.lang, ctx.t), {
    parse_mode: "HTML",
    reply_markup: pagerKeyboard(ARTICLE_ACTION, ctx.lang, 0, pages),
  });
}
