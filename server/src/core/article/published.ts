import { parseIsoDay, parsePreciseDate } from '../dates/preciseDate';
import type { CoreDiagnostic, PreciseDate } from '../types';
import type { FrontMatterResult } from './frontMatter';
import type { PublicationStamp } from './publicationStamp';

/** What the "insert `published:`" quick fix writes; a front end replaces it with a real date. */
export const PUBLISHED_PLACEHOLDER = 'YYYY-MM-DD';

/**
 * The publication date: `YYYY-MM-DD` or an ISO date-time, kept as a day. Anything else (missing,
 * a bare year, a month, a typo) gives `missing-publication-date`, because relative dates
 * ("Wednesday", "next week") need a day to resolve against.
 *
 * The diagnostic's `data` says where the quick fix writes: `insertOffset` + `insertText`, and
 * `replaceSpan` when a bad value is to be replaced. `insertText` holds `placeholder`, which the
 * front end may swap for a date (the core has no clock). When the page's own publication stamp
 * survives in the body (`stampOf`, asked only here), `suggestedDate` is its day and `stampSpan`
 * its line, and the message says so.
 */
export function readPublished(
  uri: string, text: string, fm: FrontMatterResult, stampOf: (headerOnly: boolean) => PublicationStamp | null = () => null,
): { published: PreciseDate | null; diagnostics: CoreDiagnostic[] } {
  const field = fm.frontMatter.fields.get('published');
  const parsed = field ? parsePreciseDate(field.value) : null;
  if (field && parsed && parsed.precision === 'day') {
    const mismatch = stampMismatch(uri, field.valueSpan, parsed.value, stampOf(true));
    return { published: parsed, diagnostics: mismatch ? [mismatch] : [] };
  }

  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let diagnostic: CoreDiagnostic;
  const base = { code: 'missing-publication-date' as const, severity: 'warning' as const, uri };
  if (field) {
    const shown = field.value === null || field.value === undefined ? 'empty' : JSON.stringify(field.value);
    diagnostic = {
      ...base,
      span: field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan,
      message: `\`published\` is ${shown}; write the day as YYYY-MM-DD (or an ISO date-time). Relative dates stay unresolved until then.`,
      data: {
        insertOffset: field.valueSpan.start,
        insertText: field.valueSpan.end > field.valueSpan.start ? PUBLISHED_PLACEHOLDER : ` ${PUBLISHED_PLACEHOLDER}`,
        replaceSpan: field.valueSpan,
        placeholder: PUBLISHED_PLACEHOLDER,
      },
    };
  } else if (fm.openingLine && fm.unreadable) {
    // The front matter is broken: `published:` may well be there; inserting another would only
    // add a duplicate, so there is no fix until the YAML reads again.
    diagnostic = {
      ...base,
      span: fm.openingLine,
      message: 'No readable `published:` date (see the front matter error); relative dates stay unresolved.',
    };
  } else if (fm.openingLine && fm.closingLineStart !== null) {
    diagnostic = {
      ...base,
      span: fm.openingLine,
      message: 'The front matter has no `published:` date; relative dates ("Wednesday", "next week") stay unresolved.',
      data: { insertOffset: fm.closingLineStart, insertText: `published: ${PUBLISHED_PLACEHOLDER}${eol}`, placeholder: PUBLISHED_PLACEHOLDER },
    };
  } else {
    const lineEnd = firstLineEnd(text, fm.bodyStart);
    diagnostic = {
      ...base,
      span: { start: fm.bodyStart, end: lineEnd },
      message: 'The article has no front matter with a `published:` date; relative dates ("Wednesday", "next week") stay unresolved.',
      data: { insertOffset: fm.bodyStart, insertText: `---${eol}published: ${PUBLISHED_PLACEHOLDER}${eol}---${eol}`, placeholder: PUBLISHED_PLACEHOLDER },
    };
  }
  if (diagnostic.data?.placeholder !== undefined) {
    const stamp = stampOf(false);
    if (stamp) {
      diagnostic.message += ` The page's own stamp on line ${stamp.line} (“${stamp.text}”) gives ${stamp.date}.`;
      diagnostic.data = { ...diagnostic.data, suggestedDate: stamp.date, stampSpan: stamp.span, stampText: stamp.text };
    }
  }
  return { published: null, diagnostics: [diagnostic] };
}

/**
 * Days between `published` and the page's stamp from which they are reported as disagreeing: a day
 * apart is left alone, since the stamp's time zone may put the same moment on the next or the
 * previous day.
 */
const MISMATCH_DAYS = 2;

/** `publication-date-mismatch` when the header's publication stamp is MISMATCH_DAYS or more from `published`. */
function stampMismatch(uri: string, valueSpan: { start: number; end: number }, published: string, stamp: PublicationStamp | null): CoreDiagnostic | null {
  if (!stamp) return null;
  const a = parseIsoDay(published);
  const b = parseIsoDay(stamp.date);
  if (a === null || b === null) return null;
  const apart = Math.abs(a - b);
  if (apart < MISMATCH_DAYS) return null;
  return {
    code: 'publication-date-mismatch',
    severity: 'warning',
    uri,
    span: valueSpan,
    message: `\`published\` is ${published}, but the page's own stamp on line ${stamp.line} (“${stamp.text}”) gives ${stamp.date}, ${apart} days ${b < a ? 'earlier' : 'later'}: relative dates ("Tuesday", "yesterday") are read from ${published}.`,
    data: { published, stampDate: stamp.date, stampSpan: stamp.span, stampText: stamp.text, replaceSpan: valueSpan, replacement: stamp.date },
    related: [{ uri, span: stamp.span, message: `The page's publication stamp: ${stamp.date}` }],
  };
}

function firstLineEnd(text: string, from: number): number {
  let end = text.indexOf('\n', from);
  if (end === -1) end = text.length;
  if (end > from && text.charCodeAt(end - 1) === 13) end--;
  return end;
}
