import type { IncomingMessage, ServerResponse } from "node:http";
import type { BotMetrics } from "../metrics/metrics.js";

export interface HealthChecks {
  /** For /readyz: the store answers, the content is loaded, updates are coming in. */
  ready: () => Promise<boolean>;
  metrics: BotMetrics;
}

/**
 * GET /healthz (the process is up: liveness), /readyz (it can do its work:
 * readiness) and /metrics (Prometheus). Answers and returns true for these
 * paths; false for any other, which the caller answers.
 */
export async function serveHealth(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  checks: HealthChecks,
): Promise<boolean> {
  if (req.method !== "GET") return false;
  if (pathname === "/healthz") {
    json(res, 200, { ok: true });
  } else if (pathname === "/readyz") {
    const ready = await checks.ready().catch(() => false);
    json(res, ready ? 200 : 503, { ok: ready });
  } else if (pathname === "/metrics") {
    const { contentType, body } = await checks.metrics.text();
    res.writeHead(200, { "content-type": contentType }).end(body);
  } else {
    return false;
  }
  return true;
}

/** The path of a request without its query; cheaper than a URL object on every update. */
export function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?", 1)[0] ?? "/";
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
