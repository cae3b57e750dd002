import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoPath, repoRoot } from '../support/repo';
import { runCli } from '../support/cli';

// The built `newsmd` on committed inputs, compared with committed expectation files. After an
// intended change in behaviour, review the diff and refresh with NEWSMD_UPDATE_EXPECTED=1.

const update = process.env.NEWSMD_UPDATE_EXPECTED === '1';

function expectFile(file: string, actual: string): void {
  const abs = repoPath('test', 'cli', 'expected', file);
  if (update || !existsSync(abs)) {
    if (!update) assert.fail(`missing expectation ${file}; run with NEWSMD_UPDATE_EXPECTED=1 to create it`);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, actual);
    return;
  }
  assert.equal(actual, readFileSync(abs, 'utf8'), `output differs from test/cli/expected/${file}`);
}

describe('newsmd check on committed inputs', () => {
  test('the sample corpus, text format', () => {
    const r = runCli(['check', 'examples'], repoRoot);
    assert.equal(r.status, 1, 'the corpus plants errors on purpose');
    assert.equal(r.stderr, '');
    expectFile('examples.txt', r.stdout);
  });

  test('the sample corpus, json format', () => {
    const r = runCli(['check', 'examples', '--format', 'json'], repoRoot);
    assert.equal(r.status, 1);
    expectFile('examples.json', r.stdout);
  });

  test('the sample corpus shows every diagnostic code at least once', () => {
    const r = runCli(['check', 'examples', '--format', 'json'], repoRoot);
    const codes = new Set<string>();
    for (const f of JSON.parse(r.stdout).files) for (const d of f.diagnostics) codes.add(d.code);
    const documented = readFileSync(repoPath('docs', 'diagnostics', 'README.md'), 'utf8');
    const all = [...documented.matchAll(/\[`([a-z-]+)`\]/g)].map((m) => m[1]);
    assert.ok(all.length >= 19, `expected the 19 codes in docs/diagnostics/README.md, found ${all.length}`);
    assert.deepEqual(all.filter((c) => !codes.has(c)), []);
  });

  test('ranges are UTF-16 columns on lines with Arabic, curly quotes and emoji', () => {
    const dir = repoPath('test', 'fixtures', 'cli', 'unicode');
    const r = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const article = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'rtl-and-emoji.news.md');
    const got = article.entities.map((e: { id: string; range: { start: { line: number; character: number }; end: { character: number } } }) =>
      [e.id, e.range.start.line, e.range.start.character, e.range.end.character]);
    // Columns counted by hand in UTF-16 code units: 🚀 is two units, curly quotes and Arabic letters one.
    assert.deepEqual(got, [
      ['ain-al-asad', 5, 6, 17],
      ['ain-al-asad', 5, 21, 30],
      ['iraq', 5, 47, 51],
      ['tahsin-al-khafaji', 5, 67, 80],
      ['tahsin-al-khafaji', 6, 13, 23],
      ['iraq', 6, 31, 35],
      ['ain-al-asad', 6, 52, 63],
    ]);
  });
});
