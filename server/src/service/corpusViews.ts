import type { CorpusView } from '../core';
import { decodePlain, encodePlain } from './plainCodec';
import { type StringTable, ownCopy } from './stringTable';

type Article = CorpusView['article'];

/**
 * What a view holds that is not the same for every view: the empty article shell around it
 * (a Map, six empty lists, spans) is ~600 bytes an article and is made again when asked for.
 */
export interface KeptView {
  uri: string;
  data: Article['frontMatter']['data'];
  /** Shared by the views of the same publication date (`CorpusViews.shared`): nothing changes a view's date. */
  published: Article['published'];
  suppressions: Article['suppressions'];
  /** A plain-data code (`plainCodec.ts`: ~110 bytes a figure, ~430 as JSON) when they are plain data, else as they are. */
  figures: CorpusView['figures'] | string;
  /** The figure keys, each once: one as itself, several as a list (the table's strings: they keep no gazetteer text alive). */
  keys: string | string[];
}

/** How many distinct publication dates are shared before the table starts again (a workspace has a few thousand). */
const SHARED_DATES = 10_000;

/**
 * `corpusView`s (keyed, dated figures and the title: a few hundred bytes, not the whole analysis)
 * of the articles with keyed figures, and which articles give each key: what corpus checks and
 * the figure-history view compare an article with.
 */
export class CorpusViews {
  private readonly views = new Map<string, KeptView>();
  private readonly urisByKey = new Map<string, Set<string>>();
  private readonly dates = new Map<string, NonNullable<Article['published']>>();

  constructor(private readonly strings: StringTable) {}

  get(uri: string): CorpusView | undefined {
    const view = this.views.get(uri);
    return view && this.whole(view);
  }

  /** What is kept of `uri`'s view, as it is (the saved index writes it; it is replaced, never changed). */
  kept(uri: string): KeptView | undefined {
    return this.views.get(uri);
  }

  /** Sets (or, with null, drops) the view of one article. */
  set(uri: string, view: CorpusView | null): void {
    if (!view) {
      this.keep(uri, undefined);
      return;
    }
    const { frontMatter, published, suppressions } = view.article;
    // Own copies of the strings, which may be slices of the article's text (see `ownCopy`).
    const data = typeof frontMatter.data.title === 'string' ? { ...frontMatter.data, title: ownCopy(frontMatter.data.title) } : frontMatter.data;
    const keys = [...new Set(view.figures.flatMap((f) => (f.key ? [this.strings.at(this.strings.numberOf(f.key))] : [])))];
    const figures = encodePlain(view.figures, this.strings) ?? view.figures;
    this.keep(uri, { uri, data, published: this.shared(published), suppressions, figures, keys: keys.length === 1 ? keys[0] : keys });
  }

  /** Keeps a view as the saved index holds it (see `indexRecords.ts`), or drops it. */
  keep(uri: string, view: KeptView | undefined): void {
    const previous = this.views.get(uri);
    if (previous) for (const key of keysOf(previous)) this.urisByKey.get(key)?.delete(uri);
    if (!view) {
      this.views.delete(uri);
      return;
    }
    view.published = this.shared(view.published);
    this.views.set(uri, view);
    for (const key of keysOf(view)) {
      let set = this.urisByKey.get(key);
      if (!set) this.urisByKey.set(key, (set = new Set()));
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
      if (view) out.push(this.whole(view));
    }
    return out;
  }

  /** One object for every equal publication date (a PreciseDate is ~150 bytes with its strings; days repeat across a workspace). */
  private shared(published: Article['published']): Article['published'] {
    if (published === null) return null;
    const code = encodePlain(published, this.strings);
    if (code === null) return published;
    let known = this.dates.get(code);
    if (!known) {
      if (this.dates.size >= SHARED_DATES) this.dates.clear();
      // A copy made from the code: its strings are its own, never slices of an article's text.
      this.dates.set(code, (known = decodePlain(code, this.strings) as NonNullable<Article['published']>));
    }
    return known;
  }

  private whole(view: KeptView): CorpusView {
    return {
      form: 'corpus',
      article: {
        uri: view.uri, text: '', frontMatter: { span: null, contentSpan: null, fields: new Map(), data: view.data }, published: view.published,
        bodyStart: 0, maskedText: '', annotations: [], sentences: [], residue: [], suppressions: view.suppressions, diagnostics: [],
      },
      entities: [], dates: [], figures: typeof view.figures === 'string' ? decodePlain(view.figures, this.strings) as CorpusView['figures'] : view.figures,
    };
  }
}

function keysOf(view: KeptView): string[] {
  return typeof view.keys === 'string' ? [view.keys] : view.keys;
}
