// The figure-history and timeline requests (server/src/protocol/views.ts) over the real server.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type CodeLens, CodeLensRequest, DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import {
  FIGURE_HISTORY_REQUEST, FIGURE_KEYS_REQUEST, TIMELINE_REQUEST,
  type FigureHistory, type FigureHistoryParams, type FigureKeySummary, type Timeline, type TimelineParams, type ViewLocation,
} from '../../server/src/protocol/views';
import { URI } from 'vscode-uri';
import { repoPath } from '../support/repo';
import { LspSession, PULL_CAPABILITIES, copyWorkspace, positionOf } from './support/lspSession';

const HANDOVER = 'articles/bases-handover.news.md';
const VISIT = 'articles/airbase-visit.news.md';
/** Written into the workspace copy: a third troop figure, annotated, and dates naming the JOC. */
const DRAWDOWN = 'articles/drawdown-note.news.md';
const DRAWDOWN_TEXT = `---
title: Troop levels questioned
published: 2020-09-02
---
The JOC said on Monday that [fewer than 4,000 soldiers]{figure=us-troops-iraq} were left in Iraq.

Talks on the timetable resume next week in Baghdad.
`;

async function waitForIndex(s: LspSession): Promise<void> {
  await s.waitFor('indexing to finish', () => s.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end'), 20000);
}

describe('figure history and timeline requests on the fixture workspace', () => {
  let s: LspSession;
  let handover: string;
  before(async () => {
    const workspace = copyWorkspace();
    writeFileSync(`${workspace}/${DRAWDOWN}`, DRAWDOWN_TEXT);
    s = await LspSession.start({ workspace, capabilities: PULL_CAPABILITIES });
    handover = await s.open(HANDOVER);
    await waitForIndex(s);
  });
  after(() => s?.close());

  const history = (params: FigureHistoryParams) => s.connection.sendRequest(FIGURE_HISTORY_REQUEST, params) as Promise<FigureHistory | null>;
  const timeline = (params: TimelineParams = {}) => s.connection.sendRequest(TIMELINE_REQUEST, params) as Promise<Timeline>;
  const at = (file: string, needle: string, offset = 1) => ({ textDocument: { uri: s.uri(file) }, position: positionOf(s.text(file), needle, offset) });
  /** The text a location points at, read from the workspace file. */
  const textAt = (l: ViewLocation) => {
    const path = URI.parse(l.uri).fsPath;
    const lines = readFileSync(path, 'utf8').split('\n');
    assert.equal(l.range.start.line, l.range.end.line);
    return lines[l.range.start.line].slice(l.range.start.character, l.range.end.character);
  };
  const file = (uri: string) => uri.split('/').pop();

  test('figureKeys lists the gazetteer figure with its mentions and values', async () => {
    const keys = (await s.connection.sendRequest(FIGURE_KEYS_REQUEST)) as FigureKeySummary[];
    assert.deepEqual(keys.find((k) => k.key === 'us-troops-iraq'), { key: 'us-troops-iraq', label: 'US troops deployed in Iraq', mentions: 3, values: 1 });
  });

  test('figureHistory by key: the gazetteer value, every mention at its place, agreement and conflicts', async () => {
    const h = await history({ key: 'us-troops-iraq' });
    assert.ok(h);
    assert.equal(h.label, 'US troops deployed in Iraq');
    assert.equal(textAt(h.entry!), 'us-troops-iraq');
    assert.deepEqual(h.values.map((v) => [v.value, v.asOf.value, v.asOf.start, v.asOf.end]), [[5200, '2020-01', '2020-01-01', '2020-01-31']]);
    assert.equal(textAt(h.values[0].location), '{ value: 5200, as_of: 2020-01 }');
    assert.deepEqual(h.mentions.map((m) => [file(m.location.uri), textAt(m.location), m.date?.value, m.agreement, m.title]), [
      ['bases-handover.news.md', 'Some 3,000 US troops', '2020-08-20', 'disagrees', 'Coalition to return more bases to Iraqi control'],
      ['airbase-visit.news.md', 'About 5,200 US troops', '2020-08-24', 'agrees', 'Officials tour Ain al-Asad ahead of transfer'],
      ['drawdown-note.news.md', 'fewer than 4,000 soldiers', '2020-08-31', 'disagrees', 'Troop levels questioned'],
    ]);
    assert.deepEqual(h.mentions.map((m) => m.conflictsWith), [[1], [0, 2], [1]]);
    assert.deepEqual(h.mentions[0].expected.map((v) => v.value), [5200]);
    assert.deepEqual([h.mentions[2].min, h.mentions[2].max, h.mentions[2].maxInclusive], [0, 4000, true], 'fewer than 4,000: [0, 4000] (SPEC §4)');
  });

  test('figureHistory by position: on a figure in an article, on an annotation, on the gazetteer entry and its values', async () => {
    assert.equal((await history(at(HANDOVER, '3,000', 2)))?.key, 'us-troops-iraq');
    assert.equal((await history(at(VISIT, 'US troops', 4)))?.key, 'us-troops-iraq', 'an article not open in the editor');
    assert.equal((await history(at(DRAWDOWN, 'figure=us-troops-iraq', 10)))?.key, 'us-troops-iraq');
    assert.equal((await history(at('gazetteer.yaml', 'us-troops-iraq:', 0)))?.key, 'us-troops-iraq');
    assert.equal((await history(at('gazetteer.yaml', 'value: 5200', 3)))?.key, 'us-troops-iraq');
  });

  test('no history: an unknown key, a place without a figure, junk parameters', async () => {
    assert.equal(await history({ key: 'no-such-figure' }), null);
    assert.equal(await history(at(HANDOVER, 'spokesman')), null);
    assert.equal(await history(at('gazetteer.yaml', 'tahsin-al-khafaji:')), null);
    assert.equal(await history({}), null);
    assert.equal(await s.connection.sendRequest(FIGURE_HISTORY_REQUEST, { textDocument: { uri: 42 }, position: 'here' }), null);
  });

  test('timeline: resolved dates per article, by publication date; the undated brief is left out', async () => {
    const t = await timeline();
    assert.deepEqual(t.articles.map((a) => [file(a.uri), a.published, a.dates.map((d) => `${d.text}=${d.date.value}`)]), [
      ['bases-handover.news.md', '2020-08-20', ['Wednesday=2020-08-19', 'last month=2020-07']],
      ['airbase-visit.news.md', '2020-08-24', ['Sunday=2020-08-23']],
      ['drawdown-note.news.md', '2020-09-02', ['Monday=2020-08-31', 'next week=2020-W37']],
    ]);
    for (const a of t.articles) for (const d of a.dates) assert.equal(textAt(d.location), d.text);
    const monday = t.articles[2].dates[0];
    assert.deepEqual(monday.entities, ['joint-operations-command', 'iraq']);
    assert.ok(t.entities.some((e) => e.id === 'joint-operations-command' && e.name === 'Joint Operations Command' && e.kind === 'organization'));
  });

  test('timeline with an entity filter keeps the dates whose sentence names it', async () => {
    const t = await timeline({ entity: 'joint-operations-command' });
    assert.deepEqual(t.articles.map((a) => [file(a.uri), a.dates.map((d) => d.text)]), [
      ['bases-handover.news.md', ['Wednesday']],
      ['drawdown-note.news.md', ['Monday']],
    ]);
    assert.deepEqual((await timeline({ entity: 'no-such-entity' })).articles, []);
  });

  test('code lenses open the figure history: on the gazetteer entry and on article lines with keyed figures', async () => {
    const gazetteerLenses = (await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: s.uri('gazetteer.yaml') } })) as CodeLens[];
    const keyLine = positionOf(s.text('gazetteer.yaml'), 'us-troops-iraq:').line;
    assert.deepEqual(gazetteerLenses.filter((l) => l.range.start.line === keyLine).map((l) => l.command?.title), ['3 mentions in 3 articles', 'Figure history']);
    const lens = gazetteerLenses.find((l) => l.command?.title === 'Figure history')!;
    assert.deepEqual(lens.command, { title: 'Figure history', command: 'newsmd.showFigureHistory', arguments: [{ key: 'us-troops-iraq' }] });
    assert.equal(gazetteerLenses.filter((l) => l.command?.title === 'Figure history').length, 1, 'only figures get one');

    const articleLenses = (await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: handover } })) as CodeLens[];
    assert.deepEqual(articleLenses.map((l) => [l.range.start.line, l.command]), [
      [positionOf(s.text(HANDOVER), '3,000').line, { title: 'History of US troops deployed in Iraq', command: 'newsmd.showFigureHistory', arguments: [{ key: 'us-troops-iraq' }] }],
    ]);
  });

  test('an edit to an open article shows in the next figureHistory answer', async () => {
    const edited = s.text(HANDOVER).replace('Some 3,000 US troops', 'About 5,000 US troops');
    await s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: handover, version: 2 }, contentChanges: [{ text: edited }] });
    const h = await history({ key: 'us-troops-iraq' });
    assert.deepEqual(h?.mentions.map((m) => [m.text, m.agreement]), [
      ['About 5,000 US troops', 'agrees'],
      ['About 5,200 US troops', 'agrees'],
      ['fewer than 4,000 soldiers', 'disagrees'],
    ]);
    assert.deepEqual(h?.mentions.map((m) => m.conflictsWith), [[2], [2], [0, 1]]);
  });
});

describe('figure history on the examples corpus (what the UI tests show)', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(repoPath('examples')), capabilities: PULL_CAPABILITIES });
    await waitForIndex(s);
  });
  after(() => s?.close());

  test('the US troop figure has several mentions that agree and disagree, over several values', async () => {
    const h = (await s.connection.sendRequest(FIGURE_HISTORY_REQUEST, { key: 'us-troops-iraq' })) as FigureHistory | null;
    assert.ok(h);
    assert.ok(h.values.length >= 3, `${h.values.length} values`);
    assert.ok(h.mentions.length >= 5, `${h.mentions.length} mentions`);
    const agreements = new Set(h.mentions.map((m) => m.agreement));
    assert.ok(agreements.has('agrees') && agreements.has('disagrees'), [...agreements].join(', '));
    assert.ok(new Set(h.mentions.map((m) => m.location.uri)).size >= 4, 'from several articles');
    for (let i = 1; i < h.mentions.length; i++) assert.ok((h.mentions[i - 1].date?.start ?? '9') <= (h.mentions[i].date?.start ?? '9'), 'sorted by date');
  });

  test('the timeline covers the dated articles and leaves out the broken one', async () => {
    const t = (await s.connection.sendRequest(TIMELINE_REQUEST, {})) as Timeline;
    assert.ok(t.articles.length >= 12, `${t.articles.length} articles`);
    assert.ok(t.articles.every((a) => a.dates.length > 0));
    assert.ok(!t.articles.some((a) => a.uri.endsWith('erbil-rockets-broken-front-matter.news.md')));
    assert.ok(t.entities.length > 5);
  });
});
