import type { Message, UserFromGetMe } from "grammy/types";

/** One Bot API call the bot made, as it made it. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake Telegram answered. */
  result: unknown;
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: "Partnership Bot",
  username: "PartnershipLocalBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/**
 * Plays Telegram in-process, as the `fetch` the bot's API client uses: it
 * records every call, never touches the network, and answers with results
 * shaped like the real ones (sent messages get ids, edits return the edited
 * message), so the bot runs unchanged. Being the client's fetch rather than a
 * transformer, it also serves the API objects that conversations build for
 * themselves. The local chat prints the calls; the tests assert on them.
 */
export function createFakeTelegram(onCall?: (call: ApiCall) => void) {
  const calls: ApiCall[] = [];
  let nextMessageId = 1;
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = url.slice(url.lastIndexOf("/") + 1);
    const request =
      typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    const call = {
      method,
      payload: request,
      result: fakeResult(method, request, () => nextMessageId++),
    };
    calls.push(call);
    onCall?.(call);
    return new Response(JSON.stringify({ ok: true, result: call.result }), {
      headers: { "content-type": "application/json" },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function fakeResult(
  method: string,
  payload: Record<string, unknown>,
  newId: () => number,
): unknown {
  const now = Math.floor(Date.now() / 1000);
  const chat = { id: Number(payload.chat_id ?? 0), type: "private" } as Message["chat"];
  switch (method) {
    case "getMe":
      return LOCAL_BOT_INFO;
    case "sendMessage":
      return {
        message_id: newId(),
        date: now,
        chat,
        from: LOCAL_BOT_INFO,
        text: payload.text,
        reply_markup: payload.reply_markup,
      };
    case "editMessageText":
      return payload.inline_message_id
        ? true
        : {
            message_id: payload.message_id,
            date: now,
            edit_date: now,
            chat,
            from: LOCAL_BOT_INFO,
            text: payload.text,
            reply_markup: payload.reply_markup,
          };
    case "getMyCommands":
      return [];
    default:
      return true;
  }
}
