import { Composer, type Filter } from "grammy";
import { type FeedbackRecord, recordFeedback } from "../../feedback/records.js";
import type { Lang } from "../../knowledge/languages.js";
import { type ButtonContext, onButton } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { FEEDBACK_ACTION, NO_FACT } from "../keyboards/answer.js";

/**
 * 👍 / 👎 under every answer. A 👍 is recorded and thanked. A 👎 in a chat asks
 * what was wrong with a force-reply prompt (a reply to the bot reaches it in
 * groups even under privacy mode), and the reply is stored as the comment.
 * A 👎 on a message sent through inline mode, or in a channel, has nobody to
 * ask: it is recorded without a follow-up. Nothing stored names the user.
 * The button is answered first; recording comes after and never blocks it.
 */
export const feedbackFeature = new Composer<BotContext>();

interface Vote {
  vote: "up" | "down";
  fact?: string;
}

onButton(
  feedbackFeature,
  FEEDBACK_ACTION,
  ([vote, factArg], ctx): Vote | undefined => {
    const fact = factArg && factArg !== NO_FACT ? factArg : undefined;
    if (vote !== "up" && vote !== "down") return undefined;
    if (fact && !ctx.services.knowledge.content.factById.has(fact)) return undefined;
    return fact ? { vote, fact } : { vote };
  },
  async (ctx, vote, lang) => {
    const message = ctx.callbackQuery.message;
    const canAsk = message !== undefined && message.chat.type !== "channel";
    const t = ctx.services.i18n.t(lang);
    if (vote.vote === "down" && canAsk) {
      await ctx.answerCallbackQuery();
      await askWhatWasWrong(ctx, message.message_id, vote, lang);
    } else {
      await ctx.answerCallbackQuery({ text: t("feedback.thanks") });
    }
    await record(ctx, { ...vote, lang, via: message ? "chat" : "inline" });
  },
);

async function askWhatWasWrong(ctx: ButtonContext, messageId: number, vote: Vote, lang: Lang) {
  const t = ctx.services.i18n.t(lang);
  const prompt = await ctx.reply(t("feedback.whatWrong"), {
    reply_markup: {
      force_reply: true,
      selective: true,
      input_field_placeholder: t("feedback.placeholder"),
    },
    reply_parameters: { message_id: messageId, allow_sending_without_reply: true },
  });
  ctx.session.feedbackPrompt = {
    chatId: prompt.chat.id,
    messageId: prompt.message_id,
    lang,
    ...(vote.fact ? { fact: vote.fact } : {}),
  };
}

type TextContext = Filter<BotContext, "message:text">;

/**
 * A reply to this user's "what was wrong?" prompt. Only a reply to one of the
 * bot's messages can be one: other messages leave the session untouched, so
 * grammY has nothing to write back for them.
 */
function repliesToPrompt(ctx: TextContext): boolean {
  if (ctx.msg.reply_to_message?.from?.id !== ctx.me.id) return false;
  const prompt = ctx.from ? ctx.session.feedbackPrompt : undefined;
  return (
    prompt !== undefined &&
    prompt.chatId === ctx.chat.id &&
    ctx.msg.reply_to_message?.message_id === prompt.messageId
  );
}

feedbackFeature.on("message:text").filter(repliesToPrompt, async (ctx) => {
  const prompt = ctx.session.feedbackPrompt;
  if (!prompt) return;
  delete ctx.session.feedbackPrompt;
  await ctx.reply(ctx.services.i18n.t(prompt.lang)("feedback.thanksComment"), {
    reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
  });
  await record(ctx, {
    vote: "down",
    comment: ctx.msg.text.trim().slice(0, 1000),
    lang: prompt.lang,
    via: "chat",
    ...(prompt.fact ? { fact: prompt.fact } : {}),
  });
});

/** Records feedback after the user has been answered; a failure is only logged. */
async function record(ctx: BotContext, feedback: Omit<FeedbackRecord, "at">): Promise<void> {
  await recordFeedback(ctx.services.store, feedback).catch((error: unknown) =>
    ctx.logger.warn({ err: error }, "could not record feedback"),
  );
}
