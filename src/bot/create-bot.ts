import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, type Composer, session, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { countAnswers } from "../metrics/count-answers.js";
import { BotMetrics } from "../metrics/metrics.js";
import type { BotContext, BotServices, SessionData } from "./context.js";
import { createErrorHandler } from "./error-handler.js";
import { areasFeature } from "./features/areas.js";
import { articleFeature } from "./features/article.js";
import { askFeature } from "./features/ask.js";
import { fallbackFeature } from "./features/fallback.js";
import { feedbackFeature } from "./features/feedback.js";
import { groupWelcomeFeature } from "./features/group-welcome.js";
import { helpFeature } from "./features/help.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { quizFeature } from "./features/quiz.js";
import { quotesFeature } from "./features/quotes.js";
import { startFeature } from "./features/start.js";
import { senderKey } from "./identity.js";
import { i18nMiddleware } from "./middlewares/i18n.js";
import { ignoreOwnInlineMessages } from "./middlewares/ignore-own-inline-messages.js";
import { handleEachUpdateOnce } from "./middlewares/once.js";
import { rateLimit } from "./middlewares/rate-limit.js";
import { updateLogger } from "./middlewares/update-logger.js";
import { updateMetrics } from "./middlewares/update-metrics.js";
import { splitLongMessages } from "./split-long-messages.js";

export interface BotDeps extends Omit<BotServices, "now"> {
  /** The clock (Date.now when not given). */
  now?: () => number;
  logger: Logger;
  /** Preset bot info: the local chat and tests skip getMe. */
  botInfo?: UserFromGetMe;
  /** API transformers, e.g. auto-retry. */
  apiTransformers?: Transformer[];
  /** Where the bot counts what it does (GET /metrics); a private one when not given. */
  metrics?: BotMetrics;
  /** Aborts when the shutdown grace runs out: updates still in flight are abandoned. */
  deadline?: AbortSignal;
  /** The Bot API client's fetch: the local chat and the tests pass a fake Telegram. */
  apiFetch?: typeof fetch;
}

/** Token used when there is none: only valid with a fake Telegram that answers every call. */
const OFFLINE_TOKEN = "0:offline";

/**
 * The one way to build the bot, for long polling, webhooks, the local chat and
 * the tests alike: the middlewares every update passes, then the features in
 * the order they are offered an update.
 */
export function createBot(config: Config, deps: BotDeps): Bot<BotContext> {
  const { logger, store, i18n } = deps;
  const metrics = deps.metrics ?? new BotMetrics();
  const deadline = deps.deadline ?? new AbortController().signal;
  const services: BotServices = {
    knowledge: countAnswers(deps.knowledge, metrics),
    i18n,
    store,
    now: deps.now ?? Date.now,
  };
  const bot = new Bot<BotContext>(config.botToken ?? OFFLINE_TOKEN, botConfig(config, deps));
  // splitLongMessages last, so it runs first: every other transformer sees messages that fit.
  const transformers = [...(deps.apiTransformers ?? []), splitLongMessages];
  for (const transformer of transformers) bot.api.config.use(transformer);

  // One sender's updates run in order (the runner runs updates concurrently),
  // keyed like the sessions so no session write is lost.
  bot.use(sequentialize(senderKey));
  bot.use(updateLogger(logger));
  bot.use(updateMetrics(metrics));
  bot.use(handleEachUpdateOnce(store, deadline));
  bot.use((ctx, next) => {
    ctx.services = services;
    return next();
  });

  const onError = createErrorHandler(deadline);
  // The outer boundary catches what the session itself throws (a write the store refused).
  const withSession = bot.errorBoundary(onError);
  withSession.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      getSessionKey: senderKey,
      storage: store.adapter<SessionData>("session"),
    }),
  );
  // The inner one catches the handlers' errors before they pass the session,
  // so what a handler changed before it failed is still saved.
  const guarded = withSession.errorBoundary(onError);
  guarded.use(ignoreOwnInlineMessages, i18nMiddleware, rateLimit(store));
  for (const feature of features(services, transformers)) guarded.use(feature);

  bot.catch((error) => {
    logger.error({ err: error.error, update_id: error.ctx.update.update_id }, "update failed");
  });
  return bot;
}

function botConfig(config: Config, deps: BotDeps): BotConfig<BotContext> {
  return {
    client: { apiRoot: config.botApiRoot, ...(deps.apiFetch ? { fetch: deps.apiFetch } : {}) },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  };
}

/** Every feature, in the order it is offered an update; the first that handles it ends the update. */
function features(services: BotServices, transformers: Transformer[]): Composer<BotContext>[] {
  return [
    // The quiz first: while one runs, its answers and /cancel must reach it.
    quizFeature(services, transformers),
    // Before ask: a reply to the "what was wrong?" prompt is a comment, not a question.
    feedbackFeature,
    askFeature,
    startFeature,
    helpFeature,
    languageFeature,
    areasFeature,
    quotesFeature,
    articleFeature,
    groupWelcomeFeature,
    inlineFeature,
    fallbackFeature,
  ];
}
