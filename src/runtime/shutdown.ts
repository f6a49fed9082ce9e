import type { Logger } from "../logger.js";
import type { Deliveries } from "./deliveries.js";

/** After the grace, how long the abandoned updates get to unwind and release their claims. */
export const WIND_DOWN_MS = 1000;

export interface ShutdownSteps {
  graceMs: number;
  deliveries: Deliveries;
  /** Aborted when the grace runs out: Bot API calls and retry waits are cut short. */
  deadline: AbortController;
  /** Stop taking updates (polling stops fetching, the webhook answers 503). */
  stopTaking(): void;
  /** Once nothing is in flight any more: confirm to Telegram, close servers and the store. */
  closeUp(): Promise<void>;
  logger: Logger;
}

/**
 * Finishes what was started, then closes up. Returns the exit status: 0 when
 * every update in flight finished within the grace; 1 when some had to be
 * abandoned (not marked handled, their claims released, left for Telegram to
 * deliver again), with one line saying how many.
 */
export async function shutDown(steps: ShutdownSteps): Promise<number> {
  const { graceMs, deliveries, logger } = steps;
  steps.stopTaking();
  if (!(await deliveries.idle(graceMs))) {
    steps.deadline.abort(new Error(`the shutdown grace of ${graceMs} ms ran out`));
    await deliveries.idle(WIND_DOWN_MS);
  }
  const abandoned = deliveries.abandoned + deliveries.size;
  await steps.closeUp();
  if (abandoned === 0) {
    logger.info("stopped");
    return 0;
  }
  logger.error(
    { abandoned, grace_ms: graceMs },
    `stopped with ${abandoned} update(s) abandoned when the ${graceMs} ms grace ran out; Telegram will deliver them again`,
  );
  return 1;
}
