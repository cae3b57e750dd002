import { parse as parseYaml } from 'yaml';
import { type AnalysisSettings, type DiagnosticCode, type LintLevel, firstOffsetDeeperThan, isDiagnosticCode, MAX_YAML_DEPTH } from '../core';

// `.newsmd.yaml`: the configuration the command line and the editor share (SPEC §7). Its schema is
// schemas/newsmd-config.schema.json; the keys are those of the editor's `newsmd.*` settings.

export const CONFIG_FILE = '.newsmd.yaml';

/** True for the files whose change can change discovery itself: `.newsmd.yaml` and `.gitignore` (a path or a URI). */
export function isDiscoveryFile(file: string): boolean {
  const base = file.replace(/\\/g, '/').split('/').pop();
  return base === CONFIG_FILE || base === '.gitignore';
}

export const LINT_LEVELS: readonly LintLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

export type FigureSettings = AnalysisSettings['figures'];

export interface WorkspaceConfig {
  /** The file read, or null when the root has none (or `--no-config`). */
  file: string | null;
  /** `gazetteer`: files or folders relative to the root; null when the file says nothing. */
  gazetteer: string[] | null;
  /** `ignore`: gitignore patterns relative to the root. */
  ignore: string[];
  lint: Partial<Record<DiagnosticCode, LintLevel>>;
  figures: Partial<FigureSettings>;
  /** What was wrong with the file (unknown keys, bad values): the rest of it still applies. */
  problems: string[];
}

export const NO_CONFIG: WorkspaceConfig = { file: null, gazetteer: null, ignore: [], lint: {}, figures: {}, problems: [] };

const FIGURE_KEYS: Record<keyof FigureSettings, { max?: number; integer?: boolean }> = {
  approximateTolerance: { max: 1 },
  nearlyTolerance: { max: 1 },
  corpusWindowDays: { integer: true },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, key: string, problems: string[]): string[] | null {
  if (value === undefined || value === null) return null;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
    problems.push(`\`${key}\` must be a string or a list of strings`);
    return null;
  }
  return list.map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * Reads the text of a `.newsmd.yaml`. Wrong values are reported in `problems` and ignored, so one
 * typo costs that key, not the whole configuration; invalid YAML makes the whole file a problem.
 */
export function parseConfig(text: string, file: string): WorkspaceConfig {
  const problems: string[] = [];
  let raw: unknown;
  if (firstOffsetDeeperThan(text, MAX_YAML_DEPTH) !== -1) {
    return { ...NO_CONFIG, file, problems: [`nested more than ${MAX_YAML_DEPTH.toLocaleString('en-US')} levels deep, so it is not read`] };
  }
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    return { ...NO_CONFIG, file, problems: [`not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`] };
  }
  if (raw === null || raw === undefined) return { ...NO_CONFIG, file };
  if (!isRecord(raw)) return { ...NO_CONFIG, file, problems: ['must be a mapping of keys (gazetteer, ignore, lint, figures)'] };

  const config: WorkspaceConfig = { file, gazetteer: null, ignore: [], lint: {}, figures: {}, problems };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'gazetteer':
        config.gazetteer = stringList(value, 'gazetteer', problems);
        break;
      case 'ignore':
        config.ignore = stringList(value, 'ignore', problems) ?? [];
        break;
      case 'lint':
        if (!isRecord(value)) {
          if (value !== null) problems.push('`lint` must be a mapping of diagnostic codes to off, hint, information, warning or error');
          break;
        }
        for (const [code, level] of Object.entries(value)) {
          if (!isDiagnosticCode(code)) problems.push(`\`lint.${code}\`: unknown diagnostic code`);
          else if (typeof level !== 'string' || !LINT_LEVELS.includes(level as LintLevel)) problems.push(`\`lint.${code}\` must be one of ${LINT_LEVELS.join(', ')}`);
          else config.lint[code] = level as LintLevel;
        }
        break;
      case 'figures':
        if (!isRecord(value)) {
          if (value !== null) problems.push('`figures` must be a mapping');
          break;
        }
        for (const [name, v] of Object.entries(value)) {
          const rule = (FIGURE_KEYS as Record<string, { max?: number; integer?: boolean } | undefined>)[name];
          if (!rule) problems.push(`\`figures.${name}\`: unknown key (expected ${Object.keys(FIGURE_KEYS).join(', ')})`);
          else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (rule.max !== undefined && v > rule.max) || (rule.integer && !Number.isInteger(v))) {
            problems.push(`\`figures.${name}\` must be ${rule.integer ? 'a whole number' : 'a number'} from 0${rule.max !== undefined ? ` to ${rule.max}` : ''}`);
          } else config.figures[name as keyof FigureSettings] = v;
        }
        break;
      default:
        problems.push(`\`${key}\`: unknown key (expected gazetteer, ignore, lint or figures)`);
    }
  }
  return config;
}

/**
 * The analysis settings of a workspace: the file's keys where it has them, else `base` (the
 * editor's `newsmd.*` settings, or the defaults on the command line).
 */
export function applyConfig(base: AnalysisSettings, config: WorkspaceConfig): AnalysisSettings {
  return {
    ...base,
    lint: { ...base.lint, ...config.lint },
    figures: { ...base.figures, ...config.figures },
  };
}

