import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { repoPath } from '../support/repo';
import { runCli, snapshotTree, tempCopy, tempDir } from '../support/cli';

const ARTICLE = `---
title: Troop numbers questioned
source: Example Wire
published: 2021-03-02
---
<!-- newsmd-disable-next-line entity-candidate -->
The [spokesman]{@no-such-person} said on Monday that US troops remain in Iraq.
`;
const GAZETTEER = `places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  united-states: { name: United States, aliases: [US, U.S.], type: country }
`;

function fixture(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'troops.news.md'), ARTICLE);
  writeFileSync(path.join(dir, 'gazetteer.yaml'), GAZETTEER);
  return dir;
}

describe('newsmd check output formats', () => {
  test('text output is compiler-like with a summary, exit 1 on errors', () => {
    const r = runCli(['check', '.'], fixture());
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^troops\.news\.md:7:18: error entity-unknown-id .*no-such-person/m);
    assert.match(r.stdout, /^2 files checked: 1 error, /m);
  });

  test('json output has the SPEC §7 shape for articles and gazetteer files', () => {
    const r = runCli(['check', '.', '--format', 'json'], fixture());
    const report = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(report), ['files']);
    const [article, gazetteer] = report.files;
    assert.deepEqual(Object.keys(article), ['path', 'published', 'entities', 'dates', 'figures', 'diagnostics']);
    assert.equal(article.path, 'troops.news.md');
    assert.equal(article.published, '2021-03-02');
    const unknown = article.diagnostics.find((d: { code: string }) => d.code === 'entity-unknown-id');
    // `[spokesman]{@no-such-person}`: the diagnostic sits on the id, after `{@`.
    assert.deepEqual(unknown.range, { start: { line: 6, character: 17 }, end: { line: 6, character: 31 } });
    assert.equal(gazetteer.path, 'gazetteer.yaml');
    assert.deepEqual([gazetteer.entities, gazetteer.dates, gazetteer.figures], [[], [], []]);
  });

  test('sarif output validates against the SARIF 2.1.0 schema', () => {
    const r = runCli(['check', '.', '--format', 'sarif'], fixture());
    assert.equal(r.status, 1);
    const log: { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] } = JSON.parse(r.stdout);
    const schemaPath = repoPath('node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const result = log.runs[0].results.find((x) => x.ruleId === 'entity-unknown-id');
    assert.equal(result!.level, 'error');
    assert.equal(result!.locations[0].physicalLocation.artifactLocation.uri, 'troops.news.md');
    assert.equal(result!.locations[0].physicalLocation.region.startLine, 7);
  });

  test('checking the sample corpus in every format writes nothing', () => {
    const dir = tempCopy(repoPath('examples'));
    const before = snapshotTree(dir);
    for (const format of ['text', 'json', 'sarif']) runCli(['check', '.', '--format', format], dir);
    assert.deepEqual(snapshotTree(dir), before);
  });
});
