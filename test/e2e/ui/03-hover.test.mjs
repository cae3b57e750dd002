// Hovering an entity with the mouse shows its gazetteer card.
import { test } from 'node:test';
import { editorToken, hoverUntil, openFromExplorer, openWorkbench, screenshot } from './harness.mjs';

test('hovering a base with the mouse shows its card', async () => {
  const workbench = await openWorkbench('hover');
  try {
    const { page } = workbench;
    await openFromExplorer(page, 'taqaddum-handover.news.md');
    const target = page.locator('.editor-instance .view-line span span', { hasText: 'Al-Taqaddum Air Base' });
    await hoverUntil(page, target.or(editorToken(page, 'Al-Taqaddum Air Base')), /Al-Taqaddum Air Base/);
    await screenshot(page, 'hover-base');
  } finally {
    await workbench.close();
  }
});
