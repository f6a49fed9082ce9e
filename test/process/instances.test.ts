import { afterEach, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { freePort, type RunningProcess, runStart } from "../../scripts/support/process.js";

/**
 * Two bot processes in webhook mode on one real Redis (REDIS_URL), one user's
 * updates alternating between them as a load balancer would send them.
 */
const redisUrl = process.env.REDIS_URL;
const TOKEN = "123456789:AAInstancesTestToken_abcdefghijklmn";
const SECRET = "instances_secret_0123";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function instance(
  api: FakeBotApi,
  url: string,
): Promise<{ proc: RunningProcess; hook: string }> {
  const port = await freePort();
  const hook = `http://127.0.0.1:${port}/hook`;
  const proc = runStart({
    NODE_ENV: "production",
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: api.url,
    REDIS_URL: url,
    WEBHOOK_URL: hook,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: "127.0.0.1",
  });
  cleanups.push(() => proc.stop());
  await proc.waitForOutput(/webhook listening/, 30_000);
  return { proc, hook };
}

if (!redisUrl) {
  console.warn("⚠ REDIS_URL is not set: the two-instance tests are SKIPPED (CI sets it).");
}

describe.skipIf(!redisUrl)("two instances on one Redis", () => {
  // Fresh ids each run: handled update ids stay claimed in Redis for a day.
  let nextId = Date.now() % 1_000_000_000;
  const userId = 5_000_000 + (Date.now() % 1_000_000);
  const user = { id: userId, is_bot: false, first_name: "Mina", language_code: "en" };
  const chat = { id: userId, type: "private", first_name: "Mina" };
  const text = (body: string) => ({
    update_id: nextId++,
    message: {
      message_id: nextId,
      date: 0,
      chat,
      from: user,
      text: body,
      ...(body.startsWith("/")
        ? {
            entities: [{ type: "bot_command", offset: 0, length: body.split(" ")[0]?.length ?? 0 }],
          }
        : {}),
    },
  });
  const press = (data: string, messageId: number) => ({
    update_id: nextId++,
    callback_query: {
      id: `cb${nextId}`,
      from: user,
      chat_instance: "c",
      data,
      message: { message_id: messageId, date: 0, chat, text: "" },
    },
  });
  const post = (hook: string, update: unknown) =>
    fetch(hook, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });

  it("share settings and the quiz, and answer an update delivered to both once", async () => {
    const api = await startFakeBotApi({ token: TOKEN });
    cleanups.push(() => api.close());
    const [a, b] = [
      await instance(api, redisUrl as string),
      await instance(api, redisUrl as string),
    ];
    const sent = () =>
      api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === userId);
    const last = () => sent().at(-1);
    const buttons = () =>
      (
        (
          last()?.payload.reply_markup as
            | { inline_keyboard: { callback_data: string }[][] }
            | undefined
        )?.inline_keyboard ?? []
      ).flat();

    // A language chosen on A is used by B.
    await post(a.hook, text("/language"));
    const pickerId = api.calls.indexOf(last() as never) + 1; // the fake numbers sent messages in order
    await post(a.hook, press(buttons()[2]?.callback_data ?? "", pickerId)); // 한국어
    await post(b.hook, text("/help"));
    expect(String(last()?.payload.text)).toContain("<b>명령어</b>");

    // A quiz started on A continues on B.
    await post(a.hook, text("/quiz"));
    const question = last();
    expect(String(question?.payload.text)).toContain("5문제 중 1번");
    const questionId = api.calls.indexOf(question as never) + 1;
    await post(b.hook, press(buttons()[0]?.callback_data ?? "", questionId));
    expect(
      api.callsTo("editMessageText").some((c) => String(c.payload.text).includes("고른 답")),
    ).toBe(true);
    expect(String(last()?.payload.text)).toContain("5문제 중 2번");

    // The same update delivered to both instances is answered once.
    const before = sent().length;
    const once = text("When was the ITPP signed?");
    await Promise.all([post(a.hook, once), post(b.hook, once)]);
    expect(sent().length - before).toBe(1);
  });
});
