import type { Logger } from "../logger.js";

/** How often a store that is away is asked whether it is back. */
export const PROBE_WHILE_DOWN_MS = 1000;
/** How often a store that is up is asked whether it still answers, so a stall shows without traffic. */
export const PROBE_WHILE_UP_MS = 5000;

/**
 * Whether a shared store is away, and which outage this is (numbered, so a
 * user is told once per outage). Every store call reports here how it went;
 * only the first failure and the first success after it are logged. While
 * the store is away nobody waits on it: callers skip it (`down`), and a
 * probe asks it every second whether it is back. While it is up, a probe
 * every few seconds notices a stalled server even when no update comes.
 */
export class Outages {
  /** The number of the current or last outage; 0 before the first. */
  current = 0;
  private isDown = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    /** True when the store answers; bounded in time by the store's own command timeout. */
    private readonly probe: () => Promise<boolean>,
    /** Called with every failure, for the store error count. */
    private readonly onFailure: (error: unknown) => void = () => {},
  ) {
    this.schedule();
  }

  get down(): boolean {
    return this.isDown;
  }

  failed(error: unknown): void {
    this.onFailure(error);
    if (this.isDown) return;
    this.isDown = true;
    this.current++;
    this.logger.warn(
      { err: error },
      "store unavailable: answering without saved state until it is back",
    );
    this.schedule();
  }

  succeeded(): void {
    if (!this.isDown) return;
    this.isDown = false;
    this.logger.info("store available again");
    this.schedule();
  }

  /** The operation's result, or `fallback` while the store is away. */
  async orElse<T>(operation: () => Promise<T> | T, fallback: T): Promise<T> {
    if (this.isDown) return fallback;
    try {
      const value = await operation();
      this.succeeded();
      return value;
    } catch (error) {
      this.failed(error);
      return fallback;
    }
  }

  /** Stops probing. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** The next probe: soon while the store is away, now and then while it is up. */
  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(
      () => void this.check(),
      this.isDown ? PROBE_WHILE_DOWN_MS : PROBE_WHILE_UP_MS,
    );
    this.timer.unref();
  }

  private async check(): Promise<void> {
    const answers = await this.probe().catch(() => false);
    if (answers) this.succeeded();
    else this.failed(new Error("the store did not answer PING"));
    this.schedule();
  }
}
