// The Problems panel lists the article's diagnostics with their codes.
import { test } from 'node:test';
import { expectText, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

test('the Problems panel lists the diagnostics with their codes', async () => {
  const workbench = await openWorkbench('problems');
  try {
    const { page } = workbench;
    await openFromExplorer(page, 'taqaddum-handover.news.md');
    await page.locator('#status\\.problems').click();
    const panel = page.locator('.markers-panel');
    await expectText(
      panel,
      (text) => ['figure-gazetteer-mismatch', 'date-weekday-mismatch', 'entity-unknown-id'].every((code) => text.includes(code)),
      'the three diagnostic codes in the Problems panel',
      60_000,
    );
    await screenshot(page, 'problems-panel');
  } finally {
    await workbench.close();
  }
});
