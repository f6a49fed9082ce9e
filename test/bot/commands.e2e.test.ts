import { describe, expect, it } from "vitest";
import { setCommandMenus } from "../../src/bot/commands.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { LANGS } from "../../src/knowledge/languages.js";
import { testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();

describe("/quiz is listed", () => {
  it.each(LANGS)("in /help, in %s", async (lang) => {
    const { chat } = open({ user: { language_code: lang } });
    const [text] = textsOf(await chat.send("/help"));
    const t = i18n.t(lang);
    expect(text).toContain(t("help.command", { command: "quiz", description: t("commands.quiz") }));
  });

  it("in the command menu of every language and Telegram's default one", async () => {
    const { bot, calls } = open();
    await setCommandMenus(bot.api, i18n);
    const menus = calls.filter((call) => call.method === "setMyCommands");
    expect(menus.map((call) => call.payload.language_code ?? "default").sort()).toEqual([
      "default",
      "en",
      "ko",
      "uk",
    ]);
    for (const menu of menus) {
      const lang = (menu.payload.language_code as (typeof LANGS)[number] | undefined) ?? "en";
      const commands = menu.payload.commands as Array<{ command: string; description: string }>;
      expect(commands).toContainEqual(
        expect.objectContaining({ command: "quiz", description: i18n.t(lang)("commands.quiz") }),
      );
    }
  });
});
