import type { Update } from "grammy/types";

/** The kind of an update: its one field besides update_id (message, callback_query, …). */
export function updateType(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "unknown";
}
