import { codeInfo } from '../diagnostics/codes';
import { LineIndex } from '../text/lineIndex';
import type { CoreDiagnostic, DiagnosticCode, RelatedInfo, Severity, Span } from '../types';
import { trimSpanEnd } from './yamlNodes';

export interface ReportOptions {
  severity?: Severity;
  related?: RelatedInfo[];
  data?: Record<string, unknown>;
}

/** One gazetteer file being loaded: its text, its diagnostics, and "file:line" labels for messages. */
export class FileContext {
  readonly diagnostics: CoreDiagnostic[] = [];
  private lineIndex: LineIndex | undefined;

  constructor(readonly uri: string, readonly text: string) {}

  /** The file's last path segment, for messages ("places.yaml"). */
  get fileName(): string {
    return fileNameOf(this.uri);
  }

  /** One-based line of an offset; the index is built only when a message needs it. */
  lineOf(offset: number): number {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex.positionAt(offset).line + 1;
  }

  /** `places.yaml:12`, the way messages say where the other side of a finding is. */
  where(span: Span): string {
    return `${this.fileName}:${this.lineOf(span.start)}`;
  }

  report(code: DiagnosticCode, span: Span, message: string, options: ReportOptions = {}): CoreDiagnostic {
    const diagnostic: CoreDiagnostic = {
      code,
      severity: options.severity ?? codeInfo(code).severity,
      message,
      uri: this.uri,
      span: trimSpanEnd(this.text, clampSpan(span, this.text.length)),
    };
    if (options.related) diagnostic.related = options.related;
    if (options.data) diagnostic.data = options.data;
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
}

export function fileNameOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1) || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}
