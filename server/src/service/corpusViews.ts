import type { CorpusView } from '../core';

/**
 * `corpusView`s (keyed, dated figures and the title: a few hundred bytes, not the whole analysis)
 * of the articles with keyed figures, and which articles give each key: what corpus checks and
 * the figure-history view compare an article with.
 */
export class CorpusViews {
  private readonly views = new Map<string, CorpusView>();
  private readonly urisByKey = new Map<string, Set<string>>();

  get(uri: string): CorpusView | undefined {
    return this.views.get(uri);
  }

  /** Sets (or, with null, drops) the view of one article. */
  set(uri: string, view: CorpusView | null): void {
    const previous = this.views.get(uri);
    if (previous) for (const f of previous.figures) if (f.key) this.urisByKey.get(f.key)?.delete(uri);
    if (!view) {
      this.views.delete(uri);
      return;
    }
    this.views.set(uri, view);
    for (const f of view.figures) {
      if (!f.key) continue;
      let set = this.urisByKey.get(f.key);
      if (!set) this.urisByKey.set(f.key, (set = new Set()));
      set.add(uri);
    }
  }

  /** The articles other than `except` that give one of `keys`. */
  peersOf(keys: Iterable<string>, except: string): string[] {
    const peers = new Set<string>();
    for (const key of keys) for (const uri of this.urisByKey.get(key) ?? []) if (uri !== except) peers.add(uri);
    return [...peers];
  }

  withKey(key: string): CorpusView[] {
    const out: CorpusView[] = [];
    for (const uri of this.urisByKey.get(key) ?? []) {
      const view = this.views.get(uri);
      if (view) out.push(view);
    }
    return out;
  }
}
