import { type Conversation, createConversation } from "@grammyjs/conversations";
import { type Composer, type Context, InlineKeyboard, type Transformer } from "grammy";
import { sourceLine } from "../../knowledge/compose/sources.js";
import type { QuizItem } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/lang.js";
import { escapeHtml } from "../../knowledge/text/html.js";
import { decodeCallback, encodeCallback } from "../callback-data.js";
import type { BotContext, BotServices } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";

export const QUIZ_ID = "quiz";
export const QUIZ_ACTION = "qz";
export const QUIZ_LENGTH = 5;

/** Inside a conversation the context is rebuilt from the update: it gets the services again as a plugin. */
type QuizContext = Context & { services: BotServices };
type QuizConversation = Conversation<BotContext, QuizContext>;

/**
 * /quiz: five multiple-choice questions drawn from the content's quiz items,
 * as a conversation (@grammyjs/conversations v2) kept in the bot's store, so
 * it survives a restart; its random draws are replayed, so the same questions
 * come back. Feedback with the source after each answer, the score at the
 * end. /cancel leaves at any point; anything else mid-quiz gets a hint. In a
 * group it offers a button to take it in a private chat.
 */
export function quizFeature(
  services: BotServices,
  transformers: Transformer[],
): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();

  // Before the conversation, so /cancel reaches us even while a quiz waits for an answer.
  composer.command("cancel", async (ctx) => {
    if (ctx.conversation.active(QUIZ_ID) > 0) {
      await ctx.conversation.exit(QUIZ_ID);
      await ctx.reply(ctx.t("quiz.cancelled"));
    } else {
      await ctx.reply(ctx.t("quiz.nothingToCancel"));
    }
  });

  composer.use(
    createConversation<BotContext, QuizContext>(runQuiz, {
      id: QUIZ_ID,
      // A conversation builds its own Api and context for each update: the
      // bot's API transformers (auto-retry, message splitting, the local
      // chat's fake Telegram) and services must be installed on them again.
      plugins: [
        async (ctx, next) => {
          for (const transformer of transformers) ctx.api.config.use(transformer);
          ctx.services = services;
          await next();
        },
      ],
    }),
  );
  composer.command("quiz", startQuiz);
  return composer;
}

/** /quiz and the `quiz` deep link: in a private chat the quiz starts; in a group, a button leads there. */
export async function startQuiz(ctx: BotContext): Promise<void> {
  if (ctx.chat?.type !== "private") {
    const link = `https://t.me/${ctx.me.username}?start=${QUIZ_ID}`;
    await ctx.reply(ctx.t("quiz.inGroup"), {
      reply_markup: new InlineKeyboard().url(ctx.t("quiz.openPrivate"), link),
    });
    return;
  }
  if (ctx.conversation.active(QUIZ_ID) > 0) await ctx.conversation.exit(QUIZ_ID);
  await ctx.conversation.enter(QUIZ_ID, ctx.lang);
}

async function runQuiz(
  conversation: QuizConversation,
  ctx: QuizContext,
  lang: Lang,
): Promise<void> {
  const { content } = ctx.services.knowledge;
  const t = ctx.services.i18n.t(lang);
  const items = await draw(conversation, content.quiz, QUIZ_LENGTH);
  await ctx.reply(t("quiz.intro"));
  let score = 0;
  for (const [round, item] of items.entries()) {
    const options = await shuffle(conversation, [item.right[lang], ...item.wrong[lang]]);
    const keyboard = new InlineKeyboard();
    options.forEach((option, i) => {
      keyboard.text(option, encodeCallback(QUIZ_ACTION, lang, String(round), String(i))).row();
    });
    const question = `${t("quiz.question", { n: round + 1, total: items.length })}\n\n${escapeHtml(item.question[lang])}`;
    await ctx.reply(question, { parse_mode: "HTML", reply_markup: keyboard });

    const { choice, pressed } = await waitForChoice(conversation, round, lang, t);
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
        "",
        fact ? sourceLine(content, fact.sources, lang, t) : "",
      ].join("\n"),
      { parse_mode: "HTML", link_preview_options: { is_disabled: true } },
    );
  }
  await ctx.reply(t("quiz.score", { score, total: items.length }), { parse_mode: "HTML" });
}

/** Waits for a press on this round's buttons; other messages get a hint, old buttons a notice. */
async function waitForChoice(
  conversation: QuizConversation,
  round: number,
  lang: Lang,
  t: (key: string) => string,
): Promise<{ choice: number; pressed: QuizContext }> {
  for (;;) {
    const pressed = await conversation.waitForCallbackQuery(new RegExp(`^${QUIZ_ACTION}\\|`), {
      otherwise: (ctx) => ctx.reply(t("quiz.hint")),
    });
    const data = decodeCallback(pressed.callbackQuery.data);
    const choice = Number(data?.args[1]);
    if (
      data?.lang === lang &&
      Number(data.args[0]) === round &&
      Number.isInteger(choice) &&
      choice >= 0 &&
      choice < 4
    ) {
      await pressed.answerCallbackQuery();
      return { choice, pressed };
    }
    await pressed.answerCallbackQuery({ text: t("errors.staleButton") });
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
