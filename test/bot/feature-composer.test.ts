import { Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { FeatureComposer } from "../../src/bot/feature-composer.js";
import { LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";

/** A context for one update, as grammY builds it (no API calls are made here). */
function contextOf(update: Partial<Update>): Context {
  return new Context(
    { update_id: 1, ...update } as Update,
    {} as never,
    LOCAL_BOT_INFO as UserFromGetMe,
  );
}

const message = (
  text: string,
  entities?: { type: "bot_command"; offset: number; length: number }[],
) =>
  contextOf({
    message: {
      message_id: 1,
      date: 0,
      chat: { id: 1, type: "private", first_name: "A" },
      from: { id: 1, is_bot: false, first_name: "A" },
      text,
      ...(entities ? { entities } : {}),
    },
  });

/** Runs the composer on a context; returns what the handlers recorded and whether it passed the update on. */
async function run(composer: FeatureComposer<Context>, ctx: Context, seen: string[]) {
  let passedOn = false;
  await composer.middleware()(ctx, async () => {
    passedOn = true;
  });
  return { seen, passedOn };
}

describe("FeatureComposer", () => {
  it("routes by grammY's filters: commands with their argument, filter queries, custom predicates", async () => {
    const seen: string[] = [];
    const composer = new FeatureComposer<Context>();
    composer.command("ask", (ctx) => {
      seen.push(`ask:${ctx.match}`);
    });
    const text = composer.on("message:text").filter((ctx) => !ctx.msg.text.startsWith("/"));
    text.filter(
      async (ctx) => ctx.msg.text.length > 3, // an asynchronous predicate
      (ctx) => {
        seen.push(`long:${ctx.msg.text}`);
      },
    );

    await run(
      composer,
      message("/ask when?", [{ type: "bot_command", offset: 0, length: 4 }]),
      seen,
    );
    expect(seen).toEqual(["ask:when?"]);
    await run(composer, message("hello"), seen);
    expect(seen).toEqual(["ask:when?", "long:hello"]);
    // Neither branch takes it: the update is passed on.
    const { passedOn } = await run(composer, message("hi"), seen);
    expect(passedOn).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it("honours handlers added to a filter's composer after it was registered", async () => {
    const seen: string[] = [];
    const composer = new FeatureComposer<Context>();
    const texts = composer.on("message:text");
    texts.use((ctx) => {
      seen.push(ctx.msg.text);
    });
    await run(composer, message("one"), seen);
    expect(seen).toEqual(["one"]);
  });

  it("passes on what no filter matches, and lets a handler pass it on", async () => {
    const seen: string[] = [];
    const composer = new FeatureComposer<Context>();
    composer.callbackQuery("x", () => {
      seen.push("button");
    });
    composer.on("message", async (_ctx, next) => {
      seen.push("message");
      await next();
    });
    const { passedOn } = await run(composer, message("anything"), seen);
    expect(seen).toEqual(["message"]);
    expect(passedOn).toBe(true);
  });

  it("returns FeatureComposers, so chained filters are cheap too", () => {
    const composer = new FeatureComposer<Context>();
    expect(composer.on("message")).toBeInstanceOf(FeatureComposer);
    expect(composer.filter(() => true)).toBeInstanceOf(FeatureComposer);
  });
});
