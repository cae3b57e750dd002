// Document life cycle and workspace changes, in process: open, edit and close documents, change
// files on "disk" (the memory workspace) and settings, and see the diagnostics follow.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type StartedService, MemoryWorkspace, examplesUri, loadExamples, messageOf, positionOf, startService, textAt, wsUri } from '../../support/memoryWorkspace';

const GAZETTEER = examplesUri('gazetteer.yaml');
const IRAQ_COUNT = examplesUri('2020-01-08-iraq-missile-count.news.md');
const PENTAGON_COUNT = examplesUri('2020-01-13-pentagon-missile-count.news.md');
const STALE = examplesUri('2020-02-12-tbi-stale-count.news.md');
const SITES = examplesUri('2020-08-20-coalition-hands-over-sites.news.md');
const UNDATED = examplesUri('islamic-state-attacks-undated.news.md');

// A draft never saved, two days after the Iraqi count of 17, that gives the US count of 11.
const DRAFT_TEXT = [
  '---',
  'title: Draft - US officials dispute Iraqi missile tally',
  'published: 2020-01-10',
  'dateline: Washington',
  '---',
  'US defence officials said on Friday that [11 missiles]{figure=ain-al-asad-strike-missiles} hit Ain al-Asad, fewer than Baghdad had reported.',
  '',
].join('\n');

const EXTRA = examplesUri('gazetteer/extra.yaml');

const of = (items: Diagnostic[], code: string): Diagnostic[] => items.filter((d) => d.code === code);

const EXAMPLES = loadExamples();

/** A few files of the sample corpus (the starter gazetteer always): each test starts its own small workspace. */
function pick(...uris: string[]): Map<string, string> {
  return new Map([GAZETTEER, ...uris].map((uri) => [uri, EXAMPLES.get(uri)!]));
}

/** Without the Pentagon article, so the Iraqi count conflicts with nothing on disk. */
async function startWithoutPentagon(): Promise<StartedService> {
  return startService(pick(IRAQ_COUNT, STALE));
}

// Each test has a workspace and a service of its own, so they may wait for the debounced reloads side by side.
describe('opening and closing an unsaved article', { concurrency: true }, () => {
  for (const draft of [examplesUri('2020-01-10-draft-missiles.news.md'), 'untitled:Untitled-1']) {
    test(`${draft.split(':')[0]}: its figure conflicts with an open article while open, and no longer once closed`, async () => {
      const s = await startWithoutPentagon();
      try {
        s.open(IRAQ_COUNT);
        const diagnostics = (): Diagnostic[] => s.service.features.diagnostics(IRAQ_COUNT);
        assert.deepEqual(of(diagnostics(), 'figure-corpus-conflict'), [], 'no conflict on disk');

        s.open(draft, DRAFT_TEXT, 'newsmd');
        // As the editor does on open: the draft's own diagnostics first ...
        const own = of(s.service.features.diagnostics(draft), 'figure-corpus-conflict');
        assert.equal(own.length, 1, JSON.stringify(own));
        assert.equal(textAt(DRAFT_TEXT, own[0].range), '11 missiles');
        assert.equal(own[0].relatedInformation?.[0].location.uri, IRAQ_COUNT);
        // ... then the other open article, which now conflicts with the draft.
        const conflict = of(diagnostics(), 'figure-corpus-conflict');
        assert.equal(conflict.length, 1, JSON.stringify(diagnostics()));
        assert.equal(textAt(s.workspace.text(IRAQ_COUNT), conflict[0].range), '17 missiles');
        assert.equal(conflict[0].relatedInformation?.[0].location.uri, draft);
        assert.match(messageOf(conflict[0]), /"11 missiles"/);
        assert.match(messageOf(conflict[0]), /Draft - US officials dispute Iraqi missile tally/);

        const changed = s.nextDiagnosticsChanged();
        s.close(draft);
        assert.ok((await changed).includes(IRAQ_COUNT), 'the open article is to be re-checked');
        assert.deepEqual(of(diagnostics(), 'figure-corpus-conflict'), []);
        assert.deepEqual(s.service.features.references(IRAQ_COUNT, positionOf(s.workspace.text(IRAQ_COUNT), 'that 17 missiles', 6), false).map((r) => r.uri), [IRAQ_COUNT]);
        assert.ok(!s.service.workspaceFiles().articles.includes(draft));
      } finally {
        await s.dispose();
      }
    });
  }

  test('opening a draft tells the other open articles to re-check, without anyone asking for the draft first', async () => {
    const s = await startWithoutPentagon();
    try {
      s.open(IRAQ_COUNT);
      const changed = s.nextDiagnosticsChanged();
      s.open('untitled:Untitled-2', DRAFT_TEXT, 'newsmd');
      assert.ok((await changed).includes(IRAQ_COUNT), 'the open article is to be re-checked');
      assert.equal(of(s.service.features.diagnostics(IRAQ_COUNT), 'figure-corpus-conflict').length, 1);
    } finally {
      await s.dispose();
    }
  });

  test('references right after an edit, before any other request, point at the edited text', async () => {
    const s = await startService(pick(SITES));
    try {
      s.open(SITES);
      const original = s.workspace.text(SITES);
      const at = positionOf(s.workspace.text(GAZETTEER), 'tahsin-al-khafaji:', 2);
      const refsIn = (): { line: number; text: string }[] =>
        s.service.features.references(GAZETTEER, at, false).filter((r) => r.uri === SITES).map((r) => ({ line: r.range.start.line, text: textAt(s.service.document(SITES)!.getText(), r.range) }));
      const before = refsIn();
      assert.ok(before.length > 0, 'the article mentions him');
      s.edit(SITES, original.replace(/\n---\n/, '\n---\nA paragraph added above everything else, to move every mention down.\n\n'));
      assert.deepEqual(refsIn(), before.map((r) => ({ line: r.line + 2, text: r.text })));
    } finally {
      await s.dispose();
    }
  });

  test('closing an article whose disk text is the one it had changes nothing and tells no one', async () => {
    const s = await startWithoutPentagon();
    try {
      s.open(IRAQ_COUNT);
      s.open(STALE);
      const before = s.diagnosticsChanged.length;
      s.close(STALE);
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(s.diagnosticsChanged.length, before);
      assert.ok(s.service.workspaceFiles().articles.includes(STALE), 'still an article of the workspace');
      assert.deepEqual(s.service.openUris(), [IRAQ_COUNT]);
    } finally {
      await s.dispose();
    }
  });
});

describe('editing documents', { concurrency: true }, () => {
  test('an edit to an article changes its diagnostics at the next request', async () => {
    const s = await startService(pick(STALE));
    try {
      s.open(STALE);
      const text = s.workspace.text(STALE);
      assert.deepEqual(s.service.features.diagnostics(STALE).map((d) => d.code), ['figure-gazetteer-mismatch']);
      // Type the gazetteer's value over the stale one (an incremental change, as VS Code sends it).
      const at = positionOf(text, '64 service');
      s.editRange(STALE, { start: at, end: { line: at.line, character: at.character + 2 } }, '109');
      assert.deepEqual(s.service.features.diagnostics(STALE), []);
      // A new sentence with a wrong figure of its own.
      const doc = s.edit(STALE, `${s.service.document(STALE)!.getText()}\nThe Pentagon said on Monday that about 60 service members had been diagnosed with brain injuries after the Iranian missile strike on Ain al-Asad.\n`);
      const found = s.service.features.diagnostics(STALE);
      assert.deepEqual(found.map((d) => d.code), ['figure-gazetteer-mismatch'], JSON.stringify(found));
      assert.equal(textAt(doc.getText(), found[0].range), 'about 60 service members');
      assert.match(messageOf(found[0]), /"about 60 service members"/);
    } finally {
      await s.dispose();
    }
  });

  test('an unsaved edit to an open gazetteer re-checks open articles after a short pause', async () => {
    const s = await startService(pick(STALE));
    try {
      s.open(STALE);
      s.open(GAZETTEER);
      assert.equal(of(s.service.features.diagnostics(STALE), 'figure-gazetteer-mismatch').length, 1);
      const changed = s.nextDiagnosticsChanged();
      s.edit(GAZETTEER, s.workspace.text(GAZETTEER).replace('{ value: 109, as_of: 2020-02-10 }', '{ value: 64, as_of: 2020-02-10 }'));
      assert.ok((await changed).includes(STALE));
      assert.deepEqual(s.service.features.diagnostics(STALE), [], 'the unsaved gazetteer counts');
      // Closing the gazetteer without saving: the disk text counts again.
      const again = s.nextDiagnosticsChanged();
      s.close(GAZETTEER);
      await again;
      assert.equal(of(s.service.features.diagnostics(STALE), 'figure-gazetteer-mismatch').length, 1);
    } finally {
      await s.dispose();
    }
  });
});

describe('files changed on disk', { concurrency: true }, () => {
  test('a gazetteer edit re-checks the open articles once the reload is done', async () => {
    const s = await startService(pick(SITES));
    try {
      s.open(SITES);
      assert.deepEqual(of(s.service.features.diagnostics(SITES), 'entity-unknown-id'), []);
      s.workspace.write(GAZETTEER, s.workspace.text(GAZETTEER).replace('  tahsin-al-khafaji:', '  tahsin-khafaji:'));
      const views = s.viewsChanged();
      const changed = s.nextDiagnosticsChanged();
      await s.service.filesChanged([{ uri: GAZETTEER, deleted: false }]);
      assert.deepEqual(await changed, [SITES]);
      const unknown = of(s.service.features.diagnostics(SITES), 'entity-unknown-id');
      assert.equal(unknown.length, 1, JSON.stringify(unknown));
      assert.equal(textAt(s.workspace.text(SITES), unknown[0].range), 'tahsin-al-khafaji');
      assert.match(messageOf(unknown[0]), /tahsin-al-khafaji/);
      await waitFor(() => s.viewsChanged() > views, 'viewsChanged after re-indexing');
    } finally {
      await s.dispose();
    }
  });

  test('a deleted gazetteer file takes its entries away', async () => {
    const s = await startService(pick(EXTRA, STALE));
    try {
      s.open(STALE);
      const extra = EXTRA;
      assert.equal(s.service.features.workspaceSymbols('hadi-al-amiri').length, 1);
      s.workspace.remove(extra);
      const changed = s.nextDiagnosticsChanged();
      await s.service.filesChanged([{ uri: extra, deleted: true }]);
      await changed;
      assert.ok(!s.service.workspaceFiles().gazetteers.includes(extra));
      assert.deepEqual(s.service.features.workspaceSymbols('hadi-al-amiri'), []);
    } finally {
      await s.dispose();
    }
  });

  test('an article saved on disk by another tool joins the corpus; deleted, it leaves', async () => {
    const s = await startWithoutPentagon();
    try {
      s.open(IRAQ_COUNT);
      s.workspace.write(PENTAGON_COUNT, EXAMPLES.get(PENTAGON_COUNT)!);
      let changed = s.nextDiagnosticsChanged();
      await s.service.filesChanged([{ uri: PENTAGON_COUNT, deleted: false }]);
      assert.ok((await changed).includes(IRAQ_COUNT));
      assert.equal(of(s.service.features.diagnostics(IRAQ_COUNT), 'figure-corpus-conflict').length, 1);
      assert.ok(s.service.workspaceFiles().articles.includes(PENTAGON_COUNT));

      s.workspace.remove(PENTAGON_COUNT);
      changed = s.nextDiagnosticsChanged();
      await s.service.filesChanged([{ uri: PENTAGON_COUNT, deleted: true }]);
      await changed;
      assert.deepEqual(of(s.service.features.diagnostics(IRAQ_COUNT), 'figure-corpus-conflict'), []);
      assert.ok(!s.service.workspaceFiles().articles.includes(PENTAGON_COUNT));
    } finally {
      await s.dispose();
    }
  });

  test('an article in a skipped folder is not taken in', async () => {
    const s = await startService(pick());
    try {
      const hidden = wsUri('node_modules/pkg/readme.news.md');
      const visible = wsUri('reports/mosul-brief.news.md');
      const text = '---\ntitle: Mosul brief\npublished: 2020-01-01\n---\nIraqi forces said the road to Mosul had reopened.\n';
      s.workspace.write(hidden, text);
      s.workspace.write(visible, text);
      await s.service.filesChanged([{ uri: hidden, deleted: false }, { uri: visible, deleted: false }]);
      assert.ok(!s.service.workspaceFiles().articles.includes(hidden));
      assert.ok(s.service.workspaceFiles().articles.includes(visible));
    } finally {
      await s.dispose();
    }
  });

  test('a new .newsmd.yaml re-discovers the workspace with its settings', async () => {
    const s = await startService(pick(EXTRA, UNDATED));
    try {
      s.open(UNDATED);
      assert.equal(of(s.service.features.diagnostics(UNDATED), 'missing-publication-date').length, 1);
      assert.deepEqual(s.service.workspaceFiles().gazetteers, [GAZETTEER, EXTRA]);
      const config = wsUri('.newsmd.yaml');
      s.workspace.write(config, 'gazetteer: examples/gazetteer.yaml\nlint:\n  missing-publication-date: off\n');
      await s.service.filesChanged([{ uri: config, deleted: false }]);
      assert.deepEqual(s.service.features.diagnostics(UNDATED), []);
      assert.deepEqual(s.service.workspaceFiles().gazetteers, [GAZETTEER]);
    } finally {
      await s.dispose();
    }
  });
});

describe('settings', { concurrency: true }, () => {
  test('updateSettings turns a check off for open articles, and on again', async () => {
    const s = await startService(pick(UNDATED));
    try {
      s.open(UNDATED);
      assert.equal(of(s.service.features.diagnostics(UNDATED), 'missing-publication-date').length, 1);
      const calls = s.diagnosticsChanged.length;
      await s.service.updateSettings({ lint: { 'missing-publication-date': 'off' } });
      assert.ok(s.diagnosticsChanged.slice(calls).some((uris) => uris.includes(UNDATED)), 'open articles are to be re-checked');
      assert.deepEqual(s.service.features.diagnostics(UNDATED), []);
      assert.equal(s.service.settings.analysis.lint['missing-publication-date'], 'off');
      await s.service.updateSettings({ lint: { 'missing-publication-date': 'hint' } });
      assert.deepEqual(s.service.features.diagnostics(UNDATED).map((d) => [d.code, d.severity]), [['missing-publication-date', 4]]);
    } finally {
      await s.dispose();
    }
  });

  test('a narrower corpus window drops a conflict between articles five days apart', async () => {
    const s = await startService(pick(IRAQ_COUNT, PENTAGON_COUNT));
    try {
      s.open(IRAQ_COUNT);
      assert.equal(of(s.service.features.diagnostics(IRAQ_COUNT), 'figure-corpus-conflict').length, 1);
      await s.service.updateSettings({ figures: { corpusWindowDays: 2 } });
      assert.deepEqual(of(s.service.features.diagnostics(IRAQ_COUNT), 'figure-corpus-conflict'), []);
    } finally {
      await s.dispose();
    }
  });

  test('newsmd.gazetteer.paths changed: the workspace is found again with only that gazetteer', async () => {
    const s = await startService(new MemoryWorkspace(pick(EXTRA, examplesUri('2022-10-28-sudani-government.news.md'))));
    try {
      const sudani = examplesUri('2022-10-28-sudani-government.news.md');
      s.open(sudani);
      assert.equal(of(s.service.features.diagnostics(sudani), 'entity-ambiguous').length, 1);
      await s.service.updateSettings({ gazetteer: { paths: ['examples/gazetteer.yaml'] } });
      assert.deepEqual(s.service.workspaceFiles().gazetteers, [GAZETTEER]);
      assert.deepEqual(s.service.features.diagnostics(sudani), []);
    } finally {
      await s.dispose();
    }
  });
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
