import type { Bot } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup, User } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import type { ApiCall } from "./fake-telegram.js";
import { UpdateFactory } from "./updates.js";

export const LOCAL_USER: User = {
  id: 100_001,
  is_bot: false,
  first_name: "Local",
  language_code: "en",
};

interface ShownMessage {
  message_id: number;
  text: string;
  buttons: InlineKeyboardButton[];
}

/**
 * A conversation with the bot in a private chat, driven like Telegram drives
 * it: each action becomes an update passed to `bot.handleUpdate`, and the Bot
 * API calls the bot makes in response are returned. The terminal chat and the
 * end-to-end tests are both built on this.
 */
export class LocalChat {
  readonly updates: UpdateFactory;
  private readonly messages = new Map<number, ShownMessage>();
  /** The newest message that has buttons: what a bare number presses. */
  private buttonsMessageId: number | undefined;
  /** The last inline query and the offset of its next page, when it has one. */
  private inlineNext: { query: string; offset: string } | undefined;

  constructor(
    private readonly bot: Bot<BotContext>,
    private readonly calls: ApiCall[],
    user: User = LOCAL_USER,
  ) {
    this.updates = new UpdateFactory(user);
  }

  /** Sends a text message (a question or a command) and returns the bot's calls. */
  async send(text: string): Promise<ApiCall[]> {
    return this.deliver(() => this.bot.handleUpdate(this.updates.text(text)));
  }

  /**
   * Types `@bot query` (inline mode) and returns the bot's calls: its
   * answerInlineQuery. Pass the answer's `next_offset` to get the next page.
   */
  async sendInline(query: string, offset = ""): Promise<ApiCall[]> {
    const calls = await this.deliver(() =>
      this.bot.handleUpdate(this.updates.inlineQuery(query, offset)),
    );
    const next = calls.find((call) => call.method === "answerInlineQuery")?.payload.next_offset;
    this.inlineNext = typeof next === "string" && next !== "" ? { query, offset: next } : undefined;
    return calls;
  }

  /** Whether the last inline answer has another page. */
  get hasMoreInline(): boolean {
    return this.inlineNext !== undefined;
  }

  /** The next page of the last inline query (as the client does on scrolling). */
  async moreInline(): Promise<ApiCall[]> {
    if (!this.inlineNext) throw new Error("the last inline answer has no more results");
    return this.sendInline(this.inlineNext.query, this.inlineNext.offset);
  }

  /** The buttons a bare number can press, in order (1-based in the terminal). */
  get buttons(): InlineKeyboardButton[] {
    return this.buttonsMessageId === undefined
      ? []
      : (this.messages.get(this.buttonsMessageId)?.buttons ?? []);
  }

  /** Presses button `index` (0-based) of the newest message with buttons. */
  async press(index: number): Promise<ApiCall[]> {
    const message =
      this.buttonsMessageId === undefined ? undefined : this.messages.get(this.buttonsMessageId);
    const button = message?.buttons[index];
    if (!message || !button || !("callback_data" in button)) {
      throw new Error(`there is no button ${index + 1} to press`);
    }
    return this.pressData(button.callback_data, message.message_id);
  }

  /** Presses a button by its callback data on a given message (also stale or forged data). */
  async pressData(data: string, messageId: number): Promise<ApiCall[]> {
    const text = this.messages.get(messageId)?.text;
    return this.deliver(() =>
      this.bot.handleUpdate(this.updates.callback(data, { message_id: messageId, text })),
    );
  }

  private async deliver(handle: () => Promise<void>): Promise<ApiCall[]> {
    const before = this.calls.length;
    await handle();
    const made = this.calls.slice(before);
    for (const call of made) this.track(call);
    return made;
  }

  /** Follows sent and edited messages so buttons can be pressed later. */
  private track(call: ApiCall): void {
    if (call.method !== "sendMessage" && call.method !== "editMessageText") return;
    const result = call.result as { message_id?: number } | true;
    const messageId = typeof result === "object" ? result.message_id : undefined;
    if (messageId === undefined) return;
    const markup = call.payload.reply_markup as InlineKeyboardMarkup | undefined;
    const buttons = markup?.inline_keyboard?.flat() ?? [];
    this.messages.set(messageId, {
      message_id: messageId,
      text: String(call.payload.text ?? ""),
      buttons,
    });
    if (buttons.length > 0) this.buttonsMessageId = messageId;
    else if (this.buttonsMessageId === messageId) this.buttonsMessageId = undefined;
  }
}
