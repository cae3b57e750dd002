/**
 * Work that should wait until the user pauses: writing the workspace index costs a few hundred
 * milliseconds of serialising, in slices, and a slice that lands between two keystrokes delays
 * the second one's diagnostics. `schedule` starts the wait, each `postpone` (an edit) restarts it,
 * but never past `maxDelayMs` after it was scheduled, so steady typing cannot put the work off
 * forever; `flush` runs what is pending at once (shutdown) and waits for every run to end.
 */
export class QuietTask {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private deadline = 0;
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly quietMs: number,
    private readonly maxDelayMs: number,
  ) {}

  get pending(): boolean {
    return this.timer !== null;
  }

  schedule(): void {
    this.deadline = Date.now() + this.maxDelayMs;
    this.arm(this.quietMs);
  }

  /** Restarts the quiet wait of pending work (nothing pending: nothing happens). */
  postpone(): void {
    if (this.timer === null) return;
    this.arm(Math.min(this.quietMs, Math.max(0, this.deadline - Date.now())));
  }

  /** Runs pending work now, then resolves when no run is under way. */
  async flush(): Promise<void> {
    if (this.timer !== null) this.runNow();
    await Promise.all(this.running);
  }

  private arm(delay: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), delay);
  }

  private runNow(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const run = this.work().catch(() => undefined);
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }
}
