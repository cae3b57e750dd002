// The figure-history, figure-keys and timeline views, and the workspace-files answer, in process.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ViewLocation } from '../../../server/src/protocol/views';
import { type StartedService, examplesUri, loadExamples, positionOf, startService, textAt, wsUri } from '../../support/memoryWorkspace';

const GAZETTEER = examplesUri('gazetteer.yaml');
const PENTAGON_COUNT = examplesUri('2020-01-13-pentagon-missile-count.news.md');
const SITES = examplesUri('2020-08-20-coalition-hands-over-sites.news.md');
const STALE = examplesUri('2020-02-12-tbi-stale-count.news.md');
const TBI_FIRST = examplesUri('2020-01-17-tbi-first-count.news.md');

// Our own note, a day after the Pentagon's count, with a third missile count.
const NOTE = examplesUri('2020-01-14-missile-count-note.news.md');
const NOTE_TEXT = [
  '---',
  'title: Satellite images suggest wider damage at Ain al-Asad',
  'published: 2020-01-14',
  '---',
  'Analysts who studied satellite images said on Tuesday that [at least 15 missiles]{figure=ain-al-asad-strike-missiles} had hit Ain al-Asad.',
  '',
].join('\n');

describe('views over the sample corpus', () => {
  let s: StartedService;
  before(async () => {
    const files = loadExamples();
    files.set(NOTE, NOTE_TEXT);
    s = await startService(files);
  });
  after(() => s?.dispose());

  const text = (uri: string): string => s.workspace.text(uri);
  const shown = (l: ViewLocation): string => textAt(text(l.uri), l.range);
  const file = (uri: string): string => uri.split('/').pop()!;

  test('figureKeys lists every gazetteer figure with its mentions and values, most mentioned first', () => {
    const keys = s.service.features.figureKeys();
    assert.deepEqual(keys.find((k) => k.key === 'ain-al-asad-strike-missiles'), {
      key: 'ain-al-asad-strike-missiles', label: 'Ballistic missiles that struck Ain al-Asad on 2020-01-08', mentions: 3, values: 0,
    });
    assert.deepEqual(keys.find((k) => k.key === 'ain-al-asad-strike-tbi'), {
      key: 'ain-al-asad-strike-tbi', label: 'US service members diagnosed with brain injuries after the Ain al-Asad strike', mentions: 2, values: 7,
    });
    assert.equal(keys.length, 5);
    for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1].mentions >= keys[i].mentions);
  });

  test('figureHistory by key: the entry, every mention in date order, and which mentions conflict', () => {
    const h = s.service.features.figureHistory({ key: 'ain-al-asad-strike-missiles' });
    assert.ok(h);
    assert.equal(h.label, 'Ballistic missiles that struck Ain al-Asad on 2020-01-08');
    assert.deepEqual(h.units, ['missiles', 'ballistic missiles']);
    assert.equal(h.entry?.uri, GAZETTEER);
    assert.equal(shown(h.entry!), 'ain-al-asad-strike-missiles');
    assert.deepEqual(h.values, []);
    assert.deepEqual(h.mentions.map((m) => [file(m.location.uri), shown(m.location), m.text, m.date?.value, m.agreement, m.title]), [
      ['2020-01-08-iraq-missile-count.news.md', '17 missiles', '17 missiles', '2020-01-08', 'no-value', 'Iraqi military says 17 missiles hit Ain al-Asad'],
      ['2020-01-13-pentagon-missile-count.news.md', '11 missiles', '11 missiles', '2020-01-13', 'no-value', 'US officials give account of Iranian strike on Ain al-Asad'],
      ['2020-01-14-missile-count-note.news.md', 'at least 15 missiles', 'at least 15 missiles', '2020-01-14', 'no-value', 'Satellite images suggest wider damage at Ain al-Asad'],
    ]);
    // 17 vs 11 and 11 vs "at least 15" conflict; 17 and "at least 15" overlap.
    assert.deepEqual(h.mentions.map((m) => m.conflictsWith), [[1], [0, 2], [1]]);
    assert.deepEqual([h.mentions[2].min, h.mentions[2].max, h.mentions[2].minInclusive], [15, null, true]);
  });

  test('figureHistory with gazetteer values: each mention agrees or not with the value valid on its date', () => {
    const h = s.service.features.figureHistory({ key: 'ain-al-asad-strike-tbi' });
    assert.ok(h);
    assert.deepEqual(h.values.map((v) => [v.value, v.asOf.value]), [
      [0, '2020-01-08'], [11, '2020-01-16'], [34, '2020-01-24'], [50, '2020-01-28'], [64, '2020-01-30'], [109, '2020-02-10'], [110, '2020-02-21'],
    ]);
    assert.equal(shown(h.values[1].location), '{ value: 11, as_of: 2020-01-16 }');
    assert.deepEqual(h.mentions.map((m) => [file(m.location.uri), m.agreement, m.expected.map((v) => v.value)]), [
      ['2020-01-17-tbi-first-count.news.md', 'agrees', [11]],
      ['2020-02-12-tbi-stale-count.news.md', 'disagrees', [109]],
    ]);
  });

  test('figureHistory by position: a figure in an article, an annotation, the gazetteer entry and one of its values', () => {
    const at = (uri: string, needle: string, offset = 1) => ({ textDocument: { uri }, position: positionOf(text(uri), needle, offset) });
    assert.equal(s.service.features.figureHistory(at(STALE, '64 service'))?.key, 'ain-al-asad-strike-tbi', 'a closed article, matched figure');
    assert.equal(s.service.features.figureHistory(at(PENTAGON_COUNT, 'figure=ain', 9))?.key, 'ain-al-asad-strike-missiles');
    assert.equal(s.service.features.figureHistory(at(GAZETTEER, '  us-troops-iraq:', 3))?.key, 'us-troops-iraq');
    assert.equal(s.service.features.figureHistory(at(GAZETTEER, '{ value: 3000, as_of: 2020-09 }', 4))?.key, 'us-troops-iraq');
  });

  test('no figure history for an unknown key, a place without a figure, or junk', () => {
    assert.equal(s.service.features.figureHistory({ key: 'no-such-figure' }), null);
    assert.equal(s.service.features.figureHistory({ textDocument: { uri: STALE }, position: positionOf(text(STALE), 'reluctant') }), null);
    assert.equal(s.service.features.figureHistory({ textDocument: { uri: GAZETTEER }, position: positionOf(text(GAZETTEER), '  ain-al-asad:') }), null);
    assert.equal(s.service.features.figureHistory({}), null);
    assert.equal(s.service.features.figureHistory(null), null);
    assert.equal(s.service.features.figureHistory({ textDocument: { uri: 42 as unknown as string }, position: 'here' as never }), null);
  });

  test('an edit to an open article shows in the next history', async () => {
    s.open(NOTE);
    s.edit(NOTE, NOTE_TEXT.replace('[at least 15 missiles]', '[11 missiles]'));
    try {
      const h = s.service.features.figureHistory({ key: 'ain-al-asad-strike-missiles' })!;
      assert.deepEqual(h.mentions.map((m) => m.text), ['17 missiles', '11 missiles', '11 missiles']);
      assert.deepEqual(h.mentions.map((m) => m.conflictsWith), [[1, 2], [0], [0]], 'now the note sides with the Pentagon');
    } finally {
      const settled = s.nextDiagnosticsChanged();
      s.close(NOTE);
      await settled;
    }
    assert.deepEqual(s.service.features.figureHistory({ key: 'ain-al-asad-strike-missiles' })!.mentions.map((m) => m.text)[2], 'at least 15 missiles', 'closed: the disk text again');
  });

  test('timeline: resolved dates per article by publication date; without a publication date only absolute dates stay', () => {
    const t = s.service.features.timeline({});
    const dated = t.articles.filter((a) => a.published !== null).map((a) => a.published);
    assert.deepEqual(dated, [...dated].sort());
    assert.ok(t.articles.length >= 15, `${t.articles.length} articles`);
    const uris = t.articles.map((a) => file(a.uri));
    assert.ok(!uris.includes('erbil-rockets-broken-front-matter.news.md'), 'nothing resolves there: its "Monday" has no reference date');
    const undated = t.articles.find((a) => file(a.uri) === 'islamic-state-attacks-undated.news.md');
    assert.ok(undated, 'its years still resolve');
    assert.equal(undated.published, null);
    assert.ok(undated.dates.every((d) => !d.relative), JSON.stringify(undated.dates.map((d) => d.text)));
    assert.ok(!undated.dates.some((d) => d.text === 'Wednesday'));
    const pentagon = t.articles.find((a) => a.uri === PENTAGON_COUNT);
    assert.deepEqual(pentagon?.dates.map((d) => [d.text, d.date.value]), [['Monday', '2020-01-13'], ['last week', '2020-W02'], ['January 3', '2020-01-03']]);
    for (const a of t.articles) for (const d of a.dates) assert.equal(shown(d.location), d.text);
    assert.ok(t.entities.some((e) => e.id === 'ain-al-asad' && e.name === 'Ain al-Asad Air Base' && e.kind === 'base'));
  });

  test('timeline with an entity keeps the dates whose sentence names it', () => {
    const t = s.service.features.timeline({ entity: 'erbil' });
    assert.ok(t.articles.length > 0);
    for (const a of t.articles) for (const d of a.dates) assert.ok(d.entities.includes('erbil'), `${a.uri} ${d.text}`);
    assert.ok(t.articles.some((a) => a.uri === PENTAGON_COUNT));
    assert.ok(!t.articles.some((a) => a.uri === TBI_FIRST), 'no date of that article is in a sentence naming Erbil');
    assert.deepEqual(s.service.features.timeline({ entity: 'no-such-entity' }).articles, []);
  });

  test('workspaceFiles: the root, the articles sorted, the gazetteers in load order, the settings in effect', () => {
    const files = s.service.workspaceFiles();
    assert.deepEqual(files.roots, ['/ws']);
    assert.equal(files.config, null);
    assert.equal(files.articles.length, 22);
    assert.deepEqual(files.articles, [...files.articles].sort());
    assert.ok(files.articles.includes(NOTE) && files.articles.includes(SITES));
    assert.deepEqual(files.gazetteers, [GAZETTEER, examplesUri('gazetteer/broken-syntax.yaml'), examplesUri('gazetteer/extra.yaml')]);
    assert.deepEqual(files.figures, { corpusWindowDays: 14, approximateTolerance: 0.1, nearlyTolerance: 0.1 });
  });

  test('workspaceFiles: a gazetteer named by newsmd.gazetteer.paths is the only one loaded', async () => {
    const other = await startService(loadExamples(), { settings: { gazetteer: { paths: ['examples/gazetteer.yaml'] }, figures: { corpusWindowDays: 3 } } });
    try {
      const files = other.service.workspaceFiles();
      assert.deepEqual(files.gazetteers, [GAZETTEER]);
      assert.equal(files.figures.corpusWindowDays, 3);
      // Without extra.yaml, "INA" is no longer ambiguous.
      const sudani = examplesUri('2022-10-28-sudani-government.news.md');
      other.open(sudani);
      assert.deepEqual(other.service.features.diagnostics(sudani), []);
    } finally {
      await other.dispose();
    }
  });

  test('a folder outside the workspace finds nothing', async () => {
    const other = await startService(loadExamples(), { folders: [wsUri('elsewhere')] });
    try {
      assert.deepEqual(other.service.workspaceFiles().articles, []);
      assert.deepEqual(other.service.workspaceFiles().gazetteers, []);
    } finally {
      await other.dispose();
    }
  });
});
