import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CodeAction, type Diagnostic, type DocumentDiagnosticReport, CodeActionRequest, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, PULL_CAPABILITIES, applyWorkspaceEdit, copyWorkspace } from './support/lspSession';

const HANDOVER = 'articles/bases-handover.news.md';
const UNDATED = 'articles/undated-brief.news.md';

describe('quick fixes', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES });
    await s.open(HANDOVER);
    await s.open(UNDATED);
  });
  after(() => s?.close());

  async function diagnosticsOf(file: string, code: string): Promise<Diagnostic[]> {
    const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: s.uri(file) } })) as DocumentDiagnosticReport;
    return report.kind === 'full' ? report.items.filter((d) => d.code === code) : [];
  }

  async function fixesFor(file: string, code: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    const [diagnostic] = await diagnosticsOf(file, code);
    assert.ok(diagnostic, `no ${code} diagnostic in ${file}`);
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: s.uri(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    return { diagnostic, actions };
  }

  function apply(action: CodeAction | undefined, file: string): string {
    assert.ok(action?.edit, 'no such action');
    return applyWorkspaceEdit(action.edit, s.uri(file), s.text(file));
  }

  const titles = (actions: CodeAction[]) => actions.map((a) => a.title);

  test('a misspelt id offers the nearest gazetteer id', async () => {
    const { actions } = await fixesFor(HANDOVER, 'entity-unknown-id');
    const change = actions.find((a) => a.title === 'Change to `qasem-soleimani`');
    assert.ok(change, JSON.stringify(titles(actions)));
    assert.equal(change.isPreferred, true);
    assert.equal(apply(change, HANDOVER), s.text(HANDOVER).replace('{@qasem-solemani}', '{@qasem-soleimani}'));
  });

  test('every article diagnostic can be suppressed on its line', async () => {
    const { actions } = await fixesFor(HANDOVER, 'entity-unknown-id');
    const suppress = actions.find((a) => a.title === 'Suppress entity-unknown-id on this line');
    assert.equal(
      apply(suppress, HANDOVER),
      s.text(HANDOVER).replace('[The former commander]', '<!-- newsmd-disable-next-line entity-unknown-id -->\n[The former commander]'),
    );
  });

  test('a suppressed line no longer reports the diagnostic', async () => {
    const text = s.text(HANDOVER).replace('[The former commander]', '<!-- newsmd-disable-next-line entity-unknown-id -->\n[The former commander]');
    await s.open('articles/suppressed.news.md', text);
    assert.deepEqual(await diagnosticsOf('articles/suppressed.news.md', 'entity-unknown-id'), []);
  });

  test('a missing publication date can be inserted into the front matter', async () => {
    const { actions } = await fixesFor(UNDATED, 'missing-publication-date');
    const today = new Date().toISOString().slice(0, 10);
    const insert = actions.find((a) => a.title.includes('published'));
    assert.equal(apply(insert, UNDATED), s.text(UNDATED).replace('source: Example Wire\n', `source: Example Wire\npublished: ${today}\n`));
  });

  test('page residue can be deleted', async () => {
    const { actions } = await fixesFor(UNDATED, 'scrape-residue');
    const remove = actions.find((a) => a.title === 'Delete the page residue lines');
    const text = s.text(UNDATED);
    const result = apply(remove, UNDATED);
    assert.equal(result, text.slice(0, text.indexOf('\n\nOfficials') + 1));
  });

  test('a figure that misses the gazetteer can be replaced by the gazetteer value', async () => {
    const { actions } = await fixesFor(HANDOVER, 'figure-gazetteer-mismatch');
    const replace = actions.find((a) => /gazetteer value/i.test(a.title));
    assert.ok(replace, JSON.stringify(titles(actions)));
    assert.equal(apply(replace, HANDOVER), s.text(HANDOVER).replace('Some 3,000 US troops', 'Some 5,200 US troops'));
  });

  test('a figure that misses the gazetteer can be recorded in the gazetteer, keeping its comments', async () => {
    const { actions } = await fixesFor(HANDOVER, 'figure-gazetteer-mismatch');
    const record = actions.find((a) => /record/i.test(a.title));
    assert.ok(record, JSON.stringify(titles(actions)));
    const before = s.text('gazetteer.yaml');
    assert.equal(
      apply(record, 'gazetteer.yaml'),
      before.replace(
        '      - { value: 5200, as_of: 2020-01 }\n',
        '      - { value: 5200, as_of: 2020-01 }\n      - { value: 3000, as_of: 2020-08-20, source: https://example.org/wire/bases-handover }\n',
      ),
    );
    assert.equal(apply(record, HANDOVER), s.text(HANDOVER), 'the article itself is not edited');
  });

  test('an unknown id can be added to the gazetteer', async () => {
    const { actions } = await fixesFor(HANDOVER, 'entity-unknown-id');
    const add = actions.find((a) => a.title === 'Add `qasem-solemani` to the gazetteer as a person');
    assert.ok(add, JSON.stringify(titles(actions)));
    assert.equal(
      apply(add, 'gazetteer.yaml'),
      s.text('gazetteer.yaml').replace('    died: 2020-01-03\n', '    died: 2020-01-03\n  qasem-solemani:\n    name: Qasem Solemani\n'),
    );
  });
});
