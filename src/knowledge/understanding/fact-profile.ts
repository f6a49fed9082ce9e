import { type Analyzer, isGlossaryTerm } from "../analysis/analyzer.js";
import type { Content, Fact, GlossaryEntry, QuestionType } from "../content/index.js";
import { LANGS } from "../languages.js";

/** What a fact declares it answers, with what its answer states. */
export interface FactProfile {
  subject: ReadonlySet<string>;
  /** Names its answer states, in any language. */
  stated: ReadonlySet<string>;
  /** Who said it, for a fact that answers "what did … say": the first of its subject. */
  speaker: string | undefined;
  aspects: ReadonlySet<string>;
  answers: ReadonlySet<QuestionType>;
  /** Years its answer or title states, in any language: a curator cannot forget one. */
  years: ReadonlySet<string>;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

export function factProfiles(content: Content, analyzer: Analyzer): Map<string, FactProfile> {
  return new Map(content.facts.map((fact) => [fact.id, profileOf(fact, analyzer)]));
}

function profileOf(fact: Fact, analyzer: Analyzer): FactProfile {
  const texts = LANGS.flatMap((lang) => [fact.answer[lang], fact.title[lang]]);
  const stated = LANGS.flatMap((lang) => analyzer.groups(fact.answer[lang]))
    .flatMap((group) => group.terms)
    .filter(isGlossaryTerm)
    .map((term) => term.slice(1));
  return {
    subject: new Set(fact.subject),
    stated: new Set(stated),
    speaker: fact.answers.includes("said") ? fact.subject[0] : undefined,
    aspects: new Set(fact.aspects),
    answers: new Set(fact.answers),
    years: new Set(texts.flatMap((text) => text.match(YEAR) ?? [])),
  };
}

/** The glossary's names by the part they play in a question. */
export interface NameRoles {
  kindOf: ReadonlyMap<string, GlossaryEntry["kind"]>;
  /** What a fact can be mainly about: programmes, people, events, bodies (not countries or cities). */
  leading: ReadonlySet<string>;
  /** Who may be quoted: people, countries (their leaders), bodies; not regions or cities. */
  speakers: ReadonlySet<string>;
  persons: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Countries and places: where the story happens, not what it is about. */
  settings: ReadonlySet<string>;
}

export function nameRoles(content: Content): NameRoles {
  const idsOf = (kinds: readonly GlossaryEntry["kind"][]) =>
    new Set(
      content.glossary
        .filter((entry) => kinds.includes(entry.kind) && !entry.background)
        .map((entry) => entry.id),
    );
  return {
    kindOf: new Map(content.glossary.map((entry) => [entry.id, entry.kind])),
    leading: idsOf(["programme", "person", "event", "organisation", "acronym"]),
    speakers: idsOf(["person", "country", "organisation"]),
    persons: idsOf(["person"]),
    places: idsOf(["place"]),
    settings: idsOf(["country", "place"]),
  };
}

/** What every quote is about (statements): the aspects a "what did … say?" asks about, whatever its words. */
export function quoteAspects(content: Content): string[] {
  const quotes = content.facts.filter((fact) => fact.answers.includes("said"));
  return (quotes[0]?.aspects ?? []).filter((aspect) =>
    quotes.every((fact) => fact.aspects.includes(aspect)),
  );
}
