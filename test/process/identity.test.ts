import { describe, expect, it } from "vitest";
import { RATE_LIMIT } from "../../src/bot/middlewares/rate-limit.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { processHarness } from "../support/process-harness.js";
import { sentTo, textMessage } from "../support/telegram-updates.js";

/**
 * Issue 14, item 6: messages a group's anonymous admin sends all carry
 * Telegram's one placeholder user (GroupAnonymousBot) in `from` and the group
 * in `sender_chat`. The bot must tell the groups apart.
 */
const TOKEN = "123456789:AAIdentityTestToken_abcdefghijklmnop";
const harness = processHarness(TOKEN);
const ANONYMOUS_ADMIN = {
  id: 1087968824,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
};

function anonymousAsk(groupId: number, question: string) {
  const group = { id: groupId, type: "supergroup" as const, title: `Group ${groupId}` };
  return textMessage(ANONYMOUS_ADMIN, `/ask ${question}`, group, { sender_chat: group });
}

describe("anonymous group admins", () => {
  it("are rate-limited per group: one group's flood does not silence another", async () => {
    const api = await harness.fakeApi();
    await harness.startPolling(api);
    const [groupA, groupB] = [-1001111, -1002222];
    for (let i = 0; i <= RATE_LIMIT.updates; i++) api.push(anonymousAsk(groupA, "What is ITPP?"));
    const note = createI18n().t("en")("errors.rateLimited");
    await api.waitForCall((call) => call.payload.text === note);

    // A user in another group is not that group's admin: still answered.
    api.push(anonymousAsk(groupB, "When was the ITPP signed?"));
    const answer = await api.waitForCall(sentTo(groupB), { timeoutMs: 5_000 });
    expect(String(answer.payload.text)).toContain("11 July 2023");
  });
});
