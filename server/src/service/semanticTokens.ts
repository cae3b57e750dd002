import { type SemanticTokens, type SemanticTokensLegend, SemanticTokensBuilder } from 'vscode-languageserver';
import type { ArticleAnalysis, EntityKind, LineIndex, Range, Span } from '../core';

// Token types are prefixed so they cannot collide with another extension's; package.json gives
// each a superType and TextMate scopes so themes that know nothing of them still colour them.
export const TOKEN_TYPES = [
  'newsBase', 'newsPerson', 'newsOrganization', 'newsPlace', 'newsEvent', 'newsFigure', 'newsDate', 'newsEntity',
] as const;
export const TOKEN_MODIFIERS = ['ambiguous', 'unknown', 'relative', 'explicit'] as const;

type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_OF_KIND: Record<EntityKind, TokenType> = {
  base: 'newsBase',
  person: 'newsPerson',
  organization: 'newsOrganization',
  place: 'newsPlace',
  event: 'newsEvent',
  figure: 'newsFigure',
};

interface Token {
  span: Span;
  type: TokenType;
  modifiers: TokenModifier[];
  /** Lower wins when two tokens overlap (tokens may not overlap in LSP). */
  rank: number;
}

/** Every highlighted span of an article: entities by kind, dates, and figures (qualifier + number). */
export function collectTokens(analysis: ArticleAnalysis): Token[] {
  const tokens: Token[] = [];
  for (const e of analysis.entities) {
    const modifiers: TokenModifier[] = [];
    if (e.candidates.length > 1) modifiers.push('ambiguous');
    else if (e.id === null) modifiers.push('unknown');
    if (e.explicit) modifiers.push('explicit');
    tokens.push({ span: e.span, type: e.kind ? TYPE_OF_KIND[e.kind] : 'newsEntity', modifiers, rank: e.explicit ? 0 : 1 });
  }
  for (const d of analysis.dates) {
    const modifiers: TokenModifier[] = [];
    if (d.relative) modifiers.push('relative');
    if (d.date === null) modifiers.push('unknown');
    if (d.explicit) modifiers.push('explicit');
    tokens.push({ span: d.span, type: 'newsDate', modifiers, rank: d.explicit ? 0 : 2 });
  }
  for (const f of analysis.figures) {
    // Only the qualifier and number: the counted noun often holds an entity ("US troops").
    const end = Math.max(f.numberSpan.end, f.span.start);
    const modifiers: TokenModifier[] = f.explicit ? ['explicit'] : [];
    tokens.push({ span: { start: f.span.start, end }, type: 'newsFigure', modifiers, rank: f.explicit ? 0 : 3 });
  }
  return removeOverlaps(tokens);
}

/** Sweeps tokens by start; where two overlap, the better-ranked one (explicit, then entity) stays. */
function removeOverlaps(tokens: Token[]): Token[] {
  const sorted = tokens.filter((t) => t.span.end > t.span.start).sort((a, b) => a.span.start - b.span.start || a.rank - b.rank);
  const kept: Token[] = [];
  for (const t of sorted) {
    const last = kept[kept.length - 1];
    if (!last || last.span.end <= t.span.start) kept.push(t);
    else if (t.rank < last.rank) kept[kept.length - 1] = t;
  }
  return kept;
}

/** Encodes tokens (split at line breaks) for the full document or the lines of `range`. */
export function encodeTokens(tokens: Token[], lines: LineIndex, range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) {
    const start = lines.positionAt(t.span.start);
    const end = lines.positionAt(t.span.end);
    if (range && (end.line < range.start.line || start.line > range.end.line)) continue;
    const typeIndex = TOKEN_TYPES.indexOf(t.type);
    const modifierBits = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lines.lineEnd(line) - lines.lineStart(line);
      if (to > from) builder.push(line, from, to - from, typeIndex, modifierBits);
    }
  }
  return builder.build();
}
