import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type CodeLens, type CompletionList, type DocumentSymbol, type Hover, type InlayHint, type Location, type MarkupContent,
  type SemanticTokens, type SymbolInformation, type WorkspaceEdit,
  CodeLensRequest, CompletionRequest, DefinitionRequest, DocumentSymbolRequest, HoverRequest, InlayHintRequest,
  PrepareRenameRequest, ReferencesRequest, RenameRequest, SemanticTokensRangeRequest, SemanticTokensRequest, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { LspSession, PULL_CAPABILITIES, applyWorkspaceEdit, copyWorkspace, decodeTokens, positionOf } from './support/lspSession';

const HANDOVER = 'articles/bases-handover.news.md';

/** Hover Markdown as the reader sees it: backslash escapes removed. */
function rendered(hover: Hover): string {
  return (hover.contents as MarkupContent).value.replace(/\\(.)/g, '$1');
}
const VISIT = 'articles/airbase-visit.news.md';

describe('editor features on the fixture workspace', () => {
  let s: LspSession;
  let handover: string;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES });
    handover = await s.open(HANDOVER);
    // References and code lenses need the background index of every article.
    await s.waitFor('indexing to finish', () => s.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end'));
  });
  after(() => s?.close());

  const at = (file: string, needle: string, offset = 1, occurrence = 1) => ({ textDocument: { uri: s.uri(file) }, position: positionOf(s.text(file), needle, offset, occurrence) });

  test('hovering a base shows its gazetteer name', async () => {
    const hover = (await s.connection.sendRequest(HoverRequest.type, at(HANDOVER, 'Ain al-Asad'))) as Hover | null;
    assert.ok(hover, 'no hover');
    assert.match(rendered(hover), /Ain al-Asad Air Base/);
  });

  test('hovering a reference in the gazetteer shows the referenced entry', async () => {
    const hover = (await s.connection.sendRequest(HoverRequest.type, at('gazetteer.yaml', 'org: joint-operations-command', 7))) as Hover | null;
    assert.ok(hover, 'no hover');
    assert.match(rendered(hover), /Joint Operations Command/);
  });

  test('hovering a relative weekday shows the day it resolves to', async () => {
    const hover = (await s.connection.sendRequest(HoverRequest.type, at(HANDOVER, 'Wednesday'))) as Hover | null;
    assert.ok(hover, 'no hover');
    assert.match(rendered(hover), /Wednesday, 19 August 2020/);
  });

  test('semantic tokens colour entities by kind, dates (relative marked) and figures', async () => {
    const legend = s.initializeResult.capabilities.semanticTokensProvider!.legend;
    const tokens = (await s.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: handover } })) as SemanticTokens;
    const decoded = decodeTokens(tokens.data, s.text(HANDOVER), legend);
    const find = (text: string) => decoded.find((t) => t.text === text);
    assert.equal(find('Ain al-Asad')?.type, 'newsBase', JSON.stringify(decoded));
    assert.equal(find('Joint Operations Command')?.type, 'newsOrganization');
    assert.equal(find('Wednesday')?.type, 'newsDate');
    assert.ok(find('Wednesday')?.modifiers.includes('relative'));
    assert.ok(decoded.some((t) => t.type === 'newsFigure' && t.text.includes('3,000')));
    assert.ok(decoded.some((t) => t.type === 'newsPerson' && t.modifiers.includes('explicit')));
  });

  test('semantic tokens for a range cover only those lines', async () => {
    const legend = s.initializeResult.capabilities.semanticTokensProvider!.legend;
    const line = positionOf(s.text(HANDOVER), 'Some 3,000').line;
    const tokens = (await s.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: handover }, range: { start: { line, character: 0 }, end: { line, character: 200 } },
    })) as SemanticTokens;
    const decoded = decodeTokens(tokens.data, s.text(HANDOVER), legend);
    assert.ok(decoded.length > 0);
    assert.ok(decoded.every((t) => !['Ain al-Asad', 'Wednesday'].includes(t.text)), JSON.stringify(decoded));
  });

  test('go to definition lands on the gazetteer key line', async () => {
    const result = (await s.connection.sendRequest(DefinitionRequest.type, at(HANDOVER, 'Ain al-Asad'))) as Location;
    const location = Array.isArray(result) ? result[0] : result;
    assert.equal(location.uri, s.uri('gazetteer.yaml'));
    assert.equal(location.range.start.line, positionOf(s.text('gazetteer.yaml'), 'ain-al-asad:').line);
  });

  test('go to definition from an annotation id', async () => {
    const result = (await s.connection.sendRequest(DefinitionRequest.type, at(HANDOVER, 'tahsin-al-khafaji', 3))) as Location;
    const location = Array.isArray(result) ? result[0] : result;
    assert.equal(location.range.start.line, positionOf(s.text('gazetteer.yaml'), 'tahsin-al-khafaji:').line);
  });

  test('find references from a mention lists mentions in every article', async () => {
    const refs = (await s.connection.sendRequest(ReferencesRequest.type, { ...at(HANDOVER, 'Ain al-Asad'), context: { includeDeclaration: false } })) as Location[];
    const uris = new Set(refs.map((r) => r.uri));
    assert.ok(uris.has(s.uri(HANDOVER)) && uris.has(s.uri(VISIT)), JSON.stringify(refs));
  });

  test('find references from the gazetteer entry lists the article mentions and the declaration', async () => {
    const refs = (await s.connection.sendRequest(ReferencesRequest.type, { ...at('gazetteer.yaml', 'ain-al-asad:'), context: { includeDeclaration: true } })) as Location[];
    assert.ok(refs.some((r) => r.uri === s.uri('gazetteer.yaml')));
    assert.ok(refs.some((r) => r.uri === s.uri(VISIT)), JSON.stringify(refs));
  });

  test('rename of an id edits the gazetteer key and every annotation, nothing else', async () => {
    const prepared = await s.connection.sendRequest(PrepareRenameRequest.type, at(HANDOVER, 'tahsin-al-khafaji', 3));
    assert.ok(prepared && 'placeholder' in prepared && prepared.placeholder === 'tahsin-al-khafaji', JSON.stringify(prepared));
    const edit = (await s.connection.sendRequest(RenameRequest.type, { ...at(HANDOVER, 'tahsin-al-khafaji', 3), newName: 'tahsin-khafaji' })) as WorkspaceEdit;
    assert.equal(applyWorkspaceEdit(edit, s.uri(HANDOVER), s.text(HANDOVER)), s.text(HANDOVER).replace('{@tahsin-al-khafaji}', '{@tahsin-khafaji}'));
    assert.equal(applyWorkspaceEdit(edit, s.uri('gazetteer.yaml'), s.text('gazetteer.yaml')), s.text('gazetteer.yaml').replace('  tahsin-al-khafaji:', '  tahsin-khafaji:'));
  });

  test('rename refuses an id that is not kebab-case or already taken', async () => {
    await assert.rejects(s.connection.sendRequest(RenameRequest.type, { ...at(HANDOVER, 'tahsin-al-khafaji', 3), newName: 'Tahsin Khafaji' }), /kebab-case/);
    await assert.rejects(s.connection.sendRequest(RenameRequest.type, { ...at(HANDOVER, 'tahsin-al-khafaji', 3), newName: 'iraq' }), /already an id/);
  });

  test('completion after {@ offers entity ids; after figure= only figure keys', async () => {
    const text = '---\npublished: 2020-08-20\n---\nThey flew to [the base]{@ain';
    const uri = await s.open('articles/typing.news.md', text);
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const entities = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: end })) as CompletionList;
    assert.ok(entities.items.some((i) => i.label === 'ain-al-asad'), JSON.stringify(entities.items.map((i) => i.label)));
    assert.ok(entities.items.every((i) => i.label !== 'us-troops-iraq'));

    const figureText = '---\npublished: 2020-08-20\n---\nAbout [5,000 troops]{figure=';
    const figureUri = await s.open('articles/typing-figure.news.md', figureText);
    const figureLines = figureText.split('\n');
    const figureEnd = { line: figureLines.length - 1, character: figureLines[figureLines.length - 1].length };
    const figures = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: figureUri }, position: figureEnd })) as CompletionList;
    assert.deepEqual(figures.items.map((i) => i.label), ['us-troops-iraq']);
  });

  test('document symbols of a gazetteer list its entries; of an article, the entities it mentions', async () => {
    const gazetteer = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: s.uri('gazetteer.yaml') } })) as DocumentSymbol[];
    assert.deepEqual(gazetteer.map((x) => x.name), ['ain-al-asad', 'tahsin-al-khafaji', 'qasem-soleimani', 'us-led-coalition', 'joint-operations-command', 'iraq', 'united-states', 'us-troops-iraq']);
    const article = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: handover } })) as DocumentSymbol[];
    assert.ok(article.some((x) => x.name === 'Ain al-Asad Air Base'), JSON.stringify(article.map((x) => x.name)));
  });

  test('workspace symbols find gazetteer entries by alias and articles by title', async () => {
    const byAlias = (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'al asad airbase' })) as SymbolInformation[];
    assert.deepEqual(byAlias.map((x) => x.name), ['Ain al-Asad Air Base']);
    const byTitle = (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'officials tour' })) as SymbolInformation[];
    assert.deepEqual(byTitle.map((x) => x.location.uri), [s.uri(VISIT)]);
  });

  test('inlay hints show what relative dates resolve to', async () => {
    const hints = (await s.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: handover }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    })) as InlayHint[];
    const wednesday = positionOf(s.text(HANDOVER), 'Wednesday', 'Wednesday'.length);
    const hint = hints.find((h) => h.position.line === wednesday.line && h.position.character === wednesday.character);
    assert.equal(hint?.label, '= Wed 2020-08-19', JSON.stringify(hints));
  });

  test('code lenses on gazetteer entries count mentions and articles', async () => {
    const lenses = (await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: s.uri('gazetteer.yaml') } })) as CodeLens[];
    const lensAt = (key: string) => lenses.find((l) => l.range.start.line === positionOf(s.text('gazetteer.yaml'), `${key}:`).line)?.command?.title;
    assert.equal(lensAt('ain-al-asad'), '2 mentions in 2 articles');
    assert.equal(lensAt('qasem-soleimani'), 'no mentions');
  });
});
