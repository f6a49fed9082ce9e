// The baseline for `npm run bench:e2e`: a bare grammY bot that answers every
// message with one fixed reply — through @grammyjs/runner (long polling), or
// with WEBHOOK_URL set through webhookCallback on node:http. Plain JS, so it
// carries no bundling or TypeScript cost.
import { createServer } from "node:http";
import { run } from "@grammyjs/runner";
import { Bot, webhookCallback } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN, { client: { apiRoot: process.env.BOT_API_ROOT } });
bot.on("message", (ctx) => ctx.reply("ok"));
await bot.init();
if (process.env.WEBHOOK_URL) {
  const handle = webhookCallback(bot, "http", { secretToken: process.env.WEBHOOK_SECRET });
  createServer(handle).listen(Number(process.env.PORT), "127.0.0.1", () =>
    console.log("webhook listening"),
  );
} else {
  run(bot, { sink: { concurrency: 100 } });
  console.log("polling Telegram");
}
process.on("SIGTERM", () => process.exit(0));
