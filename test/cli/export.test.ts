import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoPath } from '../support/repo';
import { runCli, snapshotTree, tempCopy, tempDir } from '../support/cli';
import { parseCsv } from '../unit/export/csvReader';

// `newsmd export` run as a real process on fixtures written to temp folders.

const GAZETTEER = `bases:
  ain-al-asad: { name: Ain al-Asad Air Base, aliases: [Ain al-Asad, عين الأسد] }
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
persons:
  tahsin-al-khafaji: { name: Tahsin al-Khafaji, aliases: [al-Khafaji, تحسين الخفاجي] }
events:
  runway-rocket-attack:
    name: Runway rocket attack
    aliases: [the runway attack]
    date: 2025-09
`;

const HANDOVER = `---
title: “Handover” at عين الأسد 🚀
source: Example Wire
published: 2025-11-12
---
🚀🚀 “Ain al-Asad” — عين الأسد — passed to Iraq’s forces on Monday, said تحسين الخفاجي 👍.
About 40 rockets have struck the base since the runway attack, al-Khafaji said.
`;

const FOLLOW_UP = `---
title: Follow-up
published: 2025-11-20
---
Fewer than 200 Iraqi soldiers now guard Ain al-Asad, officials said in November 2025.
`;

function fixture(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'gazetteer.yaml'), GAZETTEER);
  writeFileSync(path.join(dir, 'handover.news.md'), HANDOVER);
  mkdirSync(path.join(dir, 'later'));
  writeFileSync(path.join(dir, 'later', 'follow-up.news.md'), FOLLOW_UP);
  return dir;
}

/** Every file under a folder, relative, sorted. */
function listTree(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTree(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]).sort();
}

/** Two workspaces side by side, each with its own `.newsmd.yaml` and gazetteer: one event id, two dates. */
function twoRoots(): string {
  const dir = tempDir();
  for (const [root, month] of [['desk-a', '2025-09'], ['desk-b', '2025-10']]) {
    mkdirSync(path.join(dir, root));
    writeFileSync(path.join(dir, root, '.newsmd.yaml'), 'gazetteer: gazetteer.yaml\n');
    writeFileSync(path.join(dir, root, 'gazetteer.yaml'), GAZETTEER.replace('date: 2025-09', `date: ${month}`));
    writeFileSync(path.join(dir, root, `${root}.news.md`), HANDOVER);
  }
  return dir;
}

describe('newsmd export', () => {
  test('csv over two workspaces: each article is exported against its own gazetteer, in input order', () => {
    const dir = twoRoots();
    const r = runCli(['export', 'desk-a', 'desk-b', '--format', 'csv'], dir);
    assert.equal(r.status, 0, r.stderr);
    const [header, ...rows] = parseCsv(r.stdout);
    const col = (name: string) => header.indexOf(name);
    const events = rows.filter((row) => row[col('kind')] === 'event').map((row) => `${row[col('path')]} ${row[col('date')]}`);
    assert.deepEqual(events, ['desk-a/desk-a.news.md 2025-09', 'desk-b/desk-b.news.md 2025-10']);
    // One header, then the rows of each workspace as a run over that workspace alone gives them.
    const alone = (root: string) => parseCsv(runCli(['export', '--format', 'csv', root], dir).stdout).slice(1);
    assert.deepEqual(rows, [...alone('desk-a'), ...alone('desk-b')]);
  });

  test('brat over two workspaces: a pair per article, each with its own gazetteer', () => {
    const dir = twoRoots();
    const out = path.join(tempDir(), 'pairs');
    const r = runCli(['export', '--out', out, '--format', 'brat', 'desk-b', 'desk-a'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^2 articles exported to /);
    assert.deepEqual(listTree(out), ['desk-a/desk-a.ann', 'desk-a/desk-a.txt', 'desk-b/desk-b.ann', 'desk-b/desk-b.txt']);
    for (const root of ['desk-a', 'desk-b']) {
      assert.match(readFileSync(path.join(out, root, `${root}.txt`), 'utf8'), /passed to Iraq’s forces on Monday/);
      assert.match(readFileSync(path.join(out, root, `${root}.ann`), 'utf8'), /runway-rocket-attack/);
    }
  });

  test('jsonl: one line per article, offsets slice the file on disk to the mention text', () => {
    const dir = fixture();
    const r = runCli(['export', '--format', 'jsonl', '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.path), ['handover.news.md', 'later/follow-up.news.md']);
    assert.equal(lines[0].title, '“Handover” at عين الأسد 🚀');
    for (const a of lines) {
      const text = readFileSync(path.join(dir, a.path), 'utf8');
      for (const m of [...a.entities, ...a.dates, ...a.figures]) assert.equal(text.slice(m.start, m.end), m.text);
    }
    assert.ok(lines[0].entities.some((e: { id: string; text: string }) => e.id === 'ain-al-asad' && e.text === 'عين الأسد'));
  });

  test('csv: parses back, one row per figure, date and event, stable run to run', () => {
    const dir = fixture();
    const r = runCli(['export', '--format', 'csv', '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(runCli(['export', '--format', 'csv', '.'], dir).stdout, r.stdout);
    const [header, ...rows] = parseCsv(r.stdout);
    const col = (name: string) => header.indexOf(name);
    const kinds = rows.map((row) => `${row[col('kind')]}:${row[col('text')]}`);
    assert.ok(kinds.includes('event:the runway attack'), kinds.join('\n'));
    assert.ok(kinds.includes('date:Monday'));
    assert.ok(kinds.includes('figure:Fewer than 200 Iraqi soldiers'), kinds.join('\n'));
    const event = rows.find((row) => row[col('kind')] === 'event')!;
    assert.deepEqual([event[col('date')], event[col('precision')], event[col('time_precision')]], ['2025-09', 'month', '3']);
  });

  test('brat: a .txt/.ann pair per article under a new --out folder, offsets in code points', () => {
    const dir = fixture();
    const out = path.join(tempDir(), 'brat', 'nested');
    const before = snapshotTree(dir);
    const r = runCli(['export', '--format', 'brat', '--out', out, '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(listTree(out), ['handover.ann', 'handover.txt', path.join('later', 'follow-up.ann'), path.join('later', 'follow-up.txt')]);
    assert.deepEqual(snapshotTree(dir), before, 'the articles are untouched');

    const txt = readFileSync(path.join(out, 'handover.txt'), 'utf8');
    assert.ok(HANDOVER.endsWith(txt) && txt.startsWith('🚀🚀'));
    const ann = readFileSync(path.join(out, 'handover.ann'), 'utf8');
    const codePoints = Array.from(txt);
    const bound = ann.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(bound.length >= 8, ann);
    for (const line of bound) {
      const [, middle, text] = line.split('\t');
      const [, s, e] = middle.split(' ').map(Number);
      assert.equal(codePoints.slice(s, e).join(''), text, line);
    }
    assert.match(ann, /\tPerson \d+ \d+\tتحسين الخفاجي\n#\d+\tAnnotatorNotes T\d+\tid=tahsin-al-khafaji\n/);
  });

  test('brat: a second run overwrites its own pairs and leaves other files alone', () => {
    const dir = fixture();
    const out = tempDir();
    writeFileSync(path.join(out, 'notes.md'), 'my notes');
    writeFileSync(path.join(out, 'handover.ann'), 'stale');
    assert.equal(runCli(['export', '--format', 'brat', '--out', out, 'handover.news.md'], dir).status, 0);
    const first = readFileSync(path.join(out, 'handover.ann'), 'utf8');
    assert.notEqual(first, 'stale');
    assert.equal(runCli(['export', '--format', 'brat', '--out', out, 'handover.news.md', '--gazetteer', 'gazetteer.yaml'], dir).status, 0);
    assert.equal(readFileSync(path.join(out, 'handover.ann'), 'utf8'), first, 'same input, byte-identical pair');
    assert.equal(readFileSync(path.join(out, 'notes.md'), 'utf8'), 'my notes');
    assert.deepEqual(listTree(out), ['handover.ann', 'handover.txt', 'notes.md']);
  });

  test('jsonl and csv are byte-identical twice on the sample corpus, which stays unchanged', () => {
    const dir = tempCopy(repoPath('examples'));
    const before = snapshotTree(dir);
    for (const format of ['jsonl', 'csv']) {
      const a = runCli(['export', '--format', format, '.'], dir);
      assert.equal(a.status, 0, a.stderr);
      assert.ok(a.stdout.length > 1000);
      assert.equal(runCli(['export', '--format', format, '.'], dir).stdout, a.stdout);
    }
    const out = tempDir();
    assert.equal(runCli(['export', '--format', 'brat', '--out', out, '.'], dir).status, 0);
    assert.ok(listTree(out).every((f) => f.endsWith('.txt') || f.endsWith('.ann')));
    assert.deepEqual(snapshotTree(dir), before);
  });

  test('a bad path is one line on stderr, exit 2, and nothing is written', () => {
    const dir = fixture();
    const out = path.join(tempDir(), 'never');
    const r = runCli(['export', '--format', 'brat', '--out', out, 'handover.news.md', 'no-such-folder'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^newsmd: no-such-folder: no such file or directory$/m);
    assert.equal(existsSync(out), false);
    const j = runCli(['export', '--format', 'jsonl', 'missing.news.md'], dir);
    assert.equal(j.status, 2);
    assert.equal(j.stdout, '');
  });

  test('arguments that cannot work exit 2 before anything runs', () => {
    const dir = fixture();
    const cases: [string[], RegExp][] = [
      [['export', '--format', 'brat', '.'], /--format brat needs --out DIR/],
      [['export', '.'], /export needs --format jsonl, csv or brat/],
      [['export', '--format', 'xml', '.'], /unknown export format 'xml'/],
      [['export', '--format', 'jsonl', '--out', 'x', '.'], /--out is only for --format brat/],
      [['export', '--format', 'brat', '--out', 'handover.news.md', '.'], /handover\.news\.md: not a folder/],
    ];
    const before = snapshotTree(dir);
    for (const [args, message] of cases) {
      const r = runCli(args, dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    assert.deepEqual(snapshotTree(dir), before);
  });

  test('two articles that would share a pair name are refused before writing', () => {
    const dir = fixture();
    mkdirSync(path.join(dir, 'inner'));
    writeFileSync(path.join(dir, 'inner', 'handover.news.md'), HANDOVER);
    const out = tempDir();
    const r = runCli(['export', '--format', 'brat', '--out', out, 'handover.news.md', '../handover.news.md', '--gazetteer', '../gazetteer.yaml'], path.join(dir, 'inner'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /would both be exported as handover\.txt/);
    assert.deepEqual(readdirSync(out), []);
  });

  test('the help names the export command and the offset units', () => {
    const r = runCli(['--help'], tempDir());
    assert.match(r.stdout, /newsmd export --format jsonl\|csv/);
    assert.match(r.stdout, /UTF-16 code-unit\s+offsets/);
    assert.match(r.stdout, /offsets in code points/);
  });
});
