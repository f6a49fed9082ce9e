import MiniSearch from "minisearch";
import { isGlossaryTerm, type TermGroup } from "../analysis/analyzer.js";
import { TUNING } from "../tuning.js";

/** A document whose fields are already analysed into terms; `owner` is what it speaks for (a fact, a sentence). */
export interface TermDocument {
  id: string;
  owner: string;
  fields: Record<string, string[]>;
}

export interface Hit {
  /** The owner (fact or sentence id). */
  id: string;
  /** Its best document's BM25+ score, plus a share of its other documents'. */
  score: number;
  /**
   * Share of the question's weight the owner's documents matched: each word
   * counts by its rarity (IDF) among owners, and a word no owner uses counts
   * as TUNING.unknownWordIdf. An off-topic question matches only a small share
   * anywhere, which is how it shows itself.
   */
  coverage: number;
}

/**
 * Full-text search over pre-analysed documents with MiniSearch (BM25+, field
 * boosts, typo tolerance on the longer terms). Several documents may speak
 * for one owner (each example question of a fact is its own document, so a
 * question is matched against the closest way of asking it); hits are per owner.
 */
export class TermIndex {
  private readonly search: MiniSearch<TermDocument>;
  /** Term → number of owners using it. */
  private readonly ownerFrequency = new Map<string, number>();
  /** Every term of each owner, in any of its documents. */
  private readonly termsByOwner = new Map<string, Set<string>>();
  private readonly owners: number;

  constructor(documents: readonly TermDocument[], boosts: Record<string, number>) {
    this.search = new MiniSearch<TermDocument>({
      fields: Object.keys(boosts),
      storeFields: ["owner"],
      idField: "id",
      // Documents arrive analysed: terms joined by spaces.
      tokenize: (text) => (text ? text.split(" ") : []),
      processTerm: (term) => term,
      extractField: (document, field) =>
        field === "id"
          ? document.id
          : field === "owner"
            ? document.owner
            : (document.fields[field] ?? []).join(" "),
      searchOptions: {
        boost: boosts,
        // Only a word the index does not know may be a typo of one it does:
        // fuzzing known words costs time and finds wrong neighbours.
        fuzzy: (term) =>
          this.ownerFrequency.has(term) ||
          isGlossaryTerm(term) ||
          /^\d+$/.test(term) ||
          term.length < TUNING.fuzzyMinLength
            ? false
            : TUNING.fuzzy,
        maxFuzzy: 2,
        prefix: false,
        weights: { fuzzy: TUNING.fuzzyWeight, prefix: 0.3 },
        combineWith: "OR",
        // A name in the question (Yoon, the IPCP) says more about what is asked than its other words.
        boostTerm: (term) => (isGlossaryTerm(term) ? TUNING.nameBoost : 1),
      },
    });
    this.search.addAll(documents as TermDocument[]);
    const termsByOwner = this.termsByOwner;
    for (const document of documents) {
      const terms = termsByOwner.get(document.owner) ?? new Set<string>();
      for (const term of Object.values(document.fields).flat()) terms.add(term);
      termsByOwner.set(document.owner, terms);
    }
    this.owners = termsByOwner.size;
    for (const terms of termsByOwner.values()) {
      for (const term of terms)
        this.ownerFrequency.set(term, (this.ownerFrequency.get(term) ?? 0) + 1);
    }
  }

  /** Rarity of a term among owners; terms no owner uses weigh TUNING.unknownWordIdf. */
  idf(term: string): number {
    const df = this.ownerFrequency.get(term) ?? 0;
    if (df === 0) return TUNING.unknownWordIdf;
    return Math.log(1 + (this.owners - df + 0.5) / (df + 0.5));
  }

  find(groups: readonly TermGroup[], limit = 5): Hit[] {
    // A joined form is only worth searching if some document uses it.
    const known = (term: string) => this.ownerFrequency.has(term);
    const terms = [
      ...new Set(
        groups.flatMap((group) => [...group.terms, ...(group.joined ?? []).filter(known)]),
      ),
    ];
    if (terms.length === 0) return [];
    // Terms most owners use (NATO, Korea, ITPP) barely rank anything but make
    // the search touch every document: leave them to the coverage count.
    const common = terms.filter(
      (term) => (this.ownerFrequency.get(term) ?? 0) > this.owners * TUNING.commonTermShare,
    );
    const searched =
      common.length < terms.length ? terms.filter((term) => !common.includes(term)) : terms;
    const byOwner = new Map<string, { scores: number[]; evidence: Map<string, number> }>();
    for (const result of this.search.search(searched.join(" "))) {
      const owner = String(result.owner);
      const entry = byOwner.get(owner) ?? { scores: [], evidence: new Map<string, number>() };
      entry.scores.push(result.score);
      // terms[i] is the document's word that matched queryTerms[i] (the same, or a typo's neighbour).
      result.queryTerms.forEach((queryTerm, i) => {
        const fields = result.match[result.terms[i] ?? ""] ?? [];
        const strength = Math.max(0, ...fields.map((field) => TUNING.fieldEvidence[field] ?? 1));
        entry.evidence.set(queryTerm, Math.max(entry.evidence.get(queryTerm) ?? 0, strength));
      });
      byOwner.set(owner, entry);
    }
    const hits: Hit[] = [];
    for (const [id, { scores, evidence }] of byOwner) {
      for (const term of common) if (this.termsByOwner.get(id)?.has(term)) evidence.set(term, 1);
      const [best = 0, ...others] = scores; // MiniSearch returns results best first
      const score = best + TUNING.secondaryShare * others.reduce((sum, value) => sum + value, 0);
      hits.push({ id, score, coverage: this.coverage(groups, evidence) });
    }
    // Rank by score, tempered by how much of the question each owner explains:
    // a fact that shares the question's wording but not its name loses to one that has both.
    const rank = (hit: Hit) => hit.score * hit.coverage ** TUNING.rankCoveragePower;
    return hits.sort((a, b) => rank(b) - rank(a)).slice(0, limit);
  }

  /** Share of the question's weight in words no owner uses (typos of known words excepted). */
  unknownShare(groups: readonly TermGroup[]): number {
    let total = 0;
    let unknown = 0;
    for (const group of groups) {
      const weight = group.offtopic ? TUNING.offtopicWeight : this.idf(group.terms[0] as string);
      total += weight;
      if (group.offtopic || !group.terms.some((term) => this.ownerFrequency.has(term)))
        unknown += weight;
    }
    return total === 0 ? 0 : unknown / total;
  }

  /**
   * A word counts fully when a way of asking, a keyword or a name matched it,
   * and less when only the answer text did (answers mention more than they
   * are about: "how many countries are in NATO" is not about the areas).
   */
  private coverage(groups: readonly TermGroup[], evidence: ReadonlyMap<string, number>): number {
    let total = 0;
    let covered = 0;
    for (const group of groups) {
      const weight = group.offtopic ? TUNING.offtopicWeight : this.idf(group.terms[0] as string);
      total += weight;
      // An off-topic word is never explained by a match, even where its letters occur.
      if (group.offtopic) continue;
      const alternatives = [...group.terms, ...(group.joined ?? [])];
      covered += weight * Math.max(0, ...alternatives.map((term) => evidence.get(term) ?? 0));
    }
    return total === 0 ? 0 : covered / total;
  }
}
