import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateArticle, generateGazetteer } from '../../../bench/generate';
import { analyzeArticle, prepareGazetteer, withDefaults } from '../../../server/src/core';
import { entitiesInFile, entitiesOfKind, loadGazetteer } from '../../../server/src/core/gazetteer';
import { EntityTable } from '../../../server/src/core/gazetteer/entityTable';
import { fastReaderGaveUpAt } from '../../../server/src/core/gazetteer/fastReader';
import type { GazetteerEntity, SourceFile } from '../../../server/src/core/types';
import { realisticFixtures } from './helpers';

// The loader keeps entities the fast reader read as references to their entry and builds each
// one when it is first asked for. What a caller gets must be exactly what building them all up
// front gives: `yaml` reads the same files (after a tab in a trailing comment makes the fast
// reader decline them, with every offset unchanged), and its entities are kept whole.

/** The same text, which `yaml` must read (a tab is a shape the fast reader leaves to it). */
function forYaml(file: SourceFile): SourceFile {
  const text = `${file.text.endsWith('\n') ? file.text : `${file.text}\n`}# read by yaml:\tthe fast reader declines tabs\n`;
  assert.notEqual(fastReaderGaveUpAt(text), null);
  return { uri: file.uri, text };
}

function byId(entities: Map<string, GazetteerEntity>): Record<string, GazetteerEntity> {
  return Object.fromEntries(entities);
}

describe('entities built when first asked for', () => {
  const generated: SourceFile[] = generateGazetteer(400, 2, 11).gazetteerFiles.map((f) => ({ uri: `file:///ws/gazetteer/${f.name}`, text: f.text }));

  for (const [label, files] of [['the realistic fixtures', realisticFixtures()], ['a generated gazetteer', generated]] as const) {
    test(`equal the entities built up front, for ${label}`, () => {
      const lazy = loadGazetteer([...files]);
      const whole = loadGazetteer(files.map(forYaml));
      assert.ok(lazy.entities instanceof EntityTable);
      assert.ok(lazy.entities.size > 5);
      assert.deepEqual([...lazy.entities.keys()], [...whole.entities.keys()]);
      // Asked for in another order than definition order, one by one, then all at once.
      for (const id of [...whole.entities.keys()].reverse()) assert.deepEqual(lazy.entities.get(id), whole.entities.get(id), id);
      assert.deepEqual(byId(lazy.entities), byId(whole.entities));
      assert.deepEqual(lazy.diagnostics.filter((d) => !d.message.includes('tab')), whole.diagnostics.filter((d) => !d.message.includes('tab')));
    });
  }

  test('an entity is built once while the cache keeps it: callers see the same object', () => {
    const g = loadGazetteer(realisticFixtures());
    const first = g.entities.get('ain-al-asad');
    assert.ok(first);
    assert.equal(g.entities.get('ain-al-asad'), first);
    assert.equal([...g.entities.values()].find((e) => e.id === 'ain-al-asad'), first);
  });

  test('behaves as a read-only Map: size, has, get of unknown ids, iteration in definition order', () => {
    const g = loadGazetteer(realisticFixtures());
    const { entities } = g;
    const ids = [...entities.keys()];
    assert.equal(entities.size, ids.length);
    assert.equal(entities.has(ids[0]), true);
    assert.equal(entities.has('no-such-entity'), false);
    assert.equal(entities.get('no-such-entity'), undefined);
    assert.equal(entities.get('constructor'), undefined, 'no prototype keys');
    assert.deepEqual([...entities].map(([id, e]) => [id, e.id]), ids.map((id) => [id, id]));
    const seen: string[] = [];
    entities.forEach((e, id) => seen.push(`${id}=${e.id}`));
    assert.deepEqual(seen, ids.map((id) => `${id}=${id}`));
    assert.throws(() => entities.delete(ids[0]), /read-only/);
    assert.equal(entities.size, ids.length);
  });

  test('kinds and ids of one kind are known without building entities', () => {
    const g = loadGazetteer(realisticFixtures());
    const table = g.entities as EntityTable;
    const figures = [...g.entities.values()].filter((e) => e.kind === 'figure').map((e) => e.id);
    assert.ok(figures.length > 0);
    assert.deepEqual(table.idList('figure'), figures);
    assert.deepEqual([...table.ofKind('figure')].map((e) => e.id), figures);
    assert.equal(table.kindOf(figures[0]), 'figure');
    assert.equal(table.kindOf('nothing-here'), undefined);
  });

  test('entries in a flow map section are kept whole and equal too', () => {
    const text = 'places: { iraq: { name: Iraq, type: country }, syria: { name: Syria } }\npersons:\n  someone:\n    name: Some One\n    nationality: iraq\n';
    const g = loadGazetteer([{ uri: 'file:///ws/g.yaml', text }]);
    assert.equal(g.entities.get('iraq')?.name, 'Iraq');
    assert.equal(g.entities.get('someone')?.nationality, 'iraq');
    assert.deepEqual(byId(g.entities), byId(loadGazetteer([forYaml({ uri: 'file:///ws/g.yaml', text })]).entities));
  });
});

describe('what analysing an article builds of a lazy gazetteer', () => {
  test('the entities it names and the figures, not the rest of the gazetteer', () => {
    const corpus = generateGazetteer(2000, 2, 5);
    const loaded = prepareGazetteer(corpus.gazetteerFiles.map((f) => ({ uri: `file:///ws/gazetteer/${f.name}`, text: f.text })));
    const table = loaded.gazetteer.entities as EntityTable;
    assert.equal(table.builtCount, 0);
    const text = generateArticle(corpus, 300, 9);
    const analysis = analyzeArticle({ uri: 'file:///ws/a.news.md', text }, loaded, withDefaults({}));
    const named = new Set(analysis.entities.map((e) => e.id).filter((id) => id !== null));
    const figures = table.idList('figure').length;
    assert.ok(named.size > 5, `${named.size} entities named`);
    // Figure keys need the gazetteer's figures (and the events they are about); nothing else is built.
    assert.ok(table.builtCount <= named.size + figures * 2, `${table.builtCount} built of ${table.size}; ${named.size} named, ${figures} figures`);
    assert.ok(table.builtCount < table.size / 4, `${table.builtCount} built of ${table.size}`);
  });
});

describe('entities of one file or one kind, without building the rest', () => {
  const corpus = generateGazetteer(600, 3, 21);
  const files: SourceFile[] = corpus.gazetteerFiles.map((f) => ({ uri: `file:///ws/gazetteer/${f.name}`, text: f.text }));
  // The second file is read by `yaml` (its entities are kept whole), the others lazily.
  const mixed = [files[0], forYaml(files[1]), files[2]];

  test('entitiesInFile gives exactly the entries written in that file, in order', () => {
    const whole = loadGazetteer(mixed.map(forYaml));
    for (const file of mixed) {
      const g = loadGazetteer(mixed);
      const table = g.entities as EntityTable;
      const before = table.builtCount;
      const got = [...entitiesInFile(g, file.uri)];
      const expected = [...whole.entities.values()].filter((e) => e.location.uri === file.uri);
      assert.ok(expected.length > 100);
      assert.deepEqual(got, expected, file.uri);
      const lazy = file !== mixed[1];
      assert.equal(table.builtCount - before, lazy ? expected.length : 0, 'built only that file\'s entries');
    }
    assert.deepEqual([...entitiesInFile(loadGazetteer(mixed), 'file:///ws/elsewhere.yaml')], []);
  });

  test('entitiesOfKind gives the figures only, over a lazy table and a plain Map alike', () => {
    const g = loadGazetteer(mixed);
    const figures = [...entitiesOfKind(g.entities, 'figure')];
    assert.ok(figures.length > 10 && figures.every((e) => e.kind === 'figure'));
    assert.ok((g.entities as EntityTable).builtCount < g.entities.size / 2);
    assert.deepEqual([...entitiesOfKind(new Map(g.entities), 'figure')], figures);
  });
});
