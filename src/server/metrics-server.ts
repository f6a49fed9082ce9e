import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";
import { type HealthChecks, json, pathOf, serveHealth } from "./health.js";

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * /healthz, /readyz and /metrics on their own address (METRICS_HOST:METRICS_PORT,
 * 127.0.0.1 by default): with long polling the bot has no other server, and
 * operators may keep metrics off the public webhook port.
 */
export async function startMetricsServer(
  options: HealthChecks & { host: string; port: number; logger: Logger },
): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    serveHealth(req, res, pathOf(req), options)
      .then((served) => {
        if (!served) json(res, 404, { ok: false });
      })
      .catch((error: unknown) => {
        options.logger.error({ err: error }, "health request failed");
        if (!res.headersSent) json(res, 500, { ok: false });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
