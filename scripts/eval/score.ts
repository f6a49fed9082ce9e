import { createI18n } from "../../src/i18n/i18n.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import type { Lang } from "../../src/knowledge/languages.js";
import { openEvalBot } from "./ask-bot.js";
import { type Expectation, type Graded, grade, replyMarkers } from "./grade.js";
import type { Dialogue, Question, SmallTalkItem } from "./sets.js";

export interface Result {
  id: string;
  lang: Lang;
  /** The category (blind and tune sets), the intent (small talk), or "dialogue". */
  group: string;
  kind: Expectation["kind"] | "small-talk";
  graded: Graded;
  /** Small talk: whether the reply had buttons (it must not). */
  buttons: boolean;
}

type EvalBot = ReturnType<typeof openEvalBot>;
type Markers = ReturnType<typeof replyMarkers>;

/** Runs `each` for every item on one evaluation bot, closed afterwards. */
async function withEvalBot<T>(
  knowledge: Knowledge,
  items: readonly T[],
  each: (bot: EvalBot, item: T, markers: Markers) => Promise<Result | undefined>,
): Promise<Result[]> {
  const markers = replyMarkers(createI18n());
  const bot = openEvalBot(knowledge);
  const results: Result[] = [];
  try {
    for (const item of items) {
      const result = await each(bot, item, markers);
      if (result) results.push(result);
    }
  } finally {
    await bot.close();
  }
  return results;
}

/** Asks every question of a blind or tune set, each as a new user, and grades the replies. */
export function scoreQuestions(knowledge: Knowledge, items: readonly Question[]) {
  return withEvalBot(knowledge, items, async (bot, item, markers) => {
    const reply = await bot.chat(item.lang).ask(item.q);
    const graded = grade(reply, item, markers);
    return {
      id: item.id,
      lang: item.lang,
      group: item.category,
      kind: item.kind,
      graded,
      buttons: reply.buttons,
    };
  });
}

/**
 * Small talk: a greeting, thanks or the like is right when the reply is small
 * talk (neither a decline nor a fact with its source), in the asker's
 * language, with no buttons; a question dressed as small talk is graded as a question.
 */
export function scoreSmallTalk(knowledge: Knowledge, items: readonly SmallTalkItem[]) {
  return withEvalBot(knowledge, items, async (bot, item, markers) => {
    const reply = await bot.chat(item.lang).ask(item.q);
    const isQuestion = item.intent === "question";
    const expected = isQuestion ? (item.kind ?? "answer") : "out-of-scope";
    const graded = grade(
      reply,
      { kind: expected, must: item.must, must_not: item.must_not },
      markers,
    );
    if (!isQuestion) {
      const ok =
        graded.smallTalk &&
        !reply.buttons &&
        graded.replyLang === item.lang &&
        graded.grade !== "wrong";
      graded.grade = ok ? "right" : graded.smallTalk ? "wrong" : "missed";
    }
    const kind = isQuestion ? expected : "small-talk";
    return {
      id: item.id,
      lang: item.lang,
      group: item.intent,
      kind,
      graded,
      buttons: reply.buttons,
    };
  });
}

/**
 * Dialogues: the turns of one dialogue go to one user, in order; turns in
 * chat 2 go to a second user (a chat of its own, with no context). A
 * dialogue counts as right when every turn is right (or honest, or declined
 * where declining is right).
 */
export function scoreDialogues(knowledge: Knowledge, dialogues: readonly Dialogue[]) {
  return withEvalBot(knowledge, dialogues, async (bot, dialogue, markers) => {
    const chats = { 1: bot.chat(dialogue.lang), 2: bot.chat(dialogue.lang) };
    const turns: Array<{ kind: Expectation["kind"]; graded: Graded }> = [];
    for (const turn of dialogue.turns) {
      if (turn.after_minutes) bot.wait(turn.after_minutes);
      const graded = grade(await chats[turn.chat ?? 1].ask(turn.q), turn, markers);
      turns.push({ kind: turn.kind, graded });
    }
    const worst = turns.find((turn) => !isGood(turn.kind, turn.graded)) ?? turns.at(-1);
    if (!worst) return undefined;
    const verdict = isGood(worst.kind, worst.graded) ? "right" : worst.graded.grade;
    const graded: Graded = { ...worst.graded, grade: verdict };
    return {
      id: dialogue.id,
      lang: dialogue.lang,
      group: "dialogue",
      kind: "answer",
      graded,
      buttons: false,
    };
  });
}

/** A turn went as it should: right, honest about a gap, or an out-of-scope question declined. */
function isGood(kind: Expectation["kind"], graded: Graded): boolean {
  if (graded.grade === "right" || graded.grade === "honest") return true;
  return kind === "out-of-scope" && graded.grade === "declined";
}
