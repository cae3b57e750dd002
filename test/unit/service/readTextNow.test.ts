// The service over a workspace that reads files synchronously (`NewsWorkspace.readTextNow`, as the
// desktop's): closed articles' texts are not kept but read again when a feature needs them, and
// every answer is the one the service gives when it keeps them (the browser build's way).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rangesOf } from '../../../server/src/service/packedRanges';
import { normalizeUri } from '../../../server/src/service/uris';
import { MemoryWorkspace, type StartedService, examplesUri, loadExamples, startService } from '../../support/memoryWorkspace';

/** A memory workspace with the synchronous read the desktop has; counts the reads. */
class ReadingWorkspace extends MemoryWorkspace {
  reads = 0;
  readTextNow(uri: string): string | null {
    this.reads++;
    return this.files.get(normalizeUri(uri)) ?? null;
  }
}

describe('closed articles read again when needed (readTextNow)', () => {
  let kept: StartedService;
  let read: StartedService;
  let workspace: ReadingWorkspace;
  before(async () => {
    kept = await startService(new MemoryWorkspace(loadExamples()));
    workspace = new ReadingWorkspace(loadExamples());
    read = await startService(workspace);
  });
  after(async () => {
    await kept?.dispose();
    await read?.dispose();
  });

  const articles = (): string[] => kept.service.state.articleUris().sort();

  test('no closed article text is held with readTextNow; all of them without it', () => {
    assert.equal(read.service.state.heldTextBytes(), 0);
    const total = articles().reduce((n, uri) => n + 2 * kept.workspace.text(uri).length, 0);
    assert.equal(kept.service.state.heldTextBytes(), total);
    assert.ok(workspace.reads >= articles().length, 'indexing read every article again');
  });

  test('a text changed on disk before the watcher says so counts as a new revision when read', () => {
    const [, , uri] = articles();
    const before = read.service.state.mentions.get(uri)!;
    const text = workspace.text(uri);
    workspace.write(uri, `${text}\nOfficials at Ain al-Asad said on Monday that more than 100 troops remained.\n`);
    // Something reads the text (ranges in another file; no analysis of it is cached yet), which finds it changed.
    assert.ok(read.service.state.linesOf(uri));
    assert.ok(read.service.state.ensureIndexed(uri), 'the index entry of the old text is stale');
    const after = read.service.state.mentions.get(uri)!;
    assert.ok(rangesOf(after.mentions, 'ain-al-asad').length > rangesOf(before.mentions, 'ain-al-asad').length);
    assert.equal(read.service.state.ensureIndexed(uri), false, 'and up to date once indexed');
    workspace.write(uri, text);
  });

  test('the same diagnostics, symbols, hovers and references on every article of the sample corpus', () => {
    assert.deepEqual(read.service.state.articleUris().sort(), articles());
    for (const uri of articles()) {
      assert.deepEqual(read.service.features.diagnostics(uri), kept.service.features.diagnostics(uri), uri);
      assert.deepEqual(read.service.features.documentSymbols(uri), kept.service.features.documentSymbols(uri), uri);
      const summary = kept.service.state.mentions.get(uri)!;
      for (const id of summary.mentions.keys) {
        const [range] = rangesOf(summary.mentions, id);
        const position = range.start;
        assert.deepEqual(read.service.features.hover(uri, position), kept.service.features.hover(uri, position), `${uri} ${id}`);
        const refs = (s: StartedService) => s.service.features.references(uri, position, true).map((l) => JSON.stringify(l)).sort();
        assert.deepEqual(refs(read), refs(kept), `${uri} ${id}`);
      }
    }
    assert.equal(read.service.state.heldTextBytes(), 0, 'reading texts again keeps none of them');
    assert.deepEqual(read.service.features.codeLenses(examplesUri('gazetteer.yaml')), kept.service.features.codeLenses(examplesUri('gazetteer.yaml')));
  });

  test('a file that cannot be read any more answers nothing, and the watcher drops it', async () => {
    const uri = articles()[3];
    const text = workspace.text(uri);
    workspace.remove(uri);
    await read.service.filesChanged([{ uri, deleted: true }]);
    assert.equal(read.service.state.hasArticle(uri), false);
    workspace.write(uri, text);
    await read.service.filesChanged([{ uri, deleted: false }]);
    assert.equal(read.service.state.hasArticle(uri), true);
    assert.deepEqual(read.service.features.diagnostics(uri), kept.service.features.diagnostics(uri));
  });

  test('open articles are analysed from the editor text; closing one drops its text again', () => {
    const uri = articles()[0];
    read.open(uri, `${workspace.text(uri)}\nUnsaved words.\n`);
    assert.equal(read.service.state.heldTextBytes(), 0);
    read.close(uri);
    assert.equal(read.service.state.heldTextBytes(), 0);
  });
});
