import { docsUrl } from './codes';
import type { RegistryRow } from './registry';
import { objectAt, serialiseIfChanged } from './replaceKeys';
import { LINT_LEVELS, documentationLink, plainText } from './settingText';

// The `lint` keys of schemas/newsmd-config.schema.json (`.newsmd.yaml`), one per registry row.

export function schemaLintProperty(row: RegistryRow): Record<string, unknown> {
  return {
    enum: [...LINT_LEVELS],
    default: row.severity,
    description: `Severity of ${row.code} (default ${row.severity}): ${plainText(row.summary)}`,
    markdownDescription: `Severity of \`${row.code}\` (default \`${row.severity}\`): ${row.summary} ${documentationLink(docsUrl(row.code))}`,
  };
}

export function schemaLintProperties(rows: readonly RegistryRow[]): Record<string, unknown> {
  return Object.fromEntries(rows.map((row) => [row.code, schemaLintProperty(row)]));
}

/** The schema with `lint.properties` generated from `rows`; the rest as it was. */
export function rewriteConfigSchema(text: string, rows: readonly RegistryRow[]): string {
  const before = JSON.parse(text) as unknown;
  const after = JSON.parse(text) as unknown;
  // Every key under lint.properties is a code, so the whole object is generated.
  objectAt(after, ['properties', 'lint'], 'the .newsmd.yaml schema').properties = schemaLintProperties(rows);
  return serialiseIfChanged(text, before, after);
}
