import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { firstTreeDifference } from '../../../bench/compareYamlTrees';
import { loadGazetteer } from '../../../server/src/core/gazetteer';
import { readGazetteerFast } from '../../../server/src/core/gazetteer/fastReader';
import { GAZETTEER_READERS, parseGazetteerDocument, readGazetteerDocument, yamlGazetteerReader } from '../../../server/src/core/gazetteer/gazetteerReaders';
import type { GazetteerEntity } from '../../../server/src/core/types';
import { fuzzRuns, fuzzSeed } from '../../support/fuzzRuns';
import { gazetteerLikeYaml } from '../../support/gazetteerYaml';

// The fast gazetteer reader under an oracle: `yaml`'s `parseDocument` with the gazetteer options.
// On generated gazetteer-like YAML the fast reader may decline (then `yaml` reads the file), but
// whenever it reads a text it must build what `yaml` builds: every node kind, scalar value and
// source range (start, value end, node end), and only for texts `yaml` finds no error or warning
// in. So no diagnostic can depend on which reader ran. NEWSMD_FUZZ_RUNS sizes it, NEWSMD_FUZZ_SEED
// replays a run (docs/reliability.md).

/** The fast reader reads `text` exactly as `yaml` does, or declines it; returns whether it read it. */
function agreesWithOracle(text: string): boolean {
  const fast = readGazetteerFast(text);
  if (fast === null) return false;
  const doc = parseGazetteerDocument(text);
  assert.deepEqual(doc.errors.map((e) => `${e.code} ${e.message}`), [], `the fast reader read a text yaml finds errors in: ${JSON.stringify(text)}`);
  assert.deepEqual(doc.warnings.map((e) => `${e.code} ${e.message}`), [], `the fast reader read a text yaml warns about: ${JSON.stringify(text)}`);
  const difference = firstTreeDifference(fast, doc.contents);
  assert.equal(difference, null, `the fast reader and yaml differ on ${JSON.stringify(text)}`);
  return true;
}

// ----- the tests --------------------------------------------------------------------------------

/** Inputs a differential run found the fast reader reading otherwise than `yaml`: it must decline them now. */
const FOUND_DIVERGENCES: Array<{ text: string; why: string }> = [
  // `?` alone in a flow collection is an explicit key (yaml: a map `{ "": null }`), not the scalar "?".
  { text: 'places:\n  x:\n    aliases: [?]\n', why: '`[?]` is a flow pair with an empty key' },
  // `-` alone in a flow collection starts a block sequence there (yaml: BLOCK_IN_FLOW error, `[[null]]`).
  { text: 'places:\n  x:\n    aliases: [-]\n', why: '`[-]` is a block sequence inside a flow one' },
  { text: 'places:\n  x:\n    aliases: [a, ?]\n', why: 'the same `?` after a comma' },
  { text: 'places:\n  x:\n    aliases: [?, a]\n', why: 'the same `?` before a comma' },
  { text: 'places:\n  x:\n    aliases: [x, -]\n', why: 'the same `-` after a comma' },
  { text: 'places:\n  x:\n    aliases: [-, a]\n', why: 'the same `-` before a comma' },
  { text: 'places:\n  x:\n    aliases: { a: ?}\n', why: '`?` as a flow map value' },
  { text: 'places:\n  x:\n    aliases: { a: -, b: c }\n', why: '`-` as a flow map value' },
  { text: 'places:\n  x:\n    aliases: { a: -}\n', why: '`-` before the closing brace' },
  { text: 'places:\n  x:\n    aliases: [[?]]\n', why: '`?` in a nested flow list' },
  // Comment lines after a collection's last item, indented deeper than the next line: yaml
  // stretches some of the collections ending there over them (entry spans moved by a comment).
  { text: 'places:\n  iraq:\n    name: Iraq\n  # indented comment\n', why: 'an indented comment at the end of the file' },
  { text: 'places:\n  iraq:\n    name: Iraq\n    # c\n  syria:\n    name: S\n', why: 'a comment at the fields\' indentation after an entry' },
  { text: 'places:\n  iraq:\n    name: Iraq\n  # c\nbases: {}\n', why: 'a comment at the entries\' indentation before a section' },
  { text: 'places:\n  iraq:\n    l:\n    - a\n      # c\n    x: 1\n', why: 'a comment inside a list item\'s indentation after the list' },
  // …and at the indentation of a list written at its key's indentation, before the next key.
  { text: 'places:\n  iraq:\n    name:\n    - name: "q"\n    # deeper comment\n    type: x\n', why: 'a comment ending a list at its key\'s indentation' },
];

/** Texts the fast reader read with another `range[2]` (node end) than yaml, and now reads alike. */
const FOUND_RANGE_DIFFERENCES = [
  'places:\n  x:\n    aliases: [{} ]\n', // a flow collection's end takes the spaces before `]`
  'places:\n  x:\n    aliases: [[ ] , a]\n',
  'places:\n  x:\n    aliases: { a: [x] , b: c}\n',
  'places:\n  x:\n    aliases: ["x" , y]\n', // and a quoted item's
  'places:\n  x:\n    aliases: {a: \'x\' }\n',
];

describe('the fast gazetteer reader under an oracle (yaml parseDocument)', () => {
  test('the divergences a differential run found are declined, and yaml reads them', () => {
    for (const { text, why } of FOUND_DIVERGENCES) {
      assert.equal(readGazetteerFast(text), null, `${why}: ${JSON.stringify(text)}`);
      assert.equal(readGazetteerDocument(text).reader, 'yaml', why);
      // …and the loader's result does not depend on which reader ran.
      const files = [{ uri: 'file:///ws/gazetteer.yaml', text }];
      assert.deepEqual(loadGazetteer(files).diagnostics, loadGazetteer(files, [yamlGazetteerReader]).diagnostics, why);
    }
  });

  test('flow items followed by spaces end where yaml ends them', () => {
    for (const text of FOUND_RANGE_DIFFERENCES) assert.equal(agreesWithOracle(text), true, text);
  });

  test('comments at the indentation of what follows, the usual style, are still read fast', () => {
    for (const text of [
      'places:\n  iraq:\n    name: Iraq\n  # Syria\n  syria:\n    name: S\n# bases\nbases: {}\n# end\n',
      'places:\n  iraq:\n    name: Iraq\n    # a comment between fields\n    type: country\n',
      'places:\n  iraq:\n    l:\n    - a\n    # between items\n    - b\n    type: x\n',
    ]) assert.equal(agreesWithOracle(text), true, text);
  });

  test('the same scalars where they are plain are still read fast, and agree', () => {
    for (const value of ['[?x]', '[-x]', '[:x]', '[a, -1]', '{ a: -x }', '[x?, y-]', '?x', ':x', '-x # c']) {
      const text = `places:\n  x:\n    aliases: ${value}\n`;
      assert.equal(agreesWithOracle(text), true, text);
    }
  });

  test('whenever the fast reader reads generated gazetteer-like YAML, it builds exactly what yaml builds', (t) => {
    let read = 0;
    let runs = 0;
    fc.assert(fc.property(gazetteerLikeYaml, (text) => {
      runs++;
      if (agreesWithOracle(text)) read++;
    }), { numRuns: fuzzRuns(1000), seed: fuzzSeed() });
    // The generator must keep the fast path busy, or agreement would be trivially true.
    assert.ok(read >= runs * 0.06, `the fast reader read only ${read} of ${runs} generated texts`);
    t.diagnostic(`the fast reader read ${read} of ${runs} generated texts; yaml read the rest`);
  });

  test('the loader gives the same gazetteer whichever reader read the files', () => {
    const ids = (entities: Map<string, GazetteerEntity>): Record<string, GazetteerEntity> => Object.fromEntries(entities);
    fc.assert(fc.property(fc.array(gazetteerLikeYaml, { minLength: 1, maxLength: 2 }), (texts) => {
      const files = texts.map((text, i) => ({ uri: `file:///ws/g${i}.yaml`, text }));
      const ours = loadGazetteer(files);
      const oracle = loadGazetteer(files, [yamlGazetteerReader]);
      assert.deepEqual(ours.diagnostics, oracle.diagnostics, JSON.stringify(texts));
      assert.deepEqual(ids(ours.entities), ids(oracle.entities), JSON.stringify(texts));
    }), { numRuns: fuzzRuns(200), seed: fuzzSeed() });
  });

  test('the readers are the fast reader, then yaml', () => {
    assert.deepEqual(GAZETTEER_READERS.map((r) => r.name), ['fast', 'yaml']);
    assert.equal(readGazetteerDocument('places:\n  x:\n    name: X\n').reader, 'fast');
    assert.equal(readGazetteerDocument('places:\n  x:\n    name: &a X\n').reader, 'yaml');
  });
});
