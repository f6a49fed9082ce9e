import { Composer, type Filter } from "grammy";
import { recordUnanswered } from "../../feedback/records.js";
import type { Fact } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { onButton } from "../callback-data.js";
import { isCommand } from "../commands.js";
import type { BotContext } from "../context.js";
import { previousTurn, rememberTurn } from "../follow-up-context.js";
import { ASK_FACT_ACTION, answerKeyboard } from "../keyboards/answer.js";
import { composeReply, factReply, type Reply } from "../views/answer.js";

/**
 * Free questions: any text in a private chat; in groups only when the bot is
 * addressed (a reply to it, an @mention, or /ask). /ask works everywhere.
 * A button under an answer asks for the fact it names.
 */
export const askFeature = new Composer<BotContext>();

askFeature.command("ask", async (ctx) => {
  const question = ctx.match.trim();
  if (!question) {
    await ctx.reply(ctx.t("ask.usage"), { parse_mode: "HTML", ...replyTo(ctx) });
    return;
  }
  await answerQuestion(ctx, question);
});

const text = askFeature.on("message:text").drop((ctx) => isCommand(ctx.msg));
text.chatType("private").use((ctx) => answerQuestion(ctx, ctx.msg.text));
text.filter(addressesBot, (ctx) => answerQuestion(ctx, withoutMention(ctx)));

onButton(
  askFeature,
  ASK_FACT_ACTION,
  ([id], ctx) => ctx.services.knowledge.content.factById.get(id ?? ""),
  async (ctx, fact: Fact, lang) => {
    await ctx.answerCallbackQuery();
    const t = ctx.services.i18n.t(lang);
    const previous = await previousTurn(ctx);
    await sendReply(ctx, factReply(ctx.services.knowledge.content, fact, lang, t), lang, fact.id);
    // The fact asked for is now what a follow-up ("and when?", "tell me more") builds on.
    await rememberTurn(ctx, {
      question: fact.title[lang],
      shown: [...(previous?.shown ?? []), fact.id],
      answered: [...(previous?.answered ?? []), fact.id],
    });
  },
);

async function answerQuestion(ctx: BotContext, question: string): Promise<void> {
  const { knowledge, store } = ctx.services;
  const previous = await previousTurn(ctx);
  const answer = knowledge.answer(question, ctx.lang, previous);
  ctx.logger.debug(
    { kind: answer.kind, fact: answer.fact?.id, confidence: answer.confidence, lang: answer.lang },
    "answered",
  );
  await sendReply(ctx, composeReply(knowledge.content, answer, ctx.t), ctx.lang, answer.fact?.id);
  // What was understood (answered, or known not to be in the sources) is what a follow-up builds on.
  if (answer.asked && (answer.kind === "fact" || answer.kind === "gap")) {
    const facts = [answer.fact, ...(answer.parts ?? [])].flatMap((fact) => (fact ? [fact.id] : []));
    // A follow-up goes on with the thread it follows; a question of its own starts one.
    // What "tell me more" gave is shown, but more is drawn from what answered questions.
    const thread = answer.followsUp ? previous : undefined;
    const more = answer.followsUp === "more";
    await rememberTurn(ctx, {
      question: answer.asked,
      shown: [...(thread?.shown ?? []), ...facts],
      answered: [...(thread?.answered ?? []), ...(more ? [] : facts)],
    });
  }
  if (answer.kind === "none" && answer.reason === "out-of-scope") {
    // For curators (`npm run report`): the question only, no user id or name.
    // After the reply, and never in its way: a record that fails is only logged.
    await recordUnanswered(store, { question, lang: ctx.lang, reason: answer.reason }).catch(
      (error: unknown) =>
        ctx.logger.warn({ err: error }, "could not record an unanswered question"),
    );
  }
}

async function sendReply(ctx: BotContext, reply: Reply, lang: Lang, factId?: string) {
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
