import { describe, expect, it } from "vitest";
import { OutageNotices } from "../../src/bot/outage-notices.js";

describe("OutageNotices", () => {
  it("tells each sender once per outage", () => {
    const notices = new OutageNotices();
    expect(notices.shouldTell("1", 1)).toBe(true);
    expect(notices.shouldTell("1", 1)).toBe(false);
    expect(notices.shouldTell("2", 1)).toBe(true);
    expect(notices.shouldTell("1", 2)).toBe(true);
  });

  it("keeps only the current outage's senders (issue 14, item 9)", () => {
    const notices = new OutageNotices();
    for (let sender = 0; sender < 1000; sender++) notices.shouldTell(String(sender), 1);
    expect(notices.size).toBe(1000);
    notices.shouldTell("7", 2);
    expect(notices.size).toBe(1);
  });
});
