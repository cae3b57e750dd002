// Diagnostics of articles and gazetteer files, in process, over the sample corpus in memory.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { docsUrl } from '../../../server/src/core/diagnostics/codes';
import {
  type StartedService, MemoryWorkspace, examplesUri, loadExamples, loadExamplesWith, positionOf, startService, textAt, wsUri, messageOf,
} from '../../support/memoryWorkspace';

const STALE = examplesUri('2020-02-12-tbi-stale-count.news.md');
const ADVISORY = examplesUri('2021-12-09-advisory-mission.news.md');
const IRAQ_COUNT = examplesUri('2020-01-08-iraq-missile-count.news.md');
const PENTAGON_COUNT = examplesUri('2020-01-13-pentagon-missile-count.news.md');
const UNDATED = examplesUri('islamic-state-attacks-undated.news.md');
const CLEAN = examplesUri('2026-01-14-ain-al-asad-handover.news.md');
const GAZETTEER = examplesUri('gazetteer.yaml');
const BROKEN = examplesUri('gazetteer/broken-syntax.yaml');
const EXTRA = examplesUri('gazetteer/extra.yaml');

const codes = (items: Diagnostic[]): string[] => items.map((d) => String(d.code));

describe('article diagnostics on the sample corpus', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamples());
  });
  after(() => s?.dispose());

  const diagnostics = (uri: string): Diagnostic[] => {
    s.open(uri);
    return s.service.features.diagnostics(uri);
  };

  test('a stale figure is a figure-gazetteer-mismatch on the figure, naming both sides and where each comes from', () => {
    const found = diagnostics(STALE);
    assert.deepEqual(codes(found), ['figure-gazetteer-mismatch']);
    const [d] = found;
    const text = s.workspace.text(STALE);
    assert.equal(textAt(text, d.range), '64 service members');
    assert.deepEqual(d.range.start, positionOf(text, '64 service members'));
    assert.equal(d.severity, 2, 'a warning');
    assert.equal(d.source, 'newsmd');
    assert.equal(d.codeDescription?.href, docsUrl('figure-gazetteer-mismatch'));
    // The article's side ...
    assert.match(messageOf(d), /"64 service members"/);
    assert.match(messageOf(d), /2020-02-12/);
    // ... and the gazetteer's, with its file and line (1-based, as editors show it).
    assert.match(messageOf(d), /ain-al-asad-strike-tbi has 109 as of 2020-02-10/);
    const valueLine = positionOf(s.workspace.text(GAZETTEER), '{ value: 109, as_of: 2020-02-10 }').line;
    assert.match(messageOf(d), new RegExp(`gazetteer\\.yaml:${valueLine + 1}\\b`));
    assert.equal(d.relatedInformation?.length, 1);
    const related = d.relatedInformation![0];
    assert.equal(related.location.uri, GAZETTEER);
    assert.equal(textAt(s.workspace.text(GAZETTEER), related.location.range), '{ value: 109, as_of: 2020-02-10 }');
  });

  test('an out-of-date troop level names the qualifier and the interval it reads as', () => {
    const [d] = diagnostics(ADVISORY).filter((x) => x.code === 'figure-gazetteer-mismatch');
    assert.ok(d);
    assert.equal(textAt(s.workspace.text(ADVISORY), d.range), 'Over 5,000 US troops');
    assert.match(messageOf(d), /"Over 5,000 US troops" \(interval \(5000, ∞\)\)/);
    assert.match(messageOf(d), /us-troops-iraq has 2,500 as of 2021-01/);
  });

  test('two articles of the same week with different missile counts each get figure-corpus-conflict, pointing at the other', () => {
    const [iraq] = diagnostics(IRAQ_COUNT).filter((d) => d.code === 'figure-corpus-conflict');
    const [pentagon] = diagnostics(PENTAGON_COUNT).filter((d) => d.code === 'figure-corpus-conflict');
    assert.ok(iraq && pentagon);
    assert.equal(iraq.severity, 3, 'information');
    assert.equal(textAt(s.workspace.text(IRAQ_COUNT), iraq.range), '17 missiles');
    assert.equal(textAt(s.workspace.text(PENTAGON_COUNT), pentagon.range), '11 missiles');
    assert.match(messageOf(iraq), /"17 missiles".*"11 missiles"/);
    assert.match(messageOf(iraq), /US officials give account of Iranian strike on Ain al-Asad/, 'the other article by its title');
    assert.equal(iraq.relatedInformation?.[0].location.uri, PENTAGON_COUNT);
    assert.equal(textAt(s.workspace.text(PENTAGON_COUNT), iraq.relatedInformation![0].location.range), '11 missiles');
    assert.equal(pentagon.relatedInformation?.[0].location.uri, IRAQ_COUNT);
  });

  test('an article without published: gets missing-publication-date at the front matter', () => {
    const found = diagnostics(UNDATED);
    assert.deepEqual(codes(found), ['missing-publication-date']);
    assert.deepEqual(found[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.match(messageOf(found[0]), /no `published:` date/);
  });

  test('the clean reference article raises nothing', () => {
    assert.deepEqual(diagnostics(CLEAN), []);
  });

  test('a document that is neither an article nor a gazetteer file has no diagnostics', () => {
    const readme = examplesUri('README.md');
    s.open(readme, s.workspace.text(readme), 'markdown');
    assert.equal(s.service.isDiagnosable(readme), false);
    assert.deepEqual(s.service.features.diagnostics(readme), []);
    assert.equal(s.service.isDiagnosable(STALE), true);
  });
});

describe('gazetteer file diagnostics on the sample corpus', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamplesWith(STALE));
  });
  after(() => s?.dispose());

  test('a mis-indented line is a gazetteer-syntax error on that line; the other files still load', () => {
    s.open(BROKEN);
    assert.equal(s.service.isDiagnosable(BROKEN), true);
    const found = s.service.features.diagnostics(BROKEN);
    const syntax = found.filter((d) => d.code === 'gazetteer-syntax');
    assert.equal(syntax.length, 1, JSON.stringify(found));
    assert.equal(syntax[0].severity, 1);
    assert.equal(syntax[0].range.start.line, positionOf(s.workspace.text(BROKEN), '   country: iraq').line);
    assert.match(messageOf(syntax[0]), /^YAML error: /);
    assert.equal(syntax[0].codeDescription?.href, docsUrl('gazetteer-syntax'));
    // The starter gazetteer is clean, and its entries still resolve in articles.
    s.open(GAZETTEER);
    assert.deepEqual(s.service.features.diagnostics(GAZETTEER), []);
    assert.ok(s.service.workspaceFiles().gazetteers.includes(GAZETTEER));
    assert.ok(s.service.features.hover(STALE, positionOf(s.workspace.text(STALE), 'Pentagon', 2)));
  });

  test('the deliberate mistakes of extra.yaml: alias collision, schema errors, duplicate id pointing at the first definition', () => {
    s.open(EXTRA);
    const found = s.service.features.diagnostics(EXTRA);
    const text = s.workspace.text(EXTRA);
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line, textAt(text, d.range)]), [
      ['gazetteer-alias-collision', positionOf(text, 'aliases: [INA]').line, 'INA'],
      ['gazetteer-schema', positionOf(text, 'from: 2014, to: 2010').line, '2010'],
      ['gazetteer-schema', positionOf(text, 'country: irak').line, 'irak'],
      ['gazetteer-duplicate-id', positionOf(text, '  jordan:').line, 'jordan'],
    ]);
    const duplicate = found[3];
    assert.match(messageOf(duplicate), /`jordan` is already defined at gazetteer\.yaml:\d+/);
    assert.equal(duplicate.relatedInformation?.[0].location.uri, GAZETTEER);
    assert.equal(textAt(s.workspace.text(GAZETTEER), duplicate.relatedInformation![0].location.range), 'jordan');
    assert.match(messageOf(found[2]), /`irak`, which no gazetteer file defines/);
  });
});

describe('a broken gazetteer of our own', () => {
  test('an unclosed flow sequence is a gazetteer-syntax error at its place, and an article still gets checked', async () => {
    const gazetteer = wsUri('gazetteer.yaml');
    const article = wsUri('reports/raqqa.news.md');
    const s = await startService(new MemoryWorkspace({
      [gazetteer]: [
        'places:',
        '  syria: { name: Syria, type: country }',
        '  raqqa:',
        '    name: Raqqa',
        '    aliases: [Al-Raqqa, Ar-Raqqah',
        '    country: syria',
        '',
      ].join('\n'),
      [article]: '---\ntitle: Curfew in Raqqa\npublished: 2019-10-20\n---\nLocal councils in Syria imposed a curfew on Sunday.\n',
    }));
    try {
      s.open(gazetteer);
      const found = s.service.features.diagnostics(gazetteer);
      const syntax = found.filter((d) => d.code === 'gazetteer-syntax');
      assert.ok(syntax.length >= 1, JSON.stringify(found));
      assert.ok(syntax.every((d) => d.severity === 1));
      assert.ok(syntax.some((d) => d.range.start.line >= 4 && d.range.start.line <= 6), JSON.stringify(syntax.map((d) => d.range)));
      s.open(article);
      assert.deepEqual(s.service.features.diagnostics(article), []);
    } finally {
      await s.dispose();
    }
  });
});

describe('lint settings and .newsmd.yaml', { concurrency: true }, () => {
  test('newsmd.lint raises a code to error from the editor settings', async () => {
    const s = await startService(loadExamplesWith(UNDATED), { settings: { lint: { 'missing-publication-date': 'error' } } });
    try {
      s.open(UNDATED);
      const found = s.service.features.diagnostics(UNDATED);
      assert.deepEqual(found.map((d) => [d.code, d.severity]), [['missing-publication-date', 1]]);
    } finally {
      await s.dispose();
    }
  });

  test('a .newsmd.yaml in the root turns a code off over the editor settings, and workspaceFiles names it', async () => {
    const files = loadExamplesWith(UNDATED);
    files.set(wsUri('.newsmd.yaml'), 'lint:\n  missing-publication-date: off\n');
    const s = await startService(files, { settings: { lint: { 'missing-publication-date': 'error' } } });
    try {
      s.open(UNDATED);
      assert.deepEqual(s.service.features.diagnostics(UNDATED), []);
      const info = s.service.workspaceFiles();
      assert.equal(info.config, '/ws/.newsmd.yaml');
      assert.equal(info.lint['missing-publication-date'], 'off');
    } finally {
      await s.dispose();
    }
  });
});
