import type { PreviousTurn } from "../knowledge/knowledge.js";
import type { BotContext } from "./context.js";
import { senderKey } from "./identity.js";

/** How long a chat's last answered turn stays something to follow up on. */
export const FOLLOW_UP_MINUTES = 15;
const FOLLOW_UP_MS = FOLLOW_UP_MINUTES * 60_000;

/** A chat's last answered turn, as the user's context keeps it. */
interface ChatTurn extends Omit<PreviousTurn, "answered"> {
  /** Missing in contexts kept before "answered" was (they expire within minutes). */
  answered?: readonly string[];
  /** When it was answered (ms). */
  at: number;
}

/** A user's context: the last turn in each chat, by chat id. */
type FollowUpContext = Record<string, ChatTurn>;

/**
 * What a follow-up builds on: per user (the sender, as sessions are keyed)
 * and chat, in the store under its own namespace beside the session. It is
 * kept apart from the session on purpose: reading and writing it is best
 * effort, so while a shared store is away questions are answered as if
 * asked alone, and the user is not told that a setting could not be saved
 * when they changed none. Inline queries have no chat, hence no context.
 */
const NAMESPACE = "context";

function keyOf(ctx: BotContext): string | undefined {
  return ctx.chat ? senderKey(ctx) : undefined;
}

/** The turn before in this chat, unless it is older than FOLLOW_UP_MINUTES. */
export async function previousTurn(ctx: BotContext): Promise<PreviousTurn | undefined> {
  const key = keyOf(ctx);
  if (key === undefined || !ctx.chat) return undefined;
  const context = await read(ctx, key);
  const turn = context?.[String(ctx.chat.id)];
  if (!turn || ctx.services.now() - turn.at > FOLLOW_UP_MS) return undefined;
  return { question: turn.question, shown: turn.shown, answered: turn.answered ?? turn.shown };
}

/** Keeps this chat's turn, drops every chat's expired one. */
export async function rememberTurn(ctx: BotContext, turn: PreviousTurn): Promise<void> {
  const key = keyOf(ctx);
  if (key === undefined || !ctx.chat) return;
  const now = ctx.services.now();
  const kept = Object.entries((await read(ctx, key)) ?? {}).filter(
    ([, other]) => now - other.at <= FOLLOW_UP_MS,
  );
  const context: FollowUpContext = Object.fromEntries(kept);
  context[String(ctx.chat.id)] = {
    question: turn.question,
    shown: turn.shown.slice(-MAX_SHOWN),
    answered: turn.answered.slice(-MAX_SHOWN),
    at: now,
  };
  try {
    await adapter(ctx).write(key, context);
  } catch (error) {
    ctx.logger.debug({ err: error }, "could not keep the follow-up context");
  }
}

/** Facts remembered as shown per chat: "tell me more" needs no longer a memory. */
const MAX_SHOWN = 20;

function adapter(ctx: BotContext) {
  return ctx.services.store.adapter<FollowUpContext>(NAMESPACE, {
    // The store forgets a user's context once every turn in it has expired.
    ttlSeconds: FOLLOW_UP_MINUTES * 60,
  });
}

async function read(ctx: BotContext, key: string): Promise<FollowUpContext | undefined> {
  try {
    return await adapter(ctx).read(key);
  } catch (error) {
    ctx.logger.debug({ err: error }, "could not read the follow-up context");
    return undefined;
  }
}
