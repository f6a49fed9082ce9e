import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";

export interface RecordedCall {
  token: string;
  method: string;
  payload: Record<string, unknown>;
  /** performance.now() when the call arrived (benchmarks measure reply latency with it). */
  at: number;
  /** Answered with ok: true to a client still listening: what Telegram would have carried out. */
  accepted: boolean;
  /** What the fake answered when it accepted the call (a sent message, true, …). */
  result?: unknown;
}

/** A Bot API error, as Telegram sends it. */
export interface FakeError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

/**
 * Decides how the fake answers one call: an error, or undefined for the usual
 * answer. It may take its time first (a slow Telegram); if the client gives up
 * meanwhile, the call is not carried out.
 */
export type Intercept = (
  call: RecordedCall,
) => Promise<FakeError | undefined> | FakeError | undefined;

export interface FakeBotApiOptions {
  /** The only token getMe accepts; others get 401 like Telegram's. */
  token: string;
  /** Methods that answer with a 400 error, to test how the bot copes. */
  failing?: string[];
}

/**
 * A small Bot API server on 127.0.0.1 for driving the real `npm start`
 * process over HTTP: it serves getUpdates by long polling from a queue the
 * test fills, answers sending methods with plausible results and records
 * every call.
 */
export async function startFakeBotApi({ token, failing = [] }: FakeBotApiOptions) {
  const calls: RecordedCall[] = [];
  const queue: Update[] = [];
  let pendingPoll: (() => void) | undefined;
  let nextMessageId = 1;
  let nextUpdateId = 1;
  const callListeners = new Set<() => void>();
  const intercepts = new Map<string, Intercept>();
  /** Text and buttons of each message sent or edited, to refuse an edit that changes nothing. */
  const contents = new Map<string, string>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, callToken = "", method = ""] = match;
    const payload = await readJson(req);
    const call: RecordedCall = {
      token: callToken,
      method,
      payload,
      at: performance.now(),
      accepted: false,
    };
    calls.push(call);
    for (const listener of callListeners) listener();
    if (callToken !== token) return fail(res, { error_code: 401, description: "Unauthorized" });
    if (failing.includes(method)) {
      return fail(res, {
        error_code: 400,
        description: `Bad Request: ${method} refused by the fake`,
      });
    }
    let clientGone = false;
    res.on("close", () => {
      clientGone = true;
    });
    const error = await intercepts.get(method)?.(call);
    if (clientGone) return;
    if (error) return fail(res, error);
    if (method === "getUpdates") return poll(res, payload);
    if (unchangedEdit(method, payload)) {
      return fail(res, {
        error_code: 400,
        description:
          "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      });
    }
    const result = resultFor(method, payload);
    call.accepted = true;
    call.result = result;
    send(res, 200, { ok: true, result });
    for (const listener of callListeners) listener();
  }

  function unchangedEdit(method: string, payload: Record<string, unknown>): boolean {
    if (method !== "editMessageText" || payload.chat_id === undefined) return false;
    const key = `${payload.chat_id}:${payload.message_id}`;
    const content = JSON.stringify([payload.text, payload.reply_markup ?? null]);
    if (contents.get(key) === content) return true;
    contents.set(key, content);
    return false;
  }

  /** Long polling: answer at once when updates wait, else when one arrives or the timeout ends. */
  async function poll(res: ServerResponse, payload: Record<string, unknown>) {
    const offset = Number(payload.offset ?? 0);
    // Confirmed updates (below the offset) are gone, as on Telegram.
    while (queue.length > 0 && (queue[0]?.update_id ?? 0) < offset) queue.shift();
    if (queue.length === 0) {
      const timeoutMs = Math.min(Number(payload.timeout ?? 0), 2) * 1000;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        pendingPoll = () => {
          clearTimeout(timer);
          resolve();
        };
        res.on("close", () => {
          clearTimeout(timer);
          resolve();
        });
      });
      pendingPoll = undefined;
    }
    const limit = Number(payload.limit ?? 100);
    send(res, 200, {
      ok: true,
      result: queue.filter((u) => u.update_id >= offset).slice(0, limit),
    });
  }

  function resultFor(method: string, payload: Record<string, unknown>): unknown {
    const now = Math.floor(Date.now() / 1000);
    if (method === "getMe") {
      return {
        id: Number(token.split(":")[0]),
        is_bot: true,
        first_name: "Fake Partnership Bot",
        username: "FakePartnershipBot",
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: true,
      };
    }
    if (method === "sendMessage") {
      const message_id = nextMessageId++;
      contents.set(
        `${payload.chat_id}:${message_id}`,
        JSON.stringify([payload.text, payload.reply_markup ?? null]),
      );
      return {
        message_id,
        date: now,
        chat: { id: Number(payload.chat_id), type: "private" },
        text: payload.text,
        reply_markup: payload.reply_markup,
      };
    }
    if (method === "editMessageText") {
      return {
        message_id: payload.message_id,
        date: now,
        chat: { id: Number(payload.chat_id), type: "private" },
        text: payload.text,
      };
    }
    return true;
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Queues an update (its update_id is assigned here) and wakes a waiting poll. */
    push(update: Omit<Update, "update_id">): number {
      const update_id = nextUpdateId++;
      queue.push({ ...update, update_id } as Update);
      pendingPoll?.();
      return update_id;
    },
    callsTo(method: string): RecordedCall[] {
      return calls.filter((call) => call.method === method);
    },
    /** Answers `method` as `intercept` decides from now on; undefined restores the usual answers. */
    intercept(method: string, intercept: Intercept | undefined): void {
      if (intercept) intercepts.set(method, intercept);
      else intercepts.delete(method);
    },
    /** Resolves with the first call (from now on or already made) that matches, checked on arrival and on acceptance. */
    waitForCall(
      predicate: (call: RecordedCall) => boolean,
      { timeoutMs = 15_000, from = 0 } = {},
    ): Promise<RecordedCall> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = calls.slice(from).find(predicate);
          if (!found) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching Bot API call within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          callListeners.delete(listener);
        };
        const listener = () => void check();
        callListeners.add(listener);
        check();
      });
    },
    async close() {
      pendingPoll?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;

function fail(res: ServerResponse, error: FakeError) {
  send(res, error.error_code, { ok: false, ...error });
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  if (!body) return {};
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return { raw: body };
  }
}
