import type { WorkspaceState } from './workspaceState';

/**
 * Re-checks the other open articles when an open article's keyed figures change: opening a draft
 * that gives another troop count, or typing one, can add or remove a corpus conflict in them. It
 * waits for the edit debounce, and announces only when the article's corpus view (keys, values,
 * dates) differs from the one last announced, so ordinary typing costs nothing.
 */
export class CorpusWatch {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The corpus signature each open article had when the others were last told. */
  private readonly announced = new Map<string, string>();

  constructor(
    private readonly state: WorkspaceState,
    private readonly isOpenArticle: (uri: string) => boolean,
    private readonly announce: (changed: string) => void,
  ) {}

  /** An article was opened: what the others were checked against until now is its disk copy, if any. */
  opened(uri: string): void {
    this.announced.set(uri, this.state.corpusSignature(uri));
    this.changed(uri);
  }

  changed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      if (!this.isOpenArticle(uri)) return;
      this.state.ensureIndexed(uri);
      const now = this.state.corpusSignature(uri);
      if (now === this.announced.get(uri)) return;
      this.announced.set(uri, now);
      this.announce(uri);
    }, this.state.settings.debounceMs));
  }

  /** Closing is handled by the indexer (the disk copy counts again). */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.announced.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
