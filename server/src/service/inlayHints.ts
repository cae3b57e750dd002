import { type InlayHint, type Range, InlayHintKind } from 'vscode-languageserver';
import { type DateMention, type PreciseDate, WEEKDAY_NAMES, parseIsoDay, weekdayOf } from '../core';
import type { Analysed } from './workspaceState';

/** "Wed 2020-01-15", "2020-W03 (Jan 13–19)", "2020-01", "2020". */
export function dateLabel(date: PreciseDate): string {
  if (date.precision === 'day') {
    const day = parseIsoDay(date.start);
    return day === null ? date.value : `${WEEKDAY_NAMES[weekdayOf(day)].slice(0, 3)} ${date.value}`;
  }
  if (date.precision === 'week') return `${date.value} (${date.start} – ${date.end})`;
  return date.value;
}

/** Worth a hint: the text does not already say the resolved date (relative dates, weekdays, dates without a year). */
function needsHint(m: DateMention): m is DateMention & { date: PreciseDate } {
  if (!m.date) return false;
  if (m.relative) return true;
  return !m.text.includes(m.date.value.slice(0, 4));
}

/** The resolved date after each date expression whose text does not already state it. */
export function dateInlayHints(analysed: Analysed, range: Range): InlayHint[] {
  const out: InlayHint[] = [];
  for (const m of analysed.analysis.dates) {
    if (!needsHint(m)) continue;
    const position = analysed.lines.positionAt(m.span.end);
    if (position.line < range.start.line || position.line > range.end.line) continue;
    out.push({ position, label: `= ${dateLabel(m.date)}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `Resolved against the publication date (${m.date.precision} precision)` });
  }
  return out;
}
