import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import {
  Bot,
  type BotConfig,
  type BotError,
  Composer,
  GrammyError,
  session,
  type Transformer,
} from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Config } from "../config.js";
import type { I18n } from "../i18n/i18n.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Logger } from "../logger.js";
import { StoreUnavailableError } from "../store/resilient.js";
import type { Store } from "../store/types.js";
import { isCommand } from "./commands.js";
import type { BotContext, SessionData } from "./context.js";
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
import { type FeatureList, features } from "./middlewares/feature.js";
import { handleEachUpdateOnce } from "./middlewares/once.js";
import { rateLimit } from "./middlewares/rate-limit.js";
import { replyLanguage } from "./middlewares/reply-language.js";
import { updateLogger } from "./middlewares/update-logger.js";
import { userKey } from "./session-key.js";
import { splitLongMessages } from "./split-long-messages.js";

export interface BotDeps {
  logger: Logger;
  store: Store;
  knowledge: Knowledge;
  i18n: I18n;
  /** Preset bot info: the local chat and tests skip getMe. */
  botInfo?: UserFromGetMe;
  /** API transformers, e.g. auto-retry. */
  apiTransformers?: Transformer[];
  /** Called with every update before anything else handles it (polling confirms the last one on shutdown). */
  onUpdate?: (update: Update) => void;
  /** The Bot API client's fetch: the local chat and the tests pass a fake Telegram. */
  apiFetch?: typeof fetch;
}

/** Token used when there is none: only valid with a transformer that answers every call. */
const OFFLINE_TOKEN = "0:offline";

/**
 * The one way to build the bot, for long polling, webhooks, the local chat and
 * the tests alike. It composes every middleware and feature in order.
 */
export function createBot(config: Config, deps: BotDeps): Bot<BotContext> {
  const { logger, store, knowledge, i18n } = deps;
  const botConfig: BotConfig<BotContext> = {
    client: { apiRoot: config.botApiRoot, ...(deps.apiFetch ? { fetch: deps.apiFetch } : {}) },
  };
  if (deps.botInfo) botConfig.botInfo = deps.botInfo;
  const bot = new Bot<BotContext>(config.botToken ?? OFFLINE_TOKEN, botConfig);
  // splitLongMessages last, so it runs first: every other transformer sees messages that fit.
  const transformers = [...(deps.apiTransformers ?? []), splitLongMessages];
  for (const transformer of transformers) bot.api.config.use(transformer);

  // One user's updates run in order (the runner processes updates
  // concurrently); keyed like the sessions so no session write is lost.
  if (deps.onUpdate) {
    const onUpdate = deps.onUpdate;
    bot.use(async (ctx, next) => {
      onUpdate(ctx.update);
      await next();
    });
  }
  bot.use(sequentialize(userKey));
  bot.use(updateLogger(logger));
  bot.use(handleEachUpdateOnce(store));
  bot.use(async (ctx, next) => {
    ctx.services = { knowledge, i18n, store };
    await next();
  });

  // Everything after this point runs inside the boundary: a failing handler
  // is logged and the user told, and the update still counts as handled.
  /** Users told, per outage, that a change could not be saved. */
  const toldUnsaved = new Map<number, number>();
  const onError = async (error: BotError<BotContext>) => {
    const ctx = error.ctx;
    // The shared store is away: the answer went out, the change was not saved. Say so once per outage.
    if (error.error instanceof StoreUnavailableError) {
      const user = ctx.from?.id;
      if (user !== undefined && toldUnsaved.get(user) !== error.error.outage && ctx.t) {
        toldUnsaved.set(user, error.error.outage);
        await ctx.reply(ctx.t("errors.notSaved")).catch(() => {});
      }
      return;
    }
    // A user who blocked the bot (403) cannot be told anything: note it and move on.
    if (error.error instanceof GrammyError && error.error.error_code === 403) {
      ctx.logger.warn(
        { description: error.error.description },
        "user unreachable (blocked the bot?)",
      );
      return;
    }
    ctx.logger.error({ err: error.error, handler: ctx.handledBy }, "handler failed");
    if (ctx.chat && ctx.t) {
      await ctx.reply(ctx.t("errors.generic")).catch((replyError: unknown) => {
        ctx.logger.warn({ err: replyError }, "could not tell the user about the failure");
      });
    }
  };
  // The outer boundary catches what the session itself throws (a write the store refused).
  const withSession = bot.errorBoundary(onError);
  withSession.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      getSessionKey: userKey,
      storage: store.adapter<SessionData>("session"),
    }),
  );
  // The inner one catches the handlers' errors before they pass the session,
  // so the session is still saved: a quiz step that failed has already ended
  // its conversation, and that end must be stored or the chat stays locked.
  const guarded = withSession.errorBoundary(onError);

  // Messages sent through the bot's own inline mode are answers it gave, not
  // requests: no feature sees them.
  guarded.use(async (ctx, next) => {
    if (ctx.message?.via_bot?.id !== ctx.me.id) await next();
  });
  guarded.use(replyLanguage);
  guarded.use(rateLimit(store));
  // A running quiz is kept inside the user's session: one store read per
  // update instead of two, and one write when either changes.
  const quizState = conversations<BotContext, BotContext>({
    storage: {
      type: "context",
      adapter: {
        read: (ctx) => (ctx.from ? ctx.session.conversation : undefined),
        write: (ctx, state) => {
          if (ctx.from) ctx.session.conversation = state;
        },
        delete: (ctx) => {
          if (ctx.from) delete ctx.session.conversation;
        },
      },
    },
  });
  const otherFeatures: FeatureList = [
    // Before ask: a reply to the "what was wrong?" prompt is a comment, not a question.
    ["feedback", feedbackFeature()],
    // Questions are most of the traffic, so ask comes early; the features
    // after it take only commands, buttons, inline queries and membership
    // changes, none of which ask takes (it leaves commands other than /ask alone).
    ["ask", askFeature()],
    ["start", startFeature()],
    ["help", helpFeature()],
    ["language", languageFeature()],
    ["areas", areasFeature()],
    ["quotes", quotesFeature()],
    ["article", articleFeature()],
    ["group-welcome", groupWelcomeFeature()],
    ["inline", inlineFeature()],
    ["fallback", fallbackFeature()],
  ];
  const withQuiz = new Composer<BotContext>(
    quizState,
    // The quiz first: while one runs, its answers and /cancel must reach it.
    features([["quiz", quizFeature({ knowledge, i18n, store }, transformers)], ...otherFeatures]),
  ).middleware();
  const withoutQuiz = features(otherFeatures);
  // A quiz is either running (its state is in the session) or started or
  // cancelled by a command (/quiz, /cancel, /start quiz). Every other update,
  // nearly all of them questions, skips the conversations plugin and the
  // quiz: they would only have found no quiz, at a cost on every update.
  guarded.use((ctx, next) => (mayConcernQuiz(ctx) ? withQuiz : withoutQuiz)(ctx, next));

  bot.catch((error) => {
    logger.error({ err: error.error, update_id: error.ctx.update.update_id }, "update failed");
  });
  return bot;
}

function mayConcernQuiz(ctx: BotContext): boolean {
  return (ctx.from !== undefined && ctx.session.conversation !== undefined) || isCommand(ctx.msg);
}
