/** The three languages the bot speaks; every localized text has all three. */
export const LANGS = ["uk", "en", "ko"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
