import type { Answer } from "../answer.js";
import { type Fact, SMALL_TALK_INTENTS, type SmallTalkIntent } from "../content/index.js";
import type { Lang } from "../languages.js";

/** How many questions a small-talk reply suggests. */
const SUGGESTED = 3;

/**
 * Small talk gets no fact: the bot replies in its own words (the views take
 * them from the locales) and suggests questions from the featured facts, a
 * different few for each intent, so "hi" and "thanks" do not offer the same.
 */
export function smallTalkAnswer(
  intent: SmallTalkIntent,
  lang: Lang,
  featured: readonly Fact[],
): Answer {
  const offset = SMALL_TALK_INTENTS.indexOf(intent) * SUGGESTED;
  const alternatives = Array.from(
    { length: Math.min(SUGGESTED, featured.length) },
    (_, i) => featured[(offset + i) % featured.length] as Fact,
  );
  return { lang, kind: "small-talk", intent, confidence: 1, alternatives };
}
