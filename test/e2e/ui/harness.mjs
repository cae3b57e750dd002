// What every UI test needs: a fresh copy of the test workspace, Chromium on code-server's
// workbench with that folder open (code-server is started once by scripts/e2e/uiTests.mjs, which
// passes its URL in the environment), and a few user-level moves (open a file from the explorer,
// hover a word, take a screenshot).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../../scripts/e2e/browser.mjs';
import { folderUrl } from '../../../scripts/e2e/codeServer.mjs';
import { repoRoot } from '../../../scripts/e2e/paths.mjs';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the UI tests through \`npm run test:e2e\` (scripts/e2e/uiTests.mjs)`);
  return value;
}

// Screenshots go to an ignored folder; `npm run images` copies the README's into docs/screenshots/.
export const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? path.join(repoRoot, 'test-results', 'screenshots');

export const examplesDir = path.join(repoRoot, 'examples');

/**
 * Opens the workbench on a private copy of a workspace (default: the e2e fixture workspace).
 * Call `close()` in a finally block.
 */
export async function openWorkbench(name, { template = required('E2E_WORKSPACE') } = {}) {
  const baseUrl = required('E2E_BASE_URL');
  const scratch = required('E2E_SCRATCH');
  const workspace = path.join(scratch, `${name}-workspace`);
  fs.cpSync(template, workspace, { recursive: true });
  const browser = await launchBrowser(path.join(scratch, `${name}-browser`));
  const { page } = browser;
  await page.goto(folderUrl(baseUrl, workspace));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return {
    page,
    workspace,
    async close() {
      await browser.close();
      fs.rmSync(workspace, { recursive: true, force: true });
    },
  };
}

/** Clicks the file in the explorer and waits until its editor shows the given language. */
export async function openFromExplorer(page, fileName, language = 'News Markdown') {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  await page.locator(`.tabs-container .tab.active`, { hasText: fileName }).waitFor({ timeout: 30_000 });
  const mode = page.locator('#status\\.editor\\.mode');
  await expectText(mode, (text) => text.includes(language), `the status bar language "${language}"`, 60_000);
  return mode;
}

/** Polls a locator's text until `accept(text)` holds. */
export async function expectText(locator, accept, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.first().textContent({ timeout: 2_000 }).catch(() => '')) ?? '').replace(/\u00a0/g, ' ');
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`timed out waiting for ${what}; last text: ${JSON.stringify(last.slice(0, 400))}`);
}

/** The rendered span(s) of the active editor whose text is exactly `text`. */
export function editorToken(page, text) {
  return page
    .locator('.editor-instance .monaco-editor .view-lines .view-line span span')
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]')}$`) });
}

/** The CSS colour of the rendered word `text` in the active editor (undefined if not a span of its own). */
export async function colourOf(page, text) {
  const token = editorToken(page, text);
  if ((await token.count()) === 0) return undefined;
  return token.first().evaluate((el) => getComputedStyle(el).color);
}

/**
 * The on-screen box of `text` in the active editor, in the first view line that contains
 * `context` (default: `text` itself). Searched in each view line's text, so it works whether or
 * not the text is a token of its own.
 */
export async function textBox(page, text, { context = text, timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const box = await page.evaluate(([wanted, around]) => {
      for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let all = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: all.length });
          all += (node.textContent ?? '').replace(/\u00a0/g, ' ');
        }
        const at = all.indexOf(around);
        if (at < 0) continue;
        const index = all.indexOf(wanted, at);
        if (index < 0) continue;
        const locate = (offset) => {
          const hit = nodes.findLast((n) => n.start <= offset);
          return [hit.node, offset - hit.start];
        };
        const range = document.createRange();
        range.setStart(...locate(index));
        range.setEnd(...locate(index + wanted.length - 1));
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return undefined;
    }, [text, context]);
    if (box && box.width > 0) return box;
    await page.waitForTimeout(250);
  }
  assert.fail(`"${text}" is not rendered in the editor`);
}

/** Moves the mouse away and back onto `text` until a hover shows text matching `expected`. */
export async function hoverUntil(page, text, expected, { context, timeoutMs = 45_000 } = {}) {
  const hover = page.locator('.monaco-hover-content');
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(150);
    const box = await textBox(page, text, { context });
    await page.mouse.move(box.x + Math.min(8, box.width / 2), box.y + box.height / 2, { steps: 3 });
    // The hover shows "Loading..." first; give the language server a moment to answer.
    const settle = Date.now() + 4_000;
    while (Date.now() < settle) {
      last = await hover.first().innerText({ timeout: 500 }).catch(() => last);
      if (expected.test(last)) return last;
      await page.waitForTimeout(200);
    }
  }
  assert.fail(`no hover matching ${expected}; last: ${JSON.stringify(last.slice(0, 300))}`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.waitForTimeout(400);
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs a command from the command palette by its label. */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
}

// ----- views (figure history, timeline) ------------------------------------------------------

/**
 * The page inside the (only) webview panel: in the web workbench a webview is an iframe
 * `.webview` whose inner `#active-frame` holds the extension's HTML.
 */
export function webviewPage(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** Waits until the active tab of some editor group shows `fileName`. */
export async function expectActiveTab(page, fileName, timeoutMs = 30_000) {
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).first().waitFor({ timeout: timeoutMs });
}

/** The status bar's cursor item ("Ln 12, Col 5 (20 selected)"). */
export function selectionStatus(page) {
  return page.locator('#status\\.editor\\.selection');
}

/** What `newsmd export --format jsonl` says about the examples: the expected numbers of the views. */
export function exportedExamples() {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  const out = execFileSync(process.execPath, [cli, 'export', '--format', 'jsonl', examplesDir], { cwd: repoRoot, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const article = JSON.parse(line);
      return { ...article, file: path.basename(article.path), text: fs.readFileSync(path.resolve(repoRoot, article.path), 'utf8') };
    });
}

/** The 1-based line of a UTF-16 offset in a text (the status bar's "Ln"). */
export function lineOf(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

/** Runs a command from the palette and retries until `ready()` holds (the server may still be indexing). */
export async function runCommandUntil(page, label, ready, what, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    await runCommand(page, label);
    const settle = Date.now() + 8_000;
    while (Date.now() < settle) {
      last = await ready().catch((error) => error.message);
      if (last === true) return;
      await page.waitForTimeout(400);
    }
    // Anything the command left open (a quick pick when the server had no answer yet) goes away.
    await page.keyboard.press('Escape');
  }
  assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}
