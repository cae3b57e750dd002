// Document symbols (article outline, gazetteer entries) and workspace symbols, in process.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import { type StartedService, examplesUri, loadExamples, positionOf, startService, textAt } from '../../support/memoryWorkspace';

const GAZETTEER = examplesUri('gazetteer.yaml');
const EXTRA = examplesUri('gazetteer/extra.yaml');
const STALE = examplesUri('2020-02-12-tbi-stale-count.news.md');
const SITES = examplesUri('2020-08-20-coalition-hands-over-sites.news.md');

describe('document and workspace symbols', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamples());
    for (const uri of [GAZETTEER, EXTRA, STALE, SITES]) s.open(uri);
  });
  after(() => s?.dispose());

  test('a gazetteer file lists its entries in file order, each selecting its key', () => {
    const symbols = s.service.features.documentSymbols(EXTRA);
    // (The duplicate `jordan` at the end of the file is not listed: only the first definition of an
    // id, in gazetteer.yaml, is an entry of the loaded gazetteer.)
    assert.deepEqual(symbols.map((x) => [x.name, x.detail, x.kind]).slice(0, 4), [
      ['iraqi-national-alliance', 'Iraqi National Alliance', SymbolKind.Class],
      ['badr-organization', 'Badr Organization', SymbolKind.Class],
      ['hadi-al-amiri', 'Hadi al-Amiri', SymbolKind.Constructor],
      ['k-1-air-base', 'K-1 Air Base', SymbolKind.Struct],
    ]);
    const text = s.workspace.text(EXTRA);
    for (const x of symbols) {
      assert.equal(textAt(text, x.selectionRange), x.name);
      assert.ok(x.range.start.line <= x.selectionRange.start.line && x.range.end.line >= x.selectionRange.end.line);
    }
    const amiri = symbols[2];
    assert.ok(textAt(text, amiri.range).includes('Minister of Transport'), 'the range covers the whole entry');
  });

  test('the starter gazetteer lists every entry, the figures last', () => {
    const names = s.service.features.documentSymbols(GAZETTEER).map((x) => x.name);
    assert.equal(names[0], 'ain-al-asad');
    assert.deepEqual(names.slice(-3), ['us-troops-iraq', 'coalition-member-countries', 'islamic-state-fighters-iraq-syria']);
    assert.equal(new Set(names).size, names.length);
  });

  test('an article lists the entities it mentions by name (mentions as children), its figures and dates, in order', () => {
    const symbols = s.service.features.documentSymbols(STALE);
    assert.deepEqual(symbols.map((x) => [x.name, x.kind]), [
      ['United States', SymbolKind.Module],
      ['Iraq', SymbolKind.Module],
      ['Iran', SymbolKind.Module],
      ['Baghdad', SymbolKind.Module],
      ['Wednesday', SymbolKind.Event],
      ['Washington, D.C.', SymbolKind.Module],
      ['Tehran', SymbolKind.Module],
      ['Iranian missile strike on Ain al-Asad', SymbolKind.Event],
      ['64 service members', SymbolKind.Number],
      ['US Department of Defense', SymbolKind.Class],
    ]);
    const text = s.workspace.text(STALE);
    const iraq = symbols[1];
    assert.equal(iraq.detail, 'iraq');
    assert.deepEqual(iraq.children?.map((c) => textAt(text, c.range)), ['Iraq', 'Iraqi']);
    assert.equal(symbols[4].detail, '2020-02-12', 'a date shows what it resolves to');
    assert.equal(symbols[8].detail, 'ain-al-asad-strike-tbi', 'a figure shows its key');
  });

  test('an annotated mention is a child of its entity, with the matched names', () => {
    const symbols = s.service.features.documentSymbols(SITES);
    const khafaji = symbols.filter((x) => x.detail === 'tahsin-al-khafaji');
    assert.equal(khafaji.length, 1, 'one symbol per entity');
    assert.equal(khafaji[0].name, 'Tahsin al-Khafaji');
    const text = s.workspace.text(SITES);
    const children = khafaji[0].children!.map((c) => `${c.range.start.line}:${textAt(text, c.range)}`).sort();
    assert.deepEqual(children, [
      `${positionOf(text, 'Tahsin al-Khafaji').line}:Tahsin al-Khafaji`,
      `${positionOf(text, '[the spokesman]').line}:the spokesman`,
      `${positionOf(text, 'al-Khafaji told').line}:al-Khafaji`,
    ].sort());
    // The protocol's rule, which VS Code's outline relies on: a symbol's range contains its
    // children's; the selection is the first mention in the text.
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    for (const symbol of symbols.filter((x) => x.children && x.children.length > 0)) {
      for (const child of symbol.children!) {
        assert.ok(before(symbol.range.start, child.range.start) && before(child.range.end, symbol.range.end), `${symbol.name} contains ${child.name}`);
      }
      const first = [...symbol.children!].sort((a, b) => (before(a.range.start, b.range.start) ? -1 : 1))[0];
      assert.deepEqual(symbol.selectionRange, first.range, symbol.name);
    }
  });

  test('workspace symbols find a gazetteer entry by alias, case and punctuation as typed', () => {
    const found = s.service.features.workspaceSymbols('al asad airbase');
    assert.deepEqual(found.map((x) => [x.name, x.containerName]), [['Ain al-Asad Air Base', 'ain-al-asad']]);
    assert.equal(found[0].location.uri, GAZETTEER);
    assert.equal(textAt(s.workspace.text(GAZETTEER), found[0].location.range), 'ain-al-asad');
  });

  test('workspace symbols find entries by id and articles by title', () => {
    assert.deepEqual(s.service.features.workspaceSymbols('hadi-al').map((x) => [x.name, x.location.uri]), [['Hadi al-Amiri', EXTRA]]);
    const byTitle = s.service.features.workspaceSymbols('patriot air defences');
    assert.deepEqual(byTitle.map((x) => [x.name, x.kind, x.location.uri]), [
      ['US still seeking Iraqi approval for Patriot air defences', SymbolKind.File, STALE],
    ]);
    assert.deepEqual(s.service.features.workspaceSymbols('no such thing anywhere'), []);
  });

  test('a cancelled workspace symbol search stops', () => {
    assert.deepEqual(s.service.features.workspaceSymbols('', () => true), []);
    assert.ok(s.service.features.workspaceSymbols('').length > 50);
  });
});
