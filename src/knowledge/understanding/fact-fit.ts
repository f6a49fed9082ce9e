import { type Analyzer, isGlossaryTerm } from "../analysis/analyzer.js";
import type { Content, Fact, Premise, QuestionType } from "../content/index.js";
import { LANGS } from "../languages.js";
import type { Hit } from "../search/term-index.js";
import { TUNING } from "../tuning.js";
import { type QuestionReading, SPECIFIC_TYPES, sharedAspects } from "./read-question.js";

/** What a fact declares it answers, with the years its answer states. */
interface FactProfile {
  subject: ReadonlySet<string>;
  /** Names its answer states, in any language. */
  stated: ReadonlySet<string>;
  /** Who said it, for a fact that answers "what did … say": the first of its subject. */
  speaker: string | undefined;
  aspects: ReadonlySet<string>;
  answers: ReadonlySet<QuestionType>;
  years: ReadonlySet<string>;
}

/** The facts the search found, held to what the question is about and asks. */
export interface FactFit {
  /** Is the fact about every focal name, year and (when named) aspect of the question? */
  isAbout(factId: string, reading: QuestionReading): boolean;
  /**
   * The hits about the question, best first: by score, a fact that is also
   * about programmes or people the question does not name a little behind
   * ("how many areas has the ITPP?" is the ITPP's count before the IPCP-and-ITPP comparison).
   */
  about(hits: readonly Hit[], reading: QuestionReading): Hit[];
  /** For each type asked, the best of the hits about it (from `about`) that answers it (undefined: none does). */
  parts(about: readonly Hit[], reading: QuestionReading): Map<QuestionType, Hit | undefined>;
  /** False premises the question carries. */
  premises(reading: QuestionReading): Premise[];
  /** Facts about the question's focal names (or, with none, its aspects): what the bot can offer instead. */
  aboutTheSame(hits: readonly Hit[], reading: QuestionReading): Fact[];
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

export function createFactFit(content: Content, analyzer: Analyzer): FactFit {
  const profiles = new Map<string, FactProfile>(
    content.facts.map((fact) => [fact.id, profileOf(fact, analyzer)]),
  );
  const profile = (id: string) => profiles.get(id) as FactProfile;
  /**
   * Every name the question is about is one the fact is about, or at least
   * one its answer states ("how many revisions did the IPCP have before the
   * ITPP?" is the IPCP's fact, which names the ITPP), so long as one of them
   * is what the fact is declared to be about. Who, when, where and "what
   * was said" ask about exactly the names given, so there every one must be
   * declared ("who was NATO's head when the IPCP was signed?" is not the
   * ITPP's signing, which mentions the IPCP). "Was it signed in Vilnius?":
   * the place is what is asked about, not what the fact must be about; "Yoon
   * or Stoltenberg?" is about either.
   */
  const namesFit = (p: FactProfile, reading: QuestionReading) => {
    const needed = reading.focal.filter((name) => !(isYesNo(reading) && places.has(name)));
    if (reading.types.includes("compare"))
      return needed.length === 0 || needed.some((name) => p.subject.has(name));
    const exact = reading.types.some((type) => EXACT_TYPES.has(type));
    return (
      needed.every((name) => p.subject.has(name) || (!exact && p.stated.has(name))) &&
      (needed.length === 0 || needed.some((name) => p.subject.has(name)))
    );
  };
  const quoteAspects = sharedAspects(content.facts.filter((fact) => fact.answers.includes("said")));
  const kindOf = new Map(content.glossary.map((entry) => [entry.id, entry.kind]));
  // The names a fact can be mainly about: programmes, people, events, bodies (not countries or cities).
  const leading = new Set(
    content.glossary
      .filter(
        (entry) =>
          ["programme", "person", "event", "organisation", "acronym"].includes(entry.kind) &&
          !entry.background,
      )
      .map((entry) => entry.id),
  );
  // Who may be quoted: people, countries (their leaders), bodies; not regions or cities.
  const mayspeak = new Set(
    content.glossary
      .filter((entry) => ["person", "country", "organisation"].includes(entry.kind))
      .map((entry) => entry.id),
  );
  const places = new Set(
    content.glossary.filter((entry) => entry.kind === "place").map((entry) => entry.id),
  );
  const isAbout = (id: string, reading: QuestionReading) => {
    const p = profile(id);
    // "What did Japan's prime minister say?" is not answered by Yoon's words about Japan.
    const speakers = reading.focal.filter((name) => mayspeak.has(name));
    const wrongSpeaker =
      p.speaker !== undefined &&
      quoteAspects.some((aspect) => reading.aspects.has(aspect)) &&
      speakers.length > 0 &&
      !speakers.includes(p.speaker);
    return (
      !wrongSpeaker &&
      namesFit(p, reading) &&
      // "Was it signed in 2019?" is answered by the fact that says 2023.
      (isYesNo(reading) || reading.years.every((year) => p.years.has(year))) &&
      (reading.aspects.size === 0 || [...reading.aspects].some((a) => p.aspects.has(a)))
    );
  };
  const about = (hits: readonly Hit[], reading: QuestionReading) => {
    // Only names of a kind the question names count: asked about the ITPP, a fact
    // also about the IPCP is less to the point; asked about nothing, none is.
    const kinds = new Set(reading.focal.map((name) => kindOf.get(name)));
    const extras = (hit: Hit) =>
      [...profile(hit.id).subject].filter(
        (name) => leading.has(name) && kinds.has(kindOf.get(name)) && !reading.names.has(name),
      ).length;
    // The search's own ranking key (score × coverage^power), then the penalty.
    const ranked = (hit: Hit) =>
      hit.score *
      hit.coverage ** TUNING.rankCoveragePower *
      (1 - TUNING.otherSubjectPenalty * Math.min(extras(hit), 2));
    return hits
      .filter((hit) => isAbout(hit.id, reading))
      .map((hit) => ({ hit, rank: ranked(hit) }))
      .sort((a, b) => b.rank - a.rank)
      .map(({ hit }) => hit);
  };
  return {
    isAbout,
    about,
    parts(ranked, reading) {
      if (isYesNo(reading)) {
        // One answer, preferably a fact that answers what the question goes on to ask.
        const asked = reading.types.slice(1).filter((type) => SPECIFIC_TYPES.has(type));
        const best = ranked.find((hit) => asked.some((type) => profile(hit.id).answers.has(type)));
        return new Map([["yes-no", best ?? ranked[0]]]);
      }
      // Who, when, where…: the first fact that answers that. "What…", lists and
      // comparisons: nearly every fact answers some "what", so the best match does.
      const answering = (type: QuestionType) =>
        SPECIFIC_TYPES.has(type)
          ? ranked.find((hit) => profile(hit.id).answers.has(type))
          : ranked[0];
      // One fact that answers every part ("when and where?") is the whole answer.
      const specific = reading.types.filter((type) => SPECIFIC_TYPES.has(type));
      const whole =
        specific.length > 1
          ? ranked.find((hit) => specific.every((type) => profile(hit.id).answers.has(type)))
          : undefined;
      return new Map(reading.types.map((type) => [type, whole ?? answering(type)]));
    },
    premises: (reading) =>
      content.premises.filter(
        (premise) =>
          premise.names.every((name) => reading.names.has(name)) &&
          premise.aspects.every((aspect) => reading.aspects.has(aspect)) &&
          premise.years.every((year) => reading.years.includes(year)),
      ),
    aboutTheSame(hits, reading) {
      const related = (fact: Fact) => {
        const p = profile(fact.id);
        return reading.focal.length > 0
          ? reading.focal.every((name) => p.subject.has(name))
          : [...reading.aspects].some((aspect) => p.aspects.has(aspect));
      };
      const ranked = hits.map((hit) => content.factById.get(hit.id) as Fact);
      return [...new Set([...ranked, ...content.facts])].filter(related);
    },
  };
}

/** Questions about exactly the names they give. */
const EXACT_TYPES: ReadonlySet<QuestionType> = new Set(["who", "when", "where", "said"]);

function isYesNo(reading: QuestionReading): boolean {
  return reading.types[0] === "yes-no";
}

function profileOf(fact: Fact, analyzer: Analyzer): FactProfile {
  // Years are read from what the fact says, in every language, so a curator cannot forget one.
  const texts = LANGS.flatMap((lang) => [fact.answer[lang], fact.title[lang]]);
  const years = new Set(texts.flatMap((text) => text.match(YEAR) ?? []));
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
    years,
  };
}
