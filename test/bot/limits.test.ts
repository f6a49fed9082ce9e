import { describe, expect, it } from "vitest";
import { MESSAGE_LIMIT, splitMessage } from "../../src/bot/split-long-messages.js";
import { utf16Length } from "../../src/knowledge/text/comparable.js";
import { testBots } from "../support/test-bot.js";

const open = testBots();

describe("messages over Telegram's 4096-unit limit", () => {
  it("split on paragraph boundaries, each part within the limit", () => {
    const paragraph = (n: number) => `<b>${n}</b> ${"слово ".repeat(120)}`.trim();
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i)).join("\n\n");
    const parts = splitMessage(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(utf16Length(part)).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(part.startsWith("<b>")).toBe(true); // never cut inside a paragraph
    }
    expect(parts.join("\n\n")).toBe(text);
  });

  it("count UTF-16 units, so emoji and Hangul are measured as Telegram does", () => {
    const text = "🙂".repeat(3000); // 6000 units
    for (const part of splitMessage(text))
      expect(utf16Length(part)).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it("go out as several messages through the bot, the buttons on the last", async () => {
    const { bot, calls } = open();
    await bot.init();
    const long = Array.from({ length: 10 }, (_, i) => `${i} ${"x".repeat(900)}`).join("\n\n");
    await bot.api.sendMessage(1, long, {
      reply_markup: { inline_keyboard: [[{ text: "b", callback_data: "b" }]] },
    });
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.map((c) => String(c.payload.text)).join("\n\n")).toBe(long);
    expect(sent.at(-1)?.payload.reply_markup).toBeDefined();
    expect(sent[0]?.payload.reply_markup).toBeUndefined();
  });
});
