// A user opens one of the shipped examples from the explorer: it opens in the News Markdown
// language, the extension analyses it (its problems count appears on the explorer row).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { examplesDir, expectText, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

// A dated example article with a known disagreement, else any article of the corpus.
function pickExample() {
  const articles = fs.readdirSync(examplesDir).filter((name) => name.endsWith('.news.md')).sort();
  assert.ok(articles.length > 0, 'examples/ has articles');
  return articles.find((name) => name.includes('handover')) ?? articles[0];
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
