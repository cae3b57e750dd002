import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateArticle, generateGazetteer } from '../../bench/generate';
import { checkGroups } from '../../server/src/cli/checkGroups';
import { workerCount } from '../../server/src/cli/checkPool';
import { formatSarif } from '../../server/src/cli/formatSarif';
import { formatText } from '../../server/src/cli/formatText';
import { loadInputs } from '../../server/src/cli/inputs';
import { RangeResolver, articleToJson, gazetteerToJson, type LocatedDiagnostic } from '../../server/src/cli/report';
import type { CoreDiagnostic } from '../../server/src/core';
import { decodeRecord, encodeRecord } from '../../server/src/cli/spill';
import { mergeItems } from '../../server/src/cli/fileReport';
import { runCli, tempDir } from '../support/cli';
import serverPackage from '../../server/package.json';

// `newsmd check` streams (issue 15): each article analysed (in worker threads for large runs),
// its report part put aside, the corpus check run on compact entries, the report written file by
// file. The output must be what checking the whole run at once gave, byte for byte, whether the
// articles are checked in the main thread or spread over workers.

const GAZETTEER_EXTRA = `
figures:
  raiders-active:
    label: Raiders active near the border
    units: [raiders]
    values:
      - { value: 500, as_of: 2020-01 }
`;

/** Two articles of the same day whose keyed figures do not overlap, one with a suppression. */
function conflicting(n: number, count: string, suppress = false): string {
  return `---\ntitle: Border report ${n}\npublished: 2020-03-0${1 + (n % 5)}\n---\n` +
    `The ${n % 3 === 0 ? '[ministry]{@no-such-ministry}' : 'ministry'} said ${n % 2 === 0 ? 'on Monday' : 'this week'} that the situation was tense.\n\n` +
    (suppress ? '<!-- newsmd-disable-next-line figure-corpus-conflict -->\n' : '') +
    `Officials said [${count} raiders]{figure=raiders-active} were active near the border.\n`;
}

/**
 * A workspace of `count` generated articles (bench/generate.ts, a small gazetteer, so keyed
 * figures and corpus conflicts are common) plus hand-written pairs that conflict across the run:
 * neighbours (handed to different workers) and articles far apart.
 */
function writeCorpus(dir: string, count: number): void {
  const corpus = generateGazetteer(400, 2, 7);
  mkdirSync(path.join(dir, 'gazetteer'), { recursive: true });
  corpus.gazetteerFiles.forEach((f, i) => writeFileSync(path.join(dir, 'gazetteer', f.name), i === 0 ? f.text + GAZETTEER_EXTRA : f.text));
  mkdirSync(path.join(dir, 'articles', 'a'), { recursive: true });
  mkdirSync(path.join(dir, 'articles', 'b'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const folder = i < count / 2 ? 'a' : 'b';
    let text = generateArticle(corpus, 60 + (i % 5) * 40, 900 + i);
    // Figures on conflicting neighbours and far pairs, some suppressed.
    if (i % 37 === 0 || i % 37 === 1) text = conflicting(i, i % 2 === 0 ? 'about 300' : 'more than 2,000', i === 112 || i === 223);
    writeFileSync(path.join(dir, 'articles', folder, `r-${String(i).padStart(4, '0')}.news.md`), text);
  }
}

/** The report as `newsmd check` made it before streaming: every analysis held, then formatted. */
async function wholeRunReport(dir: string, paths: string[], format: 'text' | 'json' | 'sarif', quiet: boolean): Promise<string> {
  const notes: string[] = [];
  const io = { stdout: () => {}, stderr: (t: string) => notes.push(t) };
  const { groups } = await loadInputs({ paths, gazetteers: [], config: null, noConfig: false, stdinFilename: null },
    { stderr: io.stderr, readStdin: async () => Buffer.alloc(0), cwd: dir });
  const { articles, gazetteers } = checkGroups(groups, io);
  const texts = new Map<string, string>();
  for (const g of groups) for (const s of [...g.gazetteerSources, ...g.articleSources]) texts.set(s.uri, s.text);
  const resolver = new RangeResolver(texts);
  const shown = (ds: CoreDiagnostic[]) => (quiet ? ds.filter((d) => d.severity === 'error') : ds);
  if (format === 'json') {
    const files = [
      ...articles.map((a) => articleToJson({ ...a, diagnostics: shown(a.diagnostics) }, resolver)),
      ...gazetteers.map((g) => gazetteerToJson(g.source.uri, shown(g.diagnostics), resolver)),
    ];
    return JSON.stringify({ files }, null, 2) + '\n';
  }
  const located: LocatedDiagnostic[] = [];
  for (const a of articles) for (const d of shown(a.diagnostics)) located.push(resolver.locate(d));
  for (const g of gazetteers) for (const d of shown(g.diagnostics)) located.push(resolver.locate(d));
  return format === 'sarif' ? formatSarif(located, serverPackage.version) : formatText(located, texts.size, {});
}

describe('newsmd check, streamed', () => {
  let dir = '';
  before(() => {
    dir = tempDir();
    writeCorpus(dir, 260);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the worker pool size: NEWSMD_WORKERS, else in process for small runs, else one per core up to a cap', () => {
    assert.equal(workerCount(10, undefined, 8), 0);
    assert.equal(workerCount(199, undefined, 8), 0);
    assert.equal(workerCount(200, undefined, 2), 2);
    assert.equal(workerCount(5000, undefined, 32), 4);
    assert.equal(workerCount(5000, undefined, 1), 0);
    assert.equal(workerCount(10, '2', 1), 2);
    assert.equal(workerCount(5000, '0', 8), 0);
    assert.equal(workerCount(5000, 'many', 2), 2);
  });

  test('corpus diagnostics merge as a whole-run check sorts: by start and code, own first on ties', () => {
    // Own items come in the order finalizeDiagnostics gives (start, end, code); a merge re-sorts
    // by start and code only, even when --quiet hides every corpus diagnostic.
    const own = { head: '', items: ['z-short\n', 'a-long\n'], starts: [5, 5], codes: ['z', 'a'] };
    assert.deepEqual(mergeItems(own, [], false).items, ['z-short\n', 'a-long\n']);
    assert.deepEqual(mergeItems(own, [], true).items, ['a-long\n', 'z-short\n']);
    assert.deepEqual(mergeItems(own, [{ start: 5, code: 'a', item: 'corpus\n' }, { start: 1, code: 'q', item: 'first\n' }], true).items,
      ['first\n', 'a-long\n', 'corpus\n', 'z-short\n']);
  });

  test('spilled records read back as written', () => {
    const record = { head: '    {\n      "path": "é 🚀"', items: ['a\n', '', 'ü"\\'], starts: [1, 2, 3], codes: ['x', 'y', 'z'] };
    assert.deepEqual(decodeRecord(encodeRecord(record)), record);
    assert.deepEqual(decodeRecord(encodeRecord({ head: '', items: [] })), { head: '', items: [] });
  });

  for (const format of ['json', 'sarif', 'text'] as const) {
    test(`${format}: two workers, the main thread alone and the whole-run check agree byte for byte`, async () => {
      const args = ['check', 'articles', '--format', format, ...(format === 'text' ? ['--no-color'] : [])];
      const pooled = runCli(args, dir, 120_000, { env: { NEWSMD_WORKERS: '2' } });
      const alone = runCli(args, dir, 120_000, { env: { NEWSMD_WORKERS: '0' } });
      assert.equal(pooled.stderr, '');
      assert.equal(alone.stderr, '');
      assert.equal(pooled.status, alone.status);
      assert.ok(pooled.stdout === alone.stdout, `${format} output differs between NEWSMD_WORKERS=2 and 0`);
      const expected = await wholeRunReport(dir, ['articles'], format, false);
      assert.ok(pooled.stdout === expected, `${format} output differs from the whole-run check`);
    });
  }

  test('--quiet and several paths: the same as the whole-run check, with workers', async () => {
    for (const format of ['text', 'json'] as const) {
      const r = runCli(['check', 'articles/b', 'articles/a', '--quiet', '--no-color', '--format', format], dir, 120_000, { env: { NEWSMD_WORKERS: '3' } });
      assert.equal(r.stderr, '');
      assert.ok(r.stdout === await wholeRunReport(dir, ['articles/b', 'articles/a'], format, true), `${format} --quiet differs`);
    }
  });

  test('a corpus conflict between articles analysed in different workers is found on both sides', () => {
    // Articles are handed to the least busy worker in input order: the first two go to two
    // workers before either has answered (each first loads the gazetteer).
    const r = runCli(['check', 'articles/a/r-0000.news.md', 'articles/a/r-0001.news.md', 'articles/a/r-0037.news.md', '--format', 'json'], dir, 120_000, { env: { NEWSMD_WORKERS: '2' } });
    const files: { path: string; diagnostics: { code: string; message: string }[] }[] = JSON.parse(r.stdout).files;
    const conflicts = (p: string) => files.find((f) => f.path === p)?.diagnostics.filter((d) => d.code === 'figure-corpus-conflict') ?? [];
    assert.equal(conflicts('articles/a/r-0000.news.md').length, 1, JSON.stringify(files.map((f) => [f.path, f.diagnostics])));
    assert.match(conflicts('articles/a/r-0000.news.md')[0].message, /r-0001\.news\.md \("Border report 1"\)/);
    assert.equal(conflicts('articles/a/r-0001.news.md').length, 1);
    assert.match(conflicts('articles/a/r-0001.news.md')[0].message, /"more than 2,000 raiders"/);
  });

  test('a suppressed corpus conflict stays suppressed on its side only', async () => {
    // r-0112 suppresses its conflict with r-0111; r-0111 still reports its own.
    const r = runCli(['check', 'articles/a/r-0111.news.md', 'articles/a/r-0112.news.md', '--format', 'json'], dir, 120_000, { env: { NEWSMD_WORKERS: '2' } });
    const files: { path: string; diagnostics: { code: string }[] }[] = JSON.parse(r.stdout).files;
    const count = (p: string) => files.find((f) => f.path === p)?.diagnostics.filter((d) => d.code === 'figure-corpus-conflict').length;
    assert.equal(count('articles/a/r-0111.news.md'), 1);
    assert.equal(count('articles/a/r-0112.news.md'), 0);
    assert.ok(r.stdout === await wholeRunReport(dir, ['articles/a/r-0111.news.md', 'articles/a/r-0112.news.md'], 'json', false));
  });

  test('an unreadable article among many is reported and the rest checked, with workers', () => {
    const broken = path.join(dir, 'articles', 'b', 'zz-binary.news.md');
    writeFileSync(broken, Buffer.from([0x2d, 0x00, 0x01]));
    try {
      const r = runCli(['check', 'articles', '--format', 'json'], dir, 120_000, { env: { NEWSMD_WORKERS: '2' } });
      assert.equal(r.stderr, 'articles/b/zz-binary.news.md: cannot read: binary content (NUL bytes), not a text file\n');
      assert.equal(JSON.parse(r.stdout).files.filter((f: { path: string }) => f.path.endsWith('.news.md')).length, 260);
    } finally {
      rmSync(broken);
    }
  });
});
