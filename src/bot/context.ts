import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context, SessionFlavor } from "grammy";
import type { I18n, TFunction } from "../i18n/i18n.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Lang } from "../knowledge/languages.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/types.js";
import type { UpdateOutcome } from "./outcome.js";

/** What the bot keeps per sender (see identity.ts: a user, or the chat an anonymous admin speaks for). */
export interface SessionData {
  /** The user's choice from /language; asking in a language never changes it. */
  language?: Lang;
  /** After a 👎: the "what was wrong?" prompt whose reply is the user's comment. */
  feedbackPrompt?: { chatId: number; messageId: number; fact?: string; lang: Lang };
}

/** Shared services every handler may use; set once per update by the bot factory. */
export interface BotServices {
  knowledge: Knowledge;
  i18n: I18n;
  store: Store;
  /** The time in ms (Date.now): follow-ups expire by it; the evaluation passes a clock it moves. */
  now: () => number;
}

/** Set by the services middleware. */
export interface ServicesFlavor {
  services: BotServices;
}

/** Set by the update logger: this update's logger, a child carrying its update_id and chat type. */
export interface LoggerFlavor {
  logger: Logger;
}

/** Set by the i18n middleware: the one reply language of this update and `t` fixed to it. */
export interface LanguageFlavor {
  lang: Lang;
  t: TFunction;
}

/** Set by the update metrics middleware to "handled"; the error handler and the handled-once claim change it. */
export interface OutcomeFlavor {
  outcome: UpdateOutcome;
}

export type BotContext = ConversationFlavor<
  Context &
    SessionFlavor<SessionData> &
    ServicesFlavor &
    LoggerFlavor &
    LanguageFlavor &
    OutcomeFlavor
>;
