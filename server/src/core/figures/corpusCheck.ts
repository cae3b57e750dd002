import { startDay } from '../dates/preciseDate';
import type { AnalysisSettings } from '../settings';
import type { CoreDiagnostic, FigureMention } from '../types';
import type { CorpusSide } from '../analysisKinds';
import { basename, intervalOf, quote } from './figureFacts';
import { overlaps } from './interval';

interface Placed {
  analysis: CorpusSide;
  figure: FigureMention;
  day: number;
}

/** How many neighbours on each side one figure is compared with: keeps a crowded key linear. */
const NEIGHBOURS = 64;
/** How many other articles one diagnostic lists. */
const MAX_RELATED = 3;

/**
 * `figure-corpus-conflict`: a keyed figure and a figure of the same key in another article, dated
 * within `corpusWindowDays` of each other (figure dates: the date each is reported as of, else
 * the publication date), whose intervals do not overlap. Each side gets its own diagnostic.
 *
 * Figures are grouped by key and sorted by day, then each is compared with its nearest
 * neighbours in time: O(n log n) overall, not every pair. A pair is reported even when each side
 * agrees with the gazetteer value valid at its own date (SPEC §5: another article within the
 * window gives a figure that does not overlap): the reader sees that the count moved, and where.
 */
export function checkCorpus(analyses: CorpusSide[], settings: AnalysisSettings): CoreDiagnostic[] {
  const byKey = new Map<string, Placed[]>();
  for (const analysis of analyses) {
    for (const figure of analysis.figures) {
      if (!figure.key || !figure.date) continue;
      const placed = { analysis, figure, day: startDay(figure.date) };
      // Same key and same unit only: an annotated percentage is not compared with a count.
      const group = figure.unit === 'count' ? figure.key : `${figure.key} ${figure.unit}`;
      const list = byKey.get(group);
      if (list) list.push(placed);
      else byKey.set(group, [placed]);
    }
  }
  const window = settings.figures.corpusWindowDays;
  const out: CoreDiagnostic[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const key = list[0].figure.key as string;
    list.sort((a, b) => a.day - b.day);
    for (let i = 0; i < list.length; i++) {
      const self = list[i];
      const conflicts: Placed[] = [];
      const consider = (other: Placed): void => {
        if (other.analysis.article.uri === self.analysis.article.uri) return;
        if (overlaps(intervalOf(self.figure), intervalOf(other.figure))) return;
        conflicts.push(other);
      };
      for (let j = i - 1, seen = 0; j >= 0 && self.day - list[j].day <= window && seen < NEIGHBOURS; j--, seen++) consider(list[j]);
      for (let j = i + 1, seen = 0; j < list.length && list[j].day - self.day <= window && seen < NEIGHBOURS; j++, seen++) consider(list[j]);
      if (conflicts.length === 0) continue;
      conflicts.sort((a, b) => Math.abs(a.day - self.day) - Math.abs(b.day - self.day));
      const shown = conflicts.slice(0, MAX_RELATED);
      const first = shown[0];
      const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : '';
      out.push({
        code: 'figure-corpus-conflict',
        severity: 'information',
        message: `Says ${quote(self.figure)} on ${self.figure.date?.value} for ${key}; ${articleName(first.analysis)} says `
          + `${quote(first.figure)} on ${first.figure.date?.value}${more}.`,
        uri: self.analysis.article.uri,
        span: self.figure.span,
        related: shown.map((o) => ({
          uri: o.analysis.article.uri,
          span: o.figure.span,
          message: `${articleName(o.analysis)}: ${quote(o.figure)} on ${o.figure.date?.value}`,
        })),
        data: { key, others: shown.map((o) => ({ uri: o.analysis.article.uri, span: o.figure.span })) },
      });
    }
  }
  return out;
}

/** `b.news.md ("Coalition to hand more sites to Iraqi forces")` */
function articleName(analysis: CorpusSide): string {
  const title = analysis.article.frontMatter.data.title;
  const name = basename(analysis.article.uri);
  return typeof title === 'string' && title.trim() ? `${name} ("${title.trim()}")` : name;
}
