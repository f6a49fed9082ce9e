import type { InlineKeyboardButton } from "grammy/types";
import type { ApiCall } from "./fake-telegram.js";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#x2F": "/",
};

/** Telegram HTML to terminal text: bold/italic as ANSI when colours are on, links as `text (url)`. */
export function htmlToTerminal(html: string, colours: boolean): string {
  const bold = colours ? ["\x1b[1m", "\x1b[22m"] : ["", ""];
  const italic = colours ? ["\x1b[3m", "\x1b[23m"] : ["", ""];
  return html
    .replace(/<a href="([^"]*)">(.*?)<\/a>/gs, "$2 ($1)")
    .replace(/<b>|<strong>/g, bold[0] as string)
    .replace(/<\/b>|<\/strong>/g, bold[1] as string)
    .replace(/<i>|<em>/g, italic[0] as string)
    .replace(/<\/i>|<\/em>/g, italic[1] as string)
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|#x2F);/g, (_, name: string) => ENTITIES[name] ?? "");
}

/** Buttons as numbered choices; callback buttons can be pressed by typing the number. */
export function renderButtons(buttons: InlineKeyboardButton[]): string {
  return buttons
    .map((button, index) => {
      if ("url" in button) return `  [${index + 1}] ${button.text} → ${button.url}`;
      if ("switch_inline_query" in button || "switch_inline_query_current_chat" in button) {
        return `  [${index + 1}] ${button.text} (inline mode)`;
      }
      return `  [${index + 1}] ${button.text}`;
    })
    .join("\n");
}

/** What the person in a chat would see of one Bot API call; undefined for invisible calls. */
export function renderCall(call: ApiCall, colours: boolean): string | undefined {
  const { method, payload } = call;
  const text = typeof payload.text === "string" ? htmlToTerminal(payload.text, colours) : "";
  const markup = payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
  const buttons = markup?.inline_keyboard?.flat() ?? [];
  const withButtons = (body: string) =>
    buttons.length > 0 ? `${body}\n${renderButtons(buttons)}` : body;
  switch (method) {
    case "sendMessage":
      return withButtons(`bot> ${text}`);
    case "editMessageText":
      return withButtons(`bot (edited)> ${text}`);
    case "answerCallbackQuery":
      return typeof payload.text === "string" ? `bot (notice)> ${payload.text}` : undefined;
    case "answerInlineQuery":
      return renderInlineResults(payload);
    default:
      return undefined;
  }
}

/** Longest description shown under an inline result, in characters. */
const DESCRIPTION_CHARS = 100;

/** An inline answer as Telegram lists it: the button above, then numbered titles and descriptions. */
export function renderInlineResults(payload: Record<string, unknown>): string {
  const results = (payload.results ?? []) as Array<{ title?: string; description?: string }>;
  const button = payload.button as { text?: string } | undefined;
  const lines = [`bot (inline)>${button?.text ? ` [${button.text}]` : ""}`];
  if (results.length === 0) lines.push("  (no results)");
  results.forEach((result, index) => {
    lines.push(`  ${index + 1}. ${result.title ?? ""}`);
    if (result.description) lines.push(`     ${clip(result.description, DESCRIPTION_CHARS)}`);
  });
  if (typeof payload.next_offset === "string" && payload.next_offset !== "") {
    lines.push("  (more results: type + for the next page)");
  }
  return lines.join("\n");
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
