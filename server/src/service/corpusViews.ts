import type { CorpusView } from '../core';
import { ownCopy } from './compactSummary';

/**
 * What a view holds that is not the same for every view: the empty article shell around it
 * (a Map, six empty lists, spans) is ~600 bytes an article and is made again when asked for.
 */
interface KeptView {
  uri: string;
  data: CorpusView['article']['frontMatter']['data'];
  published: CorpusView['article']['published'];
  suppressions: CorpusView['article']['suppressions'];
  /** As JSON when it reads back equal (plain data; ~1 KB of objects an article, ~0.4 KB of text), else as they are. */
  figures: CorpusView['figures'] | string;
}

function kept(uri: string, view: CorpusView): KeptView {
  const { frontMatter, published, suppressions } = view.article;
  // Own copies of the strings, which may be slices of the article's text (see `ownCopy`).
  const data = typeof frontMatter.data.title === 'string' ? { ...frontMatter.data, title: ownCopy(frontMatter.data.title) } : frontMatter.data;
  // JSON is a copy too: nothing of it is a slice of the article's text.
  return { uri, data, published, suppressions, figures: survivesJson(view.figures) ? JSON.stringify(view.figures) : view.figures };
}

/** True if JSON gives `value` back deep-equal: no undefined, no non-finite numbers or -0, only plain objects and arrays. */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value as Record<string, unknown>).every(survivesJson);
}

function whole(view: KeptView): CorpusView {
  return {
    form: 'corpus',
    article: {
      uri: view.uri, text: '', frontMatter: { span: null, contentSpan: null, fields: new Map(), data: view.data }, published: view.published,
      bodyStart: 0, maskedText: '', annotations: [], sentences: [], residue: [], suppressions: view.suppressions, diagnostics: [],
    },
    entities: [], dates: [], figures: typeof view.figures === 'string' ? JSON.parse(view.figures) as CorpusView['figures'] : view.figures,
  };
}

/**
 * `corpusView`s (keyed, dated figures and the title: a few hundred bytes, not the whole analysis)
 * of the articles with keyed figures, and which articles give each key: what corpus checks and
 * the figure-history view compare an article with.
 */
export class CorpusViews {
  private readonly views = new Map<string, KeptView>();
  private readonly urisByKey = new Map<string, Set<string>>();

  get(uri: string): CorpusView | undefined {
    const view = this.views.get(uri);
    return view && whole(view);
  }

  /** What `get(uri)` gives now, made when called (see `MentionIndex.snapshot`). */
  snapshot(uri: string): (() => CorpusView) | undefined {
    const view = this.views.get(uri);
    return view && (() => whole(view));
  }

  /** Sets (or, with null, drops) the view of one article. */
  set(uri: string, view: CorpusView | null): void {
    const previous = this.views.get(uri);
    if (previous) for (const f of whole(previous).figures) if (f.key) this.urisByKey.get(f.key)?.delete(uri);
    if (!view) {
      this.views.delete(uri);
      return;
    }
    this.views.set(uri, kept(uri, view));
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
      if (view) out.push(whole(view));
    }
    return out;
  }
}
