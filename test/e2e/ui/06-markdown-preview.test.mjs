// The Markdown preview still works for a .news.md article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectText, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

test('the Markdown preview renders a .news.md article', async () => {
  const workbench = await openWorkbench('preview');
  try {
    const { page } = workbench;
    await openFromExplorer(page, 'taqaddum-handover.news.md');
    // The preview button in the editor's title bar, as a user would open it.
    await page.locator('.editor-actions .action-label[aria-label^="Open Preview to the Side"]').first().click({ timeout: 30_000 });
    const body = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
    const text = await expectText(body, (t) => t.includes('7,500 US troops remain in Iraq'), 'the article body in the preview', 60_000);
    assert.ok(text.includes('the defence ministry attended'), 'an annotated span reads as plain text');
    assert.ok(!text.includes('{@'), 'annotation markup is not shown in the preview');
    await page.mouse.move(5, 400);
    await screenshot(page, 'markdown-preview');
  } finally {
    await workbench.close();
  }
});
