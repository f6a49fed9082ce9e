import { describe, expect, it } from "vitest";
import { createI18n, readLocale } from "../../src/i18n/i18n.js";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a locale with the interpolation variables of its text. */
function leaves(tree: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (typeof value === "object" && value !== null) {
      for (const [k, v] of leaves(value as Record<string, unknown>, path)) out.set(k, v);
    }
  }
  return out;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{-?\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] as string).sort();
}

/** Keys with plural suffixes folded into one, each with the union of its variables. */
function folded(lang: Lang): Map<string, string> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of leaves(readLocale(lang))) {
    const base = key.replace(PLURAL_SUFFIX, "");
    const vars = out.get(base) ?? new Set<string>();
    for (const v of variables(text)) vars.add(v);
    out.set(base, vars);
  }
  return new Map([...out].map(([key, vars]) => [key, [...vars].sort().join(",")]));
}

describe("locales", () => {
  it("have the same keys and interpolation variables in every language", () => {
    const [first, ...rest] = LANGS.map((lang) => [lang, folded(lang)] as const);
    for (const [lang, keys] of rest) {
      expect(Object.fromEntries(keys), `${lang} vs ${first?.[0]}`).toEqual(
        Object.fromEntries(first?.[1] ?? []),
      );
    }
  });

  it.each(LANGS)("%s has exactly the plural forms Intl.PluralRules gives it", (lang) => {
    const expected = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    const forms = new Map<string, string[]>();
    for (const key of leaves(readLocale(lang)).keys()) {
      const match = PLURAL_SUFFIX.exec(key);
      if (!match) continue;
      const base = key.replace(PLURAL_SUFFIX, "");
      forms.set(base, [...(forms.get(base) ?? []), match[1] as string]);
    }
    expect(forms.size, "at least one plural key").toBeGreaterThan(0);
    for (const [base, found] of forms) {
      expect(found.sort(), `${lang}: ${base}`).toEqual(expected);
    }
  });

  it("pick the right Ukrainian plural form", () => {
    const t = createI18n().t("uk");
    expect(t("start.knowledge", { count: 1 })).toContain("1 перевірений факт ");
    expect(t("start.knowledge", { count: 3 })).toContain("3 перевірені факти");
    expect(t("start.knowledge", { count: 75 })).toContain("75 перевірених фактів");
  });

  it("escape interpolated user text for HTML", () => {
    const t = createI18n().t("en");
    expect(t("start.welcome", { name: "<b>x</b> & y" })).toContain(
      "&lt;b&gt;x&lt;&#x2F;b&gt; &amp; y",
    );
  });

  it("translate with a fixed language per call, not a global switch", () => {
    const i18n = createI18n();
    expect(i18n.t("ko")("commands.help")).not.toBe(i18n.t("uk")("commands.help"));
    expect(i18n.t("en")("commands.help")).toBe("All commands and how to ask");
  });
});
