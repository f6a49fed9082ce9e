import type { Bot } from "grammy";
import { setCommandMenus } from "../bot/commands.js";
import type { BotContext } from "../bot/context.js";
import type { I18n } from "../i18n/i18n.js";
import type { Logger } from "../logger.js";

/** How long start-up keeps trying to reach the Bot API before it gives up (exit 1). */
export const STARTUP_TIMEOUT_MS = 15_000;

/**
 * getMe, retried (grammY and auto-retry) for at most STARTUP_TIMEOUT_MS;
 * throws with a message saying what to check. Then the command menus, which
 * the bot can do without: a failure is only logged.
 */
export async function connectToTelegram(
  bot: Bot<BotContext>,
  { i18n, apiRoot, logger }: { i18n: I18n; apiRoot: string; logger: Logger },
): Promise<void> {
  logger.info({ api_root: apiRoot }, "connecting to the Bot API");
  const signal = AbortSignal.timeout(STARTUP_TIMEOUT_MS);
  try {
    await bot.init(signal as unknown as Parameters<typeof bot.init>[0]);
  } catch (error) {
    const message = signal.aborted
      ? `cannot reach the Bot API at ${apiRoot} (no answer to getMe within ${STARTUP_TIMEOUT_MS / 1000} s): check BOT_API_ROOT and the network`
      : "getMe failed: check BOT_TOKEN and BOT_API_ROOT";
    throw new Error(message, { cause: error });
  }
  try {
    await Promise.race([setCommandMenus(bot.api, i18n), rejectAfter(STARTUP_TIMEOUT_MS)]);
  } catch (error) {
    logger.warn({ err: error }, "could not set the command menus; continuing without them");
  }
}

function rejectAfter(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref();
  });
}
