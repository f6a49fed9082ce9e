import type { Answer } from "../../knowledge/answer.js";
import type { Content, Fact, QuestionType } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { escapeHtml } from "./html.js";
import { formatQuote } from "./quote.js";
import { formatDate, outletName, sourceLine } from "./sources.js";
import type { Translate } from "./translate.js";

/** A button under a reply: it asks for one fact. */
export interface FactButton {
  text: string;
  factId: string;
}

export interface Reply {
  /** Telegram HTML: every piece of content and user text escaped. */
  html: string;
  /** "Did you mean" choices, or suggestions when there was no answer. */
  choices: FactButton[];
  /** Up to three related questions. */
  related: FactButton[];
  /** 👍 / 👎 go under it: under answers and declines, not under small talk or "ask in words". */
  rateable: boolean;
}

/** A fact's label on a button: the question it answers. */
export function factButtonText(fact: Fact, lang: Lang): string {
  return fact.title[lang];
}

export function factReply(content: Content, fact: Fact, lang: Lang, t: Translate): Reply {
  return {
    html: [escapeHtml(fact.answer[lang]), "", sourceLine(content, fact.sources, lang, t)].join(
      "\n",
    ),
    choices: [],
    related: relatedButtons(content, fact, lang),
    rateable: true,
  };
}

/** The reply to a free question, from what the engine found. */
export function composeReply(content: Content, answer: Answer, t: Translate): Reply {
  const { lang } = answer;
  if (answer.kind === "fact" && answer.fact) {
    const reply = factReply(content, answer.fact, lang, t);
    // A false premise is corrected first, with its own source.
    if (answer.premise)
      reply.html = `${premiseLines(content, answer, t).join("\n")}\n${reply.html}`;
    // A compound question: each further part with its own source, then what no fact answers.
    for (const part of answer.parts ?? []) {
      reply.html += `\n\n${factReply(content, part, lang, t).html}`;
    }
    const unanswered = (answer.unanswered ?? []).map((type) => t(GAP_KEYS[type] ?? "answer.gap"));
    if (unanswered.length > 0) reply.html += `\n\n${[...new Set(unanswered)].join(" ")}`;
    if (answer.alternatives.length > 0) {
      reply.html += `\n\n${t("answer.didYouMean")}`;
      reply.choices = factButtons(answer.alternatives, lang);
      // A fact offered as "did you mean" is not offered again as related.
      reply.related = relatedButtons(content, answer.fact, lang, answer.alternatives);
    }
    return reply;
  }
  if (answer.kind === "article" && answer.passage) {
    const meta = content.article.meta;
    const lines = [
      t("answer.fromArticle", {
        outlet: outletName(content, meta.outlet, lang),
        date: formatDate(meta.date, lang),
      }),
    ];
    if (answer.passage.quote) {
      lines.push(formatQuote(content, answer.passage.quote, lang, t));
    } else {
      lines.push(
        `<blockquote>${escapeHtml(answer.passage.sentences.map((s) => s[lang]).join(" "))}</blockquote>`,
      );
      if (lang !== meta.original_language) lines.push(t("answer.ourTranslation"));
    }
    lines.push("", sourceLine(content, [meta.source], lang, t));
    return { html: lines.join("\n"), choices: [], related: [], rateable: true };
  }
  if (answer.kind === "small-talk") return smallTalkReply(answer, t);
  if (answer.kind === "gap") return gapReply(content, answer, t);
  return {
    html: declineText(answer, t),
    choices: factButtons(answer.alternatives, lang),
    related: [],
    // "Please ask in words" answers nothing: there is nothing to rate.
    rateable: answer.reason !== "empty",
  };
}

/**
 * A decline says it does not know, and never lists what the bot covers: a
 * list would claim the very subject it just failed on. The suggestions below
 * it are offered as examples, with no claim that they are what was meant.
 */
function declineText(answer: Answer, t: Translate): string {
  if (answer.reason === "empty") return t("answer.empty");
  if (answer.reason === "no-more") return t("answer.gapMore");
  if (answer.alternatives.length === 0) return t("answer.decline");
  return `${t("answer.decline")}\n\n${t("answer.suggestions")}`;
}

/** The "sources don't say" line for each kind of question asked. */
const GAP_KEYS: Partial<Record<QuestionType, string>> = {
  who: "answer.gapWho",
  when: "answer.gapWhen",
  where: "answer.gapWhere",
  "how-many": "answer.gapHowMany",
  why: "answer.gapWhy",
  said: "answer.gapSaid",
};

/**
 * The sources don't hold the answer: a false premise corrected first (with
 * its source), then plainly that they don't say, and what they do say about
 * the same thing, as buttons.
 */
function gapReply(content: Content, answer: Answer, t: Translate): Reply {
  const { lang } = answer;
  const lines = premiseLines(content, answer, t);
  const missing = (answer.unanswered ?? []).flatMap((type) => GAP_KEYS[type] ?? []);
  lines.push(missing.length === 1 ? t(missing[0] as string) : t("answer.gap"));
  if (answer.alternatives.length > 0) lines.push("", t("answer.gapOffer"));
  return {
    html: lines.join("\n"),
    choices: factButtons(answer.alternatives, lang),
    related: [],
    rateable: true,
  };
}

/** A false premise's correction and its source, then a blank line; nothing without one. */
function premiseLines(content: Content, answer: Answer, t: Translate): string[] {
  if (!answer.premise) return [];
  return [
    escapeHtml(answer.premise.correction[answer.lang]),
    sourceLine(content, answer.premise.sources, answer.lang, t),
    "",
  ];
}

/**
 * Small talk: the bot's own words for it, then questions to ask as plain
 * text. No buttons, no 👍 / 👎 and no source: it states no fact.
 */
function smallTalkReply(answer: Answer, t: Translate): Reply {
  const questions = answer.alternatives.map((fact) =>
    t("smallTalk.question", { question: factButtonText(fact, answer.lang) }),
  );
  const html = [t(`smallTalk.${answer.intent}`), "", t("smallTalk.suggest"), ...questions].join(
    "\n",
  );
  return { html, choices: [], related: [], rateable: false };
}

function factButtons(facts: readonly Fact[], lang: Lang): FactButton[] {
  return facts.map((fact) => ({ text: factButtonText(fact, lang), factId: fact.id }));
}

/** Up to three of the fact's related facts, leaving out those already offered. */
function relatedButtons(
  content: Content,
  fact: Fact,
  lang: Lang,
  offered: readonly Fact[] = [],
): FactButton[] {
  const related = fact.related
    .map((id) => content.factById.get(id))
    .filter((other): other is Fact => other !== undefined && !offered.includes(other));
  return factButtons(related.slice(0, 3), lang);
}
