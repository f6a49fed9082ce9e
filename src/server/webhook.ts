import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.js";
import type { Deliveries, Delivery } from "../runtime/deliveries.js";
import { type HealthChecks, json, pathOf, serveHealth } from "./health.js";
import { readBody } from "./read-body.js";

/** Telegram's updates are small; anything bigger is not from Telegram. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Telegram waits about a minute for an answer; an update must be done well before. */
export const UPDATE_TIMEOUT_MS = 25_000;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** How long close() waits for answers being written before it cuts the connections. */
const CLOSE_WAIT_MS = 1000;

export interface WebhookServerOptions extends HealthChecks {
  deliveries: Deliveries;
  /** The path Telegram posts to: the path of WEBHOOK_URL. */
  path: string;
  secret: string;
  host: string;
  port: number;
  logger: Logger;
}

export interface WebhookServer {
  port: number;
  /**
   * Stops taking updates: no new connections, and every request not yet
   * being handled (still arriving, or arriving on an open connection) is
   * answered 503 so Telegram delivers it again. Updates in flight go on.
   */
  stopAccepting(): void;
  /** Closes every connection once the answers being written are out; call after the updates in flight. */
  close(): Promise<void>;
}

/**
 * The webhook endpoint on node:http. The secret-token header is checked
 * before a byte of the body is read, bodies over 1 MB are refused, and each
 * update is handled to the end before Telegram gets its 200 (so Telegram
 * delivers a chat's updates in order). An update that is not handled (given
 * up at shutdown, or still running after UPDATE_TIMEOUT_MS) gets 503, never
 * 200: Telegram delivers it again, and the handled-once claim makes sure it
 * is answered once. Also /healthz, /readyz and /metrics (health.ts).
 */
export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const { logger } = options;
  const stopping = new AbortController();
  const answering = new Set<Promise<void>>();
  const server: Server = createServer((req, res) => {
    const answer = route(req, res, options, stopping.signal)
      .catch((error: unknown) => {
        logger.error({ err: error }, "webhook request failed");
        if (!res.headersSent) json(res, 500, { ok: false });
      })
      .finally(() => answering.delete(answer));
    answering.add(answer);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    stopAccepting() {
      stopping.abort();
      server.close();
      server.closeIdleConnections();
    },
    async close() {
      // Updates just given up are still being answered 503: let those answers out.
      await Promise.race([Promise.all(answering), sleep(CLOSE_WAIT_MS)]);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebhookServerOptions,
  stopping: AbortSignal,
): Promise<void> {
  const pathname = pathOf(req);
  if (await serveHealth(req, res, pathname, options)) return;
  if (pathname !== options.path) return json(res, 404, { ok: false });
  if (req.method !== "POST") return json(res, 405, { ok: false });
  if (!sameSecret(req.headers[SECRET_HEADER], options.secret)) return json(res, 401, { ok: false });
  if (stopping.aborted) return unavailable(req, res);
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > MAX_BODY_BYTES) {
    req.resume();
    return json(res, 413, { ok: false });
  }
  const body = await readBody(req, MAX_BODY_BYTES, stopping);
  if (body === "too large") return json(res, 413, { ok: false });
  if (body === "stopped" || stopping.aborted) return unavailable(req, res);
  const update = parseUpdate(body);
  if (!update) return json(res, 400, { ok: false });
  const delivery = await withinTimeout(options.deliveries.deliver(update), UPDATE_TIMEOUT_MS);
  if (delivery === "handled") return json(res, 200, { ok: true });
  if (delivery === "failed") return json(res, 500, { ok: false });
  // Abandoned at shutdown, or still running: Telegram must deliver it again.
  return unavailable(req, res);
}

/** 503, and the connection closed: the server is going away or the update was not handled. */
function unavailable(req: IncomingMessage, res: ServerResponse): void {
  res.once("finish", () => req.socket.destroy());
  res.writeHead(503, { "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify({ ok: false }));
}

/** An update is an object with a whole-number update_id; anything else (`null`, `[]`, `42`) is refused. */
function parseUpdate(body: string): Update | undefined {
  try {
    const value: unknown = JSON.parse(body);
    const id = (value as { update_id?: unknown } | null)?.update_id;
    if (typeof value !== "object" || Array.isArray(value) || !Number.isSafeInteger(id))
      return undefined;
    return value as Update;
  } catch {
    return undefined;
  }
}

function withinTimeout(delivery: Promise<Delivery>, ms: number): Promise<Delivery | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  return Promise.race([delivery, timeout]).finally(() => clearTimeout(timer));
}

function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(Array.isArray(header) ? (header[0] ?? "") : (header ?? ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
