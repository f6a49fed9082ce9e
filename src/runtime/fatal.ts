import type { Logger } from "../logger.js";

/**
 * Ends the process with status 1 after one log line. For faults the bot
 * cannot carry on from, so a process manager that restarts on failure sees one.
 */
export function exitFatally(logger: Logger, error: unknown, message: string): never {
  logger.fatal({ err: error }, message);
  logger.flush();
  process.exit(1);
}

/**
 * A rejection nobody handled, or an exception nobody caught, means the
 * process is in a state nobody planned for: it is logged once and the
 * process exits 1, to be restarted clean, rather than run on half broken.
 */
export function exitOnUnhandledErrors(logger: Logger): void {
  process.on("unhandledRejection", (reason) =>
    exitFatally(logger, reason, `unhandled rejection: ${describe(reason)}; exiting`),
  );
  process.on("uncaughtException", (error) =>
    exitFatally(logger, error, `uncaught exception: ${describe(error)}; exiting`),
  );
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
