import type { Analyzer, TermGroup } from "./analysis/analyzer.js";
import type { Content, Fact } from "./content/index.js";
import { LANGS, type Lang } from "./languages.js";
import type { Hit } from "./search/term-index.js";
import { TUNING } from "./tuning.js";

/** How many questions a decline suggests. */
const SUGGESTIONS = 3;

export type Suggest = (groups: readonly TermGroup[], hits: readonly Hit[], lang: Lang) => Fact[];

/**
 * Suggestions for a question the bot could not answer: the facts that match
 * it somewhat, else the featured ones, and never the very question asked (a
 * fact whose title has the question's words): offering back what was just
 * declined reads as a joke at the user's expense.
 */
export function createSuggest(content: Content, analyzer: Analyzer): Suggest {
  const featured = content.facts.filter((fact) => fact.featured);
  const titleKeys = new Map(
    content.facts.map((fact) => [
      fact,
      Object.fromEntries(
        LANGS.map((lang) => [lang, termKey(analyzer.groups(fact.title[lang]))]),
      ) as Record<Lang, string>,
    ]),
  );
  return (groups, hits, lang) => {
    const asked = termKey(groups);
    const notAsked = (fact: Fact) => titleKeys.get(fact)?.[lang] !== asked;
    const close = hits
      .filter((hit) => hit.coverage >= TUNING.suggestionThreshold)
      .map((hit) => content.factById.get(hit.id) as Fact)
      .filter(notAsked);
    return (close.length > 0 ? close : featured.filter(notAsked)).slice(0, SUGGESTIONS);
  };
}

/** A question's words as a set: the same words in any order are the same question. */
function termKey(groups: readonly TermGroup[]): string {
  return [...new Set(groups.flatMap((group) => group.terms))].sort().join(" ");
}
