import { DIAGNOSTIC_CODES, isDiagnosticCode } from '../diagnostics/codes';
import type { LineIndex } from '../text/lineIndex';
import type { DiagnosticCode, Suppressions } from '../types';
import type { HtmlComment } from './markdownScan';

const ALL_CODES: readonly DiagnosticCode[] = DIAGNOSTIC_CODES.map((c) => c.code);
const DIRECTIVE = /^\s*newsmd-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

interface LineRange {
  from: number;
  /** Exclusive; Infinity while still open. */
  to: number;
}

/**
 * Suppression comments, as markdownlint reads them:
 * `<!-- newsmd-disable-next-line CODE… -->` (the line after the comment),
 * `<!-- newsmd-disable-line CODE… -->` (the comment's own line),
 * `<!-- newsmd-disable CODE… -->` … `<!-- newsmd-enable CODE… -->` (from the disable line up to
 * the enable line; to the end of the file without one), and front matter
 * `newsmd: { disable: [CODE…] }` (the whole file). No codes means every code. Unknown codes are
 * ignored, so a typo suppresses nothing rather than everything.
 */
export function buildSuppressions(comments: HtmlComment[], fileWide: DiagnosticCode[], lines: LineIndex): Suppressions {
  const whole = new Set<DiagnosticCode>(fileWide);
  const ranges = new Map<DiagnosticCode, LineRange[]>();
  const open = new Map<DiagnosticCode, LineRange>();

  const addRange = (code: DiagnosticCode, range: LineRange): void => {
    const list = ranges.get(code);
    if (list) list.push(range);
    else ranges.set(code, [range]);
  };

  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.inner);
    if (!m) continue;
    const words = m[2].split(/[\s,]+/).filter((w) => w !== '');
    const codes = words.length === 0 ? ALL_CODES : words.filter(isDiagnosticCode);
    const startLine = lines.positionAt(comment.span.start).line;
    const endLine = lines.positionAt(comment.span.end).line;
    switch (m[1]) {
      case 'disable-next-line':
        for (const code of codes) addRange(code, { from: endLine + 1, to: endLine + 2 });
        break;
      case 'disable-line':
        for (const code of codes) addRange(code, { from: startLine, to: endLine + 1 });
        break;
      case 'disable':
        for (const code of codes) {
          if (open.has(code)) continue;
          const range = { from: startLine, to: Infinity };
          open.set(code, range);
          addRange(code, range);
        }
        break;
      case 'enable':
        for (const code of codes) {
          const range = open.get(code);
          if (!range) continue;
          range.to = startLine;
          open.delete(code);
        }
        break;
    }
  }

  return {
    isSuppressed(code: DiagnosticCode, line: number): boolean {
      if (whole.has(code)) return true;
      const list = ranges.get(code);
      return list !== undefined && list.some((r) => line >= r.from && line < r.to);
    },
  };
}
