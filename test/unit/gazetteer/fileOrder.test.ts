import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareGazetteerPaths, loadGazetteer, sortGazetteerPaths } from '../../../server/src/core/gazetteer';

describe('gazetteer file order', () => {
  test('gazetteer.yaml, then *.gazetteer.yaml, then gazetteer/*.yaml, each alphabetical', () => {
    const shuffled = ['gazetteer/people.yaml', 'syria.gazetteer.yaml', 'gazetteer.yaml', 'gazetteer/events.yaml', 'iraq.gazetteer.yaml'];
    assert.deepEqual(sortGazetteerPaths(shuffled), [
      'gazetteer.yaml', 'iraq.gazetteer.yaml', 'syria.gazetteer.yaml', 'gazetteer/events.yaml', 'gazetteer/people.yaml',
    ]);
  });

  test('the files of deeper folders come after those of the folder above, grouped by folder', () => {
    const shuffled = [
      'desk/sub/gazetteer.yaml', 'desk/gazetteer/units.yaml', 'zz.gazetteer.yaml', 'desk/gazetteer.yaml', 'archive/a.gazetteer.yaml', 'gazetteer/x.yaml',
    ];
    assert.deepEqual(sortGazetteerPaths(shuffled), [
      'zz.gazetteer.yaml', 'gazetteer/x.yaml',
      'archive/a.gazetteer.yaml',
      'desk/gazetteer.yaml', 'desk/gazetteer/units.yaml',
      'desk/sub/gazetteer.yaml',
    ]);
  });

  test('Windows separators and a leading ./ sort like their plain spelling', () => {
    assert.equal(compareGazetteerPaths('gazetteer\\b.yaml', 'a.gazetteer.yaml'), 1);
    assert.equal(compareGazetteerPaths('./gazetteer.yaml', 'a.gazetteer.yaml'), -1);
    assert.equal(compareGazetteerPaths('desk\\gazetteer.yaml', 'desk/a.gazetteer.yaml'), -1);
  });

  test('alphabetical by code unit, so the order does not depend on the machine locale', () => {
    assert.deepEqual(sortGazetteerPaths(['b.gazetteer.yaml', 'B.gazetteer.yaml', 'a.gazetteer.yaml']), ['B.gazetteer.yaml', 'a.gazetteer.yaml', 'b.gazetteer.yaml']);
  });

  test('a total order: sorting any permutation gives the same list', () => {
    const paths = ['gazetteer.yaml', 'a.gazetteer.yaml', 'gazetteer/a.yaml', 'x/gazetteer.yaml', 'x/gazetteer/a.yaml', 'notes.yaml', ''];
    const expected = sortGazetteerPaths(paths);
    for (let i = 0; i < paths.length; i++) {
      const rotated = [...paths.slice(i), ...paths.slice(0, i)];
      assert.deepEqual(sortGazetteerPaths(rotated), expected);
      assert.deepEqual(sortGazetteerPaths(rotated.reverse()), expected);
    }
  });

  test('in that order, the duplicate id is reported in the later file and the first definition wins', () => {
    const files = sortGazetteerPaths(['a.gazetteer.yaml', 'gazetteer.yaml']).map((rel) => ({
      uri: `file:///ws/${rel}`,
      text: rel === 'gazetteer.yaml' ? 'places:\n  mosul: { name: Mosul }\n' : 'places:\n  mosul: { name: Mosul city }\n',
    }));
    const g = loadGazetteer(files);
    const duplicates = g.diagnostics.filter((d) => d.code === 'gazetteer-duplicate-id');
    assert.deepEqual(duplicates.map((d) => d.uri), ['file:///ws/a.gazetteer.yaml']);
    assert.equal(g.entities.get('mosul')?.name, 'Mosul');
  });
});
