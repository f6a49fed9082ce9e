import { describe, it } from "vitest";
import { shutdownScenarios } from "../support/shutdown-scenarios.js";

const scenarios = shutdownScenarios("sqlite");

describe("SIGTERM during a burst, then a restart, on SQLite", () => {
  it("with a slow Bot API: finishes what it can, abandons the rest, each update answered once", () =>
    scenarios.slowBotApi());
  it("with 429 and a short retry_after: waits it out within the grace, exits 0", () =>
    scenarios.floodWaitWithinGrace());
  it("with 429 and a retry_after past the grace: the wait is cut at the deadline", () =>
    scenarios.floodWaitPastGrace());
});
