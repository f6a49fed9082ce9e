import type { I18n } from "../../i18n/i18n.js";
import type { Content } from "../../knowledge/content/index.js";
import { LANGS } from "../../knowledge/languages.js";
import { utf16Length } from "../../knowledge/text/comparable.js";
import { MESSAGE_LIMIT } from "../split-long-messages.js";
import { factReply } from "./answer.js";
import { areaCard, articlePage, articlePages, quoteCard } from "./cards.js";

/**
 * Every view of the content that would not fit one Telegram message, in any
 * language: fact answers, area and quote cards, article pages. Long answers
 * would still go out, split, but a card split in two loses its buttons'
 * context; `npm run content:check` reports these so curators shorten them.
 */
export function oversizedViews(content: Content, i18n: I18n): string[] {
  const found: string[] = [];
  const check = (what: string, html: string) => {
    const length = utf16Length(html);
    if (length > MESSAGE_LIMIT) {
      found.push(`${what} is ${length} UTF-16 units, over Telegram's ${MESSAGE_LIMIT}`);
    }
  };
  for (const lang of LANGS) {
    const t = i18n.t(lang);
    for (const fact of content.facts)
      check(`fact ${fact.id} (${lang})`, factReply(content, fact, lang, t).html);
    for (const area of content.areas.itpp)
      check(`area ${area.id} (${lang})`, areaCard(content, area, lang, t));
    content.quotes.forEach((quote, i) => {
      check(`quote ${quote.id} (${lang})`, quoteCard(content, quote, i, lang, t));
    });
    articlePages(content, lang).forEach((_, page) => {
      check(`article page ${page + 1} (${lang})`, articlePage(content, page, lang, t));
    });
  }
  return found;
}
