import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadTexts, ofCode, summary, under } from './helpers';

/** Schema problems of one file, as "text under the squiggle → message". */
function problems(...texts: string[]): string[] {
  return summary(loadTexts(...texts), 'gazetteer-schema');
}

const IRAQ = 'places:\n  iraq: { name: Iraq, type: country }\n';

describe('gazetteer-schema: names and ids', () => {
  test('an entry without `name` is reported on its id, and still loads under its id', () => {
    const g = loadTexts('organizations:\n  joint-operations-command:\n    aliases: [JOC]\n');
    assert.deepEqual(summary(g, 'gazetteer-schema'), ['joint-operations-command → `joint-operations-command` has no `name`; every entry needs a `name`.']);
    assert.equal(ofCode(g, 'gazetteer-schema')[0].severity, 'error');
    assert.equal(g.entities.get('joint-operations-command')?.name, 'joint-operations-command');
    assert.deepEqual(problems('organizations:\n  joint-operations-command:\n    name: Joint Operations Command\n'), []);
  });

  test('a figure needs a `label` (or `name`)', () => {
    assert.deepEqual(problems('figures:\n  us-troops-iraq:\n    units: [troops]\n'), ['us-troops-iraq → `us-troops-iraq` has no `label`; every figure needs a `label`.']);
    assert.deepEqual(problems('figures:\n  us-troops-iraq:\n    label: US troops in Iraq\n'), []);
    assert.deepEqual(problems('figures:\n  us-troops-iraq:\n    name: US troops in Iraq\n'), []);
  });

  test('an empty or non-text name is reported on the value', () => {
    assert.deepEqual(problems('places:\n  iraq:\n    name: ""\n'), ['"" → `name` of `iraq` is empty.']);
    assert.deepEqual(problems('places:\n  iraq:\n    name: [Iraq]\n'), ['[Iraq] → `name` of `iraq` must be text; found a list.']);
  });

  test('an entry that is not a map, or is empty', () => {
    assert.deepEqual(problems('places:\n  iraq: Iraq\n'), ['Iraq → `iraq` must be a map of fields such as `name:`; found "Iraq".']);
    assert.deepEqual(problems('places:\n  iraq:\n'), ['iraq → `iraq` has no fields; an entry needs at least `name:`.']);
  });

  test('ids must be lower-case kebab-case, with a suggestion', () => {
    const g = loadTexts('bases:\n  Ain_Al-Asad:\n    name: Ain al-Asad\n  ain--asad:\n    name: Ain al-Asad\n');
    assert.deepEqual(summary(g, 'gazetteer-schema'), [
      'Ain_Al-Asad → Id `Ain_Al-Asad` must be lower-case kebab-case (a–z, 0–9, single hyphens), e.g. `ain-al-asad`.',
      'ain--asad → Id `ain--asad` must be lower-case kebab-case (a–z, 0–9, single hyphens), e.g. `ain-asad`.',
    ]);
    assert.equal(ofCode(g, 'gazetteer-schema')[0].data?.suggestion, 'ain-al-asad');
    assert.deepEqual(problems('bases:\n  ain-al-asad-2:\n    name: Ain al-Asad\n'), []);
  });

  test('a section that is not a map', () => {
    assert.deepEqual(problems('places:\n  - iraq\n'), ['- iraq → Section `places` must be a map from ids to entries, like `places:\\n  some-id:\\n    name: …`.']);
  });
});

describe('gazetteer-schema: dates', () => {
  test('dates must be YYYY, YYYY-MM or YYYY-MM-DD', () => {
    assert.deepEqual(problems('persons:\n  qasem-soleimani:\n    name: Qasem Soleimani\n    born: 11 March 1957\n'),
      ['11 March 1957 → `born` of `qasem-soleimani` must be a date written YYYY, YYYY-MM or YYYY-MM-DD; found "11 March 1957".']);
    assert.deepEqual(problems('persons:\n  qasem-soleimani:\n    name: Qasem Soleimani\n    born: 1957-02-30\n'),
      ['1957-02-30 → `born` of `qasem-soleimani` is not a calendar date; found "1957-02-30".']);
    assert.deepEqual(problems('persons:\n  qasem-soleimani:\n    name: Qasem Soleimani\n    born: 1957-03-11T10:00:00Z\n').length, 1);
    assert.deepEqual(problems('persons:\n  qasem-soleimani:\n    name: Qasem Soleimani\n    born: 1957-03-11\n    died: 2020-01\n'), []);
    assert.deepEqual(problems('organizations:\n  islamic-state:\n    name: Islamic State\n    founded: 2006\n'), []);
  });

  test('a date in a spell or a figure value is checked where it is written', () => {
    const g = loadTexts(IRAQ, 'organizations:\n  isf: { name: Iraqi Security Forces }\nbases:\n  al-asad:\n    name: Al Asad\n    operators:\n      - { org: isf, from: Jan 2026 }\n');
    assert.deepEqual(summary(g, 'gazetteer-schema'), ['Jan 2026 → `from` of operator 1 of `al-asad` must be a date written YYYY, YYYY-MM or YYYY-MM-DD; found "Jan 2026".']);
  });

  test('`from` after `to`, `born` after `died`, `founded` after `dissolved`', () => {
    assert.deepEqual(problems('organizations:\n  quds-force: { name: Quds Force }\npersons:\n  qasem-soleimani:\n    name: Qasem Soleimani\n    roles:\n      - { title: Commander, org: quds-force, from: 2020-02, to: 2020-01-03 }\n'),
      ['2020-01-03 → Role 1 of `qasem-soleimani`: `from` 2020-02 is after `to` 2020-01-03.']);
    assert.deepEqual(problems('persons:\n  x-person:\n    name: X\n    born: 2001\n    died: 1999-05\n'), ['1999-05 → `x-person`: `born` 2001 is after `died` 1999-05.']);
    assert.deepEqual(problems('organizations:\n  x-org:\n    name: X\n    founded: 2014-10\n    dissolved: 2014-09\n'), ['2014-09 → `x-org`: `founded` 2014-10 is after `dissolved` 2014-09.']);
    // Same year at different precisions overlaps: not reversed.
    assert.deepEqual(problems('organizations:\n  quds-force: { name: Quds Force }\npersons:\n  p:\n    name: P\n    roles:\n      - { title: Commander, org: quds-force, from: 2020-05, to: 2020 }\n'), []);
  });
});

describe('gazetteer-schema: coordinates, types, wikidata', () => {
  test('coordinates must be [lat, lon] numbers in range', () => {
    assert.deepEqual(problems('places:\n  baghdad:\n    name: Baghdad\n    coordinates: [133.3, 44.4]\n'),
      ['133.3 → Latitude 133.3 in `coordinates` of `baghdad` is outside -90…90 (are latitude and longitude swapped?).']);
    assert.deepEqual(problems('places:\n  baghdad:\n    name: Baghdad\n    coordinates: [33.3, 244.4]\n'),
      ['244.4 → Longitude 244.4 in `coordinates` of `baghdad` is outside -180…180.']);
    assert.deepEqual(problems('places:\n  baghdad:\n    name: Baghdad\n    coordinates: "33.3, 44.4"\n'),
      ['"33.3, 44.4" → `coordinates` of `baghdad` must be [latitude, longitude] in decimal degrees, like [33.7856, 42.4412]; found "33.3, 44.4".']);
    assert.equal(problems('places:\n  baghdad:\n    name: Baghdad\n    coordinates: [33.3]\n').length, 1);
    assert.deepEqual(problems('places:\n  baghdad:\n    name: Baghdad\n    coordinates: [33.3152, 44.3661]\n'), []);
  });

  test('aliases must be a list of text', () => {
    assert.deepEqual(problems('organizations:\n  islamic-state:\n    name: Islamic State\n    aliases: ISIS\n'),
      ['ISIS → `aliases` of `islamic-state` must be a list of text, like `aliases: [a, b]`; found "ISIS".']);
    assert.deepEqual(problems('organizations:\n  islamic-state:\n    name: Islamic State\n    aliases: [IS, 2014, ""]\n'), [
      '2014 → Item 2 of `aliases` of `islamic-state` must be non-empty text; found the number 2014.',
      '"" → Item 3 of `aliases` of `islamic-state` must be non-empty text; found empty text.',
    ]);
    assert.deepEqual(problems('organizations:\n  islamic-state:\n    name: Islamic State\n    aliases: [IS, ISIS]\n'), []);
  });

  test('other typed fields report wrong types', () => {
    assert.deepEqual(problems('places:\n  iraq:\n    name: Iraq\n    demonyms: Iraqi\n    region: 5\n'), [
      'Iraqi → `demonyms` of `iraq` must be a list of text, like `demonyms: [a, b]`; found "Iraqi".',
      '5 → `region` of `iraq` must be text; found the number 5.',
    ]);
  });

  test('wikidata must be a Q-id', () => {
    assert.deepEqual(problems('places:\n  iraq:\n    name: Iraq\n    wikidata: https://www.wikidata.org/wiki/Q796\n'),
      ['https://www.wikidata.org/wiki/Q796 → `wikidata` of `iraq` must be a Wikidata item id such as Q42; found "https://www.wikidata.org/wiki/Q796".']);
    assert.deepEqual(problems('places:\n  iraq:\n    name: Iraq\n    wikidata: Q796\n'), []);
  });

  test('unknown extra fields are not errors', () => {
    const g = loadTexts('places:\n  iraq:\n    name: Iraq\n    capital_note: Baghdad\n    population_2020: 40222503\n    tags: { region: mena }\n');
    assert.deepEqual(g.diagnostics, []);
    assert.deepEqual(g.entities.get('iraq')?.fields.tags, { region: 'mena' });
  });
});

describe('gazetteer-schema: spells and figure values', () => {
  test('an operator needs an org; a role needs a title', () => {
    assert.deepEqual(problems('bases:\n  al-asad:\n    name: Al Asad\n    operators:\n      - { from: 2003 }\n'),
      ['{ from: 2003 } → Operator 1 of `al-asad` has no `org` (the id of the organisation that operates it).']);
    assert.deepEqual(problems('persons:\n  p:\n    name: P\n    roles:\n      - { from: 2003 }\n'),
      ['{ from: 2003 } → Role 1 of `p` needs a `title` (text such as "Commander"); found nothing.']);
    assert.deepEqual(problems('persons:\n  p:\n    name: P\n    roles:\n      - Commander\n'),
      ['Commander → Item 1 of `roles` of `p` must be a map, like `- { title: Commander, org: quds-force, from: 1998, to: 2020-01-03 }`; found "Commander".']);
    assert.deepEqual(problems('persons:\n  p:\n    name: P\n    roles:\n      - { title: Spokesman }\n'), []);
  });

  test('a figure value needs a numeric value and a valid as_of', () => {
    const g = loadTexts('figures:\n  us-troops-iraq:\n    label: US troops in Iraq\n    values:\n      - { value: "5,200", as_of: 2020-01 }\n      - { value: 2500 }\n      - { value: 3000, as_of: early 2021 }\n      - { value: 2000, as_of: 2021-06 }\n');
    assert.deepEqual(summary(g, 'gazetteer-schema'), [
      '"5,200" → Value 1 of `us-troops-iraq` needs a numeric `value` (digits, no thousands separators); found "5,200".',
      '{ value: 2500 } → Value 2 of `us-troops-iraq` has no `as_of` date.',
      'early 2021 → `as_of` of value 3 of `us-troops-iraq` must be a date written YYYY, YYYY-MM or YYYY-MM-DD; found "early 2021".',
    ]);
    assert.deepEqual(g.entities.get('us-troops-iraq')?.values?.map((v) => v.value), [2000]);
  });

  test('values written out of order are sorted by date', () => {
    const g = loadTexts('figures:\n  f:\n    label: F\n    values:\n      - { value: 3, as_of: 2021 }\n      - { value: 1, as_of: 2020-01-05 }\n      - { value: 2, as_of: 2020-02 }\n');
    assert.deepEqual(g.entities.get('f')?.values?.map((v) => v.value), [1, 2, 3]);
  });
});

describe('gazetteer-schema: references', () => {
  test('a reference to an unknown id names both the field and the id', () => {
    const g = loadTexts('bases:\n  al-asad:\n    name: Al Asad\n    country: irak\n');
    const [d] = ofCode(g, 'gazetteer-schema');
    assert.equal(under(g, d), 'irak');
    assert.equal(d.message, '`country` of `al-asad` names `irak`, which no gazetteer file defines.');
    assert.deepEqual(d.data, { id: 'al-asad', field: '`country`', target: 'irak', expectedKinds: ['place'], unknownId: 'irak' });
    assert.deepEqual(problems(IRAQ, 'bases:\n  al-asad:\n    name: Al Asad\n    country: iraq\n'), []);
  });

  test('references in operators, roles, about, parent, place are checked', () => {
    assert.deepEqual(problems(IRAQ,
      'bases:\n  al-asad:\n    name: Al Asad\n    operators: [{ org: coalition }]\n' +
      'persons:\n  p:\n    name: P\n    roles: [{ title: Chief, org: jock }]\n' +
      'organizations:\n  quds-force:\n    name: Quds Force\n    parent: irgc\n' +
      'events:\n  strike:\n    name: Strike\n    place: ain-al-assad\n' +
      'figures:\n  f:\n    label: F\n    about: [iraq, syria]\n'), [
      'coalition → `org` of operator 1 of `al-asad` names `coalition`, which no gazetteer file defines.',
      'jock → `org` of role 1 of `p` names `jock`, which no gazetteer file defines.',
      'irgc → `parent` of `quds-force` names `irgc`, which no gazetteer file defines.',
      'ain-al-assad → `place` of `strike` names `ain-al-assad`, which no gazetteer file defines.',
      'syria → item 2 of `about` of `f` names `syria`, which no gazetteer file defines.',
    ]);
  });

  test('a reference must have a fitting kind', () => {
    const g = loadTexts('organizations:\n  quds-force: { name: Quds Force }\nbases:\n  al-asad:\n    name: Al Asad\n    country: quds-force\n');
    const [d] = ofCode(g, 'gazetteer-schema');
    assert.match(d.message, /^`country` of `al-asad` must name a place, but `quds-force` is an organization \(g1\.yaml:2\)\.$/);
    assert.equal(d.related?.[0].span.start, g.entities.get('quds-force')?.location.keySpan.start);
    // An event may happen at a base; a role may be held in a state (a place).
    assert.deepEqual(problems(IRAQ, 'bases:\n  al-asad: { name: Al Asad }\nevents:\n  e: { name: E, place: al-asad }\npersons:\n  p: { name: P, roles: [{ title: Envoy, org: iraq }] }\n'), []);
  });

  test('a reference to itself is nonsense', () => {
    assert.deepEqual(problems('organizations:\n  quds-force:\n    name: Quds Force\n    parent: quds-force\n'), ['quds-force → `parent` of `quds-force` names `quds-force` itself.']);
    assert.deepEqual(problems('places:\n  iraq:\n    name: Iraq\n    country: iraq\n'), ['iraq → `country` of `iraq` names `iraq` itself.']);
  });

  test('nationality is free text unless written as an id', () => {
    assert.deepEqual(problems('persons:\n  p:\n    name: P\n    nationality: Iraqi\n'), []);
    assert.deepEqual(problems(IRAQ, 'persons:\n  p:\n    name: P\n    nationality: iraq\n'), []);
    assert.deepEqual(problems('persons:\n  p:\n    name: P\n    nationality: iraqi\n'), ['iraqi → `nationality` of `p` names `iraqi`, which no gazetteer file defines.']);
  });

  test('a reference must look like an id', () => {
    assert.deepEqual(problems(IRAQ, 'bases:\n  al-asad:\n    name: Al Asad\n    country: Iraq\n'),
      ['Iraq → `country` of `al-asad` must be the id of another entry (lower-case kebab-case, like `iraq`); found "Iraq".']);
  });

  test('an entry that failed to load still counts as defined for references', () => {
    assert.deepEqual(problems('places:\n  iraq: Iraq\nbases:\n  al-asad: { name: Al Asad, country: iraq }\n'), ['Iraq → `iraq` must be a map of fields such as `name:`; found "Iraq".']);
  });
});
