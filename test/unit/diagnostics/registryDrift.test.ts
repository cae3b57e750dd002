import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { INDEX_END, INDEX_START, docsIndexTable, pageHeaderRow, rewriteDocsIndex } from '../../../server/src/core/diagnostics/docsIndex';
import { rewriteConfigSchema, schemaLintProperties } from '../../../server/src/core/diagnostics/configSchemaLint';
import { LINT_SETTING_PREFIX, lintSettings, rewriteManifest } from '../../../server/src/core/diagnostics/manifestSettings';
import { DOCS_FOLDER, REGISTRY, docsPage } from '../../../server/src/core/diagnostics/registry';
import { repoPath } from '../../support/repo';

// The files that list every diagnostic code must say what the registry says. They are generated
// by `npm run build` (scripts/generate-from-registry.mjs); a hand edit shows up here.

const FIX = 'Edit server/src/core/diagnostics/registry.ts, not this file, and run `npm run build` to regenerate it.';
const read = (file: string): string => readFileSync(repoPath(file), 'utf8');

describe('diagnostics registry: generated files are up to date', () => {
  test('the registry lists each code once', () => {
    const codes = REGISTRY.map((r) => r.code);
    assert.deepEqual([...new Set(codes)], codes);
    for (const code of codes) assert.match(code, /^[a-z]+(-[a-z]+)+$/, code);
  });

  test('package.json newsmd.lint.* settings', () => {
    const text = read('package.json');
    const settings = (JSON.parse(text) as { contributes: { configuration: { properties: Record<string, unknown> } } }).contributes.configuration.properties;
    const lint = Object.fromEntries(Object.entries(settings).filter(([key]) => key.startsWith(LINT_SETTING_PREFIX)));
    assert.deepEqual(lint, lintSettings(REGISTRY), `package.json: the lint settings differ from the registry. ${FIX}`);
    assert.equal(rewriteManifest(text, REGISTRY), text, `package.json would be rewritten (order or formatting). ${FIX}`);
  });

  test('schemas/newsmd-config.schema.json lint keys', () => {
    const file = 'schemas/newsmd-config.schema.json';
    const text = read(file);
    const schema = JSON.parse(text) as { properties: { lint: { properties: unknown } } };
    assert.deepEqual(schema.properties.lint.properties, schemaLintProperties(REGISTRY), `${file}: the lint keys differ from the registry. ${FIX}`);
    assert.equal(rewriteConfigSchema(text, REGISTRY), text, `${file} would be rewritten. ${FIX}`);
  });

  test('the table of docs/diagnostics/README.md', () => {
    const text = read(`${DOCS_FOLDER}README.md`);
    const between = text.slice(text.indexOf(INDEX_START) + INDEX_START.length, text.indexOf(INDEX_END)).trim();
    assert.equal(between, docsIndexTable(REGISTRY), `${DOCS_FOLDER}README.md: the table of codes differs from the registry. ${FIX}`);
    assert.equal(rewriteDocsIndex(text, REGISTRY), text, `${DOCS_FOLDER}README.md would be rewritten. ${FIX}`);
  });

  test('every code has its page, whose header agrees with the registry, and every page has a code', () => {
    for (const row of REGISTRY) {
      const page = docsPage(row.code);
      assert.ok(existsSync(repoPath(page)), `${page} is missing: every code in the registry needs a page (README, "Adding a check").`);
      const lines = read(page).split('\n');
      assert.equal(lines[0], `# \`${row.code}\``, `${page}: the title should be the code`);
      assert.ok(lines.slice(0, 12).includes(pageHeaderRow(row)), `${page}: the table under the title should read ${pageHeaderRow(row)} (the registry's default severity and area)`);
    }
    const pages = readdirSync(repoPath(DOCS_FOLDER)).filter((f) => f.endsWith('.md') && f !== 'README.md');
    const codes = new Set<string>(REGISTRY.map((r) => r.code));
    assert.deepEqual(pages.filter((f) => !codes.has(f.slice(0, -'.md'.length))), [], 'pages for codes the registry does not have');
  });
});
