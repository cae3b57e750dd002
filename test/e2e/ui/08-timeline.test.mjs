// The timeline on the examples: one lane per article with a resolved date, one mark per date;
// hovering a mark shows the text as written; filtering by an entity leaves fewer lanes; a click on
// a table row opens the date in its article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  examplesDir,
  expectActiveTab,
  expectText,
  exportedExamples,
  openFromExplorer,
  openWorkbench,
  runCommand,
  runCommandUntil,
  screenshot,
  selectionStatus,
  webviewPage,
} from './harness.mjs';

const ENTITY = 'ain-al-asad';

test('timeline: every resolved date of the examples, filterable by entity, opening its source', async () => {
  const articles = exportedExamples()
    .map((a) => ({ ...a, resolved: a.dates.filter((d) => d.value !== null) }))
    .filter((a) => a.resolved.length > 0);
  const dateCount = articles.reduce((n, a) => n + a.resolved.length, 0);
  assert.ok(articles.length >= 5, `${articles.length} examples with resolved dates`);

  const workbench = await openWorkbench('timeline', { template: examplesDir });
  try {
    const { page } = workbench;
    await openFromExplorer(page, '2026-01-14-ain-al-asad-handover.news.md');
    await runCommand(page, 'View: Close Primary Side Bar');

    const view = webviewPage(page);
    const lanes = view.locator('.lane');
    const marks = view.locator('g.mark.date-mark');
    await runCommandUntil(
      page,
      'News Annotator: Show Timeline',
      async () => ((await lanes.count()) === articles.length && (await marks.count()) === dateCount) || `${await lanes.count()} lanes, ${await marks.count()} marks`,
      `${articles.length} lanes and ${dateCount} dates`,
    );
    assert.equal(await view.locator('tr.date-row').count(), dateCount, 'one table row per date');
    for (const a of articles.filter((x) => x.title)) {
      assert.equal(await lanes.filter({ hasText: a.title }).count(), 1, `a lane for "${a.title}"`);
    }

    // Hovering a mark shows the text as written.
    const handover = articles.find((a) => a.file === '2026-01-14-ain-al-asad-handover.news.md');
    const firstDate = handover.resolved[0];
    const mark = lanes.filter({ hasText: handover.title }).locator('g.mark.date-mark').first();
    await mark.hover();
    await expectText(view.locator('#tip'), (t) => t.includes(`“${firstDate.text}”`) && t.includes(firstDate.value), `a tooltip with "${firstDate.text}"`);
    await screenshot(page, 'timeline');

    // Filtering by an entity leaves fewer lanes, each with a date whose sentence names it.
    const select = view.locator('#entity-filter');
    assert.equal(await select.locator(`option[value="${ENTITY}"]`).count(), 1, `the filter offers ${ENTITY}`);
    await select.selectOption(ENTITY);
    const shownLanes = view.locator('.lane:not(.filtered-out)');
    const shownMarks = view.locator('g.mark.date-mark:not(.filtered-out)');
    await expectText(view.locator('#filter-status'), (t) => /mentioning/.test(t), 'the filter status');
    const laneCount = await shownLanes.count();
    assert.ok(laneCount > 0 && laneCount < articles.length, `${laneCount} of ${articles.length} lanes after filtering`);
    for (const entities of await shownMarks.evaluateAll((els) => els.map((el) => el.getAttribute('data-entities')))) {
      assert.ok(entities.split(' ').includes(ENTITY), `a shown date names ${ENTITY}: ${entities}`);
    }
    assert.equal(await view.locator('tr.date-row:not(.filtered-out)').count(), await shownMarks.count(), 'the table follows the filter');

    // A click on a (filtered) table row opens the date in its article, selected.
    const row = view.locator('tr.date-row:not(.filtered-out)').first();
    const uri = await row.getAttribute('data-uri');
    const [startLine, startChar, , endChar] = (await row.getAttribute('data-range')).split(',').map(Number);
    const file = decodeURIComponent(uri.split('/').pop());
    await row.click();
    await expectActiveTab(page, file);
    await expectText(
      selectionStatus(page),
      (t) => t.includes(`Ln ${startLine + 1},`) && t.includes(`(${endChar - startChar} selected)`),
      `line ${startLine + 1} with the date selected`,
    );
  } finally {
    await workbench.close();
  }
});
