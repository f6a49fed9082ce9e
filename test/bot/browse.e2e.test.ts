import type { Transformer } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { LANGS } from "../../src/knowledge/languages.js";
import { utf16Length } from "../../src/knowledge/text/comparable.js";
import { realKnowledge, testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const content = () => realKnowledge().content;
const open = testBots();
const GROUP = { id: -100_555, type: "supergroup" as const };
const buttons = (payload: Record<string, unknown> | undefined): InlineKeyboardButton[] =>
  ((payload?.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat();

describe("/areas", () => {
  it.each(LANGS)("lists the 11 areas with a note on the IPCP's 7, in %s", async (lang) => {
    const { chat } = open({ user: { language_code: lang } });
    const [call] = await chat.send("/areas");
    const text = String(call?.payload.text);
    for (const area of content().areas.itpp) expect(text).toContain(`${area.number}. `);
    expect(text).toContain(content().areas.ipcp.unknown_note[lang].slice(0, 20));
    expect(buttons(call?.payload)).toHaveLength(11);
  });

  it("opens an area's card in the same message, and goes back", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    await chat.send("/areas");
    const area = content().areas.itpp[4];
    const [, card] = await chat.press(4);
    expect(card?.method).toBe("editMessageText");
    expect(String(card?.payload.text)).toContain(area?.name.uk);
    expect(String(card?.payload.text)).toContain(i18n.t("uk")("areas.inArticle"));
    expect(String(card?.payload.text)).toMatch(/Джерел[оа]: /);
    expect(buttons(card?.payload).map((b) => b.text)).toEqual([i18n.t("uk")("areas.back")]);
    const [, list] = await chat.press(0);
    expect(list?.method).toBe("editMessageText");
    expect(buttons(list?.payload)).toHaveLength(11);
  });

  it("works in a group with the @botname suffix", async () => {
    const { chat, bot, calls } = open();
    await bot.handleUpdate(chat.updates.text("/areas@PartnershipLocalBot", GROUP));
    expect(textsOf(calls)[0]).toContain(i18n.t("en")("areas.title"));
  });
});

describe("/quotes", () => {
  it("shows the speaker's own words and a marked translation, never a translation as the original", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    const quotes = content().quotes;
    let calls = await chat.send("/quotes");
    for (let i = 0; i < quotes.length; i++) {
      const quote = quotes[i];
      const text = String(calls.at(-1)?.payload.text);
      expect(text).toContain(`<blockquote>${quote?.original.replace(/"/g, "&quot;")}</blockquote>`);
      const translation = quote?.translations.uk;
      if (translation) {
        expect(text).toContain("Переклад (");
        expect(text).not.toContain(`<blockquote>${translation.text}`);
      }
      expect(text).toContain(i18n.t("uk")("quotes.position", { n: i + 1, total: quotes.length }));
      calls = await chat.press(2); // ▶
    }
    // After the last, ▶ wraps to the first.
    expect(String(calls.at(-1)?.payload.text)).toContain(quotes[0]?.original.slice(0, 10));
  });

  it("offers a share button that opens inline mode with the quote", async () => {
    const { chat } = open();
    const [call] = await chat.send("/quotes");
    const share = buttons(call?.payload).find((b) => "switch_inline_query" in b);
    expect(share?.text).toBe(i18n.t("en")("quotes.share"));
    expect((share as { switch_inline_query: string }).switch_inline_query).toContain("Yoon");
  });

  it("treats a repeated press (Telegram: message is not modified) as harmless", async () => {
    const notModified: Transformer = async (prev, method, payload, signal) => {
      if (method === "editMessageText") {
        return {
          ok: false,
          error_code: 400,
          description: "Bad Request: message is not modified",
        } as never;
      }
      return prev(method, payload, signal);
    };
    const { chat, calls } = open({ transformers: [notModified] });
    await chat.send("/quotes");
    await chat.press(1); // the middle "1/4" button re-shows the same card
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(1); // no error reply
  });
});

describe("/article", () => {
  it.each(LANGS)(
    "pages the article in %s within Telegram's limits, labelled and sourced",
    async (lang) => {
      const { chat } = open({ user: { language_code: lang } });
      let [call] = await chat.send("/article");
      const t = i18n.t(lang);
      const label = lang === "uk" ? t("article.original") : t("article.translation");
      const seen: string[] = [];
      for (let page = 0; page < 5; page++) {
        const text = String(call?.payload.text);
        expect(utf16Length(text)).toBeLessThanOrEqual(4096);
        expect(text).toContain(label);
        expect(text).toContain(realKnowledge().content.sourceById.get("ukrinform")?.name[lang]);
        seen.push(text);
        const next = buttons(call?.payload).find((b) => b.text === "▶");
        if (!next) break;
        const pressed = await chat.press(2);
        call = pressed.at(-1);
        if (seen.includes(String(call?.payload.text))) break;
      }
      const all = seen.join("\n");
      for (const paragraph of content().article.paragraphs) {
        expect(all).toContain(
          paragraph.sentences[0]?.[lang]
            .slice(0, 20)
            .replace(/&/g, "&amp;")
            .replace(/"/g, "&quot;"),
        );
      }
      expect(all).toContain(content().article.meta.photo_credit);
    },
  );
});

describe("deep links", () => {
  it.each([
    ["areas", "areas.title"],
    ["quotes", "quotes.context"],
    ["article", "article.translation"],
  ])("/start %s opens it", async (payload, key) => {
    const { chat } = open();
    expect(textsOf(await chat.send(`/start ${payload}`))[0]).toContain(
      i18n
        .t("en")(key)
        .replace(/<[^>]+>/g, "")
        .slice(0, 8),
    );
  });
});
