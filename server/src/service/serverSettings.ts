import { type AnalysisSettings, type DiagnosticCode, type LintLevel, isDiagnosticCode, withDefaults } from '../core';
import { type WorkspaceConfig, applyConfig } from '../workspace/configText';

/** What the language server is configured with: analysis settings plus front-end-only knobs. */
export interface ServerSettings {
  analysis: AnalysisSettings;
  /** `newsmd.gazetteer.paths`: files or folders (relative to a workspace folder, or absolute). Empty = discover. */
  gazetteerPaths: string[];
  /** `newsmd.diagnostics.debounceMs`: delay before pushed diagnostics are recomputed after an edit. */
  debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 200;

const LINT_LEVELS: ReadonlySet<string> = new Set(['off', 'hint', 'information', 'warning', 'error']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumber(value: unknown, min: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : undefined;
}

/**
 * Maps the `newsmd` configuration section (as VS Code or any client sends it: nested objects, or
 * flat `lint.<code>` keys) onto ServerSettings. Bad values fall back to defaults rather than fail,
 * because a typo in settings.json must not cost the user every diagnostic.
 */
export function readServerSettings(section: unknown): ServerSettings {
  const raw = isRecord(section) ? section : {};
  const lint: Partial<Record<DiagnosticCode, LintLevel>> = {};
  const lintSection = isRecord(raw.lint) ? raw.lint : {};
  const flatLint = Object.entries(raw)
    .filter(([k]) => k.startsWith('lint.'))
    .map(([k, v]) => [k.slice(5), v] as const);
  for (const [code, level] of [...Object.entries(lintSection), ...flatLint]) {
    if (isDiagnosticCode(code) && typeof level === 'string' && LINT_LEVELS.has(level)) lint[code] = level as LintLevel;
  }
  const figures = isRecord(raw.figures) ? raw.figures : {};
  const gazetteer = isRecord(raw.gazetteer) ? raw.gazetteer : {};
  const diagnostics = isRecord(raw.diagnostics) ? raw.diagnostics : {};
  const paths = Array.isArray(gazetteer.paths) ? gazetteer.paths.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
  return {
    analysis: withDefaults({
      lint,
      figures: definedOnly({
        corpusWindowDays: finiteNumber(figures.corpusWindowDays, 0),
        approximateTolerance: finiteNumber(figures.approximateTolerance, 0),
        nearlyTolerance: finiteNumber(figures.nearlyTolerance, 0),
      }),
    }),
    gazetteerPaths: paths,
    debounceMs: finiteNumber(diagnostics.debounceMs, 0) ?? DEFAULT_DEBOUNCE_MS,
  };
}

/** Drops undefined values, so a missing setting keeps its default instead of overwriting it. */
function definedOnly<T extends Record<string, number | undefined>>(values: T): Partial<Record<keyof T, number>> {
  const out: Partial<Record<keyof T, number>> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const v = values[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * The settings in effect: the workspace's `.newsmd.yaml` where it says something, the editor's
 * `newsmd.*` settings where it is silent (SPEC §7).
 */
export function withWorkspaceConfig(editor: ServerSettings, config: WorkspaceConfig): ServerSettings {
  return {
    ...editor,
    analysis: applyConfig(editor.analysis, config),
    gazetteerPaths: config.gazetteer ?? editor.gazetteerPaths,
  };
}
