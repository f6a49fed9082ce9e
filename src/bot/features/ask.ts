import type { Composer, Filter } from "grammy";
import { recordUnanswered } from "../../feedback/records.js";
import { composeReply, factReply, type Reply } from "../../knowledge/compose/answer-reply.js";
import type { Lang } from "../../knowledge/lang.js";
import { callbackPattern, decodeCallback } from "../callback-data.js";
import { isCommand } from "../commands.js";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { ASK_FACT_ACTION, answerKeyboard } from "../keyboards/answer.js";

/**
 * Free questions: any text in a private chat; in groups only when the bot is
 * addressed (a reply to it, an @mention, or /ask). /ask works everywhere.
 */
export function askFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();

  composer.command("ask", async (ctx) => {
    const question = ctx.match.trim();
    if (!question) {
      await ctx.reply(ctx.t("ask.usage"), { parse_mode: "HTML", ...replyTo(ctx) });
      return;
    }
    await answerQuestion(ctx, question);
  });

  const text = composer.on("message:text").filter((ctx) => !isCommand(ctx.msg));
  text.filter(
    (ctx) => ctx.chat.type === "private",
    (ctx) => answerQuestion(ctx, ctx.msg.text),
  );
  text.filter(addressesBot, (ctx) => answerQuestion(ctx, withoutMention(ctx)));

  composer.callbackQuery(callbackPattern(ASK_FACT_ACTION), async (ctx) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    const fact = data && ctx.services.knowledge.content.factById.get(data.args[0] ?? "");
    if (!data || !fact) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
      return;
    }
    await ctx.answerCallbackQuery();
    await sendReply(
      ctx,
      factReply(ctx.services.knowledge.content, fact, data.lang, ctx.t),
      data.lang,
      fact.id,
    );
  });

  return composer;
}

async function answerQuestion(ctx: BotContext, question: string): Promise<void> {
  const { knowledge } = ctx.services;
  const answer = knowledge.answer(question, { preferredLang: ctx.lang });
  ctx.logger.debug(
    { kind: answer.kind, fact: answer.fact?.id, confidence: answer.confidence, lang: answer.lang },
    "answered",
  );
  if (answer.kind === "none" && answer.reason === "out-of-scope") {
    // For curators (`npm run report`): the question only, no user id or name.
    await recordUnanswered(ctx.services.store, {
      question,
      lang: answer.lang,
      reason: answer.reason,
    });
  }
  await sendReply(
    ctx,
    composeReply(knowledge.content, answer, ctx.t),
    answer.lang,
    answer.fact?.id,
  );
}

async function sendReply(
  ctx: BotContext,
  reply: Reply,
  lang: Lang,
  factId: string | undefined,
): Promise<void> {
  await ctx.reply(reply.html, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: answerKeyboard(reply, lang, factId),
    ...replyTo(ctx),
  });
}

/** In groups an answer replies to its question (which also keeps it in the forum topic). */
function replyTo(ctx: BotContext) {
  const message = ctx.message;
  if (!message || ctx.chat?.type === "private") return {};
  return {
    reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
  };
}

type TextContext = Filter<BotContext, "message:text">;

function addressesBot(ctx: TextContext): boolean {
  if (ctx.msg.reply_to_message?.from?.id === ctx.me.id) return true;
  return mentionsOf(ctx).length > 0;
}

function mentionsOf(ctx: TextContext) {
  const username = `@${ctx.me.username}`.toLowerCase();
  return (ctx.msg.entities ?? []).filter(
    (entity) =>
      entity.type === "mention" &&
      ctx.msg.text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === username,
  );
}

/** The question without the @mention that addressed it. */
function withoutMention(ctx: TextContext): string {
  let text = ctx.msg.text;
  for (const entity of [...mentionsOf(ctx)].reverse()) {
    text = `${text.slice(0, entity.offset)} ${text.slice(entity.offset + entity.length)}`;
  }
  return text.trim();
}
