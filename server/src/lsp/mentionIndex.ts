import type { Annotation, ArticleAnalysis, LineIndex, Range, Span } from '../core';

/** What the workspace index keeps of one article: where each id is mentioned, in LSP ranges. */
export interface ArticleSummary {
  uri: string;
  title: string | null;
  /** Every mention of an entity id or figure key (matched names and annotations alike). */
  mentions: Map<string, Range[]>;
  /** The id text inside `{@id}` and `{figure=id}` annotations: what a rename has to edit. */
  annotationIds: Map<string, Range[]>;
}

export interface IdLocation {
  uri: string;
  range: Range;
}

function push(map: Map<string, Range[]>, key: string, range: Range): void {
  const list = map.get(key);
  if (list) list.push(range);
  else map.set(key, [range]);
}

/**
 * The span of just the id in an annotation. `valueSpan` is meant to hold only the id, but a
 * leading `@` or `figure=` is trimmed here too, so a rename never eats the markup.
 */
export function annotationIdSpan(annotation: Annotation, text: string): Span {
  const raw = text.slice(annotation.valueSpan.start, annotation.valueSpan.end);
  const at = raw.indexOf(annotation.value);
  if (annotation.value !== '' && at > 0) {
    return { start: annotation.valueSpan.start + at, end: annotation.valueSpan.start + at + annotation.value.length };
  }
  return annotation.valueSpan;
}

export function summarizeArticle(analysis: ArticleAnalysis, lines: LineIndex): ArticleSummary {
  const mentions = new Map<string, Range[]>();
  const annotationIds = new Map<string, Range[]>();
  for (const e of analysis.entities) if (e.id) push(mentions, e.id, lines.rangeOf(e.span));
  for (const f of analysis.figures) if (f.key) push(mentions, f.key, lines.rangeOf(f.span));
  for (const a of analysis.article.annotations) {
    if (a.kind !== 'entity' && a.kind !== 'figure') continue;
    push(annotationIds, a.value, lines.rangeOf(annotationIdSpan(a, analysis.article.text)));
  }
  const title = analysis.article.frontMatter.data.title;
  return { uri: analysis.article.uri, title: typeof title === 'string' ? title : null, mentions, annotationIds };
}

/**
 * Mentions of every id across the workspace's articles. Updated one article at a time as the
 * background indexer or an edit re-analyses it; counts for code lenses are derived lazily.
 */
export class MentionIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  private counts: Map<string, { mentions: number; articles: number }> | null = null;

  set(summary: ArticleSummary): void {
    this.summaries.set(summary.uri, summary);
    this.counts = null;
  }

  delete(uri: string): void {
    if (this.summaries.delete(uri)) this.counts = null;
  }

  get(uri: string): ArticleSummary | undefined {
    return this.summaries.get(uri);
  }

  all(): IterableIterator<ArticleSummary> {
    return this.summaries.values();
  }

  get size(): number {
    return this.summaries.size;
  }

  mentionsOf(id: string): IdLocation[] {
    const out: IdLocation[] = [];
    for (const s of this.summaries.values()) for (const range of s.mentions.get(id) ?? []) out.push({ uri: s.uri, range });
    return out;
  }

  annotationIdsOf(id: string): IdLocation[] {
    const out: IdLocation[] = [];
    for (const s of this.summaries.values()) for (const range of s.annotationIds.get(id) ?? []) out.push({ uri: s.uri, range });
    return out;
  }

  countsOf(id: string): { mentions: number; articles: number } {
    if (!this.counts) {
      const counts = new Map<string, { mentions: number; articles: number }>();
      for (const s of this.summaries.values()) {
        for (const [key, ranges] of s.mentions) {
          const c = counts.get(key) ?? { mentions: 0, articles: 0 };
          c.mentions += ranges.length;
          c.articles += 1;
          counts.set(key, c);
        }
      }
      this.counts = counts;
    }
    return this.counts.get(id) ?? { mentions: 0, articles: 0 };
  }
}
