import { describe, expect, it } from "vitest";
import { encodeButton } from "../../src/bot/callback-data.js";
import { COMMANDS } from "../../src/bot/commands.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { LANGS } from "../../src/knowledge/languages.js";
import { realKnowledge, testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();

describe("/start", () => {
  it.each([
    ["en", "Hello, Local!"],
    ["uk", "Вітаю, Local!"],
    ["ko", "안녕하세요, Local님!"],
  ] as const)("welcomes a %s user in Telegram's language", async (code, greeting) => {
    const { chat } = open({ user: { language_code: code } });
    const calls = await chat.send("/start");
    expect(calls.map((c) => c.method)).toEqual(["sendMessage"]);
    expect(calls[0]?.payload.parse_mode).toBe("HTML");
    expect(String(calls[0]?.payload.text)).toContain(greeting);
    expect(String(calls[0]?.payload.text)).toContain("/help");
  });

  it("says how many facts it knows, with the right plural form", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    const [text] = textsOf(await chat.send("/start"));
    const count = realKnowledge().content.facts.length;
    expect(count).toBeGreaterThan(0);
    expect(text).toContain(i18n.t("uk")("start.knowledge", { count }));
  });

  it("escapes the user's name", async () => {
    const { chat } = open({ user: { first_name: "<b>Eve</b>" } });
    const [text] = textsOf(await chat.send("/start"));
    expect(text).toContain("&lt;b&gt;Eve&lt;&#x2F;b&gt;");
    expect(text).not.toContain("<b>Eve</b>");
  });

  it("opens a feature from a deep-link payload", async () => {
    const { chat } = open();
    expect(textsOf(await chat.send("/start help"))[0]).toContain(i18n.t("en")("help.title"));
    const calls = await chat.send("/start language");
    expect(calls[0]?.payload.reply_markup).toBeDefined();
  });

  it("gives the ordinary welcome for an unknown or hostile payload", async () => {
    const { chat } = open();
    for (const payload of ["nonsense", "__proto__", "constructor"]) {
      expect(textsOf(await chat.send(`/start ${payload}`))[0]).toContain("Hello, Local!");
    }
  });
});

describe("/help", () => {
  it.each(LANGS)("lists every command in %s", async (lang) => {
    const { chat } = open({ user: { language_code: lang } });
    const [text] = textsOf(await chat.send("/help"));
    for (const command of COMMANDS) {
      const t = i18n.t(lang);
      expect(text).toContain(t("help.command", { command, description: t(`commands.${command}`) }));
      expect(text).toContain(`/${command} — `);
    }
    expect(text).toContain("@PartnershipLocalBot");
  });

  it("works with the @botname suffix used in groups", async () => {
    const { chat } = open();
    expect(textsOf(await chat.send("/help@PartnershipLocalBot"))[0]).toContain(
      i18n.t("en")("help.title"),
    );
  });
});

describe("/language", () => {
  it("offers the three languages and saves the choice", async () => {
    const { chat } = open({ user: { language_code: "en" } });
    const [prompt] = await chat.send("/language");
    const keyboard = (
      prompt?.payload.reply_markup as { inline_keyboard: { text: string }[][] } | undefined
    )?.inline_keyboard.flat();
    expect(keyboard?.map((b) => b.text)).toEqual(["Українська", "English", "한국어"]);

    const pressed = await chat.press(2); // 한국어
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(String(pressed[1]?.payload.text)).toContain("한국어");

    // A message with no words to go by now gets Korean, though Telegram says English.
    expect(textsOf(await chat.send("/help"))[0]).toContain(i18n.t("ko")("help.title"));
  });

  it("keeps the choice across a restart", async () => {
    const first = open({ user: { language_code: "en" } });
    await first.chat.send("/language");
    await first.chat.press(0); // Українська
    await first.close();

    const restarted = open({ dataDir: first.dataDir, user: { language_code: "en" } });
    expect(textsOf(await restarted.chat.send("/help"))[0]).toContain(i18n.t("uk")("help.title"));
  });

  it("is not changed by asking in another language", async () => {
    const { chat } = open({ user: { language_code: "en" } });
    await chat.send("/language");
    await chat.press(0); // Українська
    expect(textsOf(await chat.send("How is the weather?"))[0]).toContain(
      i18n.t("en")("answer.decline"),
    );
    expect(textsOf(await chat.send("/start"))[0]).toContain("Вітаю");
  });
});

describe("reply language", () => {
  it.each([
    ["Коли підписали ITPP?", "uk"],
    ["Когда подписали ITPP?", "uk"],
    ["When was the ITPP signed?", "en"],
    ["ITPP는 언제 체결됐어?", "ko"],
  ] as const)("%s is answered in %s", async (text, lang) => {
    const { chat } = open({ user: { language_code: "en" } });
    const [reply] = textsOf(await chat.send(text));
    const fact = realKnowledge().content.factById.get("itpp-signed-when");
    expect(reply).toContain(fact?.answer[lang].slice(0, 20));
  });

  it("answers a button in the language of its message, not the user's", async () => {
    const { chat } = open({ user: { language_code: "en" } });
    const calls = await chat.pressData("unknown-action|ko", 999);
    expect(calls).toEqual([
      expect.objectContaining({
        method: "answerCallbackQuery",
        payload: expect.objectContaining({ text: i18n.t("ko")("errors.staleButton") }),
      }),
    ]);
  });

  it("tells a forged language button apart from a real one", async () => {
    const { chat } = open();
    const calls = await chat.pressData(encodeButton("lang", "en", "xx"), 999);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(calls[0]?.payload.text).toBe(i18n.t("en")("errors.staleButton"));
  });
});

describe("other messages", () => {
  it("replies to non-text messages politely in a private chat", async () => {
    const { chat, bot, calls } = open({ user: { language_code: "uk" } });
    const update = chat.updates.text("x");
    const message = update.message as unknown as Record<string, unknown>;
    delete message.text;
    message.sticker = {
      file_id: "s",
      file_unique_id: "s",
      type: "regular",
      width: 1,
      height: 1,
      is_animated: false,
      is_video: false,
    };
    await bot.handleUpdate(update);
    expect(textsOf(calls)).toEqual([i18n.t("uk")("fallback.unsupported")]);
  });

  it("stays quiet in a group when not addressed", async () => {
    const { chat, bot, calls } = open();
    await bot.handleUpdate(
      chat.updates.text("hello everyone", { id: -100123, type: "supergroup" }),
    );
    expect(calls.filter((c) => c.method === "sendMessage")).toEqual([]);
  });
});

describe("re-delivered updates", () => {
  it("are answered once, also after a restart on the same store", async () => {
    const first = open();
    const update = first.chat.updates.text("/help");
    await first.bot.handleUpdate(update);
    await first.bot.handleUpdate(update);
    expect(first.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    await first.close();
    const restarted = open({ dataDir: first.dataDir });
    await restarted.bot.handleUpdate(update);
    expect(restarted.calls).toEqual([]);
  });
});
