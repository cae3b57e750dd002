// A user opens an article from the explorer: it opens in the News Markdown language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

test('an article opened from the explorer is in the News Markdown language', async () => {
  const workbench = await openWorkbench('explorer');
  try {
    const mode = await openFromExplorer(workbench.page, 'taqaddum-handover.news.md');
    assert.match(await mode.innerText(), /News Markdown/);
    await screenshot(workbench.page, 'open-from-explorer');
  } finally {
    await workbench.close();
  }
});
