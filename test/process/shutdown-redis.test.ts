import { describe, it } from "vitest";
import { REDIS_SERVER } from "../support/redis-server.js";
import { shutdownScenarios } from "../support/shutdown-scenarios.js";

const scenarios = shutdownScenarios("redis");
if (!REDIS_SERVER)
  console.warn("⚠ redis-server is not installed: the Redis shutdown tests are SKIPPED.");

describe.skipIf(!REDIS_SERVER)("SIGTERM during a burst, then a restart, on Redis", () => {
  it("with a slow Bot API: finishes what it can, abandons the rest, each update answered once", () =>
    scenarios.slowBotApi());
  it("with 429 and a short retry_after: waits it out within the grace, exits 0", () =>
    scenarios.floodWaitWithinGrace());
  it("with 429 and a retry_after past the grace: the wait is cut at the deadline", () =>
    scenarios.floodWaitPastGrace());
});
