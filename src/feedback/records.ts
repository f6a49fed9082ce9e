import { randomBytes } from "node:crypto";
import type { Lang } from "../knowledge/languages.js";
import type { Store } from "../store/types.js";

/**
 * What curators learn from users, kept anonymised: no user ids, no names,
 * only what was asked or said about an answer. Each event is its own entry
 * (time-ordered key), so concurrent writers on a shared store never lose one.
 */
export const FEEDBACK_NAMESPACE = "feedback";
export const UNANSWERED_NAMESPACE = "unanswered";

export interface FeedbackRecord {
  /** The fact the answer was about; absent for a decline. */
  fact?: string;
  vote: "up" | "down";
  /** What was wrong, in the user's words, when they said. */
  comment?: string;
  lang: Lang;
  /** Where the answer was read: a chat, or a message sent through inline mode. */
  via: "chat" | "inline";
  at: string;
}

export interface UnansweredRecord {
  question: string;
  lang: Lang;
  reason: string;
  at: string;
}

function eventKey(): string {
  return `${new Date().toISOString()}-${randomBytes(4).toString("hex")}`;
}

export async function recordFeedback(
  store: Store,
  record: Omit<FeedbackRecord, "at">,
): Promise<void> {
  await store
    .adapter<FeedbackRecord>(FEEDBACK_NAMESPACE)
    .write(eventKey(), { ...record, at: new Date().toISOString() });
}

export async function recordUnanswered(
  store: Store,
  record: Omit<UnansweredRecord, "at">,
): Promise<void> {
  await store.adapter<UnansweredRecord>(UNANSWERED_NAMESPACE).write(eventKey(), {
    ...record,
    question: record.question.trim().slice(0, 500),
    at: new Date().toISOString(),
  });
}

export interface Report {
  unanswered: Array<{ question: string; lang: Lang; count: number }>;
  downvoted: Array<{ fact: string; down: number; up: number; comments: string[] }>;
}

/** The most frequent unanswered questions (case and spacing folded) and the facts with most 👎. */
export async function buildReport(store: Store, limit = 20): Promise<Report> {
  const unanswered = new Map<string, { question: string; lang: Lang; count: number }>();
  for (const [, record] of await store.entries<UnansweredRecord>(UNANSWERED_NAMESPACE)) {
    const key = `${record.lang}:${record.question
      .toLowerCase()
      .replace(/\s+/g, " ")
      .replace(/[?!.]+$/, "")}`;
    const entry = unanswered.get(key) ?? { question: record.question, lang: record.lang, count: 0 };
    entry.count++;
    unanswered.set(key, entry);
  }
  const votes = new Map<string, { fact: string; down: number; up: number; comments: string[] }>();
  for (const [, record] of await store.entries<FeedbackRecord>(FEEDBACK_NAMESPACE)) {
    const fact = record.fact ?? "(no answer)";
    const entry = votes.get(fact) ?? { fact, down: 0, up: 0, comments: [] };
    if (record.comment) entry.comments.push(record.comment);
    else if (record.vote === "down") entry.down++;
    else entry.up++;
    votes.set(fact, entry);
  }
  return {
    unanswered: [...unanswered.values()].sort((a, b) => b.count - a.count).slice(0, limit),
    downvoted: [...votes.values()]
      .filter((entry) => entry.down > 0 || entry.comments.length > 0)
      .sort((a, b) => b.down - a.down)
      .slice(0, limit),
  };
}
