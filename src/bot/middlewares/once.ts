import { setTimeout as sleep } from "node:timers/promises";
import type { MiddlewareFn } from "grammy";
import type { Store } from "../../store/types.js";
import {
  type Claim,
  LEASE_SECONDS,
  type UpdateClaims,
  updateClaims,
} from "../../store/update-claims.js";
import type { BotContext } from "../context.js";
import { UpdateAbandoned } from "../outcome.js";

/** How often an update claimed by someone else is looked at again. */
export const BUSY_RETRY_MS = 500;

/**
 * Answers each update once, and never loses one to a shutdown. Telegram
 * re-delivers an update when a webhook call failed or timed out, and long
 * polling re-fetches what was not confirmed. Each update_id is claimed in the
 * store in two phases (store/update-claims.ts): a lease while it is handled,
 * "done" after. A re-delivery of a done update is dropped; one that finds the
 * lease held waits until it is done (then dropped) or lapses (then handled).
 *
 * `deadline` aborts when the shutdown grace runs out: an update still being
 * handled then is abandoned. Its lease is released, not marked done, and
 * UpdateAbandoned is thrown so its deliverer leaves it to be delivered again.
 */
export function handleEachUpdateOnce(
  store: Store,
  deadline: AbortSignal,
): MiddlewareFn<BotContext> {
  const claims = updateClaims(store);
  return async (ctx, next) => {
    const updateId = String(ctx.update.update_id);
    const claim = await claimWhenFree(ctx, claims, updateId, deadline);
    if (claim === "done") {
      ctx.outcome = "duplicate";
      ctx.logger.info("update already handled; skipped");
      return;
    }
    const stopRenewing = renewWhileRunning(claims, updateId);
    let threw = false;
    try {
      await next();
    } catch (error) {
      threw = true;
      throw error;
    } finally {
      await stopRenewing();
      await settle(
        ctx,
        claims,
        updateId,
        deadline.aborted && (threw || ctx.outcome === "abandoned"),
      );
    }
  };
}

/** Takes the claim, waiting while another holder's lease runs; throws UpdateAbandoned at the deadline. */
async function claimWhenFree(
  ctx: BotContext,
  claims: UpdateClaims,
  updateId: string,
  deadline: AbortSignal,
): Promise<Exclude<Claim, "busy">> {
  for (let waited = false; ; waited = true) {
    if (deadline.aborted) throw new UpdateAbandoned();
    const claim = await claims.take(updateId);
    if (claim !== "busy") return claim;
    if (!waited) ctx.logger.info("update being handled elsewhere; waiting for it");
    await sleep(BUSY_RETRY_MS, undefined, { signal: deadline }).catch(() => {});
  }
}

/** Keeps the lease alive while a long handler runs; the returned function stops it. */
function renewWhileRunning(claims: UpdateClaims, updateId: string): () => Promise<void> {
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = claims.renew(updateId).catch(() => {});
    },
    (LEASE_SECONDS * 1000) / 3,
  );
  return async () => {
    clearInterval(timer);
    await renewing;
  };
}

/** Marks the update done, or releases it when abandoned; a store that refuses is only logged. */
async function settle(
  ctx: BotContext,
  claims: UpdateClaims,
  updateId: string,
  abandoned: boolean,
): Promise<void> {
  try {
    if (abandoned) await claims.release(updateId);
    else await claims.finish(updateId);
  } catch (error) {
    ctx.logger.warn({ err: error }, "could not record the update's end in the store");
  }
  if (abandoned) {
    ctx.outcome = "abandoned";
    throw new UpdateAbandoned();
  }
}
