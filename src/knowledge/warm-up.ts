import { composeReply } from "./compose/answer-reply.js";
import type { Translate } from "./compose/types.js";
import type { Knowledge } from "./knowledge.js";
import { LANGS, type Lang } from "./lang.js";

/** Example questions per fact and language asked at start-up. */
const QUESTIONS_PER_FACT = 3;

/**
 * Answers some of the content's own example questions in every language,
 * reply text included, before the bot takes its first update. V8 compiles
 * code to fast machine code only after it has run a while; without this, the
 * first couple of thousand questions after a start (the backlog Telegram
 * delivers after a deploy) each cost about twice as much CPU as later ones.
 * Nothing is stored or sent.
 */
export function warmUp(knowledge: Knowledge, t: (lang: Lang) => Translate): number {
  let asked = 0;
  for (const fact of knowledge.content.facts) {
    for (const lang of LANGS) {
      for (const question of fact.questions[lang].slice(0, QUESTIONS_PER_FACT)) {
        const answer = knowledge.answer(question, { preferredLang: lang });
        composeReply(knowledge.content, answer, t(answer.lang));
        asked++;
      }
    }
  }
  return asked;
}
