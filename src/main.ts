import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import { openServices } from "./app.js";
import { ALLOWED_UPDATES } from "./bot/allowed-updates.js";
import { setCommandMenus } from "./bot/commands.js";
import { createBot } from "./bot/create-bot.js";
import { loadConfigOrExit, secretsOf } from "./config.js";
import { ContentError } from "./knowledge/content/index.js";
import { createLogger } from "./logger.js";

/**
 * `npm start`: the bot on Telegram with long polling through grammY's runner.
 * Exit codes: 2 for configuration problems, 1 when start-up fails (bad
 * content, unreachable store, failed getMe), 0 after a clean shutdown.
 */
const config = loadConfigOrExit({ requireToken: true });

const logger = createLogger({
  level: config.logLevel,
  format: config.logFormat,
  secrets: secretsOf(config),
});

const services = await openServices(config, logger).catch((error: unknown) => {
  // Bad content lists every problem; print them plainly so they can be read.
  if (error instanceof ContentError) process.stderr.write(`${error.message}\n`);
  logger.fatal(
    { err: error },
    `cannot start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

// The highest update_id seen, to confirm on shutdown.
let lastUpdateId = 0;
const bot = createBot(config, {
  onUpdate: (update) => {
    lastUpdateId = Math.max(lastUpdateId, update.update_id);
  },
  logger,
  ...services,
  // Flood waits (429) and Telegram's 5xx are retried with back-off.
  apiTransformers: [autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 })],
});

try {
  await bot.init();
} catch (error) {
  logger.fatal({ err: error }, "getMe failed: check BOT_TOKEN and BOT_API_ROOT");
  await services.store.close();
  process.exit(1);
}

try {
  await setCommandMenus(bot.api, services.i18n);
} catch (error) {
  logger.warn({ err: error }, "could not set the command menus; continuing without them");
}

const runner = run(bot, {
  runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } },
  // Updates of different users run concurrently; a bound keeps memory flat in a burst.
  sink: { concurrency: 100 },
});
logger.info({ username: bot.botInfo.username, store: services.store.kind }, "polling Telegram");

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  if (runner.isRunning()) await runner.stop();
  // The runner does not confirm its last batch: confirm it, so a restart does
  // not fetch it again (a re-delivery would still be answered only once).
  if (lastUpdateId > 0) {
    await bot.api
      .getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 })
      .catch((error: unknown) => {
        logger.warn({ err: error }, "could not confirm the last updates");
      });
  }
  await services.store.close();
  logger.info("stopped");
  process.exit(0);
}
// `on`, not `once`: a second signal (a process manager signalling the whole
// group, or an impatient Ctrl-C) must not kill the process mid-shutdown.
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
