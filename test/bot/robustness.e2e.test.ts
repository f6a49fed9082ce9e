import fc from "fast-check";
import type { Transformer } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { RATE_LIMIT } from "../../src/bot/middlewares/rate-limit.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { LOCAL_USER } from "../../src/local/local-chat.js";
import { UpdateFactory } from "../../src/local/updates.js";
import { createLogger } from "../../src/logger.js";
import { openRedisStore } from "../../src/store/redis.js";
import { resilientStore } from "../../src/store/resilient.js";
import { testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
let nextUserId = 900_000;

/** Texts people (and attackers) send: any Unicode, RTL and zero-width marks, markup look-alikes, emoji, blanks, the maximum length. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "",
    " ",
    "\n\t ",
    "\u200b\u200f\u202e",
    "‏שלום مرحبا‎",
    "<b>bold</b> & <i>x",
    "**bold** _x_ `code` [l](http://x)",
    "</a><script>alert(1)</script>",
    "🙂🙂🙂",
    "ITPP <b>?</b>",
  ),
  fc.string({ unit: "grapheme", minLength: 4000, maxLength: 4096 }),
);

describe("bad input through the whole bot", () => {
  it("random messages, edits, buttons and inline queries never throw, never echo markup, never lose settings", async () => {
    const { bot, calls } = open();
    await bot.init();
    const settled = new UpdateFactory({ ...LOCAL_USER, id: 777_001 });
    // A user with a saved language, to check nothing below disturbs it.
    await bot.handleUpdate(settled.text("/language"));
    const picker = calls.at(-1);
    const ukButton =
      (
        picker?.payload.reply_markup as
          | { inline_keyboard: { callback_data: string }[][] }
          | undefined
      )?.inline_keyboard[0]?.[0]?.callback_data ?? "";
    await bot.handleUpdate(settled.callback(ukButton, { message_id: 1 }));

    await fc.assert(
      fc.asyncProperty(
        hostileText,
        fc.constantFrom("private", "supergroup") as fc.Arbitrary<"private" | "supergroup">,
        fc.constantFrom(
          "message",
          "edited",
          "callback",
          "inline",
          "sticker",
          "photo",
          "voice",
          "location",
        ),
        async (text, chatType, kind) => {
          const user = { ...LOCAL_USER, id: nextUserId++ };
          const updates = new UpdateFactory(user);
          const chat = { id: chatType === "private" ? user.id : -100_42, type: chatType };
          let update: Update = updates.text(text, chat);
          const message = update.message as unknown as Record<string, unknown>;
          if (kind === "edited")
            update = { update_id: update.update_id, edited_message: update.message } as Update;
          if (kind === "callback") update = updates.callback(text.slice(0, 64), { message_id: 5 });
          if (kind === "inline") update = updates.inlineQuery(text.slice(0, 256));
          if (["sticker", "photo", "voice", "location"].includes(kind)) {
            delete message.text;
            delete message.entities;
            message[kind] =
              kind === "location"
                ? { latitude: 54.68, longitude: 25.28 }
                : kind === "photo"
                  ? [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }]
                  : {
                      file_id: "f",
                      file_unique_id: "f",
                      duration: 1,
                      width: 1,
                      height: 1,
                      type: "regular",
                      is_animated: false,
                      is_video: false,
                    };
          }
          const before = calls.length;
          await bot.handleUpdate(update); // throws on any error past the boundary
          for (const call of calls.slice(before)) {
            if (call.payload.parse_mode !== "HTML") continue;
            const sent = String(call.payload.text ?? "");
            // The user's own markup never reaches Telegram as markup.
            for (const tag of text.match(/<\/?(script|a|b|i)\b[^>]*>/g) ?? []) {
              if (!["<b>", "</b>", "<i>", "</i>"].includes(tag)) expect(sent).not.toContain(tag);
            }
            expect(sent).not.toContain("<script>");
          }
          expect(
            calls
              .slice(before)
              .some((c) => String(c.payload.text ?? "").includes(i18n.t("en")("errors.generic"))),
          ).toBe(false);
        },
      ),
      { numRuns: 150 },
    );

    // The settled user's choice survived everything above.
    await bot.handleUpdate(settled.text("/help"));
    expect(textsOf(calls).at(-1)).toContain(i18n.t("uk")("help.title"));
  });
});

describe("Telegram's refusals", () => {
  it("a user who blocked the bot (403) is noted, not retried, and the bot goes on", async () => {
    const blocked: Transformer = async (prev, method, payload, signal) =>
      method === "sendMessage" && (payload as { chat_id?: number }).chat_id === LOCAL_USER.id
        ? ({
            ok: false,
            error_code: 403,
            description: "Forbidden: bot was blocked by the user",
          } as never)
        : prev(method, payload, signal);
    const { chat, calls } = open({ transformers: [blocked] });
    await chat.send("When was the ITPP signed?");
    expect(calls).toEqual([]); // one refused attempt, no error message sent after it
  });
});

describe("the per-user rate limit", () => {
  const question = (i: number) => `When was the ITPP signed? ${i}`;
  const answered = (texts: string[]) => texts.filter((t) => t.includes("11 July 2023"));
  const notes = (texts: string[]) => texts.filter((t) => t === i18n.t("en")("errors.rateLimited"));

  it("answers up to the limit, says so once, then stays quiet", async () => {
    const { chat, calls } = open();
    for (let i = 0; i < RATE_LIMIT.updates + 5; i++) await chat.send(question(i));
    const texts = textsOf(calls);
    expect(answered(texts)).toHaveLength(RATE_LIMIT.updates);
    expect(notes(texts)).toHaveLength(1);
    expect(texts).toHaveLength(RATE_LIMIT.updates + 1);
  });

  it("does not count inline queries", async () => {
    const { chat, calls } = open();
    for (let i = 0; i < RATE_LIMIT.updates + 5; i++) await chat.sendInline(`ITPP ${i}`);
    expect(calls.filter((call) => call.method === "answerInlineQuery")).toHaveLength(
      RATE_LIMIT.updates + 5,
    );
    await chat.send(question(0));
    expect(answered(textsOf(calls))).toHaveLength(1);
  });

  const redisUrl = process.env.REDIS_URL;
  describe.skipIf(!redisUrl)("on Redis", () => {
    // Each test bot closes its store after the test.
    const redisStore = () => openRedisStore(redisUrl ?? "");
    // A fresh user per run: a count stays in Redis for the window.
    const user = () => ({ id: 8_000_000 + (Date.now() % 1_000_000) + nextUserId++ });

    it("is shared by the instances on one Redis", async () => {
      const who = user();
      const [a, b] = [
        open({ store: await redisStore(), user: who }),
        open({ store: await redisStore(), user: who }),
      ];
      for (let i = 0; i < RATE_LIMIT.updates + 5; i++) await (i % 2 ? a : b).chat.send(question(i));
      const texts = [...textsOf(a.calls), ...textsOf(b.calls)];
      expect(answered(texts)).toHaveLength(RATE_LIMIT.updates);
      expect(notes(texts)).toHaveLength(1);
    });

    it("lets updates through uncounted while Redis is away", async () => {
      const store = await redisStore();
      store.redis?.disconnect();
      const logger = createLogger({ level: "silent", format: "json" });
      const { chat, calls } = open({ store: resilientStore(store, logger), user: user() });
      await chat.send(question(0));
      expect(answered(textsOf(calls))).toHaveLength(1);
    });
  });
});
