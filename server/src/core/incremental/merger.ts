// Old findings outside the stretch and fresh ones inside it, spliced into one list in the order a whole analysis gives.

import type { CoreDiagnostic, EntityMention, Span } from '../types';
import type { Shift } from './shift';
import type { Stretch } from './stretch';

/** Splices old findings (kept or moved) around fresh ones from the stretch, and notes what it cannot vouch for. */
export class Merger {
  unsafe = false;

  constructor(private readonly stretch: Stretch, readonly shift: Shift) {}

  list<T extends { span: Span }>(old: readonly T[], fresh: readonly T[], move: (item: T) => T): T[] {
    const { start, end, oldEnd } = this.stretch;
    const out: T[] = [];
    for (const item of old) {
      if (item.span.start < start) {
        if (item.span.end > start) this.unsafe = true; // reaches into the stretch
        out.push(item);
      }
    }
    for (const item of fresh) {
      if (item.span.start >= start && item.span.start < end) {
        if (item.span.end > end) this.unsafe = true;
        out.push(item);
      }
    }
    for (const item of old) if (item.span.start >= oldEnd) out.push(move(item));
    return out;
  }

  diagnostics(old: readonly CoreDiagnostic[], fresh: readonly CoreDiagnostic[]): CoreDiagnostic[] {
    return this.list(old, fresh, (d) => this.shift.diagnostic(d));
  }
}

/**
 * The name matcher lists annotated mentions first, then matched names, each in text order; the
 * merged list keeps that order. Should the matcher ever list them otherwise, lists in plain text
 * order merge as they are, and anything else is not vouched for.
 */
export function mergeEntities(merge: Merger, old: EntityMention[], fresh: EntityMention[]): EntityMention[] {
  const move = (m: EntityMention) => merge.shift.entity(m);
  if (annotatedFirst(old) && annotatedFirst(fresh)) {
    return [
      ...merge.list(old.filter((m) => m.explicit), fresh.filter((m) => m.explicit), move),
      ...merge.list(old.filter((m) => !m.explicit), fresh.filter((m) => !m.explicit), move),
    ];
  }
  if (!inTextOrder(old) || !inTextOrder(fresh)) merge.unsafe = true;
  return merge.list(old, fresh, move);
}

function annotatedFirst(mentions: readonly EntityMention[]): boolean {
  let matched = false;
  for (const m of mentions) {
    if (!m.explicit) matched = true;
    else if (matched) return false;
  }
  return true;
}

function inTextOrder(items: readonly { span: Span }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i].span.start < items[i - 1].span.start) return false;
  return true;
}
