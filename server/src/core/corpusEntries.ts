import { finalizeDiagnostics } from './analyze';
import type { ArticleAnalysis, CorpusView } from './analysisKinds';
import { checkCorpus } from './figures/corpusCheck';
import type { AnalysisSettings } from './settings';
import { LineIndex } from './text/lineIndex';
import type { CoreDiagnostic, FigureMention, Range, Suppressions } from './types';

// A compact corpus index for batch checks of archives (the command line streaming a million
// articles): per article only what `checkCorpus` reads — its uri, its title, its keyed and dated
// figures — plus, per figure, whether a suppression comment hides `figure-corpus-conflict` on the
// figure's line and where the figure is (LSP range, for reports that point at other articles).
// Plain data, so it crosses `postMessage` from a worker thread; a few hundred bytes an article.
// `corpusDiagnostics` runs the very `checkCorpus` of `analyzeCorpus` over these entries and
// finalizes each article's diagnostics as `analyzeCorpus` does with the whole analysis at hand.

/** A keyed, dated figure of a corpus entry. */
export interface CorpusEntryFigure {
  span: { start: number; end: number };
  text: string;
  unit: FigureMention['unit'];
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  key: string;
  date: NonNullable<FigureMention['date']>;
  /** `figure-corpus-conflict` is suppressed on the figure's line (`newsmd-disable…` comments). */
  suppressed: boolean;
  /** The figure's range in its article (zero-based lines, UTF-16 columns). */
  range: Range;
}

export interface CorpusEntry {
  uri: string;
  /** The front matter's `title` when it is a string (what messages name the article by). */
  title?: string;
  figures: CorpusEntryFigure[];
}

const CODE = 'figure-corpus-conflict';

/**
 * The entry of an analysed article, or null when it has no keyed, dated figure (then no corpus
 * diagnostic can concern it, on either side).
 */
export function corpusEntry(analysis: ArticleAnalysis): CorpusEntry | null {
  const { article } = analysis;
  let lines: LineIndex | undefined;
  const figures: CorpusEntryFigure[] = [];
  for (const f of analysis.figures) {
    if (f.key === null || f.date === null) continue;
    lines ??= LineIndex.of(article.text);
    const range = lines.rangeOf(f.span);
    figures.push({
      span: { start: f.span.start, end: f.span.end }, text: f.text, unit: f.unit, min: f.min, max: f.max,
      minInclusive: f.minInclusive, maxInclusive: f.maxInclusive, key: f.key, date: f.date,
      suppressed: article.suppressions.isSuppressed(CODE, range.start.line), range,
    });
  }
  if (figures.length === 0) return null;
  const title = article.frontMatter.data.title;
  return typeof title === 'string' ? { uri: article.uri, title, figures } : { uri: article.uri, figures };
}

const NOTHING_SUPPRESSED: Suppressions = { isSuppressed: () => false };
const NO_FIELDS = new Map();
const NONE: never[] = [];

function viewOf(entry: CorpusEntry): CorpusView {
  return {
    form: 'corpus',
    article: {
      uri: entry.uri, text: '',
      frontMatter: { span: null, contentSpan: null, fields: NO_FIELDS, data: entry.title === undefined ? {} : { title: entry.title } },
      published: null, bodyStart: 0, maskedText: '', annotations: NONE, sentences: NONE, residue: NONE,
      suppressions: NOTHING_SUPPRESSED, diagnostics: NONE,
    },
    entities: NONE,
    dates: NONE,
    figures: entry.figures.map((f) => ({
      span: f.span, text: f.text, numberSpan: f.span, qualifier: null, unit: f.unit, noun: null,
      min: f.min, max: f.max, minInclusive: f.minInclusive, maxInclusive: f.maxInclusive,
      key: f.key, explicit: false, date: f.date, about: NONE,
    })),
  };
}

/**
 * `figure-corpus-conflict` over the entries (one workspace's articles), by uri, each list finalized
 * as `analyzeCorpus` finalizes it: suppressed lines dropped, `lint` severities, sorted, capped.
 * Articles without a diagnostic are absent.
 */
export function corpusDiagnostics(entries: readonly CorpusEntry[], settings: AnalysisSettings): Map<string, CoreDiagnostic[]> {
  let found: CoreDiagnostic[];
  try {
    found = checkCorpus(entries.map(viewOf), settings);
  } catch {
    found = [];
  }
  const byUri = new Map<string, CorpusEntry>();
  for (const e of entries) byUri.set(e.uri, e);
  const grouped = new Map<string, CoreDiagnostic[]>();
  for (const d of found) {
    const figure = byUri.get(d.uri)?.figures.find((f) => f.span.start === d.span.start && f.span.end === d.span.end);
    if (figure?.suppressed) continue;
    const list = grouped.get(d.uri);
    if (list) list.push(d);
    else grouped.set(d.uri, [d]);
  }
  const out = new Map<string, CoreDiagnostic[]>();
  for (const [uri, list] of grouped) {
    const finalized = finalizeDiagnostics(null, list, settings);
    if (finalized.length > 0) out.set(uri, finalized);
  }
  return out;
}
