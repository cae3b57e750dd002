import { docsUrl } from './codes';
import type { RegistryRow } from './registry';
import { objectAt, replaceKeys, serialiseIfChanged } from './replaceKeys';
import { LINT_LEVELS, documentationLink } from './settingText';

// The `newsmd.lint.<code>` settings of package.json `contributes.configuration`, one per registry
// row. scripts/generate-from-registry.mjs writes them; the drift test reads them back.

export const LINT_SETTING_PREFIX = 'newsmd.lint.';

const ENUM_DESCRIPTIONS = [
  'Do not report it.',
  'Report it as a hint (dotted underline).',
  'Report it as information.',
  'Report it as a warning.',
  'Report it as an error.',
];

export function lintSetting(row: RegistryRow): Record<string, unknown> {
  return {
    type: 'string',
    enum: [...LINT_LEVELS],
    default: row.severity,
    scope: 'resource',
    markdownDescription: `Severity of \`${row.code}\`: ${row.summary} A \`.newsmd.yaml\` in the workspace root overrides this setting for this code (the command line reads the same file). ${documentationLink(docsUrl(row.code))}`,
    enumDescriptions: [...ENUM_DESCRIPTIONS],
  };
}

/** The settings keyed `newsmd.lint.<code>`, in registry order. */
export function lintSettings(rows: readonly RegistryRow[]): Record<string, unknown> {
  return Object.fromEntries(rows.map((row) => [`${LINT_SETTING_PREFIX}${row.code}`, lintSetting(row)]));
}

const PROPERTIES = ['contributes', 'configuration', 'properties'];

/** package.json with its lint settings generated from `rows`; every other byte as it was. */
export function rewriteManifest(text: string, rows: readonly RegistryRow[]): string {
  const before = JSON.parse(text) as unknown;
  const after = JSON.parse(text) as unknown;
  const owner = objectAt(after, PROPERTIES.slice(0, -1), 'package.json');
  owner.properties = replaceKeys(objectAt(after, PROPERTIES, 'package.json'), (k) => k.startsWith(LINT_SETTING_PREFIX), lintSettings(rows));
  return serialiseIfChanged(text, before, after);
}
