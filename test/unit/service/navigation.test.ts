// Go to definition, find references, prepare rename and rename of gazetteer ids, in process.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc';
import type { Location, Position, WorkspaceEdit } from 'vscode-languageserver-types';
import { type StartedService, applyWorkspaceEdit, examplesUri, loadExamples, positionOf, startService, textAt } from '../../support/memoryWorkspace';

const GAZETTEER = examplesUri('gazetteer.yaml');
const SITES = examplesUri('2020-08-20-coalition-hands-over-sites.news.md');
const HANDOVER = examplesUri('2026-01-14-ain-al-asad-handover.news.md');
const IRAQ_COUNT = examplesUri('2020-01-08-iraq-missile-count.news.md');
const PENTAGON_COUNT = examplesUri('2020-01-13-pentagon-missile-count.news.md');
const TBI_FIRST = examplesUri('2020-01-17-tbi-first-count.news.md');
const ADVISORY = examplesUri('2021-12-09-advisory-mission.news.md');

describe('definition, references and rename', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamples());
    s.open(SITES);
    s.open(HANDOVER);
    s.open(GAZETTEER);
  });
  after(() => s?.dispose());

  const text = (uri: string): string => s.workspace.text(uri);
  const at = (uri: string, needle: string, offset = 1, occurrence = 1): Position => positionOf(text(uri), needle, offset, occurrence);
  const keyLine = (id: string): number => at(GAZETTEER, `  ${id}:`, 2).line;
  const where = (locations: Location[]): string[] =>
    locations.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${textAt(text(l.uri), l.range)}`).sort();

  test('definition of a matched name lands on the gazetteer key', () => {
    const location = s.service.features.definition(HANDOVER, at(HANDOVER, 'Ain al-Asad, a major', 2));
    assert.ok(location);
    assert.equal(location.uri, GAZETTEER);
    assert.equal(location.range.start.line, keyLine('ain-al-asad'));
    assert.equal(textAt(text(GAZETTEER), location.range), 'ain-al-asad');
  });

  test('definition from an annotation id and from the bracketed words', () => {
    for (const position of [at(SITES, 'tahsin-al-khafaji}', 3), at(SITES, '[the spokesman]', 3)]) {
      const location = s.service.features.definition(SITES, position);
      assert.equal(location?.range.start.line, keyLine('tahsin-al-khafaji'), JSON.stringify(position));
    }
  });

  test('definition from a reference inside the gazetteer goes to the referenced entry', () => {
    const location = s.service.features.definition(GAZETTEER, at(GAZETTEER, 'org: joint-operations-command', 8));
    assert.equal(location?.range.start.line, keyLine('joint-operations-command'));
  });

  test('definition of plain words or an unknown id is nothing', () => {
    assert.equal(s.service.features.definition(HANDOVER, at(HANDOVER, 'conference')), null);
    assert.equal(s.service.features.definition(TBI_FIRST, at(TBI_FIRST, 'ain-al-assad}', 3)), null);
  });

  test('references from a mention list every article mention, closed articles included', () => {
    const refs = s.service.features.references(HANDOVER, at(HANDOVER, 'Ain al-Asad, a major', 2), false);
    const files = new Set(refs.map((r) => r.uri));
    assert.ok(files.has(HANDOVER) && files.has(IRAQ_COUNT) && files.has(PENTAGON_COUNT), JSON.stringify([...files]));
    assert.ok(!files.has(GAZETTEER) || refs.every((r) => r.uri !== GAZETTEER || r.range.start.line !== keyLine('ain-al-asad')), 'no declaration');
    for (const r of refs.filter((x) => x.uri !== GAZETTEER)) assert.match(textAt(text(r.uri), r.range), /Ain al-Asad|Al Asad|Ayn al-Asad/);
  });

  test('references from the gazetteer entry, with the declaration, include references from other entries', () => {
    const refs = s.service.features.references(GAZETTEER, at(GAZETTEER, '  tahsin-al-khafaji:', 4), true);
    assert.deepEqual(where(refs), [
      `2020-08-20-coalition-hands-over-sites.news.md:${at(SITES, 'Tahsin al-Khafaji, spokesman').line}:Tahsin al-Khafaji`,
      `2020-08-20-coalition-hands-over-sites.news.md:${at(SITES, 'al-Khafaji told').line}:al-Khafaji`,
      `2020-08-20-coalition-hands-over-sites.news.md:${at(SITES, '[the spokesman]').line}:the spokesman`,
      `2021-07-27-combat-mission-end.news.md:${positionOf(text(examplesUri('2021-07-27-combat-mission-end.news.md')), 'Tahsin al-Khafaji').line}:Tahsin al-Khafaji`,
      `gazetteer.yaml:${keyLine('tahsin-al-khafaji')}:tahsin-al-khafaji`,
    ].sort());
    const withoutDeclaration = s.service.features.references(GAZETTEER, at(GAZETTEER, '  tahsin-al-khafaji:', 4), false);
    assert.equal(withoutDeclaration.length, refs.length - 1);
  });

  test('references of a figure key from a keyed figure list the figures and the gazetteer entry', () => {
    const refs = s.service.features.references(PENTAGON_COUNT, at(PENTAGON_COUNT, '11 missiles', 1), true);
    assert.deepEqual(where(refs).map((w) => w.split(':')[0]).sort(), [
      '2020-01-08-iraq-missile-count.news.md', '2020-01-13-pentagon-missile-count.news.md', 'gazetteer.yaml',
    ]);
  });

  test('prepareRename offers the id under the cursor, on an annotation and on the gazetteer key', () => {
    const onAnnotation = s.service.features.prepareRename(SITES, at(SITES, 'tahsin-al-khafaji}', 3));
    assert.ok(onAnnotation && !(onAnnotation instanceof ResponseError));
    assert.equal(onAnnotation.placeholder, 'tahsin-al-khafaji');
    assert.equal(textAt(text(SITES), onAnnotation.range), 'tahsin-al-khafaji');
    const onKey = s.service.features.prepareRename(GAZETTEER, at(GAZETTEER, '  ain-al-asad:', 5));
    assert.ok(onKey && !(onKey instanceof ResponseError));
    assert.deepEqual([onKey.placeholder, textAt(text(GAZETTEER), onKey.range)], ['ain-al-asad', 'ain-al-asad']);
  });

  test('prepareRename on an id the gazetteer lacks is an error the editor shows; on plain words, nothing', () => {
    s.open(TBI_FIRST);
    const unknown = s.service.features.prepareRename(TBI_FIRST, at(TBI_FIRST, 'ain-al-assad}', 3));
    assert.ok(unknown instanceof ResponseError, JSON.stringify(unknown));
    assert.match(unknown.message, /`ain-al-assad` is not an id in the gazetteer/);
    assert.equal(s.service.features.prepareRename(HANDOVER, at(HANDOVER, 'conference')), null);
  });

  test('rename of a person id edits the gazetteer key and every annotation, not the matched names', () => {
    const edit = s.service.features.rename(SITES, at(SITES, 'tahsin-al-khafaji}', 3), 'tahsin-khafaji');
    assert.ok(edit && !(edit instanceof ResponseError));
    assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [SITES, GAZETTEER].sort(), 'only files that spell the id');
    assert.equal(applyWorkspaceEdit(edit, SITES, text(SITES)), text(SITES).replace('{@tahsin-al-khafaji}', '{@tahsin-khafaji}'));
    assert.equal(applyWorkspaceEdit(edit, GAZETTEER, text(GAZETTEER)), text(GAZETTEER).replace('  tahsin-al-khafaji:', '  tahsin-khafaji:'));
  });

  test('rename of a figure key from the gazetteer edits the key and every figure= annotation', () => {
    const edit = s.service.features.rename(GAZETTEER, at(GAZETTEER, '  us-troops-iraq:', 4), 'us-troop-level-iraq') as WorkspaceEdit;
    assert.ok(edit && !(edit instanceof ResponseError));
    assert.equal(applyWorkspaceEdit(edit, SITES, text(SITES)), text(SITES).replace('{figure=us-troops-iraq}', '{figure=us-troop-level-iraq}'));
    assert.equal(applyWorkspaceEdit(edit, GAZETTEER, text(GAZETTEER)), text(GAZETTEER).replace('  us-troops-iraq:', '  us-troop-level-iraq:'));
    assert.equal(applyWorkspaceEdit(edit, ADVISORY, text(ADVISORY)), text(ADVISORY), 'an article whose figure was matched, not annotated, is not edited');
  });

  test('rename of an id referenced by other entries edits those references too', () => {
    const edit = s.service.features.rename(GAZETTEER, at(GAZETTEER, '  joint-operations-command:', 4), 'iraqi-joc') as WorkspaceEdit;
    assert.ok(edit && !(edit instanceof ResponseError));
    const renamed = applyWorkspaceEdit(edit, GAZETTEER, text(GAZETTEER));
    assert.equal(renamed, text(GAZETTEER).replaceAll('org: joint-operations-command', 'org: iraqi-joc').replace('  joint-operations-command:', '  iraqi-joc:'));
  });

  test('rename also edits an unsaved article open in the editor', () => {
    const draft = examplesUri('drafts/khafaji-quote.news.md');
    const draftText = '---\ntitle: Draft\npublished: 2020-09-01\n---\n[The JOC spokesman]{@tahsin-al-khafaji} said two more sites would be handed over this month.\n';
    s.open(draft, draftText);
    try {
      assert.equal(s.service.features.diagnostics(draft).length, 0, 'as the editor does on open');
      const edit = s.service.features.rename(GAZETTEER, at(GAZETTEER, '  tahsin-al-khafaji:', 4), 'tahsin-khafaji') as WorkspaceEdit;
      assert.ok(edit && !(edit instanceof ResponseError));
      assert.equal(applyWorkspaceEdit(edit, draft, draftText), draftText.replace('{@tahsin-al-khafaji}', '{@tahsin-khafaji}'));
      assert.equal(applyWorkspaceEdit(edit, SITES, text(SITES)), text(SITES).replace('{@tahsin-al-khafaji}', '{@tahsin-khafaji}'));
    } finally {
      s.close(draft);
    }
  });

  test('rename refuses a name that is not kebab-case or already an id', () => {
    const position = at(SITES, 'tahsin-al-khafaji}', 3);
    const bad = s.service.features.rename(SITES, position, 'Tahsin Khafaji');
    assert.ok(bad instanceof ResponseError);
    assert.match(bad.message, /kebab-case/);
    const taken = s.service.features.rename(SITES, position, 'iraq');
    assert.ok(taken instanceof ResponseError);
    assert.match(taken.message, /already an id/);
  });
});
