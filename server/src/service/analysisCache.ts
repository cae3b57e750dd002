import type { ArticleAnalysis, LineIndex } from '../core';

/** One article analysed at one version, with the index to turn its spans into ranges. */
export interface Analysed {
  uri: string;
  /** The open document's version, or null for the copy on disk. */
  version: number | null;
  text: string;
  lines: LineIndex;
  analysis: ArticleAnalysis;
  /** Identifies what this analysis was computed from (text version + gazetteer + settings). */
  key: string;
}

/** How many analyses of closed articles to keep whole (open ones are always kept). */
const CLOSED_CACHE_SIZE = 64;

/** Whole analyses: every open article's, and the most recently used closed ones'. */
export class AnalysisCache {
  private readonly analyses = new Map<string, Analysed>();

  constructor(private readonly isOpen: (uri: string) => boolean) {}

  /** The cached analysis of `uri` if it was made from `key`, marked as just used. */
  fresh(uri: string, key: string): Analysed | undefined {
    const cached = this.analyses.get(uri);
    if (!cached || cached.key !== key) return undefined;
    this.analyses.delete(uri);
    this.analyses.set(uri, cached);
    return cached;
  }

  /** Whatever is cached for `uri`, fresh or not (an edit is re-analysed from the previous version). */
  any(uri: string): Analysed | undefined {
    return this.analyses.get(uri);
  }

  put(analysed: Analysed): void {
    this.analyses.delete(analysed.uri);
    this.analyses.set(analysed.uri, analysed);
    this.evictClosed();
  }

  delete(uri: string): void {
    this.analyses.delete(uri);
  }

  private evictClosed(): void {
    let closed = 0;
    for (const uri of this.analyses.keys()) if (!this.isOpen(uri)) closed++;
    if (closed <= CLOSED_CACHE_SIZE) return;
    for (const uri of this.analyses.keys()) {
      if (closed <= CLOSED_CACHE_SIZE) break;
      if (this.isOpen(uri)) continue;
      this.analyses.delete(uri);
      closed--;
    }
  }
}
