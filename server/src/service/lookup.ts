import type { Analysed } from './workspaceState';
import { annotationIdSpan } from './mentionIndex';
import type { DateMention, EntityMention, FigureMention, GazetteerEntity, Span } from '../core';

export type Target =
  | { kind: 'entity'; mention: EntityMention }
  | { kind: 'date'; mention: DateMention }
  | { kind: 'figure'; mention: FigureMention };

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** Shortest first: a date inside a figure's sentence is more specific than the figure. */
export function targetAt(analysed: Analysed, offset: number): Target | undefined {
  const { entities, dates, figures } = analysed.analysis;
  const hits: Array<{ target: Target; length: number }> = [];
  for (const m of entities) if (contains(m.span, offset)) hits.push({ target: { kind: 'entity', mention: m }, length: m.span.end - m.span.start });
  for (const m of dates) if (contains(m.span, offset)) hits.push({ target: { kind: 'date', mention: m }, length: m.span.end - m.span.start });
  for (const m of figures) if (contains(m.span, offset)) hits.push({ target: { kind: 'figure', mention: m }, length: m.span.end - m.span.start });
  hits.sort((a, b) => a.length - b.length);
  return hits[0]?.target;
}

export interface IdAtCursor {
  id: string;
  /** What is under the cursor: the id text of an annotation, or a mention's text. */
  span: Span;
  /** True when `span` is the id itself (so a rename can edit it in place). */
  isIdText: boolean;
}

/** The gazetteer id the cursor is on in an article: an annotation's id, or a resolved mention or figure. */
export function idAtInArticle(analysed: Analysed, offset: number): IdAtCursor | undefined {
  for (const a of analysed.analysis.article.annotations) {
    if ((a.kind === 'entity' || a.kind === 'figure') && contains(a.span, offset)) {
      const idSpan = annotationIdSpan(a, analysed.text);
      return { id: a.value, span: contains(idSpan, offset) ? idSpan : a.textSpan, isIdText: contains(idSpan, offset) };
    }
  }
  const target = targetAt(analysed, offset);
  if (target?.kind === 'entity' && target.mention.id) return { id: target.mention.id, span: target.mention.span, isIdText: false };
  if (target?.kind === 'figure' && target.mention.key) return { id: target.mention.key, span: target.mention.span, isIdText: false };
  return undefined;
}

const ID_CHAR = /[a-z0-9-]/;

/**
 * The id the cursor is on in a gazetteer file: an entry's key, or a reference to another entry
 * (`org: us-led-coalition`, `about: [iraq]`) when that word is a known id.
 */
export function idAtInGazetteer(text: string, offset: number, entities: Map<string, GazetteerEntity>): IdAtCursor | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && ID_CHAR.test(text[start - 1])) start--;
  while (end < text.length && ID_CHAR.test(text[end])) end++;
  if (end <= start) return undefined;
  const word = text.slice(start, end);
  // Whether it is the entry's own key or a reference to it, the word is the id itself.
  return entities.has(word) ? { id: word, span: { start, end }, isIdText: true } : undefined;
}
