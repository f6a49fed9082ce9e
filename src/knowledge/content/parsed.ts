/**
 * The content after schema validation and before the cross-checks: every
 * entry that passed its schema, plus what the checks need to stay quiet about
 * entries that did not (their problems are already reported).
 */
import type { TextVariants } from "../text/comparable.js";
import type {
  Area,
  ArticleMeta,
  Fact,
  FollowUps,
  GlossaryEntry,
  IpcpAreas,
  Paragraph,
  Premise,
  QuestionTypes,
  QuizItem,
  Quote,
  SmallTalk,
  Source,
  Spellings,
} from "./schema.js";

/** An entry and the file it came from (relative to content/). */
export interface Located<T> {
  file: string;
  value: T;
}

/** Id namespaces that other entries refer to. */
export type IdSpace = "source" | "sentence" | "fact" | "glossary";

export interface ParsedContent {
  meta: Located<ArticleMeta> | undefined;
  paragraphs: Located<Paragraph>[];
  sources: Located<Source>[];
  glossary: Located<GlossaryEntry>[];
  quotes: Located<Quote>[];
  areas: Located<Area>[];
  /** areas.yaml `itpp_count`: how many ITPP areas the list must hold. */
  itppCount: Located<number> | undefined;
  ipcp: Located<IpcpAreas> | undefined;
  facts: Located<Fact>[];
  quiz: Located<QuizItem>[];
  spellings: Spellings | undefined;
  /** spellings.yaml `compare`, for every text comparison; empty when the file is invalid. */
  textVariants: TextVariants;
  smallTalk: Located<SmallTalk> | undefined;
  questionTypes: Located<QuestionTypes> | undefined;
  premises: Located<Premise>[];
  followUps: Located<FollowUps> | undefined;
  /**
   * Entries per list including invalid ones, so count rules do not fire
   * because of an entry already reported; undefined when the list is unreadable.
   */
  totals: { paragraphs?: number; areas?: number; quiz?: number };
  /** Ids of entries that failed their schema: references to them still resolve. */
  invalidIds: Record<IdSpace, Set<string>>;
  /** Namespaces whose file is missing or not a list: references into them cannot be checked. */
  unchecked: Set<IdSpace>;
  editorial: { article: string | undefined; background: string | undefined };
  /** The parsed YAML documents, for checks that walk every string. */
  documents: { file: string; kind: string; root: unknown }[];
}
