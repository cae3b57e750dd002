import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, newsLanguageId, openArticle, waitFor } from './helpers';

describe('activation', () => {
  it('opens a .news.md file in the News Markdown language and activates the extension', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    assert.equal(document.languageId, newsLanguageId());
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  });
});
