import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { DIAGNOSTIC_CODES, withDefaults } from '../../../server/src/core';
import { Workspaces, applyConfig, isArticlePath, isSkippedFolder, parseConfig } from '../../../server/src/workspace';
import { repoPath } from '../../support/repo';
import { tempFolders } from '../../support/tempFolders';
import { writeTree } from '../../support/trees';

const schema = JSON.parse(readFileSync(repoPath('schemas', 'newsmd-config.schema.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
const newFolder = tempFolders('newsmd-wsunit-');

describe('.newsmd.yaml', () => {
  test('every key is read', () => {
    const c = parseConfig('gazetteer: [g.yaml, gaz/]\nignore: drafts/\nlint:\n  entity-candidate: "off"\nfigures:\n  nearlyTolerance: 0.2\n  corpusWindowDays: 7\n', '/ws/.newsmd.yaml');
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.gazetteer, ['g.yaml', 'gaz/']);
    assert.deepEqual(c.ignore, ['drafts/']);
    assert.deepEqual(c.lint, { 'entity-candidate': 'off' });
    const settings = applyConfig(withDefaults({ lint: { 'entity-ambiguous': 'error', 'entity-candidate': 'warning' }, figures: { approximateTolerance: 0.3 } }), c);
    assert.deepEqual(settings.lint, { 'entity-ambiguous': 'error', 'entity-candidate': 'off' }, 'the file wins; the editor applies where it is silent');
    assert.deepEqual(settings.figures, { approximateTolerance: 0.3, nearlyTolerance: 0.2, corpusWindowDays: 7 });
  });

  test('wrong values are problems, and the rest still applies', () => {
    const c = parseConfig('lint:\n  entity-candidate: loud\n  no-such-code: error\n  entity-ambiguous: error\nfigures:\n  corpusWindowDays: 2.5\ncolour: red\n', 'f');
    assert.deepEqual(c.lint, { 'entity-ambiguous': 'error' });
    assert.equal(c.problems.length, 4, c.problems.join('\n'));
    assert.match(parseConfig('lint: [\n', 'f').problems[0], /not valid YAML/);
    assert.deepEqual(parseConfig('# only a comment\n', 'f').problems, []);
    assert.deepEqual(parseConfig(`lint: ${'['.repeat(60_000)}\n`, 'f').problems, ['nested more than 1,000 levels deep, so it is not read']);
  });

  test('the schema and the editor settings list exactly the diagnostic codes, with their defaults', () => {
    const codes = DIAGNOSTIC_CODES.map((c) => c.code);
    assert.deepEqual(Object.keys(schema.properties.lint.properties), codes);
    for (const c of DIAGNOSTIC_CODES) assert.equal(schema.properties.lint.properties[c.code].default, c.severity, c.code);
    const settings = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(settings).filter((k) => k.startsWith('newsmd.lint.')).map((k) => k.slice('newsmd.lint.'.length)), codes);
    for (const c of DIAGNOSTIC_CODES) assert.equal(settings[`newsmd.lint.${c.code}`].default, c.severity, c.code);
    for (const key of Object.keys(schema.properties.figures.properties)) {
      assert.ok(settings[`newsmd.figures.${key}`], key);
      assert.equal(settings[`newsmd.figures.${key}`].default, schema.properties.figures.properties[key].default, key);
      assert.equal(settings[`newsmd.figures.${key}`].type, schema.properties.figures.properties[key].type, key);
    }
  });

  test('the schema is contributed to YAML tooling and accepts what the reader accepts', () => {
    assert.ok(manifest.contributes.yamlValidation.some((v: { fileMatch: string[]; url: string }) => v.fileMatch.includes('.newsmd.yaml') && v.url === './schemas/newsmd-config.schema.json'));
    const validate = new Ajv({ strict: false }).compile(schema);
    const good = 'gazetteer: [g.yaml]\nignore: [drafts/]\nlint:\n  entity-candidate: "off"\nfigures:\n  approximateTolerance: 0.2\n  corpusWindowDays: 10\n';
    assert.ok(validate(parseYaml(good)), JSON.stringify(validate.errors));
    assert.deepEqual(parseConfig(good, 'f').problems, []);
    for (const bad of ['colour: red\n', 'lint:\n  entity-candidate: loud\n', 'figures:\n  nearlyTolerance: 2\n']) {
      assert.equal(validate(parseYaml(bad)), false, bad);
      assert.equal(parseConfig(bad, 'f').problems.length, 1, bad);
    }
    assert.ok(validate(parseYaml(readFileSync(repoPath('examples', '.newsmd.yaml'), 'utf8')) ?? {}));
  });
});

describe('discovery rules', () => {
  test('one suffix rule (any case) and one skipped-folder rule', () => {
    assert.ok(isArticlePath('a/B.NEWS.MD') && isArticlePath('x.news.md') && !isArticlePath('x.news.markdown'));
    assert.ok(isSkippedFolder('node_modules') && isSkippedFolder('.git') && isSkippedFolder('.cache'));
    assert.ok(!isSkippedFolder('dist') && !isSkippedFolder('out'));
  });

  test('roots: .newsmd.yaml, else .git, else the fallback; a nested .newsmd.yaml is its own root', async () => {
    const top = writeTree(newFolder(), {
      'repo/.git/': '', 'repo/a/b/x.news.md': '', 'repo/team/.newsmd.yaml': '', 'repo/team/y.news.md': '', 'loose/z.news.md': '',
    });
    const ws = new Workspaces({ fallbackRoot: top });
    assert.equal(await ws.rootOf(path.join(top, 'repo/a/b')), path.join(top, 'repo'));
    assert.equal(await ws.rootOf(path.join(top, 'repo/team')), path.join(top, 'repo/team'));
    const found = await ws.articlesIn(path.join(top, 'repo'));
    assert.deepEqual(found.map((f) => [path.relative(top, f.file), path.relative(top, f.root)]), [
      ['repo/a/b/x.news.md', 'repo'], ['repo/team/y.news.md', 'repo/team'],
    ]);
    // /tmp itself has no marker: the fallback decides (unless a test machine has a .git above it).
    if ((await ws.rootOf(path.dirname(top))) === path.resolve(top)) assert.equal(await ws.rootOf(path.join(top, 'loose'), path.join(top, 'loose')), path.join(top, 'loose'));
  });
});
