/** The update kinds the bot handles; polling and webhooks ask Telegram for exactly these. */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
  "my_chat_member",
] as const;
