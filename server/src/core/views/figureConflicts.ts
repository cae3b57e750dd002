// Which mentions of one figure key conflict, by the tests behind the diagnostics: within an
// article, `figure-document-conflict` (the check itself is run on the article's figures of the
// key); across articles, the `figure-corpus-conflict` pair test (window, non-overlapping
// intervals).
import { startDay } from '../dates/preciseDate';
import { checkFigures } from '../figures/figureChecks';
import { intervalOf } from '../figures/figureFacts';
import { overlaps } from '../figures/interval';
import type { AnalysisSettings } from '../settings';
import type { FigureMention, Gazetteer } from '../types';
import type { CorpusSide } from '../analysisKinds';

/** A keyed figure and the article it is in. */
export interface PlacedFigure {
  analysis: CorpusSide;
  figure: FigureMention;
}

/** As in the corpus check: how many neighbours on each side one figure is compared with. */
const NEIGHBOURS = 64;

const NO_GAZETTEER: Gazetteer = { entities: new Map(), files: [], diagnostics: [] };

/** Index pairs `[i, j]` (i < j) of `placed` that conflict. */
export function conflictPairs(placed: readonly PlacedFigure[], settings: AnalysisSettings): Array<[number, number]> {
  return [...documentPairs(placed, settings), ...corpusPairs(placed, settings)];
}

/** Same-article pairs: the `figure-document-conflict` check run on the article's mentions of the key. */
function documentPairs(placed: readonly PlacedFigure[], settings: AnalysisSettings): Array<[number, number]> {
  const byArticle = new Map<CorpusSide, number[]>();
  placed.forEach((p, i) => {
    const list = byArticle.get(p.analysis);
    if (list) list.push(i);
    else byArticle.set(p.analysis, [i]);
  });
  const out: Array<[number, number]> = [];
  for (const [analysis, indexes] of byArticle) {
    if (indexes.length < 2) continue;
    const figures = indexes.map((i) => placed[i].figure);
    const indexOf = new Map<FigureMention, number>(indexes.map((i) => [placed[i].figure, i]));
    const atSpan = (start: number, end: number): number | undefined => indexOf.get(figures.find((f) => f.span.start === start && f.span.end === end)!);
    // Only the document check matters here; an empty gazetteer keeps the mismatch check silent.
    for (const d of checkFigures(analysis.article, figures, NO_GAZETTEER, settings)) {
      if (d.code !== 'figure-document-conflict') continue;
      const later = atSpan(d.span.start, d.span.end);
      for (const r of d.related ?? []) {
        const earlier = atSpan(r.span.start, r.span.end);
        if (later !== undefined && earlier !== undefined) out.push(earlier < later ? [earlier, later] : [later, earlier]);
      }
    }
  }
  return out;
}

/** Cross-article pairs: dated within `corpusWindowDays`, intervals apart. */
function corpusPairs(placed: readonly PlacedFigure[], settings: AnalysisSettings): Array<[number, number]> {
  const dated = placed.map((p, i) => ({ p, i })).filter(({ p }) => p.figure.date !== null)
    .map(({ p, i }) => ({ p, i, day: startDay(p.figure.date!) }))
    .sort((a, b) => a.day - b.day);
  const window = settings.figures.corpusWindowDays;
  const out: Array<[number, number]> = [];
  for (let a = 0; a < dated.length; a++) {
    const self = dated[a];
    // Forward only, so each pair is seen once; the corpus check looks both ways per figure.
    for (let b = a + 1, seen = 0; b < dated.length && dated[b].day - self.day <= window && seen < NEIGHBOURS; b++, seen++) {
      const other = dated[b];
      if (other.p.analysis.article.uri === self.p.analysis.article.uri) continue;
      if (overlaps(intervalOf(self.p.figure), intervalOf(other.p.figure))) continue;
      out.push(self.i < other.i ? [self.i, other.i] : [other.i, self.i]);
    }
  }
  return out;
}
