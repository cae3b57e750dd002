import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCli, type CliExtra } from '../support/cli';
import { repoPath } from '../support/repo';
import { tempFolders } from '../support/tempFolders';
import { GAZETTEER, article, writeTree } from '../support/trees';

// The command line as users of ESLint, markdownlint-cli2 or Vale expect it (SPEC §7, issue 14).

const newFolder = tempFolders('newsmd-cliws-');

/** `[the Iraqi army]{@iraqi-army}` is an unknown id (an error) unless the gazetteer has it. */
const WITH_ID = article('The [army]{@iraqi-army} moved into Anbar on Wednesday.');
const ARMY = 'organizations:\n  iraqi-army: { name: Iraqi Army }\n';
const UNDATED = '---\ntitle: No date\n---\nIraqi forces moved.\n';

interface JsonReport { files: { path: string; diagnostics: { code: string; severity: string; range: { start: { line: number } } }[] }[] }
const report = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const paths = (stdout: string): string[] => report(stdout).files.map((f) => f.path);
const codes = (stdout: string, file: string): string[] => report(stdout).files.find((f) => f.path === file)?.diagnostics.map((d) => d.code).sort() ?? [];

describe('newsmd check: options in any order, each one value', () => {
  test('--gazetteer g.yaml articles/ checks articles/ with g.yaml', () => {
    const dir = writeTree(newFolder(), { 'g.yaml': ARMY, 'articles/a.news.md': WITH_ID, 'articles/b/c.news.md': WITH_ID });
    const r = runCli(['check', '--gazetteer', 'g.yaml', 'articles/', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.deepEqual(paths(r.stdout), ['articles/a.news.md', 'articles/b/c.news.md', 'g.yaml']);
    // Same run, options last and the short flag; options before the command, as git and npm take them.
    const r2 = runCli(['check', 'articles/', '--format', 'json', '-g', 'g.yaml'], dir);
    assert.equal(r2.stdout, r.stdout);
    const r3 = runCli(['-f', 'json', '--gazetteer', 'g.yaml', 'check', 'articles/'], dir);
    assert.equal(r3.status, 0, r3.stderr);
    assert.equal(r3.stdout, r.stdout);
    const exported = runCli(['--format=jsonl', '-g', 'g.yaml', 'export', 'articles/a.news.md'], dir);
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal(exported.stdout.trim().split('\n').length, 1);
  });

  test("-g gaz/ 'articles/**/*.news.md': a gazetteer folder and a glob", () => {
    const dir = writeTree(newFolder(), {
      'gaz/army.yaml': ARMY, 'gaz/places.yaml': GAZETTEER,
      'articles/a.news.md': WITH_ID, 'articles/2020/b.news.md': WITH_ID, 'articles/notes.md': 'not an article', 'other/c.news.md': WITH_ID,
    });
    const r = runCli(['check', '-g', 'gaz/', 'articles/**/*.news.md', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.deepEqual(paths(r.stdout), ['articles/2020/b.news.md', 'articles/a.news.md', 'gaz/army.yaml', 'gaz/places.yaml']);
    const none = runCli(['check', 'nothing/**/*.news.md'], dir);
    assert.match(none.stderr, /nothing\/\*\*\/\*\.news\.md: no article matches/);
  });

  test('a repeated gazetteer option adds files; a single-valued option given twice is refused', () => {
    const dir = writeTree(newFolder(), { 'army.yaml': ARMY, 'places.yaml': GAZETTEER, 'a.news.md': WITH_ID });
    const r = runCli(['check', '-g', 'army.yaml', 'a.news.md', '--gazetteer=places.yaml', '--format', 'json'], dir);
    assert.deepEqual(paths(r.stdout), ['a.news.md', 'army.yaml', 'places.yaml']);
    const twice = runCli(['check', '--format', 'json', '--format', 'text'], dir);
    assert.equal(twice.status, 2);
    assert.match(twice.stderr, /--format given twice/);
    const missing = runCli(['check', '--gazetteer'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--gazetteer needs a file or folder/);
  });

  test('cat a.news.md | newsmd check - --stdin-filename a.news.md: the article as if on disk', () => {
    const dir = writeTree(newFolder(), { 'gazetteer.yaml': ARMY, 'desk/a.news.md': WITH_ID });
    const fromDisk = runCli(['check', 'desk/a.news.md', '--format', 'json'], dir);
    const r = runCli(['check', '-', '--stdin-filename', 'desk/a.news.md', '--format', 'json'], dir, 60_000, { input: WITH_ID.replace('{@iraqi-army}', '{@no-such-army}') });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(codes(r.stdout, 'desk/a.news.md'), ['entity-unknown-id']);
    assert.deepEqual(codes(fromDisk.stdout, 'desk/a.news.md'), []);
    const anonymous = runCli(['check', '-'], dir, 60_000, { input: UNDATED });
    assert.match(anonymous.stdout, /^<stdin>:1:1: warning missing-publication-date/m);
  });

  test('--max-warnings 0 fails on a warning; --quiet shows errors only', () => {
    const dir = writeTree(newFolder(), { 'gazetteer.yaml': GAZETTEER, 'undated.news.md': UNDATED });
    assert.equal(runCli(['check', '.'], dir).status, 0);
    const strict = runCli(['check', '--max-warnings', '0', '.'], dir);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /1 warning, more than --max-warnings 0/);
    assert.equal(runCli(['check', '.', '--max-warnings', '1'], dir).status, 0);
    assert.equal(runCli(['check', '.', '--max-warnings', 'many'], dir).status, 2);
    const quiet = runCli(['check', '.', '--quiet'], dir);
    assert.doesNotMatch(quiet.stdout, /missing-publication-date/);
  });

  test('colour: off in a pipe, on with --color or FORCE_COLOR, off with NO_COLOR and --no-color', () => {
    const dir = writeTree(newFolder(), { 'gazetteer.yaml': GAZETTEER, 'undated.news.md': UNDATED });
    const esc = /\x1b\[/;
    const plain: CliExtra = { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } };
    assert.doesNotMatch(runCli(['check', '.'], dir, 60_000, plain).stdout, esc);
    assert.match(runCli(['check', '.', '--color'], dir, 60_000, plain).stdout, /\x1b\[33mwarning\x1b\[0m/);
    assert.match(runCli(['check', '.'], dir, 60_000, { env: { FORCE_COLOR: '1', NO_COLOR: undefined } }).stdout, esc);
    assert.doesNotMatch(runCli(['check', '.'], dir, 60_000, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, esc);
    assert.doesNotMatch(runCli(['check', '.', '--no-color'], dir, 60_000, { env: { FORCE_COLOR: '1' } }).stdout, esc);
  });

  test('--help and --version', () => {
    const dir = newFolder();
    const help = runCli(['check', '--help'], dir);
    assert.equal(help.status, 0);
    for (const option of ['--gazetteer', '--config', '--no-config', '--format', '--quiet', '--max-warnings', '--no-color', '--stdin-filename']) assert.ok(help.stdout.includes(option), option);
    const version = runCli(['--version'], dir);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(repoPath('server', 'package.json'), 'utf8')).version);
  });
});

describe('newsmd check: one workspace, one configuration', () => {
  test('a file checked from any directory gives the same diagnostics (the root is the nearest .newsmd.yaml)', () => {
    const top = writeTree(newFolder(), {
      'ws/.newsmd.yaml': 'lint:\n  entity-unknown-id: warning\n',
      'ws/gazetteer.yaml': GAZETTEER,
      'ws/desk/a.news.md': WITH_ID,
    });
    const runs = [
      runCli(['check', 'ws/desk/a.news.md', '--format', 'json'], top),
      runCli(['check', 'a.news.md', '--format', 'json'], path.join(top, 'ws', 'desk')),
      runCli(['check', '--format', 'json', path.join(top, 'ws', 'desk', 'a.news.md')], newFolder()),
    ];
    const seen = runs.map((r) => report(r.stdout).files.map((f) => [path.basename(f.path), f.diagnostics.map((d) => `${d.code}/${d.severity}`)]));
    assert.deepEqual(seen[0], [['a.news.md', ['entity-unknown-id/warning']], ['gazetteer.yaml', []]]);
    assert.deepEqual(seen[1], seen[0]);
    assert.deepEqual(seen[2], seen[0]);
    for (const r of runs) assert.equal(r.status, 0, r.stderr);
  });

  test('.newsmd.yaml turns a code off; --no-config and --config FILE', () => {
    const dir = writeTree(newFolder(), {
      '.newsmd.yaml': 'lint:\n  missing-publication-date: "off"\n',
      'strict.yaml': 'lint:\n  missing-publication-date: error\n',
      'gazetteer.yaml': GAZETTEER, 'undated.news.md': UNDATED,
    });
    assert.deepEqual(codes(runCli(['check', '.', '--format', 'json'], dir).stdout, 'undated.news.md'), []);
    assert.deepEqual(codes(runCli(['check', '--no-config', '.', '--format', 'json'], dir).stdout, 'undated.news.md'), ['missing-publication-date']);
    const strict = runCli(['check', '.', '-c', 'strict.yaml'], dir);
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /error missing-publication-date/);
  });

  test('a bad value in .newsmd.yaml is named on stderr and the rest of the file still applies', () => {
    const dir = writeTree(newFolder(), {
      '.newsmd.yaml': 'lint:\n  missing-publication-date: "off"\n  no-such-code: error\nfigures:\n  nearlyTolerance: 3\n',
      'undated.news.md': UNDATED,
    });
    const r = runCli(['check', '.', '--format', 'json'], dir);
    assert.match(r.stderr, /\.newsmd\.yaml: `lint\.no-such-code`: unknown diagnostic code/);
    assert.match(r.stderr, /`figures\.nearlyTolerance` must be a number from 0 to 1/);
    assert.deepEqual(codes(r.stdout, 'undated.news.md'), []);
  });

  test('an article without any gazetteer: one note on stderr', () => {
    const dir = writeTree(newFolder(), { 'a.news.md': WITH_ID, 'b.news.md': WITH_ID });
    const r = runCli(['check', '.'], dir);
    assert.equal(r.stderr.match(/no gazetteer/g)?.length, 1, r.stderr);
    const withOne = writeTree(newFolder(), { 'a.news.md': WITH_ID, 'gazetteer.yaml': ARMY });
    assert.equal(runCli(['check', '.'], withOne).stderr, '');
  });

  test('dist/ is checked like any folder; dot-folders and node_modules are not; .gitignore is honoured', () => {
    const dir = writeTree(newFolder(), {
      'gazetteer.yaml': ARMY, '.gitignore': 'drafts/\n',
      'dist/a.news.md': WITH_ID, '.hidden/b.news.md': WITH_ID, 'node_modules/x/c.news.md': WITH_ID, 'drafts/d.news.md': WITH_ID,
    });
    const r = runCli(['check', '.', '--format', 'json'], dir);
    assert.deepEqual(paths(r.stdout), ['dist/a.news.md', 'gazetteer.yaml']);
    // A file named on the command line is checked even where a folder walk would not look.
    assert.deepEqual(paths(runCli(['check', 'drafts/d.news.md', '--format', 'json'], dir).stdout), ['drafts/d.news.md', 'gazetteer.yaml']);
  });
});

describe('files that cannot be read', () => {
  /** A tree with one 000-mode article among readable ones, run as a user the mode applies to. */
  function unreadableTree(): { dir: string; as: CliExtra } {
    const dir = writeTree(newFolder(), { 'gazetteer.yaml': ARMY, 'a.news.md': WITH_ID, 'b.news.md': WITH_ID, 'secret.news.md': WITH_ID });
    chmodSync(path.join(dir, 'secret.news.md'), 0o000);
    // Root reads 000-mode files, so as root the CLI runs as `nobody`, on a tree it may enter.
    if (process.getuid?.() !== 0) return { dir, as: {} };
    const open = (p: string) => {
      chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
      if (statSync(p).isDirectory()) for (const e of readdirSync(p)) if (e !== 'secret.news.md') open(path.join(p, e));
    };
    open(dir);
    return { dir, as: { uid: 65534, gid: 65534 } };
  }

  test('check: a 000-mode file is one line "path: cannot read: reason", the others are checked', () => {
    const { dir, as } = unreadableTree();
    const r = runCli(['check', '.', '--format', 'json'], dir, 60_000, as);
    assert.notEqual(r.status, 2, 'the readable articles were checked: not "could not run"');
    assert.equal(r.stderr, 'secret.news.md: cannot read: permission denied\n');
    assert.deepEqual(paths(r.stdout), ['a.news.md', 'b.news.md', 'gazetteer.yaml']);
  });

  test('check: nothing readable to check is exit 2 (could not run)', () => {
    const { dir, as } = unreadableTree();
    const r = runCli(['check', 'secret.news.md'], dir, 60_000, as);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'secret.news.md: cannot read: permission denied\n');
  });

  test('export: the unreadable article is reported and the rest exported', () => {
    const { dir, as } = unreadableTree();
    const r = runCli(['export', '--format', 'jsonl', '.'], dir, 60_000, as);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^secret\.news\.md: cannot read: permission denied$/m);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).path), ['a.news.md', 'b.news.md']);
  });
});
