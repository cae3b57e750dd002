import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOpenMessage } from '../../../client/src/views/openMessage';

const range = { start: { line: 11, character: 0 }, end: { line: 11, character: 20 } };

test('the page may ask to open a place in a workspace file', () => {
  assert.equal(isOpenMessage({ type: 'open', uri: 'file:///ws/a.news.md', range }), true);
  assert.equal(isOpenMessage({ type: 'open', uri: 'vscode-remote://host/ws/gazetteer.yaml', range }), true);
});

test('anything else from the page is ignored', () => {
  for (const junk of [
    null,
    'open',
    { type: 'open' },
    { type: 'run', uri: 'file:///ws/a.news.md', range },
    { type: 'open', uri: 'command:workbench.action.terminal.new', range },
    { type: 'open', uri: 'https://example.org/', range },
    { type: 'open', uri: 'file:///ws/a.news.md', range: { start: { line: -1, character: 0 }, end: range.end } },
    { type: 'open', uri: 'file:///ws/a.news.md', range: { start: { line: 1.5, character: 0 }, end: range.end } },
    { type: 'open', uri: 'file:///ws/a.news.md', range: { start: range.start } },
  ]) {
    assert.equal(isOpenMessage(junk), false, JSON.stringify(junk));
  }
});
