import type { Store } from "./types.js";

/** How long an update being handled stays claimed without being renewed: a crashed handler's claim lapses. */
export const LEASE_SECONDS = 30;
/** How long a handled update_id is remembered: Telegram re-delivers within hours, not days. */
export const HANDLED_SECONDS = 24 * 60 * 60;

const NAMESPACE = "update";
const DONE = "done";
const IN_PROGRESS = "in progress";

/**
 * What a claim on an update found: taken (this caller handles it), done
 * (handled before) or busy (being handled by someone else, whose lease has
 * not lapsed).
 */
export type Claim = "taken" | "done" | "busy";

/**
 * The two-phase claim on each update_id, shared by every instance through the
 * store: a short "in progress" lease, renewed while the handler runs, then
 * "done" for a day once it has finished. A lease that lapses (its holder
 * died) may be taken again; a lease released (its holder gave the update up
 * at shutdown) at once.
 */
export function updateClaims(store: Store) {
  const done = store.adapter<string>(NAMESPACE, { ttlSeconds: HANDLED_SECONDS });
  const lease = store.adapter<string>(NAMESPACE, { ttlSeconds: LEASE_SECONDS });
  return {
    async take(updateId: string): Promise<Claim> {
      if (await store.claim(NAMESPACE, updateId, LEASE_SECONDS, IN_PROGRESS)) return "taken";
      const value = await done.read(updateId);
      // 1: the mark of the one-phase claim before this one, set once an update was taken for good.
      return value === DONE || (value as unknown) === 1 ? "done" : "busy";
    },
    async renew(updateId: string): Promise<void> {
      await lease.write(updateId, IN_PROGRESS);
    },
    async finish(updateId: string): Promise<void> {
      await done.write(updateId, DONE);
    },
    async release(updateId: string): Promise<void> {
      await done.delete(updateId);
    },
  };
}

export type UpdateClaims = ReturnType<typeof updateClaims>;
