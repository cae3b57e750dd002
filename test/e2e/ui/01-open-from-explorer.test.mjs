// A user opens one of the shipped examples from the explorer: it opens in the News Markdown
// language, the extension analyses it (its problems count appears on the explorer row).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { examplesDir, expectText, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

// The example whose stale troop figure is a warning (examples/README.md): hints do not show in
// the status bar's problem counts, so the article must carry a warning or an error.
function pickExample() {
  const article = '2021-12-09-advisory-mission.news.md';
  assert.ok(fs.existsSync(`${examplesDir}/${article}`), `examples/ has ${article}`);
  return article;
}

test('an example opened from the explorer is in the News Markdown language and gets checked', async () => {
  const article = pickExample();
  const workbench = await openWorkbench('explorer', { template: examplesDir });
  try {
    const { page } = workbench;
    const mode = await openFromExplorer(page, article);
    assert.match(await mode.innerText(), /News Markdown/);
    // The status bar's problems item counts what the language server reported for the workspace.
    await expectText(page.locator('#status\\.problems'), (text) => /[1-9]/.test(text), 'problems reported by the server', 60_000);
    await screenshot(page, 'example-opened');
  } finally {
    await workbench.close();
  }
});
