import type { Bot } from "grammy";
import { ALLOWED_UPDATES } from "../bot/allowed-updates.js";
import type { BotContext } from "../bot/context.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { HealthChecks } from "../server/health.js";
import { startWebhookServer } from "../server/webhook.js";
import type { Deliveries } from "./deliveries.js";
import { startPolling } from "./polling.js";
import { STARTUP_TIMEOUT_MS } from "./startup.js";

/** How updates come in: long polling or a webhook server. */
export interface Intake {
  /** Rejects when taking updates fails for good (polling: 401, 409). */
  readonly failed: Promise<void>;
  /** Updates are coming in (for /readyz). */
  healthy(): boolean;
  /** Stop taking updates; those in flight go on. */
  stopTaking(): void;
  /** After the updates in flight: confirm to Telegram what was handled, close the server. */
  closeUp(): Promise<void>;
}

interface IntakeOptions {
  bot: Bot<BotContext>;
  deliveries: Deliveries;
  logger: Logger;
}

export function pollingIntake({ bot, deliveries, logger }: IntakeOptions): Intake {
  const polling = startPolling(bot, deliveries, logger);
  return {
    failed: polling.done,
    healthy: polling.healthy,
    stopTaking: polling.stop,
    closeUp: polling.confirm,
  };
}

/** The webhook server on HOST:PORT, then setWebhook; throws when Telegram refuses the URL. */
export async function webhookIntake(
  webhook: NonNullable<Config["webhook"]>,
  { bot, deliveries, logger, ...checks }: IntakeOptions & HealthChecks,
): Promise<Intake & { port: number }> {
  const server = await startWebhookServer({
    deliveries,
    path: new URL(webhook.url).pathname,
    secret: webhook.secret,
    host: webhook.host,
    port: webhook.port,
    logger,
    ...checks,
  });
  try {
    await bot.api.setWebhook(
      webhook.url,
      { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] },
      AbortSignal.timeout(STARTUP_TIMEOUT_MS) as never,
    );
  } catch (error) {
    await server.close();
    throw new Error("setWebhook failed: check WEBHOOK_URL", { cause: error });
  }
  return {
    port: server.port,
    failed: new Promise(() => {}),
    healthy: () => true,
    stopTaking: () => server.stopAccepting(),
    closeUp: () => server.close(),
  };
}
