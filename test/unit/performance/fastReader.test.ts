import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { firstTreeDifference } from '../../../bench/compareYamlTrees';
import { generateGazetteer } from '../../../bench/generate';
import { readGazetteerFast } from '../../../server/src/core/gazetteer/fastReader';
import { parseGazetteerDocument } from '../../../server/src/core/gazetteer/gazetteerReaders';
import { repoPath } from '../../support/repo';

// The fast reader must be invisible: whenever it reads a file, it builds exactly what `yaml`
// builds (every value and range the loader reads), and it never reads a file `yaml` would
// report a problem in — those go to `yaml`, so diagnostics stay exact.

function parsedByYaml(text: string) {
  return parseGazetteerDocument(text);
}

/** Asserts the fast reader either declines `text` or agrees with `yaml` on it; returns whether it read it. */
function agreesWithYaml(text: string, label: string): boolean {
  const fast = readGazetteerFast(text);
  if (fast === null) return false;
  const doc = parsedByYaml(text);
  assert.deepEqual(doc.errors.map((e) => e.message), [], `${label}: the fast reader read a file yaml finds errors in`);
  assert.deepEqual(doc.warnings.map((e) => e.message), [], `${label}: the fast reader read a file yaml warns about`);
  assert.equal(firstTreeDifference(fast, doc.contents), null, `${label}: trees differ`);
  return true;
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFilesUnder(full));
    else if (name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

describe('fast gazetteer reader', () => {
  test('agrees with yaml on every gazetteer fixture and example, and reads the plain ones', () => {
    const files = [...yamlFilesUnder(repoPath('test', 'fixtures')), ...yamlFilesUnder(repoPath('examples'))];
    assert.ok(files.length >= 5, 'fixtures found');
    const read = files.filter((file) => agreesWithYaml(readFileSync(file, 'utf8'), path.relative(repoPath(), file)));
    // The plainly written fixtures must take the fast path, or it would not be what the tests check.
    assert.ok(read.some((f) => f.endsWith('events-and-figures.gazetteer.yaml')), `fast path read: ${read.join(', ')}`);
    assert.ok(read.some((f) => f.endsWith('iraq.gazetteer.yaml')), `fast path read: ${read.join(', ')}`);
  });

  test('reads generated benchmark gazetteers exactly', () => {
    for (const file of generateGazetteer(600, 3, 7).gazetteerFiles) assert.equal(agreesWithYaml(file.text, file.name), true, file.name);
  });

  test('agrees on the shapes it reads: flow lists and maps, quotes, comments, numbers, nulls, compact maps', () => {
    const text = [
      '# a comment before everything',
      'places:',
      '  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }   # trailing comment',
      '  anbar:',
      '    name: "Al Anbar"',
      "    region: 'West'",
      '    coordinates: [33.42, 43.3, -1, +2, .5, 1e3, 7.]',
      '    sources: [https://example.org/a#b, "quoted, with comma", http://host:80/x]',
      '    flags: [true, False, NULL, ~, null-ish, 0o17x]',
      '    empty_list: []',
      '    empty_map: {}',
      '    nothing:',
      '    url: https://example.org/page#part',
      '',
      '# between entries',
      'figures:',
      '  troops:',
      '    label: Troops',
      '    values:',
      '    - value: 5200',
      '      as_of: 2020-01',
      '    -   { value: 2500, as_of: 2021 }',
      '    - 12',
      'persons:',
      '  x-1:',
      '    roles:',
      '      - title: Spokesman',
      '        org: iraq',
      '',
      '',
      '      - { title: Minister, org: anbar, from: 2019-05-01 }',
      '    2003: numeric key',
    ].join('\n');
    assert.equal(agreesWithYaml(text, 'shapes'), true);
    assert.equal(agreesWithYaml(`${text}\n`, 'shapes + newline'), true);
  });

  test('declines what it does not fully understand, so yaml reads it', () => {
    const declined = [
      'a:\n  b: &anchor 1\n  c: *anchor\n',
      'a:\n  notes: >-\n    folded\n    text\n',
      'a:\n  notes: |\n    literal\n',
      'a:\n  name: multi\n    line plain\n',
      'a:\n  name: "escaped \\" quote"\n',
      "a:\n  name: 'it''s'\n",
      'a:\n  list: [a,\n    b]\n',
      'a:\n\tname: tab\n',
      'a:\r\n  name: crlf\r\n',
      '---\na: 1\n',
      'a:\n  b: !!str 1\n',
      'a:\n  n:\n\n  m: 1\n',
      'a:\n  n: # comment on an empty value\n  m: 1\n',
      'a:\n  b: c: d\n',
      'a:\n  b: [x, ]\n',
      'a:\n  b: 0x1F\n',
      '- a\n- b\n',
      'just text\n',
      '',
      '\ufeffa: 1\n',
      'a:\n  - b\n   - c\n',
      'a:\n  b: 1\n c: 2\n',
      'a:\n  ? complex\n  : key\n',
      `a:\n  deep: ${'['.repeat(100_000)}\n`,
      `a:\n  deep: ${'['.repeat(40)}${']'.repeat(40)}\n`,
    ];
    for (const text of declined) {
      assert.equal(readGazetteerFast(text), null, JSON.stringify(text));
    }
  });

  test('never reads broken YAML, and agrees with yaml under random edits of a real entry', () => {
    const sample = generateGazetteer(40, 1, 3).gazetteerFiles[0].text + 'extra:\n  k: [a, "b", {c: d}]\n  e: { f: [1, 2] }\n';
    const pieces = [' ', '  ', '\n', ':', ': ', '- ', '#', ' #', '[', ']', '{', '}', ',', '"', "'", '&a', '*a', '!', '|', '>', '?', '%', '@', '`', 'x', '0', '.', '-', '\t', '~'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(sample.length), cut: fc.nat(3), piece: fc.constantFrom(...pieces) }), { minLength: 1, maxLength: 4 }),
        (edits) => {
          let text = sample;
          for (const e of edits) {
            const at = Math.min(e.at, text.length);
            text = text.slice(0, at) + e.piece + text.slice(Math.min(text.length, at + e.cut));
          }
          agreesWithYaml(text, JSON.stringify(edits));
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });
});
