import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import { openServices } from "./app.js";
import { ALLOWED_UPDATES } from "./bot/allowed-updates.js";
import { setCommandMenus } from "./bot/commands.js";
import { createBot } from "./bot/create-bot.js";
import { loadConfigOrExit, secretsOf } from "./config.js";
import { ContentError } from "./knowledge/content/index.js";
import { createLogger } from "./logger.js";
import { startWebhookServer } from "./server/webhook.js";

/**
 * `npm start`: the bot on Telegram: long polling through grammY's runner, or
 * a webhook server when WEBHOOK_URL is set.
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
  // Flood waits (429) and Telegram's 5xx are retried with back-off; with a
  // webhook the update must be done before Telegram's timeout, so less patience.
  apiTransformers: [
    config.webhook
      ? autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 10 })
      : autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }),
  ],
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

const stopTaking = config.webhook ? await startWebhook(config.webhook) : startPolling();

async function startWebhook(
  webhook: NonNullable<typeof config.webhook>,
): Promise<() => Promise<void>> {
  const server = await startWebhookServer({
    bot,
    path: new URL(webhook.url).pathname,
    secret: webhook.secret,
    host: webhook.host,
    port: webhook.port,
    logger,
    ready: async () => services.knowledge.content.facts.length > 0 && (await services.store.ping()),
  });
  try {
    await bot.api.setWebhook(webhook.url, {
      secret_token: webhook.secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
  } catch (error) {
    logger.fatal({ err: error }, "setWebhook failed: check WEBHOOK_URL");
    await server.close();
    await services.store.close();
    process.exit(1);
  }
  logger.info(
    { username: bot.botInfo.username, store: services.store.kind, port: server.port },
    "webhook listening",
  );
  return () => server.close();
}

function startPolling(): () => Promise<void> {
  const runner = run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } },
    // Updates of different users run concurrently. Telegram takes about 30
    // messages a second from a bot, so more in flight buys no throughput;
    // each one holds memory until its reply is sent.
    sink: { concurrency: 32 },
  });
  logger.info({ username: bot.botInfo.username, store: services.store.kind }, "polling Telegram");
  return async () => {
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
  };
}

let stopping = false;
/** Stop taking updates, finish the ones in flight, close the store, exit 0 — within 10 s. */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  const deadline = setTimeout(() => {
    logger.error("shutdown took over 10 s; exiting anyway");
    process.exit(1);
  }, 10_000);
  deadline.unref();
  await stopTaking();
  await services.store.close();
  logger.info("stopped");
  logger.flush();
  process.exit(0);
}
// A stray rejection (a network error in a background call) is logged, never fatal.
process.on("unhandledRejection", (reason) => {
  logger.error({ err: reason }, "unhandled rejection");
});

// `on`, not `once`: a second signal (a process manager signalling the whole
// group, or an impatient Ctrl-C) must not kill the process mid-shutdown.
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
