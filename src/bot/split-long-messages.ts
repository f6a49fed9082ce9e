import type { Transformer } from "grammy";
import { utf16Length } from "../knowledge/text/comparable.js";

/** Telegram's limit for one message's text, in UTF-16 code units. */
export const MESSAGE_LIMIT = 4096;

/**
 * Splits a text over Telegram's limit on paragraph boundaries (blank lines),
 * then lines, so no tag or sentence is cut while a boundary exists; a single
 * line longer than the limit is cut as a last resort.
 */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  if (utf16Length(text) <= limit) return [text];
  const parts: string[] = [];
  let current = "";
  const pieces = text.split(/(\n\n|\n)/);
  for (const piece of pieces) {
    if (utf16Length(current + piece) <= limit) {
      current += piece;
      continue;
    }
    if (current.trim()) parts.push(current.trim());
    current = "";
    let rest = piece;
    while (utf16Length(rest) > limit) {
      parts.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    current = rest;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * An API transformer: a sendMessage whose text is over the limit goes out as
 * several messages; only the last carries the buttons, and its result is
 * what the caller gets back.
 */
export const splitLongMessages: Transformer = async (prev, method, payload, signal) => {
  const text = method === "sendMessage" ? (payload as { text?: unknown }).text : undefined;
  if (typeof text !== "string" || utf16Length(text) <= MESSAGE_LIMIT)
    return prev(method, payload, signal);
  const parts = splitMessage(text);
  const { reply_markup, ...rest } = payload as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    const sent = await prev(method, { ...rest, text: part } as typeof payload, signal);
    if (!sent.ok) return sent;
  }
  return prev(
    method,
    { ...rest, text: parts.at(-1), ...(reply_markup ? { reply_markup } : {}) } as typeof payload,
    signal,
  );
};
