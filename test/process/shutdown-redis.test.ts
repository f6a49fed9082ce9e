import { describe, it } from "vitest";
import { REDIS_SERVER } from "../support/redis-server.js";
import { describeShutdownScenarios } from "../support/shutdown-scenarios.js";

if (REDIS_SERVER) describeShutdownScenarios("redis");
else
  describe("redis shutdown scenarios", () => {
    it.skip("SKIPPED: redis-server is not installed", () => {});
  });
