// Completion of ids after `{@` and of figure keys after `{figure=`, in process.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompletionItem, CompletionList, Position, TextEdit } from 'vscode-languageserver-types';
import { type StartedService, loadExamplesWith, startService, wsUri } from '../../support/memoryWorkspace';

const FRONT = '---\ntitle: Draft\npublished: 2020-08-20\n---\n';

describe('completion', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamplesWith());
  });
  after(() => s?.dispose());

  let n = 0;
  /** Opens a draft whose last line is `line`, and completes at its end. */
  function complete(line: string): { items: CompletionItem[]; list: CompletionList | null; position: Position } {
    const uri = wsUri(`drafts/typing-${++n}.news.md`);
    const text = `${FRONT}${line}`;
    s.open(uri, text);
    const position = { line: text.split('\n').length - 1, character: line.length };
    const result = s.service.features.completion(uri, position);
    const list = result === null ? null : Array.isArray(result) ? { isIncomplete: false, items: result } : result;
    return { items: list?.items ?? [], list, position };
  }

  test('after {@ every entity id is offered, but no figure key', () => {
    const { items, list } = complete('They flew to [the base]{@');
    const labels = items.map((i) => i.label);
    for (const id of ['ain-al-asad', 'qasem-soleimani', 'islamic-state', 'iraq', 'ain-al-asad-strike-2020']) assert.ok(labels.includes(id), id);
    for (const key of ['us-troops-iraq', 'ain-al-asad-strike-tbi']) assert.ok(!labels.includes(key), key);
    assert.equal(list?.isIncomplete, false);
  });

  test('a typed prefix filters by id, name or alias, and the edit replaces just the prefix', () => {
    const { items, position } = complete('Officials at [the base]{@asad');
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('ain-al-asad'), JSON.stringify(labels));
    assert.ok(!labels.includes('qasem-soleimani'));
    const item = items.find((i) => i.label === 'ain-al-asad')!;
    const edit = item.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: position.line, character: position.character - 'asad'.length }, end: position });
    assert.equal(edit.newText, 'ain-al-asad');
    assert.equal(item.detail, 'Ain al-Asad Air Base (base)');
  });

  test('an alias finds its entry: "isil" offers islamic-state, "daesh" also the anti-Daesh coalition', () => {
    assert.deepEqual(complete('Attacks by [the group]{@isil').items.map((i) => i.label), ['islamic-state']);
    assert.deepEqual(complete('Attacks by [the group]{@Daesh').items.map((i) => i.label).sort(), ['islamic-state', 'us-led-coalition']);
  });

  test('after {figure= only figure keys are offered', () => {
    const { items } = complete('About [5,000 troops]{figure=');
    assert.deepEqual(items.map((i) => i.label).sort(), [
      'ain-al-asad-strike-missiles', 'ain-al-asad-strike-tbi', 'coalition-member-countries', 'islamic-state-fighters-iraq-syria', 'us-troops-iraq',
    ]);
    const { items: troops } = complete('About [5,000 troops]{figure=us-tr');
    assert.deepEqual(troops.map((i) => i.label), ['us-troops-iraq']);
  });

  test('a query offers the same whatever was asked before it (the search reuses its arrays)', () => {
    const ask = (prefix: string): string[] => complete(`See [it]{@${prefix}`).items.map((i) => i.label);
    const queries = ['ain-al-a', 'asad', 'al-asad-st', 'isil', 'islamic-st', 'q', 'joint-operations'];
    const inOrder = queries.map(ask);
    assert.ok(inOrder.every((labels) => labels.length > 0), JSON.stringify(inOrder));
    assert.deepEqual([...queries].reverse().map(ask).reverse(), inOrder);
    assert.deepEqual(queries.map(ask), inOrder);
  });

  test('nothing is offered outside an annotation', () => {
    assert.equal(complete('The coalition said on Thursday').list, null);
    assert.equal(complete('Email us at desk@').list, null);
  });

  test('nothing is offered in a gazetteer document or a document that is not open', () => {
    const gazetteer = wsUri('examples/gazetteer.yaml');
    s.open(gazetteer);
    assert.equal(s.service.features.completion(gazetteer, { line: 0, character: 0 }), null);
    assert.equal(s.service.features.completion(wsUri('drafts/never-opened.news.md'), { line: 0, character: 0 }), null);
  });
});
