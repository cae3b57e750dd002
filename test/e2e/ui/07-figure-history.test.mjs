// Figure history on the examples: the user puts the cursor on a troop count and runs "Show Figure
// History"; the chart shows every gazetteer value and every mention of the figure, the table one
// row per mention; a click on a row, or Enter on a point, opens that article at the figure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import {
  examplesDir,
  expectActiveTab,
  expectText,
  exportedExamples,
  lineOf,
  openFromExplorer,
  openWorkbench,
  runCommand,
  runCommandUntil,
  screenshot,
  selectionStatus,
  textBox,
  webviewPage,
} from './harness.mjs';

const KEY = 'us-troops-iraq';
const START_ARTICLE = '2019-10-22-us-troops-from-syria.news.md';
const START_FIGURE = 'About 5,200 American troops';

/** The figure's values in the examples' gazetteer files (the ones that parse). */
function gazetteerValues(key) {
  const files = [path.join(examplesDir, 'gazetteer.yaml'), ...fs.readdirSync(path.join(examplesDir, 'gazetteer')).map((f) => path.join(examplesDir, 'gazetteer', f))];
  let values = [];
  for (const file of files) {
    try {
      values = parse(fs.readFileSync(file, 'utf8'))?.figures?.[key]?.values ?? values;
    } catch {
      // the deliberately broken gazetteer file
    }
  }
  return values;
}

test('figure history: the chart and the table show the examples\' troop counts, and open them', async () => {
  const articles = exportedExamples();
  const mentions = articles.flatMap((a) => a.figures.filter((f) => f.key === KEY).map((f) => ({ ...f, article: a })));
  const dated = mentions.filter((m) => m.asOf !== null);
  const values = gazetteerValues(KEY);
  assert.ok(mentions.length >= 3 && values.length >= 2, `the examples have ${mentions.length} mentions and ${values.length} values of ${KEY}`);

  const workbench = await openWorkbench('figure-history', { template: examplesDir });
  try {
    const { page } = workbench;
    await openFromExplorer(page, START_ARTICLE);
    const box = await textBox(page, START_FIGURE);
    await page.mouse.click(box.x + 6, box.y + box.height / 2);
    await runCommand(page, 'View: Close Primary Side Bar');

    const view = webviewPage(page);
    const points = view.locator('g.mark.mention');
    const rows = view.locator('tr.mention-row');
    await runCommandUntil(
      page,
      'News Annotator: Show Figure History',
      async () => (await points.count()) === dated.length && (await rows.count()) === mentions.length || `${await points.count()} points, ${await rows.count()} rows`,
      `${dated.length} points and ${mentions.length} rows of ${KEY}`,
    );
    await expectText(view.locator('h1'), (t) => t.includes('US troops deployed in Iraq'), 'the figure\'s label as the heading');
    assert.equal(await view.locator('g.mark.value-mark').count(), values.length, 'one mark per gazetteer value');
    assert.equal(await view.locator('tr.value-row').count(), values.length, 'one table row per gazetteer value');
    assert.equal(await view.locator('path.step-line').count(), 2, 'the step line (and its sample in the legend)');

    // Every point has an accessible name with the text as written.
    for (const m of dated) {
      assert.equal(await view.locator(`g.mark.mention[aria-label*="“${m.text}”"]`).count() >= 1, true, `a point named after "${m.text}"`);
    }
    // The stale count the examples plant (README: figure-gazetteer-mismatch) disagrees.
    const advisory = articles.find((a) => a.file === '2021-12-09-advisory-mission.news.md');
    const stale = advisory.figures.find((f) => f.key === KEY);
    const staleRow = rows.filter({ hasText: stale.text }).filter({ hasText: advisory.title });
    assert.equal(await staleRow.count(), 1);
    assert.match((await staleRow.getAttribute('class')) ?? '', /\bdisagrees\b/);
    // For the screenshot: the stale count's point hovered, its tooltip shown.
    const stalePoint = view.locator(`g.mark.mention.disagrees[aria-label*="“${stale.text}”"][aria-label*="${stale.asOf}"]`).first();
    await stalePoint.hover();
    await expectText(view.locator('#tip'), (t) => t.includes(stale.text) && /Disagrees/.test(t), 'the tooltip of the stale count');
    await screenshot(page, 'figure-history');

    // A click on the row opens the article with the figure selected.
    await staleRow.click();
    await expectActiveTab(page, advisory.file);
    await expectText(
      selectionStatus(page),
      (t) => t.includes(`Ln ${lineOf(advisory.text, stale.start)},`) && t.includes(`(${stale.text.length} selected)`),
      `the cursor on line ${lineOf(advisory.text, stale.start)} with "${stale.text}" selected`,
    );
    assert.ok(await view.locator('svg.chart').isVisible(), 'the panel stays visible beside the article');

    // The keyboard: focus a point and press Enter.
    const other = mentions.find((m) => m.article.file !== advisory.file && m.article.file !== START_ARTICLE && m.asOf !== null);
    const point = view.locator(`g.mark.mention[aria-label*="“${other.text}”"]`).first();
    await point.focus();
    await point.press('Enter');
    await expectActiveTab(page, other.article.file);
    await expectText(selectionStatus(page), (t) => t.includes(`(${other.text.length} selected)`), `"${other.text}" selected`);
  } finally {
    await workbench.close();
  }
});
