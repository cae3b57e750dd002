import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { rewriteConfigSchema } from '../../../server/src/core/diagnostics/configSchemaLint';
import { docsIndexTable, rewriteDocsIndex } from '../../../server/src/core/diagnostics/docsIndex';
import { lintSettings, rewriteManifest } from '../../../server/src/core/diagnostics/manifestSettings';
import { REGISTRY, type RegistryRow } from '../../../server/src/core/diagnostics/registry';
import { replaceKeys } from '../../../server/src/core/diagnostics/replaceKeys';
import { sarifRules } from '../../../server/src/core/diagnostics/sarifRules';
import { repoPath } from '../../support/repo';

// The generators follow the registry they are given: change a row in a copy and every output
// changes there, and only there.

const manifestText = readFileSync(repoPath('package.json'), 'utf8');
const schemaText = readFileSync(repoPath('schemas', 'newsmd-config.schema.json'), 'utf8');
const readmeText = readFileSync(repoPath('docs', 'diagnostics', 'README.md'), 'utf8');

const CODE = 'entity-candidate';
const louder: RegistryRow[] = REGISTRY.map((r) => (r.code === CODE ? { ...r, severity: 'error' as const } : r));

/** The lines of `after` that differ from `before`, which must have as many lines. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(b.length, a.length, 'the same number of lines');
  return b.filter((line, i) => line !== a[i]);
}

describe('diagnostics registry: generators', () => {
  test('a new default severity reaches the package.json setting, and nothing else there moves', () => {
    assert.equal((lintSettings(REGISTRY)[`newsmd.lint.${CODE}`] as { default: string }).default, 'hint');
    assert.equal((lintSettings(louder)[`newsmd.lint.${CODE}`] as { default: string }).default, 'error');
    assert.deepEqual(changedLines(manifestText, rewriteManifest(manifestText, louder)), ['          "default": "error",']);
  });

  test('… the schema default and its descriptions', () => {
    const lines = changedLines(schemaText, rewriteConfigSchema(schemaText, louder));
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0], /"default": "error"/);
    assert.match(lines[1], /\(default error\)/);
    assert.match(lines[2], /\(default `error`\)/);
  });

  test('… the SARIF rule level', () => {
    const before = sarifRules(REGISTRY);
    const after = sarifRules(louder);
    assert.deepEqual(after.map((r) => r.id), REGISTRY.map((r) => r.code));
    const i = after.findIndex((r) => r.id === CODE);
    assert.equal(before[i].defaultConfiguration.level, 'note');
    assert.equal(after[i].defaultConfiguration.level, 'error');
    assert.deepEqual(after.filter((_r, j) => j !== i), before.filter((_r, j) => j !== i));
    assert.match(after[i].helpUri, /\/docs\/diagnostics\/entity-candidate\.md$/);
  });

  test('… the row of the docs index', () => {
    assert.deepEqual(changedLines(readmeText, rewriteDocsIndex(readmeText, louder)),
      [`| [\`${CODE}\`](${CODE}.md) | error | Entities | A titled name or an organisation-like name that the gazetteer does not have yet. |`]);
  });

  test('a new code is appended after the last one everywhere', () => {
    const extra: RegistryRow = {
      code: 'figure-unit-unknown', severity: 'warning', area: 'Figures', summary: 'A figure’s unit is not one the gazetteer knows.',
      meaning: 'A unit the figure key does not record.', check: { kind: 'article', module: 'figures/figureChecks', export: 'checkFigures' },
    };
    const more = [...REGISTRY, extra];
    const settings = Object.keys((JSON.parse(rewriteManifest(manifestText, more)) as { contributes: { configuration: { properties: object } } }).contributes.configuration.properties);
    assert.equal(settings.at(-1), 'newsmd.lint.figure-unit-unknown');
    const schema = JSON.parse(rewriteConfigSchema(schemaText, more)) as { properties: { lint: { properties: Record<string, { description: string }> } } };
    assert.equal(schema.properties.lint.properties['figure-unit-unknown'].description, "Severity of figure-unit-unknown (default warning): A figure's unit is not one the gazetteer knows.");
    assert.equal(docsIndexTable(more).split('\n').at(-1), '| [`figure-unit-unknown`](figure-unit-unknown.md) | warning | Figures | A unit the figure key does not record. |');
  });

  test('a hand edit is undone and a second run changes nothing', () => {
    const edited = manifestText.replace('"default": "hint"', '"default": "warning"');
    assert.notEqual(edited, manifestText);
    assert.equal(rewriteManifest(edited, REGISTRY), manifestText);
    const once = rewriteDocsIndex(readmeText.replace('| hint |', '| error |'), REGISTRY);
    assert.equal(once, readmeText);
    assert.equal(rewriteDocsIndex(once, REGISTRY), once);
  });

  test('files formatted otherwise are left alone when their generated part already agrees', () => {
    const compact = `${JSON.stringify(JSON.parse(manifestText))}\n`;
    assert.equal(rewriteManifest(compact, REGISTRY), compact);
  });

  test('the docs index needs its markers', () => {
    assert.throws(() => rewriteDocsIndex('# Diagnostics\n', REGISTRY), /codes:start/);
  });

  test('replaceKeys keeps other keys where they were and puts the new ones where the old began', () => {
    const out = replaceKeys({ a: 1, 'x.1': 0, b: 2, 'x.2': 0, c: 3 }, (k) => k.startsWith('x.'), { 'x.9': 9, 'x.8': 8 });
    assert.deepEqual(Object.entries(out), [['a', 1], ['x.9', 9], ['x.8', 8], ['b', 2], ['c', 3]]);
    assert.deepEqual(Object.keys(replaceKeys({ a: 1 }, () => false, { n: 1 })), ['a', 'n']);
  });
});
