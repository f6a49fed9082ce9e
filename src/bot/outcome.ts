/**
 * How the handling of one update ended:
 * - handled: the features ran to the end;
 * - duplicate: it had been handled before (a re-delivery) and was skipped;
 * - failed: a handler threw (the user was told; it counts as handled);
 * - abandoned: the shutdown grace ran out while it was being handled. It was
 *   not marked handled, so Telegram's next delivery of it is handled afresh.
 */
export type UpdateOutcome = "handled" | "duplicate" | "failed" | "abandoned";

/**
 * Thrown out of bot.handleUpdate for an abandoned update, so whoever delivered
 * it (the polling sink, the webhook server) leaves it to be delivered again.
 */
export class UpdateAbandoned extends Error {
  constructor() {
    super("abandoned at shutdown: not handled, to be delivered again");
    this.name = "UpdateAbandoned";
  }
}
