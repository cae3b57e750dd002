// Code lenses (gazetteer entries, keyed figures in articles) and inlay hints (resolved dates), in process.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeLens, InlayHint, Range } from 'vscode-languageserver-types';
import { type StartedService, examplesUri, loadExamples, positionOf, startService, wsUri } from '../../support/memoryWorkspace';

const GAZETTEER = examplesUri('gazetteer.yaml');
const STALE = examplesUri('2020-02-12-tbi-stale-count.news.md');
const SITES = examplesUri('2020-08-20-coalition-hands-over-sites.news.md');
const EVERYTHING: Range = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

describe('code lenses', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamples());
    s.open(GAZETTEER);
    s.open(SITES);
  });
  after(() => s?.dispose());

  const lensesAt = (lenses: CodeLens[], line: number): Array<string | undefined> => lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title);
  const keyLine = (id: string): number => positionOf(s.workspace.text(GAZETTEER), `  ${id}:`).line;

  test('gazetteer entries count their mentions and articles, and a click shows the references', () => {
    const lenses = s.service.features.codeLenses(GAZETTEER);
    assert.deepEqual(lensesAt(lenses, keyLine('tahsin-al-khafaji')), ['4 mentions in 2 articles']);
    assert.deepEqual(lensesAt(lenses, keyLine('al-taqaddum')), ['no mentions']);
    assert.deepEqual(lensesAt(lenses, keyLine('xinhua')), ['1 mention in 1 article']);
    const khafaji = lenses.find((l) => l.range.start.line === keyLine('tahsin-al-khafaji'))!;
    assert.equal(khafaji.command?.command, 'newsmd.showReferences');
    assert.deepEqual(khafaji.command?.arguments, [GAZETTEER, khafaji.range.start]);
    assert.equal(lenses.find((l) => l.range.start.line === keyLine('al-taqaddum'))?.command?.command, '', 'nothing to show');
  });

  test('figure entries also open the figure history', () => {
    const lenses = s.service.features.codeLenses(GAZETTEER);
    const titles = lensesAt(lenses, keyLine('ain-al-asad-strike-missiles'));
    assert.deepEqual(titles, ['2 mentions in 2 articles', 'Figure history']);
    const history = lenses.find((l) => l.range.start.line === keyLine('ain-al-asad-strike-missiles') && l.command?.title === 'Figure history');
    assert.deepEqual(history?.command, { title: 'Figure history', command: 'newsmd.showFigureHistory', arguments: [{ key: 'ain-al-asad-strike-missiles' }] });
    assert.equal(lenses.filter((l) => l.command?.title === 'Figure history').length, 5, 'one per figure entry');
  });

  test('an article has a history lens on each line with a keyed figure', () => {
    const lenses = s.service.features.codeLenses(SITES);
    const text = s.workspace.text(SITES);
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.arguments]), [
      [positionOf(text, 'more than 61 countries').line, 'History of Member countries of the Global Coalition to Defeat ISIS', [{ key: 'coalition-member-countries' }]],
      [positionOf(text, '[Over 5,000 US troops]').line, 'History of US troops deployed in Iraq', [{ key: 'us-troops-iraq' }]],
    ]);
  });

  test('a lens count follows an unsaved article', () => {
    const draft = wsUri('drafts/jordan-note.news.md');
    s.open(draft, '---\ntitle: Note\npublished: 2020-08-21\n---\nAl-Taqaddum and Al-Taqaddum Air Base were both mentioned by the spokesman.\n');
    try {
      assert.deepEqual(s.service.features.diagnostics(draft), [], 'as the editor does on open');
      assert.deepEqual(lensesAt(s.service.features.codeLenses(GAZETTEER), keyLine('al-taqaddum')), ['2 mentions in 1 article']);
    } finally {
      s.close(draft);
    }
  });
});

describe('inlay hints', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamples());
  });
  after(() => s?.dispose());

  const ARTICLE = wsUri('reports/erbil-drone.news.md');
  const TEXT = [
    '---',
    'title: Drone downed near Erbil airport',
    'published: 2021-07-07',
    'dateline: Erbil',
    '---',
    'Air defences shot down a drone near Erbil airport on Tuesday night, officials in the Kurdistan Regional Government said.',
    '',
    'A similar attack hit the airport last month, and talks on protecting the site will resume next week.',
    '',
    'The coalition has kept advisers there since September 2014.',
    '',
  ].join('\n');

  const hintAfter = (hints: InlayHint[], needle: string): InlayHint | undefined => {
    const end = positionOf(TEXT, needle, needle.length);
    return hints.find((h) => h.position.line === end.line && h.position.character === end.character);
  };

  test('relative dates get their resolved value after them; dates that state their year get none', () => {
    s.open(ARTICLE, TEXT);
    const hints = s.service.features.inlayHints(ARTICLE, EVERYTHING);
    assert.equal(hintAfter(hints, 'Tuesday')?.label, '= Tue 2021-07-06', JSON.stringify(hints));
    assert.equal(hintAfter(hints, 'last month')?.label, '= 2021-06');
    assert.equal(hintAfter(hints, 'next week')?.label, '= 2021-W28 (2021-07-12 – 2021-07-18)');
    assert.equal(hintAfter(hints, 'September 2014'), undefined);
    assert.equal(hints.length, 3, JSON.stringify(hints.map((h) => h.label)));
    assert.ok(hints.every((h) => h.paddingLeft === true));
  });

  test('only the hints inside the requested lines come back', () => {
    const line = positionOf(TEXT, 'last month').line;
    const hints = s.service.features.inlayHints(ARTICLE, { start: { line, character: 0 }, end: { line, character: 200 } });
    assert.deepEqual(hints.map((h) => h.label), ['= 2021-06', '= 2021-W28 (2021-07-12 – 2021-07-18)']);
  });

  test('the sample article resolves "Wednesday" to its publication day; a gazetteer gets no hints', () => {
    s.open(STALE);
    const wednesday = positionOf(s.workspace.text(STALE), 'Wednesday', 'Wednesday'.length);
    const hints = s.service.features.inlayHints(STALE, EVERYTHING);
    assert.deepEqual(hints.map((h) => [h.position, h.label]), [[wednesday, '= Wed 2020-02-12']]);
    s.open(GAZETTEER);
    assert.deepEqual(s.service.features.inlayHints(GAZETTEER, EVERYTHING), []);
  });
});
