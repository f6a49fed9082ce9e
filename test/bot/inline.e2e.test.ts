import type {
  InlineQueryResultArticle,
  InlineQueryResultsButton,
  InputTextMessageContent,
} from "grammy/types";
import { describe, expect, it } from "vitest";
import {
  INLINE_CACHE_SECONDS,
  INLINE_PAGE_SIZE,
  INLINE_START_PARAMETER,
  inlineResult,
} from "../../src/bot/features/inline.js";
import { escapeHtml } from "../../src/bot/views/html.js";
import { speakerName } from "../../src/bot/views/quote.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { inlineSearch } from "../../src/knowledge/inline-search.js";
import { createKnowledge } from "../../src/knowledge/knowledge.js";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import type { ApiCall } from "../../src/local/fake-telegram.js";
import type { LocalChat } from "../../src/local/local-chat.js";
import { renderCall } from "../../src/local/render.js";
import { realKnowledge, testBots } from "../support/test-bot.js";

const i18n = createI18n();
const content = () => realKnowledge().content;
const open = testBots();

interface InlineAnswer {
  results: InlineQueryResultArticle[];
  is_personal?: boolean;
  cache_time?: number;
  next_offset?: string;
  button?: InlineQueryResultsButton;
}

/** The one answerInlineQuery call an inline query must produce, and nothing else. */
function answerOf(calls: ApiCall[]): InlineAnswer {
  expect(calls.map((call) => call.method)).toEqual(["answerInlineQuery"]);
  return calls[0]?.payload as unknown as InlineAnswer;
}

const messageOf = (result: InlineQueryResultArticle) =>
  result.input_message_content as InputTextMessageContent;

const SOURCE_LABEL: Record<Lang, RegExp> = {
  uk: /Джерел[оа]: /,
  en: /Sources?: /,
  ko: /출처: /,
};

/** Every page of an inline query, following next_offset as a client scrolling does. */
async function allPages(chat: LocalChat, query: string): Promise<InlineAnswer[]> {
  const pages: InlineAnswer[] = [];
  let offset = "";
  do {
    const page = answerOf(await chat.sendInline(query, offset));
    pages.push(page);
    offset = page.next_offset ?? "";
  } while (offset !== "" && pages.length < 10);
  return pages;
}

function featuredIds(): string[] {
  return [
    ...content()
      .facts.filter((fact) => fact.featured)
      .map((fact) => `f:${fact.id}`),
    ...content().areas.itpp.map((area) => `a:${area.id}`),
    ...content().quotes.map((quote) => `q:${quote.id}`),
  ];
}

describe("inline mode: answers in the query's language", () => {
  it.each([
    ["Коли підписали ITPP?", "uk"],
    ["when was the itpp signed", "en"],
    ["ITPP는 언제 체결됐어요?", "ko"],
  ] as const)("%s → %s results, the right fact first", async (query, lang) => {
    const { chat } = open({ user: { language_code: "en" } });
    const answer = answerOf(await chat.sendInline(query));
    const fact = content().factById.get("itpp-signed-when");
    const [first] = answer.results;
    expect(first?.type).toBe("article");
    expect(first?.id).toBe("f:itpp-signed-when");
    expect(first?.title).toBe(fact?.title[lang]);
    expect(first?.description).toBe(fact?.answer[lang]);
    const message = messageOf(first as InlineQueryResultArticle);
    expect(message.parse_mode).toBe("HTML");
    expect(message.message_text.startsWith(escapeHtml(fact?.answer[lang] ?? "?"))).toBe(true);
    expect(message.message_text).toMatch(SOURCE_LABEL[lang]);
    expect(message.message_text).toContain(content().sourceById.get("ukrinform")?.name[lang]);
    // The other results are in the same language.
    for (const result of answer.results.slice(1)) {
      const id = result.id.slice(2);
      if (result.id.startsWith("f:")) {
        expect(result.title).toBe(content().factById.get(id)?.title[lang]);
      }
    }
    expect(answer.button?.text).toBe(i18n.t(lang)("inline.button"));
  });

  it("answers a language-neutral query in the user's Telegram language", async () => {
    const { chat } = open({ user: { language_code: "ko" } });
    const [first] = answerOf(await chat.sendInline("ITPP")).results;
    const fact = realKnowledge().answer("ITPP", "ko").fact;
    expect(first?.id).toBe(`f:${fact?.id}`);
    expect(first?.title).toBe(fact?.title.ko);
  });

  it("uses the saved /language choice for a language-neutral query (sessions are per user)", async () => {
    const { chat } = open({ user: { language_code: "en" } });
    await chat.send("/language");
    await chat.press(0); // Українська
    const answer = answerOf(await chat.sendInline("ITPP"));
    const fact = realKnowledge().answer("ITPP", "uk").fact;
    expect(answer.results[0]?.title).toBe(fact?.title.uk);
    expect(answer.button?.text).toBe(i18n.t("uk")("inline.button"));
  });

  it("offers the area a query names, titled by its name, with its description and sources", async () => {
    const { chat } = open();
    const answer = answerOf(await chat.sendInline("cyber defence"));
    const area = content().areaById.get("cyber-defence");
    const result = answer.results.find((r) => r.id === "a:cyber-defence");
    expect(result?.title).toBe(area?.name.en);
    expect(result?.description).toBe(area?.description.en);
    const text = messageOf(result as InlineQueryResultArticle).message_text;
    expect(text).toContain(escapeHtml(area?.description.en ?? "?"));
    expect(text).toMatch(SOURCE_LABEL.en);
  });

  it("lists the areas with the fact that lists them", async () => {
    const { chat } = open();
    const ids = answerOf(await chat.sendInline("What are the 11 areas of the ITPP?")).results.map(
      (r) => r.id,
    );
    expect(ids[0]).toBe("f:itpp-areas-list");
    for (const area of content().areas.itpp) expect(ids).toContain(`a:${area.id}`);
  });

  it.each([
    ["Stoltenberg We value the partnership with you because", "en", "stoltenberg-security-global"],
    ["What did Stoltenberg say about the Indo-Pacific?", "en", "stoltenberg-indo-pacific-europe"],
    ["Юн Сок Йоль про Індо-Тихоокеанський регіон", "uk", "yoon-indo-pacific"],
  ] as const)("offers the quote for %s", async (query, lang, quoteId) => {
    const { chat } = open();
    const answer = answerOf(await chat.sendInline(query));
    const quote = content().quoteById.get(quoteId);
    if (!quote) throw new Error(`no quote ${quoteId}`);
    const result = answer.results.find((r) => r.id === `q:${quoteId}`);
    const speaker = speakerName(content(), quote, lang);
    expect(result?.title.startsWith(`${speaker}: `)).toBe(true);
    const words =
      lang === quote.original_language ? quote.original : quote.translations[lang]?.text;
    expect(result?.description).toBe(words);
    const text = messageOf(result as InlineQueryResultArticle).message_text;
    // The original words, as the speaker said them, and the sources.
    expect(text).toContain(escapeHtml(quote.original));
    expect(text).toMatch(SOURCE_LABEL[lang]);
  });

  it("puts a shared quote (speaker and first words) first", async () => {
    const { chat } = open({ user: { language_code: "en" } });
    const answer = answerOf(
      await chat.sendInline("Stoltenberg We value the partnership with you because"),
    );
    expect(answer.results[0]?.id).toBe("q:stoltenberg-security-global");
  });
});

describe("inline mode: the featured set", () => {
  it("is offered for an empty query: featured facts, the 11 areas and the quotes", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    const pages = await allPages(chat, "");
    const ids = pages.flatMap((page) => page.results.map((r) => r.id));
    expect(ids).toEqual(featuredIds());
    expect(ids.filter((id) => id.startsWith("a:"))).toHaveLength(11);
    expect(pages[0]?.button?.text).toBe(i18n.t("uk")("inline.button"));
    const area = content().areas.itpp[0];
    const shown = pages.flatMap((page) => page.results).find((r) => r.id === `a:${area?.id}`);
    expect(shown?.title).toBe(area?.name.uk);
  });

  it.each([
    ["What will the weather be in Vilnius tomorrow?", "en"],
    ["Хто виграв чемпіонат світу з футболу?", "uk"],
    ["오늘 점심 메뉴 추천해 줘", "ko"],
  ] as const)("is offered, labelled, when nothing matches: %s", async (query, lang) => {
    const { chat } = open({ user: { language_code: "en" } });
    const pages = await allPages(chat, query);
    expect(pages.flatMap((page) => page.results.map((r) => r.id))).toEqual(featuredIds());
    for (const page of pages) {
      expect(page.button?.text).toBe(i18n.t(lang)("inline.noMatch"));
      expect(page.button?.start_parameter).toBe(INLINE_START_PARAMETER);
    }
    const fact = content().factById.get(featuredIds()[0]?.slice(2) ?? "");
    expect(pages[0]?.results[0]?.title).toBe(fact?.title[lang]);
  });
});

describe("inline mode: Telegram's rules", () => {
  it("pages with next_offset, at most 50 results per answer, each page different", async () => {
    const { chat } = open();
    const first = answerOf(await chat.sendInline(""));
    // A full page, within Telegram's 50; the next page starts where this one ended.
    expect(first.results).toHaveLength(INLINE_PAGE_SIZE);
    expect(first.results.length).toBeLessThanOrEqual(50);
    expect(first.next_offset).toBe(String(first.results.length));

    const second = answerOf(await chat.sendInline("", first.next_offset));
    expect(second.results.length).toBeGreaterThan(0);
    expect(second.results.length).toBeLessThanOrEqual(50);
    const firstIds = new Set(first.results.map((r) => r.id));
    expect(second.results.some((r) => firstIds.has(r.id))).toBe(false);
    expect(second.next_offset).toBe("");

    // An offset the bot did not give starts from the beginning; one past the end is empty.
    const forged = answerOf(await chat.sendInline("", "abc"));
    expect(forged.results.map((r) => r.id)).toEqual([...firstIds]);
    const past = answerOf(await chat.sendInline("", "999"));
    expect(past.results).toEqual([]);
    expect(past.next_offset).toBe("");
  });

  it("gives result ids within 64 bytes, unique in every answer, for any query", async () => {
    const { chat } = open();
    const queries = ["", "ITPP", "What are the 11 areas of the ITPP?", "Юн", "사이버 방위", "xyz"];
    for (const query of queries) {
      const ids = (await allPages(chat, query)).flatMap((page) => page.results.map((r) => r.id));
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(Buffer.byteLength(id, "utf8")).toBeLessThanOrEqual(64);
    }
    // Every item the content has could be a result: all their ids fit.
    const all = [
      ...content().facts.map((fact) => `f:${fact.id}`),
      ...content().areas.itpp.map((area) => `a:${area.id}`),
      ...content().quotes.map((quote) => `q:${quote.id}`),
      ...[...content().sentenceById.keys()].map((id) => `s:${id}`),
    ];
    for (const id of all) expect(Buffer.byteLength(id, "utf8")).toBeLessThanOrEqual(64);
  });

  it("answers personally (results depend on the user's language), cached, with a chat button", async () => {
    const { chat } = open();
    for (const query of ["", "ITPP", "pizza"]) {
      const answer = answerOf(await chat.sendInline(query));
      expect(answer.is_personal).toBe(true);
      expect(answer.cache_time).toBe(INLINE_CACHE_SECONDS);
      expect(answer.button?.start_parameter).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(answer.button?.text.length).toBeGreaterThan(0);
    }
  });

  it("sends HTML messages with their sources, never the user's text", async () => {
    const { chat } = open();
    const hostile = '<b>ITPP</b> & <script>alert("x")</script> <a href="http://evil">areas</a>';
    for (const lang of LANGS) {
      const query =
        lang === "en" ? hostile : lang === "uk" ? `${hostile} сфери` : `${hostile} 분야`;
      for (const page of await allPages(chat, query)) {
        for (const result of page.results) {
          const message = messageOf(result);
          expect(message.parse_mode).toBe("HTML");
          expect(message.message_text.length).toBeLessThanOrEqual(4096);
          expect(message.message_text).not.toContain("<script>");
          expect(message.message_text).not.toContain("<b>ITPP</b>");
          expect(message.message_text).not.toContain("evil");
          // Only the tags the composers write.
          for (const tag of message.message_text.match(/<\/?([a-z]+)/g) ?? []) {
            expect(["b", "i", "a", "blockquote", "code"]).toContain(tag.replace(/[</]/g, ""));
          }
          expect(message.message_text).toMatch(/(Джерел[оа]|Sources?|출처): /);
        }
      }
    }
    // The featured set's messages (every kind of result) carry their sources too.
    for (const page of await allPages(chat, "")) {
      for (const result of page.results) {
        expect(messageOf(result).message_text).toMatch(SOURCE_LABEL.en);
        expect(messageOf(result).link_preview_options?.is_disabled).toBe(true);
      }
    }
  });

  it("handles a query of Telegram's maximum 256 characters", async () => {
    const { chat } = open();
    const long =
      "I read that South Korea and NATO signed a new partnership programme at the summit in " +
      "Lithuania, and I would really like to know the exact day, month and year when the ITPP " +
      "was signed, because my friend says it was in 2022 and I think it was later than that";
    expect(long).toHaveLength(256);
    const answer = answerOf(await chat.sendInline(long));
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.length).toBeLessThanOrEqual(50);
    // The first result gives the date asked for.
    expect(JSON.stringify(answer.results[0])).toContain("11 July 2023");

    const korean = "나토와 한국의 파트너십 ".repeat(30).slice(0, 256);
    const ko = answerOf(await chat.sendInline(korean));
    expect(ko.results.length).toBeGreaterThan(0);
  });
});

describe("inline mode in the local chat", () => {
  it("renders an inline answer as a numbered list of titles and descriptions", async () => {
    const { chat } = open();
    const [call] = await chat.sendInline("when was the itpp signed");
    const fact = content().factById.get("itpp-signed-when");
    const shown = renderCall(call as ApiCall, false) ?? "";
    expect(shown).toContain(`[${i18n.t("en")("inline.button")}]`);
    expect(shown).toContain(`1. ${fact?.title.en}`);
    expect(shown).toContain(fact?.answer.en.slice(0, 40));
  });

  it("pages on with moreInline", async () => {
    const { chat } = open();
    await chat.sendInline("");
    expect(chat.hasMoreInline).toBe(true);
    const second = answerOf(await chat.moreInline());
    expect(second.results[0]?.id).toBe(featuredIds()[INLINE_PAGE_SIZE]);
    expect(chat.hasMoreInline).toBe(false);
  });
});

describe("inline mode: the article fallback", () => {
  // With no facts at all, only the article can answer: the fallback path in isolation.
  const articleOnly = () => createKnowledge({ ...content(), facts: [] });

  it("offers the article passage the engine answers with, labelled and sourced", () => {
    const knowledge = articleOnly();
    const search = inlineSearch(
      knowledge,
      "з посиланням на кого повідомляє Yonhap, передає Укрінформ?",
      "uk",
    );
    expect(search.kind).toBe("match");
    const [first] = search.items;
    expect(first?.kind).toBe("article");
    const t = i18n.t("uk");
    const result = inlineResult(knowledge.content, first as NonNullable<typeof first>, "uk", t);
    expect(result.id).toBe("s:p1.s1");
    expect(result.title).toBe(t("inline.articleTitle", { outlet: "Укрінформ" }));
    expect(result.description).toContain(content().sentenceById.get("p2.s1")?.uk);
    expect(messageOf(result).message_text).toMatch(SOURCE_LABEL.uk);
  });

  it("offers quoted speech as the quote", () => {
    const search = inlineSearch(
      articleOnly(),
      "Those in the Indo-Pacific region and what happens in Europe matters, he stressed",
      "en",
    );
    expect(search.items[0]).toMatchObject({
      kind: "quote",
      quote: { id: "stoltenberg-indo-pacific-europe" },
    });
  });
});
