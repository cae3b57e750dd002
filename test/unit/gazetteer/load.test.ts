import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadGazetteer } from '../../../server/src/core/gazetteer';
import { loadTexts, realisticFixtures, textOf } from './helpers';

describe('loading the realistic gazetteer', () => {
  const g = loadGazetteer(realisticFixtures());

  test('has no diagnostics and merges both files', () => {
    assert.deepEqual(g.diagnostics.map((d) => d.message), []);
    assert.equal(g.files.length, 2);
    assert.equal(g.entities.get('ain-al-asad')?.location.uri, 'file:///ws/gazetteer/iraq.gazetteer.yaml');
    assert.equal(g.entities.get('ain-al-asad-strike-tbi')?.location.uri, 'file:///ws/gazetteer/events-and-figures.gazetteer.yaml');
    assert.equal(g.entities.size, 21);
  });

  test('a base has typed coordinates and dated operators', () => {
    const base = g.entities.get('ain-al-asad')!;
    assert.equal(base.kind, 'base');
    assert.equal(base.name, 'Ain al-Asad Air Base');
    assert.deepEqual(base.aliases, ['Ain al-Asad', 'Ayn al-Asad', 'Al Asad Airbase']);
    assert.deepEqual(base.coordinates, [33.7856, 42.4412]);
    assert.equal(base.country, 'iraq');
    assert.equal(base.region, 'Al Anbar');
    assert.equal(base.wikidata, 'Q1430427');
    assert.deepEqual(base.operators?.map((o) => [o.org, o.from?.value, o.from?.precision, o.to?.value, o.to?.precision]), [
      ['us-led-coalition', '2003', 'year', '2026-01', 'month'],
      ['iraqi-security-forces', '2026-01', 'month', undefined, undefined],
    ]);
  });

  test('a person has birth, death and roles with precise dates', () => {
    const p = g.entities.get('qasem-soleimani')!;
    assert.equal(p.born?.value, '1957-03-11');
    assert.equal(p.died?.start, '2020-01-03');
    assert.equal(p.nationality, 'Iranian');
    assert.deepEqual(p.roles?.map((r) => [r.title, r.org, r.from?.start, r.to?.end]), [['Commander', 'quds-force', '1998-01-01', '2020-01-03']]);
    const spokesman = g.entities.get('tahsin-al-khafaji')!;
    assert.deepEqual(spokesman.roles?.map((r) => [r.title, r.org, r.from?.value, r.to]), [['Spokesman', 'joint-operations-command', '2019', undefined]]);
  });

  test('an organisation keeps its acronym aliases as written', () => {
    const is = g.entities.get('islamic-state')!;
    assert.equal(is.kind, 'organization');
    assert.deepEqual(is.aliases, ['IS', 'ISIS', 'ISIL', 'Daesh']);
    assert.equal(is.founded?.value, '2006');
    assert.equal(g.entities.get('quds-force')?.parent, 'irgc');
  });

  test('a figure has its values sorted by as_of, with sources and spans', () => {
    const f = g.entities.get('us-troops-iraq')!;
    assert.equal(f.name, 'US troops deployed in Iraq');
    assert.deepEqual(f.units, ['troops', 'soldiers', 'service members', 'personnel']);
    assert.deepEqual(f.about, ['united-states', 'iraq']);
    assert.deepEqual(f.values?.map((v) => [v.value, v.asOf.value, v.source]), [
      [5200, '2020-01', 'https://example.org/reports/troop-levels'],
      [2500, '2021-01', undefined],
    ]);
    const tbi = g.entities.get('ain-al-asad-strike-tbi')!;
    assert.equal(textOf(g, tbi.location.uri, tbi.values![3].span), '{ value: 64, as_of: 2020-01-30 }');
  });

  test('places and events carry their kind-specific fields', () => {
    assert.deepEqual(g.entities.get('iraq')?.demonyms, ['Iraqi']);
    const strike = g.entities.get('ain-al-asad-strike-2020')!;
    assert.equal(strike.date?.value, '2020-01-08');
    assert.equal(strike.place, 'ain-al-asad');
  });

  test('every field, unknown ones too, is kept as plain data', () => {
    const anbar = g.entities.get('al-anbar')!;
    assert.equal(anbar.fields.desk_contact, 'Baghdad bureau');
    assert.deepEqual(anbar.fields.coordinates, [33.0, 42.0]);
    // `country` is not an organisation field in SPEC §3: kept, not typed.
    const isf = g.entities.get('iraqi-security-forces')!;
    assert.equal(isf.fields.country, 'iraq');
    assert.equal(isf.country, undefined);
    assert.deepEqual(g.entities.get('ain-al-asad')?.fields.operators, [
      { org: 'us-led-coalition', from: 2003, to: '2026-01' },
      { org: 'iraqi-security-forces', from: '2026-01' },
    ]);
  });

  test('key and entry spans point at the id and the whole entry', () => {
    const e = g.entities.get('baghdad-airport')!;
    assert.equal(textOf(g, e.location.uri, e.location.keySpan), 'baghdad-airport');
    const entry = textOf(g, e.location.uri, e.location.entrySpan);
    assert.match(entry, /^baghdad-airport:\n {4}name: Baghdad International Airport\n/);
    assert.match(entry, /coordinates: \[33\.2625, 44\.2346\]$/);
  });
});

describe('files without entries', () => {
  test('an empty file and a file of only comments are valid and empty', () => {
    const g = loadTexts('', '# nothing here yet\n# add entries below\n', '\n\n');
    assert.equal(g.entities.size, 0);
    assert.deepEqual(g.diagnostics, []);
    assert.equal(g.files.length, 3);
  });

  test('an empty section is fine', () => {
    const g = loadTexts('places:\nbases:\n  # to do\n');
    assert.deepEqual(g.diagnostics, []);
  });

  test('no files at all give an empty gazetteer', () => {
    const g = loadGazetteer([]);
    assert.equal(g.entities.size, 0);
    assert.deepEqual(g.files, []);
  });
});

describe('merging several files', () => {
  test('references may point into another file, in any order', () => {
    const g = loadTexts(
      'bases:\n  al-asad:\n    name: Al Asad\n    country: iraq\n',
      'places:\n  iraq:\n    name: Iraq\n',
    );
    assert.deepEqual(g.diagnostics, []);
    assert.equal(g.entities.get('al-asad')?.country, 'iraq');
  });

  test('the same section in two files merges', () => {
    const g = loadTexts('places:\n  iraq: { name: Iraq }\n', 'places:\n  syria: { name: Syria }\n');
    assert.deepEqual([...g.entities.keys()].sort(), ['iraq', 'syria']);
    assert.deepEqual(g.diagnostics, []);
  });

  test('each diagnostic is listed with its own file, and in the whole list', () => {
    const g = loadTexts('places:\n  iraq: { type: country }\n', 'places:\n  syria: { }\n');
    assert.equal(g.files[0].diagnostics.length, 1);
    assert.equal(g.files[0].diagnostics[0].uri, 'file:///ws/g1.yaml');
    assert.equal(g.files[1].diagnostics[0].uri, 'file:///ws/g2.yaml');
    assert.equal(g.diagnostics.length, 2);
  });
});
