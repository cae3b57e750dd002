import type { EntityKind, Span } from '../types';
import type { ArticleAnalysis } from '../analysisKinds';
import { CodePointOffsets } from './codePoints';
import { compare, conservativeValue, figureInterval } from './shared';

// brat standoff (https://brat.nlplab.org/standoff.html). The `.txt` is the article body exactly
// as on disk from the end of the front matter, so offsets in the `.ann` plus the front matter's
// length give the file offset again. brat offsets count code points, not UTF-16 units.

export interface BratDocument {
  txt: string;
  ann: string;
}

/** brat entity types by gazetteer kind; `Entity` is a name with no single gazetteer entry. */
const ENTITY_TYPES: Record<EntityKind, string> = {
  base: 'Base',
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  figure: 'Figure',
};

interface Mention {
  span: Span;
  text: string;
  type: string;
  /** Tokens for the AnnotatorNotes line (`key=value`), empty for no note. */
  note: string[];
  order: number;
}

export function toBrat(a: ArticleAnalysis): BratDocument {
  const { text, bodyStart } = a.article;
  const txt = text.slice(bodyStart);
  const offsets = new CodePointOffsets(txt);

  const mentions: Mention[] = [];
  for (const e of a.entities) {
    const note = e.id !== null ? [`id=${e.id}`] : e.candidates.length > 0 ? [`candidates=${[...e.candidates].sort().join(',')}`] : [];
    mentions.push({ span: e.span, text: e.text, type: e.kind ? ENTITY_TYPES[e.kind] : 'Entity', note, order: 0 });
  }
  for (const d of a.dates) {
    const note = d.date ? [`value=${d.date.value}`, `precision=${d.date.precision}`, `from=${d.date.start}`, `to=${d.date.end}`] : ['value=unresolved'];
    mentions.push({ span: d.span, text: d.text, type: 'Date', note, order: 1 });
  }
  for (const f of a.figures) {
    const note = [`unit=${f.unit}`];
    if (f.noun !== null) note.push(`noun=${f.noun}`);
    note.push(`interval=${figureInterval(f)}`);
    if (f.key !== null) note.unshift(`key=${f.key}`);
    const conservative = conservativeValue(f);
    if (conservative !== null) note.push(`conservative=${conservative}`);
    if (f.date) note.push(`asOf=${f.date.value}`);
    mentions.push({ span: f.span, text: f.text, type: 'Figure', note, order: 2 });
  }

  // Only what lies in the body can be placed in the `.txt`; the recognisers never look elsewhere,
  // so this drops nothing in practice, but a `.ann` line must never point outside its text.
  const placed = mentions
    .filter((m) => m.span.start >= bodyStart && m.span.end <= text.length && m.span.end > m.span.start)
    .sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end || x.order - y.order || compare(x.text, y.text));

  const lines: string[] = [];
  let t = 0;
  let n = 0;
  for (const m of placed) {
    const local = { start: m.span.start - bodyStart, end: m.span.end - bodyStart };
    const fragments = lineFragments(txt, local);
    if (fragments.length === 0) continue;
    t++;
    const offsetsText = fragments.map((f) => `${offsets.toCodePoint(f.start)} ${offsets.toCodePoint(f.end)}`).join(';');
    // brat shows the text of a multi-line mention as its fragments joined by a space.
    const mentionText = fragments.map((f) => txt.slice(f.start, f.end)).join(' ');
    lines.push(`T${t}\t${m.type} ${offsetsText}\t${mentionText}`);
    if (m.note.length > 0) lines.push(`#${++n}\tAnnotatorNotes T${t}\t${m.note.join(' ')}`);
  }
  return { txt, ann: lines.map((l) => `${l}\n`).join('') };
}

/**
 * A brat text-bound annotation cannot contain a line break, so a mention that wraps a line
 * becomes a discontinuous one: one fragment per line, line breaks and their edges left out.
 */
export function lineFragments(txt: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || txt[i] === '\n' || txt[i] === '\r') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(txt[s])) s++;
      while (e > s && /\s/.test(txt[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}
