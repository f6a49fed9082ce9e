import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/bot/views/html.js";
import { realKnowledge, testBots, textsOf } from "../support/test-bot.js";

const open = testBots();
const { content } = realKnowledge();

/** The line of a reply that names its sources (its last line). */
const sourceLineOf = (text: string | undefined) => text?.split("\n").at(-1) ?? "";

describe("source lines name outlets in the reply's language", () => {
  it.each([
    ["uk", "Коли підписали ITPP?", ["Укрінформ", "Йонхап"], ["Ukrinform", "Yonhap"]],
    ["en", "When was the ITPP signed?", ["Ukrinform", "Yonhap"], ["Укрінформ", "연합뉴스"]],
    ["ko", "ITPP는 언제 체결됐어요?", ["우크린폼", "연합뉴스"], ["Ukrinform", "Yonhap"]],
  ] as const)("%s: %s", async (lang, question, names, foreign) => {
    const { chat } = open({ user: { language_code: lang } });
    const line = sourceLineOf(textsOf(await chat.send(question))[0]);
    for (const name of names) expect(line).toContain(name);
    for (const name of foreign) expect(line).not.toContain(name);
    // The link stays, around the name in the reader's language.
    const yonhap = content.sourceById.get("yonhap");
    expect(line).toContain(`<a href="${escapeHtml(yonhap?.url ?? "?")}">${yonhap?.name[lang]}</a>`);
  });

  it("names the outlet the article cites, and a quote's translator, in the reader's language", async () => {
    const { chat } = open({ user: { language_code: "ko" } });
    const [article] = textsOf(await chat.send("/article"));
    expect(article).toContain("우크린폼 (연합뉴스 인용)");
    const { chat: ukChat } = open({ user: { language_code: "uk" } });
    const quotes = textsOf(await ukChat.send("/quotes")).join("\n");
    expect(quotes).not.toMatch(/Переклад \((Yonhap|Ukrinform)\)/);
  });
});
