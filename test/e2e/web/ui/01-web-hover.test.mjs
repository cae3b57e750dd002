// The browser build as a user meets it: the .vsix installed, the extension running in the web
// worker extension host (scripts/e2e/webTests.mjs sets `remote.extensionKind` to web), an example
// opened from the explorer, a base hovered: the card comes from the language service in its Web
// Worker. The extension host worker's own marker says it is not Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { examplesDir, hoverUntil, openFromExplorer, openWorkbench, screenshot } from '../../ui/harness.mjs';

/** What each worker of the page says about itself (all are blob: workers: the name tells them apart). */
async function workerStates(page) {
  const states = [];
  for (const worker of page.workers()) {
    const state = await worker
      .evaluate(() => ({ name: self.name, newsmd: globalThis.__newsmdWeb ?? null, node: typeof process !== 'undefined' }))
      .catch(() => null);
    if (state) states.push(state);
  }
  return states;
}

test('in the web worker host, hovering a base shows its card from the worker language service', async () => {
  const workbench = await openWorkbench('web-hover', { template: examplesDir });
  try {
    const { page } = workbench;
    await openFromExplorer(page, '2026-01-14-ain-al-asad-handover.news.md');
    // The paragraph's second mention: the first one's line wraps inside the name once the
    // inlay hints of its dates arrive.
    const card = await hoverUntil(page, 'Ain al-Asad', /Ain al-Asad Air Base/, { context: 'Ain al-Asad, in al-Anbar' });
    assert.match(card, /Al Anbar/);
    assert.match(card, /Iraqi Security Forces/i);

    const states = await workerStates(page);
    const host = states.find((s) => s.name === 'ExtensionHostWorker');
    assert.ok(host, `no ExtensionHostWorker among the page's workers: ${JSON.stringify(states)}`);
    assert.deepEqual(host.newsmd, { activated: true, host: 'worker' });
    assert.equal(host.node, false);

    await screenshot(page, 'web-hover');
  } finally {
    await workbench.close();
  }
});
