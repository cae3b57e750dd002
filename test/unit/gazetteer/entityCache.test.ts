import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateArticle, generateGazetteer } from '../../../bench/generate';
import { analyzeArticle, prepareGazetteer, withDefaults } from '../../../server/src/core';
import { loadGazetteer } from '../../../server/src/core/gazetteer';
import { DEFAULT_BUILT_LIMIT } from '../../../server/src/core/gazetteer/builtEntities';
import { EntityTable } from '../../../server/src/core/gazetteer/entityTable';
import type { SourceFile } from '../../../server/src/core/types';

// An `EntityTable` keeps only the most recently used built entities (issue 15: a batch run that
// reaches every entry of a 100,000-entry gazetteer held ~95 MB of them per thread). What callers
// get must not change: a dropped entity is built again, equal, and analyses are the same.

const corpus = generateGazetteer(600, 2, 31);
const files: SourceFile[] = corpus.gazetteerFiles.map((f) => ({ uri: `file:///ws/gazetteer/${f.name}`, text: f.text }));

function table(limit?: number): EntityTable {
  const entities = loadGazetteer(files).entities;
  assert.ok(entities instanceof EntityTable);
  if (limit !== undefined) entities.builtLimit = limit;
  return entities;
}

describe('the cache of built entities', () => {
  test('stays within its limit while every entity is asked for, twice', () => {
    const bounded = table(16);
    const unbounded = table(100_000);
    const ids = [...bounded.keys()];
    assert.ok(ids.length > 500);
    for (let round = 0; round < 2; round++) {
      for (const id of ids) {
        assert.deepEqual(bounded.get(id), unbounded.get(id), id);
        assert.ok(bounded.builtCount <= 16, `${bounded.builtCount} held`);
      }
    }
    // Every entity was built again in the second round; the unbounded table built each once.
    assert.equal(bounded.buildCount, 2 * ids.length);
    assert.equal(unbounded.buildCount, ids.length);
    assert.equal(unbounded.builtCount, ids.length);
  });

  test('an evicted entity is built again, equal but not the same object', () => {
    const entities = table(4);
    const [first, ...rest] = [...entities.keys()];
    const before = entities.get(first);
    assert.equal(entities.get(first), before, 'kept while recently used');
    for (const id of rest.slice(0, 10)) entities.get(id);
    const after = entities.get(first);
    assert.notEqual(after, before, 'dropped, then built again');
    assert.deepEqual(after, before);
  });

  test('keeps the recently used ones: a hit moves an entity to the back', () => {
    const entities = table(3);
    const [a, b, c, d] = [...entities.keys()];
    const kept = entities.get(a);
    entities.get(b);
    entities.get(c);
    entities.get(a); // a is now the most recent; b is the oldest
    entities.get(d); // drops b
    const builds = entities.buildCount;
    assert.equal(entities.get(a), kept);
    assert.equal(entities.buildCount, builds, 'a was not built again');
    entities.get(b);
    assert.equal(entities.buildCount, builds + 1, 'b was');
  });

  test('lowering the limit drops at once; entities kept whole are never dropped', () => {
    const text = 'places: { iraq: { name: Iraq, type: country }, syria: { name: Syria } }\npersons:\n  someone:\n    name: Some One\n    nationality: iraq\n';
    const g = loadGazetteer([{ uri: 'file:///ws/g.yaml', text }, ...files]);
    const entities = g.entities as EntityTable;
    const iraq = entities.get('iraq');
    for (const id of [...entities.keys()].slice(0, 100)) entities.get(id);
    entities.builtLimit = 1;
    assert.ok(entities.builtCount <= 3, `${entities.builtCount} held`);
    assert.equal(entities.get('iraq'), iraq, 'a whole entity stays the same object');
    assert.throws(() => { entities.builtLimit = 0; }, RangeError);
  });

  test(`the default keeps ${DEFAULT_BUILT_LIMIT}`, () => {
    assert.equal(table().builtLimit, DEFAULT_BUILT_LIMIT);
  });
});

describe('analyses over a table that drops entities', () => {
  test('are the same as over one that keeps them all, and the table stays bounded', () => {
    const big = generateGazetteer(3000, 3, 7);
    const sources = big.gazetteerFiles.map((f) => ({ uri: `file:///ws/gazetteer/${f.name}`, text: f.text }));
    const small = prepareGazetteer(sources);
    const large = prepareGazetteer(sources);
    const smallTable = small.gazetteer.entities as EntityTable;
    smallTable.builtLimit = 20;
    (large.gazetteer.entities as EntityTable).builtLimit = 100_000;
    const settings = withDefaults({});
    for (let i = 0; i < 25; i++) {
      const file = { uri: `file:///ws/a${i}.news.md`, text: generateArticle(big, 250, 100 + i) };
      // What was recognised and reported (the parsed article holds a closure, never equal).
      const { entities, dates, figures, diagnostics } = analyzeArticle(file, small, settings);
      const expected = analyzeArticle(file, large, settings);
      assert.deepEqual({ entities, dates, figures, diagnostics }, { entities: expected.entities, dates: expected.dates, figures: expected.figures, diagnostics: expected.diagnostics }, file.uri);
      assert.ok(smallTable.builtCount <= 20, `${smallTable.builtCount} held after article ${i}`);
    }
    assert.ok(smallTable.buildCount > 20, 'entities were dropped and built again');
  });
});
