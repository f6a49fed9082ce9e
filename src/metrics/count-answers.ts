import type { Knowledge } from "../knowledge/knowledge.js";
import type { BotMetrics } from "./metrics.js";

/** The same knowledge, counting each answer's kind and confidence (the engine itself stays free of metrics). */
export function countAnswers(knowledge: Knowledge, metrics: BotMetrics): Knowledge {
  return {
    ...knowledge,
    answer(question, lang, previous) {
      const answer = knowledge.answer(question, lang, previous);
      metrics.answers.inc({ kind: answer.kind });
      if (answer.kind !== "none") metrics.answerConfidence.observe(answer.confidence);
      return answer;
    },
  };
}
