// Entities, dates and figures are coloured: the server's semantic tokens reach the rendered editor.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colourOf, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

/** The colour of the rendered span holding an ordinary word of the article. */
async function plainColour(page, word) {
  return page.locator('.editor-instance .view-line', { hasText: word }).first().evaluate((line, w) => {
    const span = [...line.querySelectorAll('span span')].find((s) => (s.textContent ?? '').includes(w));
    return span ? getComputedStyle(span).color : undefined;
  }, word);
}

async function waitForColour(page, text, plain, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let colour;
  while (Date.now() < deadline) {
    colour = await colourOf(page, text);
    if (colour && colour !== plain) return colour;
    await page.waitForTimeout(300);
  }
  assert.fail(`"${text}" is not coloured apart from plain text (${plain}); last colour: ${colour ?? 'not a token of its own'}`);
}

test('entities, dates and figures are coloured in the editor', async () => {
  const workbench = await openWorkbench('colours');
  try {
    const { page } = workbench;
    await openFromExplorer(page, 'taqaddum-handover.news.md');
    const plain = await plainColour(page, 'remain');
    assert.ok(plain, 'the plain word "remain" is rendered');
    const base = await waitForColour(page, 'Al-Taqaddum Air Base', plain);
    const date = await waitForColour(page, 'Wednesday', plain);
    await waitForColour(page, 'Iraqi Security Forces', plain);
    assert.notEqual(base, date, 'a base and a date look different');
    await screenshot(page, 'semantic-colours');
  } finally {
    await workbench.close();
  }
});
