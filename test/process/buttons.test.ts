import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { processHarness, sleep } from "../support/process-harness.js";
import {
  buttonPress,
  buttonsOf,
  person,
  sentMessageId,
  sentTo,
  textMessage,
} from "../support/telegram-updates.js";

/** Issue 14, items 7 and 9: buttons pressed the way people and channels press them. */
const TOKEN = "123456789:AAButtonsTestToken_abcdefghijklmnopq";
const harness = processHarness(TOKEN);
const generic = ["uk", "en", "ko"].map((lang) => createI18n().t(lang as "en")("errors.generic"));

describe("buttons", () => {
  it("/language pressed twice: the second press changes nothing and sends no error", async () => {
    const api = await harness.fakeApi();
    const bot = await harness.startPolling(api);
    const user = person(7301);
    api.push(textMessage(user, "/language"));
    const picker = await api.waitForCall(sentTo(user.id));
    const korean = buttonsOf(picker)[2] ?? "";
    for (const _ of [1, 2]) {
      const from = api.calls.length;
      api.push(buttonPress(user, korean, sentMessageId(picker)));
      await api.waitForCall((call) => call.method === "editMessageText", { from });
    }
    await sleep(300);
    expect(api.callsTo("editMessageText").filter((call) => call.accepted)).toHaveLength(1);
    expect(api.callsTo("answerCallbackQuery")).toHaveLength(2);
    expect(
      api.callsTo("sendMessage").filter((call) => generic.includes(String(call.payload.text))),
    ).toEqual([]);
    expect(bot.output()).not.toMatch(/handler failed/);
  });

  it("a 👎 on a channel post is recorded without a force-reply prompt into the channel", async () => {
    const api = await harness.fakeApi();
    await harness.startPolling(api);
    const user = person(7302);
    api.push(textMessage(user, "When was the ITPP signed?"));
    const answer = await api.waitForCall(sentTo(user.id));
    const down = buttonsOf(answer).find((data) => data.includes("|down|")) ?? "";
    const channel = { id: -1007302, type: "channel" as const, title: "News" };
    const from = api.calls.length;
    api.push(buttonPress(user, down, 55, channel));
    const answered = await api.waitForCall((call) => call.method === "answerCallbackQuery", {
      from,
    });
    expect(answered.payload.text).toBeTruthy();
    await sleep(300);
    expect(api.calls.slice(from).filter((call) => call.method === "sendMessage")).toEqual([]);
  });
});
