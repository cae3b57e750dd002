import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadGazetteer, MAX_GAZETTEER_CHARS } from '../../../server/src/core/gazetteer';
import { loadTexts, ofCode, realisticFixtures, summary, under } from './helpers';

describe('gazetteer-syntax', () => {
  test('a YAML error is reported at its exact position, and the rest of the file still loads', () => {
    const text = 'places:\n  iraq: { name: Iraq\n  syria:\n    name: Syria\nbases:\n  al-asad:\n    name: Al Asad\n';
    const g = loadTexts(text);
    const errors = ofCode(g, 'gazetteer-syntax');
    assert.ok(errors.length >= 1);
    const first = errors[0];
    assert.equal(first.severity, 'error');
    assert.match(first.message, /^YAML error: Flow map/);
    // On the line of the unclosed `{`, not at the start of the file.
    assert.equal(text.slice(0, first.span.start).split('\n').length, 3);
    assert.ok(g.entities.has('al-asad'), 'entries after the error still load');
  });

  test('a tab used as indentation is reported on the tab', () => {
    const g = loadTexts('places:\n\tiraq:\n\t\tname: Iraq\n');
    const [d] = ofCode(g, 'gazetteer-syntax');
    assert.equal(d.span.start, 8);
    assert.match(d.message, /Tabs are not allowed as indentation/);
  });

  test('the top level must be a map of sections', () => {
    assert.deepEqual(summary(loadTexts('- iraq\n- syria\n'), 'gazetteer-syntax'),
      ['- iraq\n- syria → A gazetteer file must be a map of sections (bases, persons, organizations, places, events, figures); this one\'s top level is a list.']);
    assert.equal(summary(loadTexts('just some words\n'), 'gazetteer-syntax').length, 1);
  });

  test('an unknown section names the sections that exist, with a hint', () => {
    const g = loadTexts('place:\n  iraq: { name: Iraq }\npeople:\n  p: { name: P }\n');
    assert.deepEqual(summary(g, 'gazetteer-syntax'), [
      'place → Unknown section `place` — did you mean `places`?; a gazetteer has the sections bases, persons, organizations, places, events, figures.',
      'people → Unknown section `people`; a gazetteer has the sections bases, persons, organizations, places, events, figures.',
    ]);
    assert.equal(g.entities.size, 0);
  });

  test('a section twice in one file is reported, and both are read', () => {
    const g = loadTexts('places:\n  iraq: { name: Iraq }\nplaces:\n  syria: { name: Syria }\n');
    assert.deepEqual(summary(g, 'gazetteer-syntax'), ['places → Section `places` appears twice in this file (first at line 1); its entries are read from both.']);
    assert.equal(g.entities.size, 2);
  });

  test('a field written twice in one entry is a duplicate key; the first is used', () => {
    const g = loadTexts('places:\n  iraq:\n    name: Iraq\n    type: country\n    name: Republic of Iraq\n');
    const [d] = ofCode(g, 'gazetteer-syntax');
    assert.equal(d.message, 'Duplicate key `name` (first at line 3); the first one is used.');
    assert.equal(d.span.start, 'places:\n  iraq:\n    name: Iraq\n    type: country\n    '.length);
    assert.equal(d.related?.[0].span.start, 'places:\n  iraq:\n    '.length);
    assert.equal(g.entities.get('iraq')?.name, 'Iraq');
  });

  test('several YAML documents in one file are an error', () => {
    const g = loadTexts('places:\n  iraq: { name: Iraq }\n---\nplaces:\n  syria: { name: Syria }\n');
    assert.ok(ofCode(g, 'gazetteer-syntax').some((d) => /multiple documents/i.test(d.message)));
  });

  test('YAML 1.1 booleans and tags do not change values (core schema)', () => {
    const g = loadTexts('places:\n  norway:\n    name: Norway\n    code: NO\n    script: !!js/function "function () {}"\n');
    assert.equal(g.entities.get('norway')?.fields.code, 'NO');
    assert.equal(typeof g.entities.get('norway')?.fields.script, 'string');
  });

  test('a __proto__ key stays an ordinary field', () => {
    const g = loadTexts('places:\n  iraq:\n    name: Iraq\n    __proto__: { polluted: true }\n');
    const fields = g.entities.get('iraq')!.fields;
    assert.deepEqual(Object.keys(fields), ['name', '__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(fields), Object.prototype);
  });
});

describe('hostile and broken files', () => {
  test('junk bytes give one clear diagnostic, not a crash', () => {
    let junk = '';
    let seed = 7;
    for (let i = 0; i < 4096; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 256);
    }
    const g = loadTexts(junk);
    const errors = ofCode(g, 'gazetteer-syntax');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /looks binary/);
    assert.equal(under(g, errors[0]), '\u0000');
  });

  test('a stray control character is reported where it is', () => {
    const g = loadTexts('places:\n  iraq:\n    name: Ira\u0007q\n');
    const [d] = ofCode(g, 'gazetteer-syntax');
    assert.match(d.message, /U\+0007/);
    assert.equal(under(g, d), '\u0007');
  });

  test('a file over the size bound is refused with its size', () => {
    const big = '#'.repeat(MAX_GAZETTEER_CHARS + 1);
    const g = loadTexts(big);
    const [d] = ofCode(g, 'gazetteer-syntax');
    assert.match(d.message, /^This gazetteer file is 64\.0 MB, more than the 64 MB limit; split it/);
    assert.equal(g.entities.size, 0);
  });

  test('an alias bomb (billion laughs) is answered quickly with a diagnostic', () => {
    const lines = ['places:', '  lol:', '    name: Lol', '    a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`    a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('  iraq:', '    name: Iraq');
    const started = Date.now();
    const g = loadTexts(lines.join('\n') + '\n');
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    const [d] = ofCode(g, 'gazetteer-syntax');
    assert.match(d.message, /aliases here expand to more than 100,000 values/);
    assert.match(d.message, /in `lol`, which is not loaded/);
    assert.ok(!g.entities.has('lol'));
    assert.ok(g.entities.has('iraq'));
  });

  test('a few honest YAML aliases work', () => {
    const g = loadTexts('places:\n  iraq:\n    name: &n Iraq\n    aliases: [*n]\n    sources: &s [https://example.org/a]\n  syria:\n    name: Syria\n    sources: *s\n');
    assert.deepEqual(g.entities.get('iraq')?.aliases, ['Iraq']);
    assert.deepEqual(g.entities.get('syria')?.sources, ['https://example.org/a']);
  });

  test('deep nesting (100,000 `[`) gives a diagnostic at the level past the bound, without parsing', () => {
    const head = 'places:\n  iraq:\n    name: Iraq\n    deep: ';
    const g = loadTexts(head + '['.repeat(100_000) + '\n');
    const errors = ofCode(g, 'gazetteer-syntax');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /^YAML nested too deeply to read \(more than 1,000 levels at line 4\)/);
    // Two block levels (places, iraq) and one for the `deep` key's line come before the brackets.
    assert.equal(errors[0].span.start, head.length + 1_000 - 3);
  });

  test('deep block nesting by indentation is bounded the same way', () => {
    const lines = ['places:', '  iraq:', '    name: Iraq'];
    for (let i = 0; i < 1_500; i++) lines.push(' '.repeat(4 + i) + `k${i}:`);
    const [d] = ofCode(loadTexts(lines.join('\n') + '\n'), 'gazetteer-syntax');
    assert.match(d.message, /nested too deeply/);
  });

  test('brackets in quoted values and comments do not count as nesting', () => {
    const many = '['.repeat(2_000);
    const g = loadTexts(`# ${many}\nplaces:\n  iraq:\n    name: Iraq\n    note: "${many}"\n    other: '${many}' # ${many}\n`);
    assert.deepEqual(summary(g, 'gazetteer-syntax'), []);
    assert.equal(g.entities.get('iraq')?.fields.note, many);
  });

  test('nesting the parser survives but that is deeper than any entry is refused for that entry', () => {
    let value = 'x';
    for (let i = 0; i < 300; i++) value = `[${value}]`;
    const g = loadTexts(`places:\n  iraq:\n    name: Iraq\n    deep: ${value}\n  syria:\n    name: Syria\n`);
    const errors = ofCode(g, 'gazetteer-syntax');
    assert.ok(errors.some((d) => /nested more than 200 levels deep/.test(d.message)), errors.map((d) => d.message).join('\n'));
    assert.ok(g.entities.has('syria'));
  });

  test('a 200,000-key map loads in seconds (no quadratic duplicate check)', () => {
    const lines = ['places:', '  iraq:', '    name: Iraq', '    district_codes:'];
    for (let i = 0; i < 200_000; i++) lines.push(`      d${i}: ${i}`);
    lines.push('      d17: again');
    const started = Date.now();
    const g = loadGazetteer([{ uri: 'file:///ws/big.yaml', text: lines.join('\n') + '\n' }]);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 30_000, `took ${elapsed} ms`);
    const codes = g.entities.get('iraq')?.fields.district_codes as Record<string, unknown>;
    assert.equal(Object.keys(codes).length, 200_000);
    assert.equal(codes.d17, 17);
    assert.deepEqual(summary(g, 'gazetteer-syntax'), ['d17 → Duplicate key `d17` (first at line 22); the first one is used.']);
  });

  test('many entries load, with duplicates found by a map', () => {
    const lines = ['places:'];
    for (let i = 0; i < 20_000; i++) lines.push(`  town-${i}: { name: Town ${i} }`);
    lines.push('  town-5: { name: Town Five }');
    const started = Date.now();
    const g = loadTexts(lines.join('\n') + '\n');
    assert.ok(Date.now() - started < 20_000);
    assert.equal(g.entities.size, 20_000);
    assert.deepEqual(ofCode(g, 'gazetteer-duplicate-id').map((d) => d.data?.id), ['town-5']);
  });
});

describe('any edit of a real gazetteer', () => {
  test('never throws, and every diagnostic lies inside its file', () => {
    const base = realisticFixtures()[0].text;
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(40), fc.string({ unit: fc.constantFrom(' ', '\n', '\t', ':', '-', '[', '{', '}', '"', "'", '&a', '*a', '#', 'x', '2020-', '\u0000', '\u00e9') }), (at, cut, junk) => {
        const text = base.slice(0, at) + junk + base.slice(Math.min(base.length, at + cut));
        const g = loadGazetteer([{ uri: 'file:///ws/edited.yaml', text }]);
        for (const d of g.diagnostics) {
          assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length, JSON.stringify(d));
          assert.ok(d.message.length > 0);
        }
      }),
      { numRuns: 150, seed: 20200103 },
    );
  });
});
