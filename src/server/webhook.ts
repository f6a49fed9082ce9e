import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import type { Logger } from "../logger.js";

/** Telegram's updates are small; anything bigger is not from Telegram. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Telegram waits about a minute for an answer; an update must be done well before. */
export const UPDATE_TIMEOUT_MS = 25_000;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface WebhookServerOptions {
  bot: Bot<BotContext>;
  /** The path Telegram posts to: the path of WEBHOOK_URL. */
  path: string;
  secret: string;
  host: string;
  port: number;
  logger: Logger;
  /** For /readyz: the store answers and the content is loaded. */
  ready: () => Promise<boolean>;
}

export interface WebhookServer {
  port: number;
  /** Stops taking requests and resolves when the ones in flight are done. */
  close(): Promise<void>;
}

/**
 * The webhook endpoint on node:http with grammY's webhookCallback: the
 * secret-token header is checked before a byte of the body is read, bodies
 * over 1 MB are refused, and each update is handled to the end before
 * Telegram gets its answer (so Telegram delivers a chat's updates in order).
 * Also /healthz (the process is up) and /readyz (store and content ready).
 */
export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const { bot, path, secret, logger } = options;
  const handleUpdate = webhookCallback(bot, readUpdateAdapter, {
    secretToken: secret,
    timeoutMilliseconds: UPDATE_TIMEOUT_MS,
    onTimeout: "return",
  });
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const server: Server = createServer((req, res) => {
    inFlight++;
    route(req, res)
      .catch((error: unknown) => {
        logger.error({ err: error }, "webhook request failed");
        if (!res.headersSent) res.writeHead(500).end();
      })
      .finally(() => {
        inFlight--;
        if (inFlight === 0) idle?.();
      });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The path without a query; cheaper than a URL object on every update.
    const pathname = (req.url ?? "/").split("?", 1)[0];
    if (req.method === "GET" && pathname === "/healthz") return json(res, 200, { ok: true });
    if (req.method === "GET" && pathname === "/readyz") {
      const ready = await options.ready().catch(() => false);
      return json(res, ready ? 200 : 503, { ok: ready });
    }
    if (pathname !== path) return json(res, 404, { ok: false });
    if (req.method !== "POST") return json(res, 405, { ok: false });
    if (!sameSecret(req.headers[SECRET_HEADER], secret)) return json(res, 401, { ok: false });
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > MAX_BODY_BYTES) {
      req.resume();
      return json(res, 413, { ok: false });
    }
    const body = await readBody(req);
    if (body === "too large") return json(res, 413, { ok: false });
    let update: Update;
    try {
      update = JSON.parse(body) as Update;
    } catch {
      return json(res, 400, { ok: false });
    }
    await handleUpdate({ req, res, update });
  }

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        if (inFlight === 0) resolve();
        else idle = resolve;
      });
    },
  };
}

/** grammY's adapter for a request whose body this server has already read and parsed. */
function readUpdateAdapter({
  req,
  res,
  update,
}: {
  req: IncomingMessage;
  res: ServerResponse;
  update: Update;
}) {
  const header = req.headers[SECRET_HEADER];
  return {
    update,
    header: Array.isArray(header) ? header[0] : header,
    end: () => res.end(),
    respond: (body: string) => res.writeHead(200, { "content-type": "application/json" }).end(body),
    unauthorized: () => json(res, 401, { ok: false }),
  };
}

function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(Array.isArray(header) ? (header[0] ?? "") : (header ?? ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<string | "too large"> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return "too large";
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
