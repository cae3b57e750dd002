// Applying a quick fix from the light bulb changes the text (in a private copy of the workspace).
import { test } from 'node:test';
import { expectText, textBox, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

test('a quick fix from the light bulb corrects the weekday', async () => {
  const workbench = await openWorkbench('quick-fix');
  try {
    const { page } = workbench;
    await openFromExplorer(page, 'taqaddum-handover.news.md');
    // Wait for the squiggle, then put the cursor on the wrong weekday.
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 60_000 });
    const box = await textBox(page, 'Thursday');
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    const bulb = page.locator('.lightBulbWidget .codicon, .lightBulbWidget').first();
    await bulb.waitFor({ state: 'visible', timeout: 30_000 });
    await bulb.click();
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Tuesday' }).first();
    await fix.waitFor({ timeout: 30_000 });
    await screenshot(page, 'quick-fix-menu');
    await fix.click();
    await expectText(page.locator('.editor-instance .view-lines'), (text) => text.includes('Tuesday, March 24, 2020'), 'the corrected weekday in the editor');
    await screenshot(page, 'quick-fix-applied');
  } finally {
    await workbench.close();
  }
});
