import * as assert from 'assert';
import * as vscode from 'vscode';
import { fileUri, inside, openArticle, waitFor } from './helpers';

function targetOf(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in location
    ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange }
    : { uri: location.uri, range: location.range };
}

async function lineOfKey(key: string): Promise<number> {
  const gazetteer = await vscode.workspace.openTextDocument(fileUri('gazetteer.yaml'));
  const index = gazetteer.getText().indexOf(`  ${key}:`);
  assert.ok(index >= 0, `${key} is not in the gazetteer`);
  return gazetteer.positionAt(index).line;
}

describe('definition, references, rename', () => {
  it('goes from a mention to its gazetteer entry', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    const locations = await waitFor('a definition', async () => {
      const result = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
        'vscode.executeDefinitionProvider', document.uri, inside(document, 'Al-Taqaddum Air Base'));
      return result && result.length > 0 ? result : undefined;
    });
    const target = targetOf(locations[0]);
    assert.match(target.uri.path, /gazetteer\.yaml$/);
    assert.equal(target.range.start.line, await lineOfKey('al-taqaddum'));
  });

  it('finds the mentions of an entity in every article of the workspace', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    const locations = await waitFor('references in two articles', async () => {
      const result = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider', document.uri, inside(document, 'Al-Taqaddum Air Base'));
      const files = new Set((result ?? []).map((l) => l.uri.path.split('/').pop()));
      return files.has('taqaddum-handover.news.md') && files.has('second-site.news.md') ? result : undefined;
    });
    assert.ok(locations.length >= 2);
  });

  it('renames an entity id in the gazetteer and in the annotations that use it', async () => {
    const document = await openArticle('second-site.news.md');
    const edit = await waitFor('a rename edit', () => vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', document.uri, inside(document, 'karim-al-nuaimi'), 'karim-nuaimi'));
    const changed = new Map(edit.entries().map(([uri, edits]) => [uri.path.split('/').pop(), edits]));
    const inGazetteer = changed.get('gazetteer.yaml') ?? [];
    const inArticle = changed.get('second-site.news.md') ?? [];
    assert.ok(inGazetteer.some((e) => e.newText.includes('karim-nuaimi')), 'the gazetteer key is renamed');
    assert.ok(inArticle.some((e) => e.newText.includes('karim-nuaimi')), 'the {@…} annotation is renamed');
  });
});
