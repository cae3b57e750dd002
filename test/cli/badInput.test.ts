import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempDir } from '../support/cli';

// Bad input never shows a stack trace: a diagnostic at the right place, or one line and exit 2.

const ARTICLE = `---
title: Coalition hands over another site
source: Example Wire
published: 2020-08-20
---
The coalition handed a site in Anbar to Iraqi forces on Wednesday.
`;

const GAZETTEER = `places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
`;

function noStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+\(.*:\d+:\d+\)/, `unexpected stack trace:\n${text}`);
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('newsmd check on bad input', () => {
  test('a missing path is one line on stderr and exit 2', () => {
    const dir = workspace({});
    const r = runCli(['check', 'no-such-folder'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /no-such-folder: no such file or directory/);
    assert.equal(r.stdout, '');
  });

  test('unknown options and formats are refused with exit 2', () => {
    const dir = workspace({ 'a.news.md': ARTICLE });
    for (const args of [['check', '--colour'], ['check', '--format', 'xml'], ['check', '--format'], ['check', '--gazetteer'], ['lint'],
      ['-f', 'json', 'lint'], ['-f', 'json'], ['--colour', 'check']]) {
      const r = runCli(args, dir);
      assert.equal(r.status, 2, `${args.join(' ')} should exit 2`);
      assert.match(r.stderr, /^newsmd: /);
      noStackTrace(r.stderr);
    }
    assert.match(runCli(['-f', 'json'], dir).stderr, /^newsmd: no command among the arguments/);
  });

  test('a gazetteer named on the command line that does not exist is exit 2', () => {
    const dir = workspace({ 'a.news.md': ARTICLE });
    const r = runCli(['check', '.', '--gazetteer', 'missing.yaml'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing\.yaml: no such file or directory/);
  });

  test('a binary file named x.news.md is reported in one line, the others are still checked', () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const dir = workspace({ 'x.news.md': junk, 'a.news.md': ARTICLE, 'gazetteer.yaml': GAZETTEER });
    const r = runCli(['check', '.', '--format', 'json'], dir);
    // Reported on its own line; the exit status is the readable article's (SPEC §7).
    assert.notEqual(r.status, 2);
    assert.match(r.stderr, /^x\.news\.md: cannot read: binary content/m);
    noStackTrace(r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['a.news.md', 'gazetteer.yaml']);
  });

  test('an empty article gets a missing-publication-date diagnostic on its first line', () => {
    const dir = workspace({ 'empty.news.md': '' });
    const r = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const [file] = JSON.parse(r.stdout).files;
    const codes = file.diagnostics.map((d: { code: string }) => d.code);
    assert.deepEqual(codes, ['missing-publication-date']);
    assert.equal(file.diagnostics[0].range.start.line, 0);
  });

  test('a YAML syntax error in the gazetteer is a gazetteer-syntax diagnostic at its line', () => {
    const broken = 'places:\n  iraq: { name: Iraq, type: country\n  syria: { name: Syria }\n';
    const dir = workspace({ 'a.news.md': ARTICLE, 'gazetteer.yaml': broken });
    const r = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(r.status, 1, r.stderr);
    const gaz = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'gazetteer.yaml');
    const syntax = gaz.diagnostics.filter((d: { code: string }) => d.code === 'gazetteer-syntax');
    assert.ok(syntax.length >= 1, JSON.stringify(gaz.diagnostics));
    assert.ok(syntax[0].range.start.line >= 1 && syntax[0].range.start.line <= 3, JSON.stringify(syntax[0].range));
  });

  test('wrong front matter types are front-matter-invalid on the value, exit 1', () => {
    const article = ARTICLE.replace('title: Coalition hands over another site', 'title: [not, a, string]');
    const dir = workspace({ 'a.news.md': article });
    const r = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(r.status, 1);
    const d = JSON.parse(r.stdout).files[0].diagnostics.find((x: { code: string }) => x.code === 'front-matter-invalid');
    assert.ok(d, r.stdout);
    assert.equal(d.range.start.line, 1);
    assert.equal(d.range.start.character, 7);
  });

  test('duplicate ids across two gazetteer files are reported on the second, exit 1', () => {
    const dir = workspace({
      'a.news.md': ARTICLE,
      'gazetteer.yaml': GAZETTEER,
      'gazetteer/more.yaml': 'places:\n  syria: { name: Syria }\n  iraq: { name: Republic of Iraq }\n',
    });
    const r = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(r.status, 1);
    const more = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'gazetteer/more.yaml');
    const dup = more.diagnostics.find((d: { code: string }) => d.code === 'gazetteer-duplicate-id');
    assert.ok(dup, JSON.stringify(more));
    assert.equal(dup.range.start.line, 2);
  });

  test('an alias-bomb gazetteer is answered within seconds with a diagnostic', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = workspace({ 'a.news.md': ARTICLE, 'gazetteer.yaml': lines.join('\n') + '\n' });
    const started = Date.now();
    const r = runCli(['check', '.', '--format', 'json'], dir, 20_000);
    assert.ok(Date.now() - started < 20_000);
    assert.equal(r.status, 1, r.stderr);
    const gaz = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'gazetteer.yaml');
    assert.ok(gaz.diagnostics.some((d: { code: string }) => d.code === 'gazetteer-syntax'), JSON.stringify(gaz.diagnostics));
    noStackTrace(r.stderr);
  });

  test('a 10 MB line is checked without a crash', () => {
    const long = 'The coalition said Iraqi forces took over the site. '.repeat(200_000);
    const dir = workspace({ 'long.news.md': ARTICLE + long + '\n', 'gazetteer.yaml': GAZETTEER });
    const r = runCli(['check', '.', '--format', 'json'], dir, 120_000);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    noStackTrace(r.stderr);
    const file = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'long.news.md');
    assert.equal(file.published, '2020-08-20');
  });
});
