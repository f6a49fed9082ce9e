import type { ConversationData, ConversationFlavor, VersionedState } from "@grammyjs/conversations";
import type { Context, SessionFlavor } from "grammy";
import type { I18n, TFunction } from "../i18n/i18n.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Lang } from "../knowledge/lang.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/types.js";

/** What the bot keeps per user (sessions are keyed by user: inline queries have no chat). */
export interface SessionData {
  /** The user's choice from /language; asking in a language never changes it. */
  language?: Lang;
  /** After a 👎: the "what was wrong?" prompt whose reply is the user's comment. */
  feedbackPrompt?: { chatId: number; messageId: number; fact?: string; lang: Lang };
  /** A running quiz: the state of @grammyjs/conversations, kept here rather than under a key of its own. */
  conversation?: VersionedState<ConversationData>;
}

/** Shared services every handler may use; set once per update by the bot factory. */
export interface BotServices {
  knowledge: Knowledge;
  i18n: I18n;
  store: Store;
}

interface BotExtras {
  /** This update's logger: a child with update_id and chat type. */
  logger: Logger;
  /** The language of this update's reply, picked by the one rule. */
  lang: Lang;
  /** Translation function fixed to `lang`. */
  t: TFunction;
  services: BotServices;
  /** The feature that handled the update, for the log line. */
  handledBy?: string;
}

export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & BotExtras>;
