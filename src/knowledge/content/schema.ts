/**
 * One zod schema per content file, exactly as docs/content-format.md defines
 * them. Objects are strict so a misspelt key is an error, not silently ignored
 * data. Rules that need more than one file (references, editorial text,
 * counts) live in checks/, not here.
 */
import { z } from "zod";
import { LANGS, type Lang } from "../languages.js";
import { normalizeTypography } from "../text/comparable.js";

export { LANGS, type Lang };

export const TOPICS = [
  "event",
  "programme",
  "ipcp",
  "areas",
  "people",
  "quotes",
  "ukraine",
  "partners",
  "history",
  "context",
] as const;
export type Topic = (typeof TOPICS)[number];

export const GLOSSARY_KINDS = [
  "person",
  "place",
  "organisation",
  "programme",
  "acronym",
  "country",
  "event",
  // Not a name: words of one meaning (help/support/aid), so paraphrases meet.
  "concept",
  // Names and words of what the bot does not cover (Finland, weather, K-pop):
  // a question about them is declined rather than matched on its other words.
  "offtopic",
] as const;

const lang = z.enum(LANGS);
const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case");
const sentenceId = z.string().regex(/^p\d+\.s\d+$/, 'must look like "p4.s1"');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2023-07-11")
  .refine((s) => !Number.isNaN(Date.parse(s)), "is not a real date");
const httpUrl = z.string().refine(isHttpUrl, "must be an http(s) URL");

function isHttpUrl(s: string): boolean {
  try {
    const { protocol } = new URL(s);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** L<T>: the same value in every language; all three keys required. */
function localized<T extends z.ZodType>(value: T) {
  return z.strictObject({ uk: value, en: value, ko: value });
}
const localizedText = localized(text);
const localizedList = (min: number) => localized(z.array(text).min(min));

// ── article.yaml ──────────────────────────────────────────────────────────
const articleTranslation = z.strictObject({ translated_from: lang, by: text });

export const articleMetaSchema = z.strictObject({
  outlet: text,
  via: text,
  source: id,
  date,
  // The editorial file the loader compares against is the Ukrainian original.
  original_language: z.literal("uk"),
  photo_credit: text,
  title: localizedText,
  // The name our own translations are signed with (`by`); the bot shows it as "our translation".
  editors: text,
  translations: z.strictObject({ en: articleTranslation, ko: articleTranslation }),
});

export const sentenceSchema = z.strictObject({
  id: sentenceId,
  uk: text,
  en: text,
  ko: text,
  // The sentence opens by pointing back ("Про це…"): it is shown with the one before it.
  with_previous: z.boolean().optional(),
});

export const paragraphSchema = z.strictObject({
  id: z.string().regex(/^p\d+$/, 'must look like "p4"'),
  sentences: z.array(sentenceSchema).min(1),
});

export const articleFileSchema = z.strictObject({
  meta: articleMetaSchema,
  paragraphs: z.array(paragraphSchema),
});

// ── sources.yaml ──────────────────────────────────────────────────────────
export const sourceSchema = z.strictObject({
  id,
  outlet: text,
  // The outlet as readers of each language know it (Укрінформ, 연합뉴스), or as it writes itself.
  name: localizedText,
  title: text.optional(),
  date: date.optional(),
  language: lang,
  url: httpUrl.optional(),
  note: text,
});
export const sourcesFileSchema = z.array(sourceSchema);

// ── glossary.yaml ─────────────────────────────────────────────────────────
export const glossaryEntrySchema = z.strictObject({
  id,
  kind: z.enum(GLOSSARY_KINDS),
  // The first name of each list is the display form, so a list is never empty.
  names: localizedList(1),
  variants: z.array(text).default([]),
  // A name nearly every question carries (South Korea, NATO): it does not
  // make a question about it, so it never rules a fact out.
  background: z.boolean().optional(),
  // A concept that names what a question is about (signing, funding, …): facts declare their aspects.
  aspect: id.optional(),
});
export const glossaryFileSchema = z.array(glossaryEntrySchema);

// ── quotes.yaml ───────────────────────────────────────────────────────────
const quoteTranslation = z.strictObject({ text, by: text, article: sentenceId.optional() });

export const quoteSchema = z.strictObject({
  id,
  speaker: id,
  role: localizedText,
  original_language: lang,
  original: text,
  // Which languages must be present depends on original_language: checked in checks/quotes.ts.
  translations: z.strictObject({
    uk: quoteTranslation.optional(),
    en: quoteTranslation.optional(),
    ko: quoteTranslation.optional(),
  }),
  context: localizedText,
  date,
  sources: z.array(id).min(1),
});
export const quotesFileSchema = z.array(quoteSchema);

// ── areas.yaml ────────────────────────────────────────────────────────────
export const areaSchema = z.strictObject({
  id,
  number: z.number().int(),
  name: localizedText,
  name_ko_source: text,
  description: localizedText,
  article: z.strictObject({
    mentioned: z.boolean(),
    sentences: z.array(sentenceId),
    note: localizedText,
  }),
  sources: z.array(id).min(1),
});

export const ipcpAreaSchema = z.strictObject({
  id,
  name: localizedText,
  sentences: z.array(sentenceId).min(1),
});

/** How many areas a programme has, as the sources state it. */
const areaCount = z.number().int().positive();

export const ipcpAreasSchema = z.strictObject({
  // The sources name only some of the IPCP's areas: `known` may be shorter.
  count: areaCount,
  known: z.array(ipcpAreaSchema),
  unknown_note: localizedText,
  sources: z.array(id).min(1),
});

export const itppCountSchema = areaCount;

export const areasFileSchema = z.strictObject({
  // `itpp` lists exactly this many areas.
  itpp_count: itppCountSchema,
  itpp: z.array(areaSchema),
  ipcp: ipcpAreasSchema,
});

// ── facts/*.yaml ──────────────────────────────────────────────────────────
/**
 * The kinds of question the engine tells apart. Their cue words are content
 * (question-types.yaml); a fact says which of them it answers.
 */
export const QUESTION_TYPES = [
  "what",
  "who",
  "when",
  "where",
  "how-many",
  "why",
  "yes-no",
  "said",
  "compare",
  "list",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const factSchema = z.strictObject({
  id,
  topic: z.enum(TOPICS),
  featured: z.boolean().optional(),
  // The question the fact answers, as a clean headline: button labels and inline result titles.
  title: localizedText,
  answer: localizedText,
  questions: localizedList(5),
  keywords: localizedList(1),
  aliases: z.array(id).default([]),
  related: z.array(id),
  article: z.array(sentenceId),
  sources: z.array(id).min(1),
  // What the fact is about: glossary names (a question naming another is not answered by it) …
  subject: z.array(id),
  // … which side of it (aspect ids, declared by glossary concepts) …
  aspects: z.array(id).min(1),
  // … and which kinds of question it answers.
  answers: z.array(z.enum(QUESTION_TYPES)).min(1),
});
export const factsFileSchema = z.array(factSchema);

// ── quiz.yaml ─────────────────────────────────────────────────────────────
export const quizItemSchema = z.strictObject({
  id,
  fact: id,
  question: localizedText,
  right: localizedText,
  wrong: localized(z.array(text).length(3)),
});
export const quizFileSchema = z.array(quizItemSchema);

// ── spellings.yaml ───────────────────────────────────────────────────────
// A `compare` spelling is written as the comparison sees it, so it can match.
const comparedSpelling = text.refine(
  (s) => s === normalizeTypography(s).toLowerCase(),
  "must be lower case, with plain ' \" - and single spaces",
);
// The search folds whole English words, already lower case and without accents.
const searchWord = z.string().regex(/^[a-z]+$/, "must be one lower-case English word (a–z)");

export const spellingsFileSchema = z.strictObject({
  compare: z.record(comparedSpelling, comparedSpelling).default({}),
  search: z
    .record(searchWord, searchWord)
    .default({})
    .superRefine((words, ctx) => {
      // Folding is done once: a target that is folded again would never be reached.
      for (const [from, to] of Object.entries(words)) {
        if (to in words) {
          ctx.addIssue({
            code: "custom",
            path: [from],
            message: `folds to "${to}", which is itself folded: fold straight to "${words[to]}"`,
          });
        }
      }
    }),
});

// ── smalltalk.yaml ────────────────────────────────────────────────────────
/** What small talk can be; the bot has a reply for each (locales: smallTalk.<intent>). */
export const SMALL_TALK_INTENTS = [
  "greeting",
  "thanks",
  "goodbye",
  "identity",
  "capabilities",
  "how-are-you",
  "ack",
  "rudeness",
  "help",
] as const;
export type SmallTalkIntent = (typeof SMALL_TALK_INTENTS)[number];

export const smallTalkGroupSchema = z.strictObject({
  intent: z.enum(SMALL_TALK_INTENTS),
  // May the phrases open a question ("hi! who signed it?") or close one ("… thanks")?
  before_question: z.boolean().default(false),
  after_question: z.boolean().default(false),
  // A group may hold phrases of one or two languages only.
  phrases: localized(z.array(text)),
  emoji: z.array(text).default([]),
});

export const smallTalkFileSchema = z.strictObject({
  groups: z.array(smallTalkGroupSchema).min(1),
  fillers: localized(z.array(text)),
});

// ── question-types.yaml ───────────────────────────────────────────────────
// The words that ask each kind of question, per language (folded; Korean cues match the start of a word).
export const questionTypesFileSchema = z.strictObject(
  Object.fromEntries(QUESTION_TYPES.map((type) => [type, localized(z.array(text))])) as Record<
    QuestionType,
    ReturnType<typeof localized<z.ZodArray<typeof text>>>
  >,
);

// ── follow-ups.yaml ───────────────────────────────────────────────────────
// The words that make a message a follow-up to the one before (folded, matched like question-type cues).
export const followUpsFileSchema = z.strictObject({
  // "Tell me more": the next related fact not yet shown.
  more: localized(z.array(text).min(1)),
  // Asking what the words just shown mean ("what did he mean?"): the sources quote, they don't explain.
  meaning: localized(z.array(text).min(1)),
  // Openers of an elliptical question: "and …?", "what about …?", "그럼 …?".
  ellipsis: localized(z.array(text).min(1)),
  // Words that stand for the last person named ("he", "він", "그 사람").
  person: localized(z.array(text).min(1)),
  // Words that stand for the last thing named ("it", "them", "вона", "그거").
  thing: localized(z.array(text).min(1)),
  // Words that join two questions in one message ("who signed it, and when?"):
  // the second is read as a follow-up to the first.
  conjunctions: localized(z.array(text).min(1)),
});

// ── premises.yaml ─────────────────────────────────────────────────────────
/** A false belief a question may carry, when to see it, and the correction the bot gives. */
export const premiseSchema = z.strictObject({
  id,
  // Said in plain words, for curators.
  claim: text,
  // The question carries the premise when it names all of these glossary names …
  names: z.array(id).default([]),
  // … and all of these aspects …
  aspects: z.array(id).default([]),
  // … and all of these years.
  years: z.array(z.string().regex(/^(?:19|20)\d\d$/, "must be a year like 2019")).default([]),
  correction: localizedText,
  sources: z.array(id).min(1),
});
export const premisesFileSchema = z.array(premiseSchema);

// ── types ─────────────────────────────────────────────────────────────────
export type Localized<T> = Record<Lang, T>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Article = z.infer<typeof articleFileSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteTranslation = z.infer<typeof quoteTranslation>;
export type Area = z.infer<typeof areaSchema>;
export type IpcpArea = z.infer<typeof ipcpAreaSchema>;
export type IpcpAreas = z.infer<typeof ipcpAreasSchema>;
export type Areas = z.infer<typeof areasFileSchema>;
export type Fact = z.infer<typeof factSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type Spellings = z.infer<typeof spellingsFileSchema>;
export type SmallTalkGroup = z.infer<typeof smallTalkGroupSchema>;
export type SmallTalk = z.infer<typeof smallTalkFileSchema>;
export type QuestionTypes = z.infer<typeof questionTypesFileSchema>;
export type Premise = z.infer<typeof premiseSchema>;
export type FollowUps = z.infer<typeof followUpsFileSchema>;
