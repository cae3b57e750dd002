import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { EntityMention, PreciseDate } from '../core';
import { dateHover, entityHover, escapeMarkdown, figureHover } from '../core/hover';
import { idAtInGazetteer, targetAt } from './lookup';
import type { Analysed, WorkspaceState } from './workspaceState';

/**
 * The date a mention is read at: the first resolved date of its sentence, else the publication
 * date (so "the spokesman" on a 2019 date shows the role held in 2019).
 */
function referenceDate(analysed: Analysed, mention: EntityMention): PreciseDate | null {
  const { article, dates } = analysed.analysis;
  const sentence = article.sentences.find((s) => s.start <= mention.span.start && mention.span.start < s.end);
  const inSentence = sentence && dates.find((d) => d.date && d.span.start >= sentence.start && d.span.end <= sentence.end);
  return inSentence?.date ?? article.published;
}

/** Names that resolved to no single entry: say why, and list the candidates. */
function unresolvedEntity(mention: EntityMention): string {
  if (mention.candidates.length > 1) {
    return `**“${escapeMarkdown(mention.text)}”** is ambiguous: ${mention.candidates.map((c) => `\`${c}\``).join(', ')}. Annotate it as \`[…]{@id}\` to pick one.`;
  }
  return `**“${escapeMarkdown(mention.text)}”** is not in the gazetteer.`;
}

/** The hover card of the entity, date or figure under the cursor in an article. */
export function articleHover(state: WorkspaceState, analysed: Analysed, offset: number): Hover | null {
  const target = targetAt(analysed, offset);
  if (!target) return null;
  const { gazetteer } = state.loaded;
  let markdown: string;
  if (target.kind === 'date') markdown = dateHover(target.mention, analysed.analysis.article.published).markdown;
  else if (target.kind === 'figure') {
    const sameKey = target.mention.key ? analysed.analysis.figures.filter((f) => f !== target.mention && f.key === target.mention.key) : [];
    markdown = figureHover(target.mention, gazetteer, sameKey).markdown;
  } else {
    const entity = target.mention.id ? gazetteer.entities.get(target.mention.id) : undefined;
    markdown = entity ? entityHover(entity, gazetteer, referenceDate(analysed, target.mention)).markdown : unresolvedEntity(target.mention);
  }
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: analysed.lines.rangeOf(target.mention.span) };
}

/** In a gazetteer file: the card of the entry whose id (key or reference) is under the cursor. */
export function gazetteerHover(state: WorkspaceState, uri: string, offset: number): Hover | null {
  const text = state.gazetteerText(uri);
  const lines = state.gazetteerLineIndex(uri);
  if (text === undefined || !lines) return null;
  const { gazetteer } = state.loaded;
  const found = idAtInGazetteer(text, offset, gazetteer.entities);
  const entity = found && gazetteer.entities.get(found.id);
  if (!found || !entity) return null;
  return { contents: { kind: MarkupKind.Markdown, value: entityHover(entity, gazetteer, null).markdown }, range: lines.rangeOf(found.span) };
}
