import { type Conversation, conversations, createConversation } from "@grammyjs/conversations";
import { Composer, type Context, type Transformer } from "grammy";
import type { QuizItem } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { decodeButton } from "../callback-data.js";
import { isCommand } from "../commands.js";
import type { BotContext, BotServices } from "../context.js";
import { privateQuizKeyboard, QUIZ_ACTION, quizKeyboard } from "../keyboards/quiz.js";
import { escapeHtml } from "../views/html.js";
import { sourceLine } from "../views/sources.js";
import type { Translate } from "../views/translate.js";

export const QUIZ_ID = "quiz";
export const QUIZ_LENGTH = 5;

/** Inside a conversation the context is rebuilt from the update: it gets the services again as a plugin. */
type QuizContext = Context & { services: BotServices };
type QuizConversation = Conversation<BotContext, QuizContext>;

/**
 * /quiz: five multiple-choice questions drawn from the content's quiz items,
 * as a conversation (@grammyjs/conversations v2) kept in the bot's store, so
 * it survives a restart; its random draws are replayed, so the same questions
 * come back. Feedback with the source after each answer, the score at the
 * end. /cancel leaves at any point; a text message mid-quiz gets a hint;
 * commands, other buttons and everything else go on to the other features.
 * The quiz lives in the private chat: in a group, /quiz offers a button to
 * take it there, and nothing from a group or inline mode reaches it.
 * Its buttons carry the quiz's own id, so a button from an earlier quiz is
 * never taken as an answer.
 */
export function quizFeature(services: BotServices, transformers: Transformer[]) {
  const feature = new Composer<BotContext>();
  feature.chatType(["group", "supergroup"]).command("quiz", offerPrivateChat);

  const inPrivate = feature.chatType("private").on(["message", "callback_query:data"]);
  // A conversation builds its own Api and context for each update: the bot's
  // API transformers (auto-retry, message splitting) and services are
  // installed on them again.
  const reinstall = async (ctx: QuizContext, next: () => Promise<void>) => {
    for (const transformer of transformers) ctx.api.config.use(transformer);
    ctx.services = services;
    await next();
  };
  // The private chat's id is the user's: the quiz is kept per user.
  inPrivate.use(conversations({ storage: services.store.adapter("quiz") }));
  // Before the conversation, so /cancel reaches us even while a quiz waits for an answer.
  inPrivate.command("cancel", cancelQuiz);
  inPrivate.use(createConversation(runQuiz, { id: QUIZ_ID, plugins: [reinstall] }));
  inPrivate.command("quiz", startQuiz);
  return feature;
}

async function offerPrivateChat(ctx: BotContext): Promise<void> {
  const link = `https://t.me/${ctx.me.username}?start=${QUIZ_ID}`;
  await ctx.reply(ctx.t("quiz.inGroup"), {
    reply_markup: privateQuizKeyboard(ctx.t("quiz.openPrivate"), link),
  });
}

async function cancelQuiz(ctx: BotContext): Promise<void> {
  if (ctx.conversation.active(QUIZ_ID) > 0) {
    await ctx.conversation.exit(QUIZ_ID);
    await ctx.reply(ctx.t("quiz.cancelled"));
  } else {
    await ctx.reply(ctx.t("quiz.nothingToCancel"));
  }
}

/** /quiz and the `quiz` deep link: in a private chat the quiz starts afresh; in a group, a button leads there. */
export async function startQuiz(ctx: BotContext): Promise<void> {
  if (ctx.chat?.type !== "private") return offerPrivateChat(ctx);
  if (ctx.conversation.active(QUIZ_ID) > 0) await ctx.conversation.exit(QUIZ_ID);
  await ctx.conversation.enter(QUIZ_ID, ctx.lang);
}

async function runQuiz(conversation: QuizConversation, ctx: QuizContext, lang: Lang) {
  const { content } = ctx.services.knowledge;
  const t = ctx.services.i18n.t(lang);
  const quizId = (await conversation.random()).toString(36).slice(2, 8);
  const items = await draw(conversation, content.quiz, QUIZ_LENGTH);
  await ctx.reply(t("quiz.intro"));
  let score = 0;
  for (const [round, item] of items.entries()) {
    const options = await shuffle(conversation, [item.right[lang], ...item.wrong[lang]]);
    const keyboard = quizKeyboard(options, lang, quizId, round);
    const question = `${t("quiz.question", { n: round + 1, total: items.length })}\n\n${escapeHtml(item.question[lang])}`;
    await ctx.reply(question, { parse_mode: "HTML", reply_markup: keyboard });

    const { choice, pressed } = await waitForChoice(conversation, quizId, round, options.length, t);
    const answer = options[choice] ?? "";
    const right = answer === item.right[lang];
    if (right) score++;
    const fact = content.factById.get(item.fact);
    // The question's buttons give way to the verdict and where the answer comes from.
    await pressed.editMessageText(
      [
        question,
        "",
        t("quiz.yourAnswer", { answer }),
        right ? t("quiz.right") : t("quiz.wrong", { answer: item.right[lang] }),
        ...(fact ? ["", sourceLine(content, fact.sources, lang, t)] : []),
      ].join("\n"),
      { parse_mode: "HTML", link_preview_options: { is_disabled: true } },
    );
  }
  await ctx.reply(t("quiz.score", { score, total: items.length }), { parse_mode: "HTML" });
}

/**
 * Waits for a press on this round's buttons. Other quiz buttons (an earlier
 * round, an earlier quiz) get the "out of date" notice; a text message gets
 * a hint; anything else is not for the quiz and goes on to the other features.
 */
async function waitForChoice(
  conversation: QuizConversation,
  quizId: string,
  round: number,
  optionCount: number,
  t: Translate,
): Promise<{ choice: number; pressed: QuizContext }> {
  for (;;) {
    const ctx = await conversation.wait();
    const button = decodeButton(ctx.callbackQuery?.data);
    if (button?.action === QUIZ_ACTION) {
      const [id, pressedRound, pressedChoice] = button.args;
      const choice = Number(pressedChoice);
      if (id === quizId && Number(pressedRound) === round && choice >= 0 && choice < optionCount) {
        await ctx.answerCallbackQuery();
        return { choice, pressed: ctx };
      }
      await ctx.answerCallbackQuery({ text: t("errors.staleButton") });
    } else if (ctx.message?.text !== undefined && !isCommand(ctx.message)) {
      await ctx.reply(t("quiz.hint"));
    } else {
      await conversation.skip({ next: true });
    }
  }
}

/** `count` distinct items, drawn with the conversation's replay-safe random numbers. */
async function draw(
  conversation: QuizConversation,
  items: readonly QuizItem[],
  count: number,
): Promise<QuizItem[]> {
  const pool = [...items];
  const drawn: QuizItem[] = [];
  while (drawn.length < count && pool.length > 0) {
    const index = Math.floor((await conversation.random()) * pool.length);
    drawn.push(...pool.splice(index, 1));
  }
  return drawn;
}

async function shuffle<T>(conversation: QuizConversation, values: T[]): Promise<T[]> {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor((await conversation.random()) * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
