import { describe, expect, it } from "vitest";
import { pickReplyLanguage } from "../../src/i18n/reply-language.js";
import { createLanguageDetector } from "../../src/knowledge/detect-language.js";

// The real glossary is tested through the bot; here a small one keeps the cases readable.
const detect = createLanguageDetector(
  [
    "ITPP",
    "IPCP",
    "NATO",
    "НАТО",
    "나토",
    "Stoltenberg",
    "Jens Stoltenberg",
    "Столтенберг",
    "윤석열",
    "Yoon Suk Yeol",
  ],
  {
    uk: new Set(["коли", "підписали", "де", "хто", "програму"]),
    en: new Set(["when", "was", "it", "signed", "how", "many", "areas", "who"]),
  },
);

describe("language detection by script", () => {
  it.each([
    ["Коли підписали програму?", "uk"],
    ["Когда подписали программу?", "uk"], // Russian is answered in Ukrainian
    ["When was it signed?", "en"],
    ["언제 체결됐어?", "ko"],
    ["협력 분야는?", "ko"],
    ["скільки сфер", "uk"],
    ["how many areas", "en"],
    // Ukrainian typed in Latin letters: its words are Ukrainian words the content uses.
    ["koly pidpysaly ITPP", "uk"],
    ["khto pidpysav? de?", "uk"],
    ["who signed the ITPP", "en"],
    // A Hangul syllable weighs as the two or three letters it is made of.
    ["ITPP 분야 몇 개? link", "ko"],
    ["분야가 몇 개야? source please", "ko"],
  ] as const)("%s → %s", (text, lang) => {
    expect(detect(text)).toBe(lang);
  });

  it.each([
    "ITPP?",
    "Stoltenberg",
    "НАТО!",
    "나토",
    "2023",
    "🙂",
    "/help",
    "/start@PartnershipBot",
    "Jens Stoltenberg?!",
  ])("%s carries no language", (text) => {
    expect(detect(text)).toBeUndefined();
  });

  it("ignores names in another script and counts the rest", () => {
    expect(detect("Що сказав Stoltenberg про ITPP?")).toBe("uk");
    expect(detect("what did 윤석열 say")).toBe("en");
    expect(detect("Yoon Suk Yeol 뭐라고 했어?")).toBe("ko");
    expect(detect("Stoltenberg가 누구인데요")).toBe("ko"); // a particle straight after a Latin name
  });

  it("takes the script with the most letters when mixed", () => {
    expect(detect("ITPP program що це")).toBe("en"); // "program" 7 Latin letters > "щоце" 4
    expect(detect("що таке cyber defence у програмі партнерства")).toBe("uk");
  });

  it("matches names only as whole words", () => {
    // "NATOs" is not the name NATO, so its letters count.
    expect(detect("NATOs")).toBe("en");
  });
});

describe("pickReplyLanguage", () => {
  it("uses the script of the text first, even against the saved choice", () => {
    expect(
      pickReplyLanguage({ text: "When?", saved: () => "ko", telegramLanguageCode: "uk" }, detect),
    ).toBe("en");
  });

  it("falls back to the saved choice, then Telegram's language, then English", () => {
    expect(
      pickReplyLanguage({ text: "ITPP?", saved: () => "ko", telegramLanguageCode: "uk" }, detect),
    ).toBe("ko");
    expect(pickReplyLanguage({ text: "ITPP?", telegramLanguageCode: "uk-UA" }, detect)).toBe("uk");
    expect(pickReplyLanguage({ text: "ITPP?", telegramLanguageCode: "ko" }, detect)).toBe("ko");
    expect(pickReplyLanguage({ text: "ITPP?", telegramLanguageCode: "de" }, detect)).toBe("en");
    expect(pickReplyLanguage({}, detect)).toBe("en");
  });

  it("answers a button press in the language of its message", () => {
    expect(
      pickReplyLanguage(
        { buttonLang: "uk", saved: () => "ko", telegramLanguageCode: "en" },
        detect,
      ),
    ).toBe("uk");
  });
});
