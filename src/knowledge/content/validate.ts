/**
 * Schema validation. Each file is checked against its whole-file schema so
 * every schema problem is reported; then, when a file fails, its entries are
 * validated one by one so the cross-checks can still run on the good ones.
 */
import type { z } from "zod";
import { isRecord } from "./locate.js";
import type { IdSpace, Located, ParsedContent } from "./parsed.js";
import type { RawContent, RawDocument } from "./read.js";
import {
  type Area,
  areaSchema,
  areasFileSchema,
  articleFileSchema,
  articleMetaSchema,
  factSchema,
  factsFileSchema,
  followUpsFileSchema,
  glossaryEntrySchema,
  glossaryFileSchema,
  ipcpAreasSchema,
  itppCountSchema,
  type Paragraph,
  paragraphSchema,
  premiseSchema,
  premisesFileSchema,
  questionTypesFileSchema,
  quizFileSchema,
  quizItemSchema,
  quoteSchema,
  quotesFileSchema,
  smallTalkFileSchema,
  sourceSchema,
  sourcesFileSchema,
  spellingsFileSchema,
} from "./schema.js";
import { zodProblems } from "./zod-problems.js";

/** The kind word used in problems for each file's entries. */
export const FILE_KINDS = {
  article: "article",
  sources: "source",
  glossary: "glossary",
  quotes: "quote",
  areas: "areas",
  quiz: "quiz",
  smallTalk: "small talk",
  facts: "fact",
  spellings: "spellings",
  questionTypes: "question types",
  premises: "premise",
  followUps: "follow-ups",
} as const;

export function validateContent(raw: RawContent, problems: string[]): ParsedContent {
  const parsed: ParsedContent = {
    meta: undefined,
    paragraphs: [],
    sources: [],
    glossary: [],
    quotes: [],
    areas: [],
    itppCount: undefined,
    ipcp: undefined,
    facts: [],
    quiz: [],
    spellings: undefined,
    textVariants: {},
    smallTalk: undefined,
    questionTypes: undefined,
    premises: [],
    followUps: undefined,
    totals: {},
    invalidIds: { source: new Set(), sentence: new Set(), fact: new Set(), glossary: new Set() },
    unchecked: new Set(),
    editorial: raw.editorial,
    documents: [],
  };
  const v = new Validator(parsed, problems);
  v.article(raw.yaml.article);
  parsed.sources = v.list(
    raw.yaml.sources,
    FILE_KINDS.sources,
    sourcesFileSchema,
    sourceSchema,
    "source",
  );
  parsed.glossary = v.list(
    raw.yaml.glossary,
    FILE_KINDS.glossary,
    glossaryFileSchema,
    glossaryEntrySchema,
    "glossary",
  );
  parsed.quotes = v.list(raw.yaml.quotes, FILE_KINDS.quotes, quotesFileSchema, quoteSchema);
  v.areas(raw.yaml.areas);
  parsed.facts = raw.facts.flatMap((doc) =>
    v.list(doc, FILE_KINDS.facts, factsFileSchema, factSchema, "fact"),
  );
  if (raw.facts.length === 0) parsed.unchecked.add("fact"); // no facts/ to resolve against: reported
  parsed.quiz = v.list(raw.yaml.quiz, FILE_KINDS.quiz, quizFileSchema, quizItemSchema);
  if (Array.isArray(raw.yaml.quiz.root)) parsed.totals.quiz = raw.yaml.quiz.root.length;
  parsed.spellings = v.file(raw.yaml.spellings, FILE_KINDS.spellings, spellingsFileSchema);
  parsed.textVariants = parsed.spellings?.compare ?? {};
  const smallTalk = v.check(raw.yaml.smallTalk, FILE_KINDS.smallTalk, smallTalkFileSchema);
  if (smallTalk) parsed.smallTalk = { file: raw.yaml.smallTalk.file, value: smallTalk };
  const questionTypes = v.check(
    raw.yaml.questionTypes,
    FILE_KINDS.questionTypes,
    questionTypesFileSchema,
  );
  if (questionTypes)
    parsed.questionTypes = { file: raw.yaml.questionTypes.file, value: questionTypes };
  const followUps = v.check(raw.yaml.followUps, FILE_KINDS.followUps, followUpsFileSchema);
  if (followUps) parsed.followUps = { file: raw.yaml.followUps.file, value: followUps };
  parsed.premises = v.list(
    raw.yaml.premises,
    FILE_KINDS.premises,
    premisesFileSchema,
    premiseSchema,
  );
  return parsed;
}

class Validator {
  constructor(
    private readonly parsed: ParsedContent,
    private readonly problems: string[],
  ) {}

  /** A file that is one object, taken whole or not at all. */
  file<T>(doc: RawDocument, kind: string, schema: z.ZodType<T>): T | undefined {
    return this.check(doc, kind, schema);
  }

  /** Reports the whole file's schema problems; returns the data when there are none. */
  check<T>(doc: RawDocument, kind: string, schema: z.ZodType<T>): T | undefined {
    if (doc.root === undefined) return undefined; // missing or broken YAML: already reported
    this.parsed.documents.push({ file: doc.file, kind, root: doc.root });
    const result = schema.safeParse(doc.root);
    if (result.success) return result.data;
    this.problems.push(...zodProblems({ ...doc, kind }, result.error.issues));
    return undefined;
  }

  /** A file that is one list of entries; invalid entries are left out, their ids remembered. */
  list<T>(
    doc: RawDocument,
    kind: string,
    fileSchema: z.ZodType<T[]>,
    entrySchema: z.ZodType<T>,
    space?: IdSpace,
  ): Located<T>[] {
    const data = this.check(doc, kind, fileSchema);
    if (data) return data.map((value) => ({ file: doc.file, value }));
    if (!Array.isArray(doc.root)) {
      // Nothing to resolve references against: the reference check skips this space.
      if (space) this.parsed.unchecked.add(space);
      return [];
    }
    return this.entries(doc.file, doc.root, entrySchema, (raw) => {
      if (space) this.rememberId(space, raw);
    });
  }

  /** The entries of a list that pass `schema`; the others go to `onInvalid`. */
  private entries<T>(
    file: string,
    list: readonly unknown[],
    schema: z.ZodType<T>,
    onInvalid: (raw: unknown) => void,
  ): Located<T>[] {
    const valid: Located<T>[] = [];
    for (const raw of list) {
      const result = schema.safeParse(raw);
      if (result.success) valid.push({ file, value: result.data });
      else onInvalid(raw);
    }
    return valid;
  }

  /** An invalid entry's id still exists for references: they should not be reported too. */
  private rememberId(space: IdSpace, raw: unknown): void {
    const id = isRecord(raw) ? raw.id : undefined;
    if (typeof id === "string") this.parsed.invalidIds[space].add(id);
  }

  article(doc: RawDocument): void {
    const article = this.check(doc, FILE_KINDS.article, articleFileSchema);
    if (article) {
      this.parsed.meta = { file: doc.file, value: article.meta };
      this.parsed.paragraphs = article.paragraphs.map((value) => ({ file: doc.file, value }));
      this.parsed.totals.paragraphs = article.paragraphs.length;
      return;
    }
    const root = isRecord(doc.root) ? doc.root : {};
    const meta = articleMetaSchema.safeParse(root.meta);
    if (meta.success) this.parsed.meta = { file: doc.file, value: meta.data };
    if (!Array.isArray(root.paragraphs)) {
      this.parsed.unchecked.add("sentence");
      return;
    }
    this.parsed.totals.paragraphs = root.paragraphs.length;
    // A broken paragraph still declares its sentence ids.
    this.parsed.paragraphs = this.entries<Paragraph>(
      doc.file,
      root.paragraphs,
      paragraphSchema,
      (raw) => {
        const sentences = isRecord(raw) && Array.isArray(raw.sentences) ? raw.sentences : [];
        for (const sentence of sentences) this.rememberId("sentence", sentence);
      },
    );
  }

  areas(doc: RawDocument): void {
    this.check(doc, FILE_KINDS.areas, areasFileSchema);
    const root = isRecord(doc.root) ? doc.root : {};
    if (Array.isArray(root.itpp)) {
      this.parsed.totals.areas = root.itpp.length;
      // Nothing refers to areas by id, so invalid ones need no remembering.
      this.parsed.areas = this.entries<Area>(doc.file, root.itpp, areaSchema, () => {});
    }
    const count = itppCountSchema.safeParse(root.itpp_count);
    if (count.success) this.parsed.itppCount = { file: doc.file, value: count.data };
    const ipcp = ipcpAreasSchema.safeParse(root.ipcp);
    if (ipcp.success) this.parsed.ipcp = { file: doc.file, value: ipcp.data };
  }
}
