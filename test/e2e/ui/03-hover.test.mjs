// Hovering an entity with the mouse shows its gazetteer card.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverUntil, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

test('hovering a base with the mouse shows its card', async () => {
  const workbench = await openWorkbench('hover');
  try {
    const { page } = workbench;
    await openFromExplorer(page, 'taqaddum-handover.news.md');
    const card = await hoverUntil(page, 'Al-Taqaddum Air Base', /Al-Taqaddum Air Base/, { context: 'handed Al-Taqaddum' });
    assert.match(card, /Al Anbar, Iraq/);
    await screenshot(page, 'hover-base');
  } finally {
    await workbench.close();
  }
});
