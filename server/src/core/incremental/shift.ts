import { carryConflictGroup } from '../figures/figureChecks';
import type { CoreDiagnostic, DateMention, EntityMention, FigureMention, Span } from '../types';

/**
 * Moves what an analysis found after an edit by the edit's length change. Only offsets at or
 * after `from` (the end of the re-read stretch, old coordinates) move: a diagnostic after the
 * edit may still point before it (`published` in the front matter).
 */
export class Shift {
  constructor(readonly from: number, readonly delta: number) {}

  span(s: Span): Span {
    return s.start >= this.from ? { start: s.start + this.delta, end: s.end + this.delta } : s;
  }

  entity(m: EntityMention): EntityMention {
    return { ...m, span: this.span(m.span) };
  }

  date(d: DateMention): DateMention {
    return { ...d, span: this.span(d.span) };
  }

  figure(f: FigureMention): FigureMention {
    const moved = { ...f, span: this.span(f.span), numberSpan: this.span(f.numberSpan) };
    carryConflictGroup(f, moved);
    return moved;
  }

  /**
   * A diagnostic with every offset pair of this article moved: its span, related information
   * and spans in `data` (`weekdaySpan`, `editSpan` …). Objects with another `uri` point into
   * other files (gazetteer entries) and stay as they are.
   */
  diagnostic(d: CoreDiagnostic): CoreDiagnostic {
    return this.value(d, d.uri) as CoreDiagnostic;
  }

  private value(v: unknown, uri: string): unknown {
    if (Array.isArray(v)) return v.map((x) => this.value(x, uri));
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if (typeof o.uri === 'string' && o.uri !== uri) return v;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      return o.start >= this.from ? { ...o, start: o.start + this.delta, end: o.end + this.delta } : v;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(o)) out[key] = this.value(o[key], uri);
    return out;
  }
}
