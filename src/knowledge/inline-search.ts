import { glossaryTerm, type TermGroup } from "./analysis/analyzer.js";
import type { Answer } from "./answer.js";
import type { Area, Content, Fact, Quote } from "./content/index.js";
import type { Knowledge } from "./knowledge.js";
import type { Lang } from "./languages.js";

/**
 * What inline mode (`@bot query`) offers for a query, before any Telegram
 * formatting: facts, areas, quotes and, when only the article answers, the
 * article passage. Plain TypeScript, no grammY.
 */
export type InlineItem =
  | { kind: "fact"; fact: Fact }
  | { kind: "area"; area: Area }
  | { kind: "quote"; quote: Quote }
  /** An article passage the engine answered with (not quoted speech: that is a quote item). */
  | { kind: "article"; answer: Answer };

export interface InlineSearch {
  /**
   * - `match`: items that answer the query, best first;
   * - `featured`: the query was empty, the featured set;
   * - `no-match`: nothing matched, the featured set instead.
   */
  kind: "match" | "featured" | "no-match";
  lang: Lang;
  items: InlineItem[];
}

/** Stable, unique per item, ≤ 64 bytes for any kebab-case id the content format allows here. */
export function inlineItemId(item: InlineItem): string {
  switch (item.kind) {
    case "fact":
      return `f:${item.fact.id}`;
    case "area":
      return `a:${item.area.id}`;
    case "quote":
      return `q:${item.quote.id}`;
    case "article":
      return `s:${item.answer.passage?.sentences[0]?.id ?? "none"}`;
  }
}

/** The featured set: featured facts, the ITPP areas, the quotes. */
export function featuredItems(content: Content): InlineItem[] {
  return [
    ...content.facts
      .filter((fact) => fact.featured)
      .map((fact): InlineItem => ({ kind: "fact", fact })),
    ...content.areas.itpp.map((area): InlineItem => ({ kind: "area", area })),
    ...content.quotes.map((quote): InlineItem => ({ kind: "quote", quote })),
  ];
}

interface TermSets {
  areas: Map<string, Set<string>>;
  quotes: Map<string, Set<string>>;
}

/** The analysed words of each area's name and each quote's speaker and words, in every language. */
function termSets(knowledge: Knowledge): TermSets {
  const { content, analyzer } = knowledge;
  const termsOf = (texts: string[]) => new Set(texts.flatMap((text) => analyzer.terms(text)));
  return {
    areas: new Map(
      content.areas.itpp.map((area) => [
        area.id,
        termsOf([area.name.uk, area.name.en, area.name.ko]),
      ]),
    ),
    quotes: new Map(
      content.quotes.map((quote) => {
        const terms = termsOf([
          quote.original,
          ...Object.values(quote.translations).map((translation) => translation?.text ?? ""),
        ]);
        terms.add(glossaryTerm(quote.speaker));
        return [quote.id, terms];
      }),
    ),
  };
}

/** A query of at least this many words that an item's words all contain names that item. */
const NAMING_WORDS = 3;

/**
 * How well the query's words meet an item's terms: "names" when a query of
 * several words is all in them (a typed area name, a shared quote's speaker
 * and first words), "matches" when more than half are.
 */
function matchOf(
  groups: readonly TermGroup[],
  terms: Set<string> | undefined,
): "names" | "matches" | undefined {
  if (!terms || groups.length === 0) return undefined;
  // Only a word's own terms: its joined forms (cut short) can equal a neighbour's.
  const found = groups.filter((group) => group.terms.some((term) => terms.has(term))).length;
  if (found === groups.length && found >= NAMING_WORDS) return "names";
  return found * 2 > groups.length ? "matches" : undefined;
}

/**
 * Areas a fact is about: its own `area-<id>` fact, or, for a fact about the
 * areas, those whose name (without its bracketed alternative) its answer uses
 * word for word.
 */
function areasOfFact(knowledge: Knowledge, fact: Fact, lang: Lang): Area[] {
  const { content, analyzer } = knowledge;
  const answer = fact.topic === "areas" ? new Set(analyzer.terms(fact.answer[lang])) : undefined;
  const named = (area: Area) => {
    const groups = analyzer.groups(area.name[lang].replace(/\s*\([^)]*\)/gu, ""));
    return groups.length > 0 && groups.every((group) => group.terms.some((t) => answer?.has(t)));
  };
  return content.areas.itpp.filter(
    (area) => fact.id === `area-${area.id}` || (answer !== undefined && named(area)),
  );
}

/**
 * Quotes a fact is about: those the article renders in a sentence the fact
 * cites, then, for a fact about quotes, the other words of the same speaker.
 */
function quotesOfFact(knowledge: Knowledge, fact: Fact): Quote[] {
  const { content, analyzer } = knowledge;
  const cited = new Set(fact.article);
  const bySentence = content.quotes.filter((quote) =>
    Object.values(quote.translations).some(
      (translation) => translation?.article && cited.has(translation.article),
    ),
  );
  const titleTerms = new Set(analyzer.terms(fact.title.en));
  const bySpeaker =
    fact.topic === "quotes"
      ? content.quotes.filter((quote) => titleTerms.has(glossaryTerm(quote.speaker)))
      : [];
  return [...bySentence, ...bySpeaker];
}

/**
 * The items for an inline query in the reader's language `lang`: areas and
 * quotes the query names outright, the engine's answer (top fact, its close
 * alternatives), areas and quotes whose names or words the query mostly
 * uses, then what the top fact relates to. An empty query gets the featured
 * set; a query nothing matches gets it too, marked.
 */
export function inlineSearch(knowledge: Knowledge, query: string, lang: Lang): InlineSearch {
  const { content, analyzer } = knowledge;
  const groups = analyzer.groups(query);
  if (groups.length === 0) {
    return { kind: "featured", lang, items: featuredItems(content) };
  }

  const answer = knowledge.answer(query, lang);
  const items: InlineItem[] = [];
  const seen = new Set<string>();
  const add = (item: InlineItem) => {
    const id = inlineItemId(item);
    if (seen.has(id)) return;
    seen.add(id);
    items.push(item);
  };
  const addFact = (fact: Fact) => add({ kind: "fact", fact });
  const addArea = (area: Area) => add({ kind: "area", area });
  const addQuote = (quote: Quote) => add({ kind: "quote", quote });

  // Words of what the bot does not cover must not find an area or a quote by their other words.
  const offtopic = groups.some((group) => group.offtopic);
  const sets = termSets(knowledge);
  const areaMatch = (area: Area) =>
    offtopic ? undefined : matchOf(groups, sets.areas.get(area.id));
  const quoteMatch = (quote: Quote) =>
    offtopic ? undefined : matchOf(groups, sets.quotes.get(quote.id));

  // What the query names outright comes first, then the engine's answer, then looser matches.
  content.areas.itpp.filter((area) => areaMatch(area) === "names").forEach(addArea);
  content.quotes.filter((quote) => quoteMatch(quote) === "names").forEach(addQuote);

  if (answer.kind === "fact" && answer.fact) {
    addFact(answer.fact);
    answer.parts?.forEach(addFact);
    answer.alternatives.forEach(addFact);
  } else if (answer.kind === "article" && answer.passage) {
    if (answer.passage.quote) addQuote(answer.passage.quote);
    else add({ kind: "article", answer });
  }

  content.areas.itpp.filter((area) => areaMatch(area) !== undefined).forEach(addArea);
  content.quotes.filter((quote) => quoteMatch(quote) !== undefined).forEach(addQuote);

  if (answer.kind === "fact" && answer.fact) {
    const top = answer.fact;
    quotesOfFact(knowledge, top).forEach(addQuote);
    areasOfFact(knowledge, top, lang).forEach(addArea);
    top.related
      .map((id) => content.factById.get(id))
      .filter((fact): fact is Fact => fact !== undefined)
      .forEach(addFact);
  }

  if (items.length === 0) {
    return { kind: "no-match", lang, items: featuredItems(content) };
  }
  return { kind: "match", lang, items };
}
