import type { Composer } from "grammy";
import { recordFeedback } from "../../feedback/records.js";
import { callbackPattern, decodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { FEEDBACK_ACTION, NO_FACT } from "../keyboards/answer.js";

/**
 * 👍 / 👎 under every answer. A 👍 is recorded and thanked. A 👎 in a chat asks
 * what was wrong with a force-reply prompt (a reply to the bot reaches it in
 * groups even under privacy mode), and the reply is stored as the comment.
 * A 👎 on a message sent through inline mode has no chat to ask in: it is
 * recorded without a follow-up. Nothing stored names the user.
 */
export function feedbackFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();

  composer.callbackQuery(callbackPattern(FEEDBACK_ACTION), async (ctx) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    const [vote, factArg] = data?.args ?? [];
    const fact = factArg && factArg !== NO_FACT ? factArg : undefined;
    if (
      !data ||
      (vote !== "up" && vote !== "down") ||
      (fact && !ctx.services.knowledge.content.factById.has(fact))
    ) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
      return;
    }
    const message = ctx.callbackQuery.message;
    const via = message ? "chat" : "inline";
    await recordFeedback(ctx.services.store, {
      vote,
      lang: data.lang,
      via,
      ...(fact ? { fact } : {}),
    });
    if (vote === "up" || !message) {
      await ctx.answerCallbackQuery({ text: ctx.t("feedback.thanks") });
      return;
    }
    await ctx.answerCallbackQuery();
    const prompt = await ctx.reply(ctx.t("feedback.whatWrong"), {
      reply_markup: {
        force_reply: true,
        selective: true,
        input_field_placeholder: ctx.t("feedback.placeholder"),
      },
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
    ctx.session.feedbackPrompt = {
      chatId: prompt.chat.id,
      messageId: prompt.message_id,
      lang: data.lang,
      ...(fact ? { fact } : {}),
    };
  });

  composer.on("message:text").filter(
    (ctx) => {
      const prompt = ctx.from ? ctx.session.feedbackPrompt : undefined;
      return (
        prompt !== undefined &&
        prompt.chatId === ctx.chat.id &&
        ctx.msg.reply_to_message?.message_id === prompt.messageId
      );
    },
    async (ctx) => {
      const prompt = ctx.session.feedbackPrompt;
      if (!prompt) return;
      await recordFeedback(ctx.services.store, {
        vote: "down",
        comment: ctx.msg.text.trim().slice(0, 1000),
        lang: prompt.lang,
        via: "chat",
        ...(prompt.fact ? { fact: prompt.fact } : {}),
      });
      delete ctx.session.feedbackPrompt;
      await ctx.reply(ctx.services.i18n.t(prompt.lang)("feedback.thanksComment"), {
        reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
      });
    },
  );

  return composer;
}
