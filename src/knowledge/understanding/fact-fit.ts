import type { Analyzer } from "../analysis/analyzer.js";
import type { Content, Fact, Premise, QuestionType } from "../content/index.js";
import type { Hit } from "../search/term-index.js";
import { TUNING } from "../tuning.js";
import {
  type FactProfile,
  factProfiles,
  type NameRoles,
  nameRoles,
  quoteAspects as quoteAspectsOf,
} from "./fact-profile.js";
import { type QuestionReading, SPECIFIC_TYPES } from "./read-question.js";

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

/** Questions about exactly the names they give. */
const EXACT_TYPES: ReadonlySet<QuestionType> = new Set(["who", "when", "where", "said"]);

export function createFactFit(content: Content, analyzer: Analyzer): FactFit {
  const profiles = factProfiles(content, analyzer);
  const profile = (id: string) => profiles.get(id) as FactProfile;
  const roles = nameRoles(content);
  const quoteAspects = quoteAspectsOf(content);
  const isAbout = (id: string, reading: QuestionReading) => {
    const p = profile(id);
    return (
      !wrongSpeaker(p, reading, roles, quoteAspects) &&
      namesFit(p, reading, roles) &&
      // "Was it signed in 2019?" is answered by the fact that says 2023.
      (isYesNo(reading) || reading.years.every((year) => p.years.has(year))) &&
      (reading.aspects.size === 0 || [...reading.aspects].some((a) => p.aspects.has(a)))
    );
  };
  return {
    isAbout,
    about: (hits, reading) =>
      rankAbout(
        hits.filter((hit) => isAbout(hit.id, reading)),
        reading,
        profile,
        roles,
      ),
    parts: (ranked, reading) => answeringParts(ranked, reading, profile),
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

/**
 * Every name the question is about is one the fact is about, or at least
 * one its answer states ("how many revisions did the IPCP have before the
 * ITPP?" is the IPCP's fact, which names the ITPP), so long as one of them
 * is what the fact is declared to be about. Who, when, where and "what was
 * said" ask about exactly the names given, so there every one must be
 * declared ("who was NATO's head when the IPCP was signed?" is not the
 * ITPP's signing, which mentions the IPCP). "Was it signed in Vilnius?": the
 * place is what is asked about, not what the fact must be about; "Yoon or
 * Stoltenberg?" is about either.
 */
function namesFit(p: FactProfile, reading: QuestionReading, roles: NameRoles): boolean {
  const needed = reading.focal.filter((name) => !(isYesNo(reading) && roles.places.has(name)));
  if (reading.types.includes("compare"))
    return needed.length === 0 || needed.some((name) => p.subject.has(name));
  const exact = reading.types.some((type) => EXACT_TYPES.has(type));
  return (
    needed.every((name) => p.subject.has(name) || (!exact && p.stated.has(name))) &&
    (needed.length === 0 || needed.some((name) => p.subject.has(name)))
  );
}

/** "What did Japan's prime minister say?" is not answered by Yoon's words about Japan. */
function wrongSpeaker(
  p: FactProfile,
  reading: QuestionReading,
  roles: NameRoles,
  quoteAspects: readonly string[],
): boolean {
  const speakers = reading.focal.filter((name) => roles.speakers.has(name));
  return (
    p.speaker !== undefined &&
    quoteAspects.some((aspect) => reading.aspects.has(aspect)) &&
    speakers.length > 0 &&
    !speakers.includes(p.speaker)
  );
}

/**
 * The search's own ranking key (score × coverage^power), a little lower for a
 * fact also about names of a kind the question names but not these: asked
 * about the ITPP, a fact also about the IPCP is less to the point; asked
 * about nothing, none is.
 */
function rankAbout(
  about: readonly Hit[],
  reading: QuestionReading,
  profile: (id: string) => FactProfile,
  roles: NameRoles,
): Hit[] {
  const kinds = new Set(reading.focal.map((name) => roles.kindOf.get(name)));
  const extras = (hit: Hit) =>
    [...profile(hit.id).subject].filter(
      (name) =>
        roles.leading.has(name) && kinds.has(roles.kindOf.get(name)) && !reading.names.has(name),
    ).length;
  const rank = (hit: Hit) =>
    hit.score *
    hit.coverage ** TUNING.rankCoveragePower *
    (1 - TUNING.otherSubjectPenalty * Math.min(extras(hit), 2));
  return about
    .map((hit) => ({ hit, rank: rank(hit) }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ hit }) => hit);
}

/**
 * Who, when, where…: the first fact that answers that, or none. "What…",
 * lists and comparisons: nearly every fact answers some "what", so the best
 * match does. One fact that answers every part ("when and where?") is the
 * whole answer. A yes/no question gets one answer, preferably a fact that
 * answers the who, when, where… it goes on to ask.
 */
function answeringParts(
  ranked: readonly Hit[],
  reading: QuestionReading,
  profile: (id: string) => FactProfile,
): Map<QuestionType, Hit | undefined> {
  const answers = (hit: Hit, type: QuestionType) => profile(hit.id).answers.has(type);
  const specific = reading.types.filter((type) => SPECIFIC_TYPES.has(type));
  if (isYesNo(reading)) {
    const best = ranked.find((hit) => specific.some((type) => answers(hit, type)));
    return new Map([["yes-no", best ?? ranked[0]]]);
  }
  const answering = (type: QuestionType) =>
    SPECIFIC_TYPES.has(type) ? ranked.find((hit) => answers(hit, type)) : ranked[0];
  const whole =
    specific.length > 1
      ? ranked.find((hit) => specific.every((type) => answers(hit, type)))
      : undefined;
  return new Map(reading.types.map((type) => [type, whole ?? answering(type)]));
}

function isYesNo(reading: QuestionReading): boolean {
  return reading.types[0] === "yes-no";
}
