/**
 * The loaded content as the rest of the bot sees it: the data of every file
 * plus lookup maps by id, all frozen.
 */
import { deepFreeze, frozenMap } from "./freeze.js";
import type {
  Area,
  Areas,
  Article,
  Fact,
  FollowUps,
  GlossaryEntry,
  Premise,
  QuestionTypes,
  QuizItem,
  Quote,
  Sentence,
  SmallTalk,
  Source,
  Spellings,
} from "./schema.js";

/** An article sentence together with the paragraph it belongs to. */
export type ArticleSentence = Sentence & { readonly paragraphId: string };

export interface Content {
  readonly article: Article;
  readonly sources: readonly Source[];
  readonly glossary: readonly GlossaryEntry[];
  readonly quotes: readonly Quote[];
  readonly areas: Areas;
  /** All facts, in file-name order, then file order. */
  readonly facts: readonly Fact[];
  readonly quiz: readonly QuizItem[];
  /** Spellings of one thing: `compare` for the content checks, `search` for the analyser. */
  readonly spellings: Spellings;
  /** What people say that is no question, and the words that may go with it. */
  readonly smallTalk: SmallTalk;
  /** The words that ask each kind of question. */
  readonly questionTypes: QuestionTypes;
  /** False beliefs a question may carry, with their corrections. */
  readonly premises: readonly Premise[];
  /** The words that make a message a follow-up to the one before. */
  readonly followUps: FollowUps;
  readonly factById: ReadonlyMap<string, Fact>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly sentenceById: ReadonlyMap<string, ArticleSentence>;
  readonly quoteById: ReadonlyMap<string, Quote>;
  readonly areaById: ReadonlyMap<string, Area>;
  readonly glossaryById: ReadonlyMap<string, GlossaryEntry>;
}

export interface ContentData {
  article: Article;
  sources: Source[];
  glossary: GlossaryEntry[];
  quotes: Quote[];
  areas: Areas;
  facts: Fact[];
  quiz: QuizItem[];
  spellings: Spellings;
  smallTalk: SmallTalk;
  questionTypes: QuestionTypes;
  premises: Premise[];
  followUps: FollowUps;
}

export function buildContent(data: ContentData): Content {
  deepFreeze(data);
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    frozenMap(list.map((entry) => [entry.id, entry] as const));
  const sentences = data.article.paragraphs.flatMap((p) =>
    p.sentences.map((s) => [s.id, deepFreeze({ ...s, paragraphId: p.id })] as const),
  );
  return Object.freeze({
    ...data,
    factById: byId(data.facts),
    sourceById: byId(data.sources),
    sentenceById: frozenMap(sentences),
    quoteById: byId(data.quotes),
    areaById: byId(data.areas.itpp),
    glossaryById: byId(data.glossary),
  });
}
