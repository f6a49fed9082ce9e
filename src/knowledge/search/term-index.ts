import SearchableMap from "minisearch/SearchableMap";
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

/** MiniSearch's BM25+ parameters, kept so scores match what the tuning was done with. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Query terms per search: one bit each in a document's match mask. */
const MAX_QUERY_TERMS = 32;

/** Where a term occurs: parallel arrays, one entry per (document, field). */
interface Postings {
  docs: Int32Array;
  fields: Uint8Array;
  /** BM25+ score of the term in that document's field, computed once at build time. */
  scores: Float64Array;
}

/**
 * BM25+ search over pre-analysed documents, scored exactly as MiniSearch
 * scores them (field boosts, a term's matches multiplied by the number of
 * query terms a document matches, typo tolerance through MiniSearch's
 * SearchableMap for words the index does not know). The scoring itself is
 * ours: MiniSearch builds a result object per matching document and term,
 * and with every example question its own document that allocation set the
 * 99th-percentile latency. Several documents may
 * speak for one owner (each example question of a fact is its own document, so
 * a question is matched against the closest way of asking it); hits are per owner.
 */
export class TermIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly vocabulary = new SearchableMap<true>();
  private readonly fieldBoosts: Float64Array;
  private readonly fieldEvidence: Float64Array;
  private readonly ownerOfDoc: Int32Array;
  private readonly ownerIds: string[];
  /** Term → number of owners using it. */
  private readonly ownerFrequency = new Map<string, number>();
  /** Every term of each owner, in any of its documents. */
  private readonly termsByOwner: Set<string>[];
  // Scratch space reused by every search, so a search allocates next to nothing.
  private readonly docScores: Float64Array;
  private readonly docMasks: Uint32Array;
  private readonly touched: Int32Array;
  private readonly ownerEvidence: Float64Array;

  constructor(documents: readonly TermDocument[], boosts: Record<string, number>) {
    const fields = Object.keys(boosts);
    this.fieldBoosts = Float64Array.from(fields, (field) => boosts[field] ?? 1);
    this.fieldEvidence = Float64Array.from(fields, (field) => TUNING.fieldEvidence[field] ?? 1);
    const ownerIndex = new Map<string, number>();
    this.ownerIds = [];
    this.termsByOwner = [];
    this.ownerOfDoc = new Int32Array(documents.length);
    documents.forEach((document, doc) => {
      let owner = ownerIndex.get(document.owner);
      if (owner === undefined) {
        owner = this.ownerIds.length;
        ownerIndex.set(document.owner, owner);
        this.ownerIds.push(document.owner);
        this.termsByOwner.push(new Set());
      }
      this.ownerOfDoc[doc] = owner;
    });

    // Term frequencies per (document, field); field lengths count distinct terms, as MiniSearch does.
    const occurrences = new Map<string, Array<[doc: number, field: number, tf: number]>>();
    const fieldLength = new Float64Array(documents.length * fields.length);
    const averageLength = new Float64Array(fields.length);
    documents.forEach((document, doc) => {
      fields.forEach((field, f) => {
        const counts = new Map<string, number>();
        for (const term of document.fields[field] ?? [])
          counts.set(term, (counts.get(term) ?? 0) + 1);
        fieldLength[doc * fields.length + f] = counts.size;
        averageLength[f] = (averageLength[f] ?? 0) + counts.size / documents.length;
        for (const [term, tf] of counts) {
          const list = occurrences.get(term) ?? [];
          list.push([doc, f, tf]);
          occurrences.set(term, list);
          this.termsByOwner[this.ownerOfDoc[doc] as number]?.add(term);
        }
      });
    });
    for (const [term, list] of occurrences) {
      const matching = new Map<number, number>(); // field → documents with the term in it
      for (const [, f] of list) matching.set(f, (matching.get(f) ?? 0) + 1);
      const postings: Postings = {
        docs: Int32Array.from(list, ([doc]) => doc),
        fields: Uint8Array.from(list, ([, f]) => f),
        scores: Float64Array.from(list, ([doc, f, tf]) =>
          bm25(
            tf,
            matching.get(f) ?? 1,
            documents.length,
            fieldLength[doc * fields.length + f] ?? 0,
            averageLength[f] ?? 1,
          ),
        ),
      };
      this.postings.set(term, postings);
      this.vocabulary.set(term, true);
    }
    for (const terms of this.termsByOwner) {
      for (const term of terms)
        this.ownerFrequency.set(term, (this.ownerFrequency.get(term) ?? 0) + 1);
    }
    this.docScores = new Float64Array(documents.length);
    this.docMasks = new Uint32Array(documents.length);
    this.touched = new Int32Array(documents.length);
    this.ownerEvidence = new Float64Array(this.ownerIds.length * MAX_QUERY_TERMS);
  }

  /** Rarity of a term among owners; terms no owner uses weigh TUNING.unknownWordIdf. */
  idf(term: string): number {
    const df = this.ownerFrequency.get(term) ?? 0;
    if (df === 0) return TUNING.unknownWordIdf;
    const owners = this.ownerIds.length;
    return Math.log(1 + (owners - df + 0.5) / (df + 0.5));
  }

  find(groups: readonly TermGroup[], limit = 5): Hit[] {
    // A joined form is only worth searching if some document uses it.
    const known = (term: string) => this.ownerFrequency.has(term);
    const terms = [
      ...new Set(
        groups.flatMap((group) => [...group.terms, ...(group.joined ?? []).filter(known)]),
      ),
    ].slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];

    let touchedCount = 0;
    const termIndex = new Map<string, number>();
    terms.forEach((term, i) => {
      termIndex.set(term, i);
      // A name in the question (Yoon, the IPCP) says more about what is asked than its other words.
      const boost = isGlossaryTerm(term) ? TUNING.nameBoost : 1;
      for (const [indexed, weight] of this.expansions(term)) {
        const postings = this.postings.get(indexed);
        if (!postings) continue;
        for (let p = 0; p < postings.docs.length; p++) {
          const doc = postings.docs[p] as number;
          const field = postings.fields[p] as number;
          if (this.docMasks[doc] === 0) this.touched[touchedCount++] = doc;
          this.docScores[doc] =
            (this.docScores[doc] ?? 0) +
            weight * boost * (this.fieldBoosts[field] ?? 1) * (postings.scores[p] ?? 0);
          this.docMasks[doc] = (this.docMasks[doc] ?? 0) | (1 << i);
          const slot = (this.ownerOfDoc[doc] as number) * MAX_QUERY_TERMS + i;
          this.ownerEvidence[slot] = Math.max(
            this.ownerEvidence[slot] ?? 0,
            this.fieldEvidence[field] ?? 1,
          );
        }
      }
    });

    // Per owner: its best document, plus a share of the others (each scored × the query terms it matched).
    const best = new Map<number, number>();
    const rest = new Map<number, number>();
    for (let t = 0; t < touchedCount; t++) {
      const doc = this.touched[t] as number;
      const score = (this.docScores[doc] ?? 0) * bitCount(this.docMasks[doc] ?? 0);
      const owner = this.ownerOfDoc[doc] as number;
      const previous = best.get(owner) ?? 0;
      if (score > previous) {
        best.set(owner, score);
        rest.set(owner, (rest.get(owner) ?? 0) + previous);
      } else {
        rest.set(owner, (rest.get(owner) ?? 0) + score);
      }
      this.docScores[doc] = 0;
      this.docMasks[doc] = 0;
    }
    const weights = this.questionWeights(groups, termIndex);
    const hits: Hit[] = [];
    for (const [owner, score] of best) {
      hits.push({
        id: this.ownerIds[owner] as string,
        score: score + TUNING.secondaryShare * (rest.get(owner) ?? 0),
        coverage: this.coverage(weights, owner),
      });
      this.ownerEvidence.fill(0, owner * MAX_QUERY_TERMS, (owner + 1) * MAX_QUERY_TERMS);
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
   * The indexed terms a query term stands for, with their weights: itself, and
   * for a word the index does not know (a typo), its near neighbours. Fuzzing
   * known words costs time and finds wrong neighbours.
   */
  private expansions(term: string): Array<readonly [string, number]> {
    if (this.postings.has(term)) return [[term, 1]];
    if (isGlossaryTerm(term) || /^\d+$/.test(term) || term.length < TUNING.fuzzyMinLength)
      return [];
    const distance = Math.min(2, Math.round(term.length * TUNING.fuzzy));
    if (distance === 0) return [];
    const near: Array<readonly [string, number]> = [];
    for (const [word, [, edits]] of this.vocabulary.fuzzyGet(term, distance)) {
      if (edits > 0) near.push([word, (TUNING.fuzzyWeight * word.length) / (word.length + edits)]);
    }
    return near;
  }

  /**
   * Each word group of the question: its weight (its rarity; an off-topic word
   * weighs TUNING.offtopicWeight and is never explained by a match, even where
   * its letters occur), and the query-term slots of its terms. Worked out once
   * per search, not once per candidate.
   */
  private questionWeights(groups: readonly TermGroup[], termIndex: Map<string, number>) {
    let total = 0;
    const parts: Array<{ weight: number; slots: number[] }> = [];
    for (const group of groups) {
      const weight = group.offtopic ? TUNING.offtopicWeight : this.idf(group.terms[0] as string);
      total += weight;
      if (group.offtopic) continue;
      const slots: number[] = [];
      for (const term of group.terms) {
        const i = termIndex.get(term);
        if (i !== undefined) slots.push(i);
      }
      for (const term of group.joined ?? []) {
        const i = termIndex.get(term);
        if (i !== undefined) slots.push(i);
      }
      parts.push({ weight, slots });
    }
    return { total, parts };
  }

  /**
   * A word counts fully when a way of asking, a keyword or a name matched it,
   * and less when only the answer text did (answers mention more than they
   * are about: "how many countries are in NATO" is not about the areas).
   */
  private coverage(
    { total, parts }: ReturnType<TermIndex["questionWeights"]>,
    owner: number,
  ): number {
    if (total === 0) return 0;
    const base = owner * MAX_QUERY_TERMS;
    let covered = 0;
    for (const { weight, slots } of parts) {
      let strength = 0;
      for (const i of slots) strength = Math.max(strength, this.ownerEvidence[base + i] ?? 0);
      covered += weight * strength;
    }
    return covered / total;
  }
}

/** MiniSearch's BM25+ for one term in one document field. */
function bm25(
  tf: number,
  matching: number,
  total: number,
  length: number,
  averageLength: number,
): number {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return (
    idf *
    (BM25.d +
      (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)))
  );
}

function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
