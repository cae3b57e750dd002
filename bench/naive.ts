import { parseGazetteerDocument } from '../server/src/core/gazetteer/gazetteerReaders';

// The naive way of doing each step, measured beside ours so the table shows what the design buys,
// and the raw scan limit, so it shows how far from the machine's limit we are.

/**
 * The raw scan limit: one pass of `charCodeAt` over the text, doing the least work a scanner can
 * (counting word starts). Nothing that reads every character can be faster in JavaScript.
 */
export function scanLimit(texts: readonly string[]): number {
  let words = 0;
  for (const text of texts) {
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
      if (word && !inWord) words++;
      inWord = word;
    }
  }
  return words;
}

/** One big RegExp alternation of every name, longest first, on word boundaries, case-insensitive. */
export function buildRegexMatcher(names: readonly string[]): RegExp {
  const escaped = [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
}

/** Every match of the alternation in `text` (the naive entity matcher). */
export function regexMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** The gazetteer read the plain way: `yaml`'s `parseDocument` of every file, no fast path, no cache. */
export function parseWithYaml(texts: readonly string[]): number {
  let nodes = 0;
  for (const text of texts) {
    const doc = parseGazetteerDocument(text);
    nodes += doc.errors.length + (doc.contents ? 1 : 0);
  }
  return nodes;
}
