import { openServices } from "./app.js";
import { createBot } from "./bot/create-bot.js";
import { loadConfigOrExit, secretsOf } from "./config.js";
import { ContentError } from "./knowledge/content/index.js";
import { createLogger } from "./logger.js";
import { BotMetrics } from "./metrics/metrics.js";
import { apiTransformers } from "./runtime/api-transformers.js";
import { Deliveries } from "./runtime/deliveries.js";
import { describe, exitFatally, exitOnUnhandledErrors } from "./runtime/fatal.js";
import { type Intake, pollingIntake, webhookIntake } from "./runtime/intake.js";
import { shutDown, WIND_DOWN_MS } from "./runtime/shutdown.js";
import { connectToTelegram } from "./runtime/startup.js";
import type { HealthChecks } from "./server/health.js";
import { type MetricsServer, startMetricsServer } from "./server/metrics-server.js";

/**
 * `npm start`: the bot on Telegram: long polling through grammY's runner, or
 * a webhook server when WEBHOOK_URL is set.
 * Exit codes: 2 for configuration problems; 1 when start-up fails (bad
 * content, a store that cannot be opened, the Bot API unreachable or refusing
 * getMe), when polling is refused for good (401, 409), on an unhandled error,
 * and when a shutdown had to abandon updates; 0 after a clean shutdown.
 */
const config = loadConfigOrExit({ requireToken: true });
const logger = createLogger({
  level: config.logLevel,
  format: config.logFormat,
  secrets: secretsOf(config),
});
exitOnUnhandledErrors(logger);
const metrics = new BotMetrics();
metrics.collectProcessMetrics();
// Aborted when the shutdown grace runs out: whatever is still in flight is cut short.
const deadline = new AbortController();

const services = await openServices(config, logger, metrics).catch((error: unknown) => {
  // Bad content lists every problem; print them plainly so they can be read.
  if (error instanceof ContentError) process.stderr.write(`${error.message}\n`);
  return exitFatally(logger, error, `cannot start: ${describe(error)}`);
});

/** Start-up failed after the store was opened: close it, then exit 1 with one line. */
async function startFailed(error: unknown): Promise<never> {
  await services.store.close();
  return exitFatally(logger, error, describe(error));
}

const bot = createBot(config, {
  logger,
  ...services,
  metrics,
  deadline: deadline.signal,
  apiTransformers: apiTransformers({
    webhook: config.webhook !== undefined,
    deadline: deadline.signal,
    metrics,
  }),
});
await connectToTelegram(bot, {
  i18n: services.i18n,
  apiRoot: config.botApiRoot,
  logger,
}).catch(startFailed);

const deliveries = new Deliveries((update) => bot.handleUpdate(update), logger, metrics);
let stopping = false;
let intake: Intake | undefined;
const checks: HealthChecks = {
  metrics,
  ready: async () =>
    !stopping &&
    services.knowledge.content.facts.length > 0 &&
    (intake?.healthy() ?? false) &&
    (await services.store.ping()),
};
intake = config.webhook
  ? await webhookIntake(config.webhook, { bot, deliveries, logger, ...checks }).catch(startFailed)
  : pollingIntake({ bot, deliveries, logger });
const metricsServer: MetricsServer | undefined = config.metrics
  ? await startMetricsServer({ ...checks, ...config.metrics, logger }).catch(startFailed)
  : undefined;
logger.info(
  {
    username: bot.botInfo.username,
    store: services.store.kind,
    ...(config.webhook ? { port: config.webhook.port } : {}),
    ...(metricsServer ? { metrics_port: metricsServer.port } : {}),
  },
  config.webhook ? "webhook listening" : "polling Telegram",
);

intake.failed.catch((error: unknown) => {
  logger.fatal({ err: error }, describe(error));
  void stop("fatal error", 1);
});

/** Stop taking updates, finish the ones in flight within the grace, close up, exit. */
async function stop(reason: string, status = 0): Promise<void> {
  if (stopping || !intake) return;
  stopping = true;
  logger.info({ reason, grace_ms: config.shutdownGraceMs }, "stopping");
  const watchdog = setTimeout(
    () => exitFatally(logger, undefined, "shutdown did not finish; exiting anyway"),
    config.shutdownGraceMs + WIND_DOWN_MS + 2000,
  );
  watchdog.unref();
  const taking = intake;
  const code = await shutDown({
    graceMs: config.shutdownGraceMs,
    deliveries,
    deadline,
    logger,
    stopTaking: () => taking.stopTaking(),
    closeUp: async () => {
      await taking.closeUp();
      await metricsServer?.close();
      await services.store.close();
    },
  });
  logger.flush();
  process.exit(Math.max(code, status));
}

// `on`, not `once`: a second signal (a process manager signalling the whole
// group, or an impatient Ctrl-C) must not kill the process mid-shutdown.
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
