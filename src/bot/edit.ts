import { GrammyError } from "grammy";
import type { BotContext } from "./context.js";

type EditOptions = Parameters<BotContext["editMessageText"]>[1];

/**
 * Edits the message a button belongs to. Pressing the same button twice asks
 * Telegram for an edit that changes nothing, which it refuses with "message is
 * not modified": that is harmless and ignored.
 */
export async function editMessage(
  ctx: BotContext,
  text: string,
  options: EditOptions,
): Promise<void> {
  try {
    await ctx.editMessageText(text, options);
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes("message is not modified"))
      return;
    throw error;
  }
}
