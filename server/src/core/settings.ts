import type { DiagnosticCode, Severity } from './types';

export type LintLevel = Severity | 'off';

/** Analysis settings; front ends map `newsmd.*` configuration onto this. */
export interface AnalysisSettings {
  /** Per-code severity override (`newsmd.lint.<code>`). */
  lint: Partial<Record<DiagnosticCode, LintLevel>>;
  figures: {
    /** `newsmd.figures.corpusWindowDays`: how far apart two articles may be to be compared. */
    corpusWindowDays: number;
    /** Relative tolerance of about/around/some/an estimated N (0.1 → [0.9N, 1.1N]). */
    approximateTolerance: number;
    /** Relative tolerance of nearly/almost N (0.1 → [0.9N, N)). */
    nearlyTolerance: number;
  };
  /** Cap on diagnostics per document, so a pathological file cannot flood an editor. */
  maxDiagnosticsPerFile: number;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  lint: {},
  figures: { corpusWindowDays: 14, approximateTolerance: 0.1, nearlyTolerance: 0.1 },
  maxDiagnosticsPerFile: 1000,
};

export function withDefaults(partial?: DeepPartial<AnalysisSettings>): AnalysisSettings {
  return {
    lint: { ...DEFAULT_SETTINGS.lint, ...(partial?.lint ?? {}) } as AnalysisSettings['lint'],
    figures: { ...DEFAULT_SETTINGS.figures, ...(partial?.figures ?? {}) },
    maxDiagnosticsPerFile: partial?.maxDiagnosticsPerFile ?? DEFAULT_SETTINGS.maxDiagnosticsPerFile,
  };
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
