/**
 * Who has been told, during the current store outage, that a change could not
 * be saved: each sender is told once per outage. Only the current outage's
 * senders are kept; a new outage starts an empty list, so the list never
 * outgrows the people who wrote during one outage.
 */
export class OutageNotices {
  private outage = 0;
  private readonly told = new Set<string>();

  /** True the first time `sender` is seen during `outage`; later calls for the same pair are false. */
  shouldTell(sender: string, outage: number): boolean {
    if (outage !== this.outage) {
      this.outage = outage;
      this.told.clear();
    }
    if (this.told.has(sender)) return false;
    this.told.add(sender);
    return true;
  }

  /** How many senders are remembered. */
  get size(): number {
    return this.told.size;
  }
}
