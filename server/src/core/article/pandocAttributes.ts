import type { Annotation, Span } from '../types';

/** One Pandoc attribute: `@id`, `.class`, `#identifier` or `key=value` (value maybe quoted). */
const ATTRIBUTE = /[ \t]*(?:@([^\s{}"']+)|\.([A-Za-z][\w-]*)|#([\w:.-]+)|([A-Za-z][\w-]*)=(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'{}]+)))[ \t]*/y;

/**
 * Reads `{…}` after `[text]`. Returns null if it is not a Pandoc attribute list (then the braces
 * are prose). Every `@id`, `figure=`, `date=` and `.class` item becomes an annotation over the
 * same text, so `[5,000 US troops]{figure=us-troops-iraq date=2020-01}` carries both; a class
 * next to an `@id` is dropped, because the gazetteer entry already says what kind it is.
 */
export function parseAttributes(text: string, open: number, close: number, braceEnd: number): Annotation[] | null {
  const span = { start: open, end: braceEnd + 1 };
  const textSpan = { start: open + 1, end: close };
  const annotationText = text.slice(textSpan.start, textSpan.end);
  const found: Annotation[] = [];
  let hasId = false;
  // Read from the braces' content only, so a stray quote cannot send the regex down the line.
  const inner = text.slice(close + 2, braceEnd);
  const base = close + 2;
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < inner.length) {
    const m = ATTRIBUTE.exec(inner);
    if (!m) return null;
    const at = (value: string, offsetInMatch: number): Span => ({ start: base + m.index + offsetInMatch, end: base + m.index + offsetInMatch + value.length });
    const add = (kind: Annotation['kind'], value: string, valueSpan: Span): void => {
      found.push({ kind, span, textSpan, text: annotationText, value, valueSpan });
    };
    if (m[1] !== undefined) {
      hasId = true;
      add('entity', m[1], at(m[1], m[0].indexOf('@') + 1));
    } else if (m[2] !== undefined) {
      add('class', m[2], at(m[2], m[0].indexOf('.') + 1));
    } else if (m[4] !== undefined) {
      const value = m[5] ?? m[6] ?? m[7] ?? '';
      const eq = m[0].indexOf('=');
      const quoted = m[5] !== undefined || m[6] !== undefined ? 1 : 0;
      const key = m[4].toLowerCase();
      if (key === 'figure') add('figure', value, at(value, eq + 1 + quoted));
      else if (key === 'date') add('date', value, at(value, eq + 1 + quoted));
    }
  }
  return hasId ? found.filter((a) => a.kind !== 'class') : found;
}
