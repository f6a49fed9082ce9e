import type { Config } from "./config.js";
import { createI18n, type I18n } from "./i18n/i18n.js";
import { type Knowledge, loadKnowledge } from "./knowledge/knowledge.js";
import type { Logger } from "./logger.js";
import { BotMetrics } from "./metrics/metrics.js";
import { openStore } from "./store/open.js";
import { resilientStore } from "./store/resilient.js";
import type { Store } from "./store/types.js";

/** What every entry point opens before it builds the bot. */
export interface AppServices {
  knowledge: Knowledge;
  i18n: I18n;
  store: Store;
}

/**
 * Loads the content (refusing bad content), the UI strings and the store.
 * Throws with a clear message when any of them cannot be had. Store errors
 * are counted in `metrics`.
 */
export async function openServices(
  config: Config,
  logger: Logger,
  metrics = new BotMetrics(),
): Promise<AppServices> {
  const started = performance.now();
  const knowledge = loadKnowledge(config.contentDir);
  const i18n = createI18n();
  const opened = await openStore(config, {
    onCommitError: (error) => {
      metrics.storeErrors.inc();
      logger.error({ err: error }, "SQLite store: a batch of writes could not be committed");
    },
  });
  // A shared store can go away and come back; the local SQLite file cannot.
  const store =
    opened.kind === "redis"
      ? resilientStore(opened, logger, () => metrics.storeErrors.inc())
      : opened;
  logger.debug(
    {
      facts: knowledge.content.facts.length,
      store: store.kind,
      ms: Math.round(performance.now() - started),
    },
    "services ready",
  );
  return { knowledge, i18n, store };
}
