import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, inside, openArticle, waitFor } from './helpers';

async function hoverAt(document: vscode.TextDocument, position: vscode.Position, expected: RegExp): Promise<string> {
  // The first request can come before the server has analysed the file: ask until it answers.
  let last = '';
  try {
    return await waitFor(`a hover matching ${expected}`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      last = hoverText(hovers ?? []);
      return expected.test(last) ? last : undefined;
    }, 15_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}; the last hover was: ${JSON.stringify(last)}`);
  }
}

describe('hover', () => {
  it('shows the card of a base', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    const text = await hoverAt(document, inside(document, 'Al-Taqaddum Air Base'), /Al-Taqaddum Air Base/);
    assert.match(text, /air base/i);
    assert.match(text, /Al Anbar, Iraq/, 'where the base is');
    assert.match(text, /Held on 2020-03-\d\d:[^\n]*Iraqi Security Forces/, 'who holds it on the article\'s date');
  });

  it('shows the day a weekday resolves to', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    await hoverAt(document, inside(document, 'Wednesday'), /2020-03-25|25 March 2020|March 25, 2020/);
  });
});
