import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addEntryEdit, loadGazetteer, newIdProblem, recordFigureValueEdit, renameIdEdits } from '../../../server/src/core/gazetteer';
import type { Gazetteer } from '../../../server/src/core/types';
import { applyEdits, loadTexts } from './helpers';

/** The text of file `index` after applying the edits that target it. */
function after(g: Gazetteer, edits: Array<{ uri: string; span: { start: number; end: number }; newText: string }>, index = 0): string {
  const file = g.files[index];
  return applyEdits(file.text, edits.filter((e) => e.uri === file.uri));
}

/** Applying the edits gives a gazetteer that still loads without diagnostics. */
function reloadsCleanly(g: Gazetteer, edits: Parameters<typeof after>[1]): void {
  const files = g.files.map((f, i) => ({ uri: f.uri, text: after(g, edits, i) }));
  assert.deepEqual(loadGazetteer(files).diagnostics.map((d) => d.message), []);
}

const PLACES_AND_ORGS = `# Our places
places:
  iraq:                # the country
    name: Iraq
    demonyms: [Iraqi]
  # Syria comes next
  syria:
    name: Syria

# Organisations below
organizations:
  islamic-state:
    name: Islamic State
`;

describe('addEntryEdit', () => {
  test('appends to the end of the right section, keeping comments and order', () => {
    const g = loadTexts(PLACES_AND_ORGS);
    const edit = addEntryEdit(g, 'place', 'al-anbar', { name: 'Al Anbar', aliases: ['Anbar', 'al-Anbar'], country: 'iraq', coordinates: [33, 42] });
    assert.ok(edit);
    assert.equal(after(g, [edit]), `# Our places
places:
  iraq:                # the country
    name: Iraq
    demonyms: [Iraqi]
  # Syria comes next
  syria:
    name: Syria
  al-anbar:
    name: Al Anbar
    aliases: [Anbar, al-Anbar]
    country: iraq
    coordinates: [33, 42]

# Organisations below
organizations:
  islamic-state:
    name: Islamic State
`);
    reloadsCleanly(g, [edit]);
  });

  test('follows the file\'s indentation and writes lists of maps as flow items', () => {
    const g = loadTexts('organizations:\n    irgc:\n        name: IRGC\n    quds-force:\n        name: Quds Force\n');
    const edit = addEntryEdit(g, 'person', 'qasem-soleimani', { name: 'Qasem Soleimani', born: '1957-03-11', roles: [{ title: 'Commander', org: 'quds-force', from: 1998, to: '2020-01-03' }] })!;
    assert.equal(after(g, [edit]), 'organizations:\n    irgc:\n        name: IRGC\n    quds-force:\n        name: Quds Force\n\npersons:\n    qasem-soleimani:\n        name: Qasem Soleimani\n        born: 1957-03-11\n        roles:\n            - { title: Commander, org: quds-force, from: 1998, to: 2020-01-03 }\n');
    reloadsCleanly(g, [edit]);
  });

  test('picks the file that already has the section', () => {
    const g = loadTexts('places:\n  iraq: { name: Iraq }\n', 'persons:\n  someone:\n    name: Someone\n');
    const edit = addEntryEdit(g, 'person', 'tahsin-al-khafaji', { name: 'Tahsin al-Khafaji', roles: [{ title: 'Spokesman', org: 'joint-operations-command' }] })!;
    assert.equal(edit.uri, 'file:///ws/g2.yaml');
    assert.equal(after(g, [edit], 1), 'persons:\n  someone:\n    name: Someone\n  tahsin-al-khafaji:\n    name: Tahsin al-Khafaji\n    roles:\n      - { title: Spokesman, org: joint-operations-command }\n');
  });

  test('quotes values that YAML would read differently, and handles a file without a final newline', () => {
    const g = loadTexts('organizations:\n  isf:\n    name: Iraqi Security Forces');
    const edit = addEntryEdit(g, 'organization', 'x-group', { name: 'Yes', aliases: ['2014', 'A, B', 'true'], notes: 'Said: "no" # really' })!;
    const text = after(g, [edit]);
    assert.equal(text, 'organizations:\n  isf:\n    name: Iraqi Security Forces\n  x-group:\n    name: "Yes"\n    aliases: ["2014", "A, B", "true"]\n    notes: "Said: \\"no\\" # really"\n');
    const reloaded = loadTexts(text);
    assert.deepEqual(reloaded.entities.get('x-group')?.aliases, ['2014', 'A, B', 'true']);
    assert.equal(reloaded.entities.get('x-group')?.name, 'Yes');
  });

  test('into an empty file, and refused for a taken or invalid id', () => {
    const g = loadTexts('');
    const edit = addEntryEdit(g, 'organization', 'islamic-state', { name: 'Islamic State', aliases: ['IS', 'ISIS', 'ISIL', 'Daesh'] })!;
    assert.equal(after(g, [edit]), 'organizations:\n  islamic-state:\n    name: Islamic State\n    aliases: [IS, ISIS, ISIL, Daesh]\n');
    const full = loadTexts(PLACES_AND_ORGS);
    assert.equal(addEntryEdit(full, 'place', 'iraq', { name: 'Iraq' }), null);
    assert.equal(addEntryEdit(full, 'place', 'New Place', { name: 'New Place' }), null);
    assert.match(newIdProblem(full, 'iraq') ?? '', /already an id/);
    assert.equal(newIdProblem(full, 'kirkuk'), null);
  });

  test('keeps Windows line endings', () => {
    const g = loadTexts('places:\r\n  iraq:\r\n    name: Iraq\r\n');
    const edit = addEntryEdit(g, 'place', 'iran', { name: 'Iran' })!;
    assert.equal(after(g, [edit]), 'places:\r\n  iraq:\r\n    name: Iraq\r\n  iran:\r\n    name: Iran\r\n');
  });
});

const FIGURES = `figures:
  ain-al-asad-strike-tbi:           # grew as reports came in
    label: Service members with brain injuries
    units: [service members, troops]
    values:
      - { value: 11, as_of: 2020-01-16 }
      - { value: 64, as_of: 2020-01-30 }   # Pentagon, late January
    notes: keep in date order
  us-troops-iraq:
    label: US troops deployed in Iraq
    values:
      - value: 5200
        as_of: 2020-01
      - value: 2500
        as_of: 2021-01
  coalition-members:
    label: Coalition countries
    values: [{ value: 61, as_of: 2020-08 }]
  new-figure:
    label: Something new
`;

describe('recordFigureValueEdit', () => {
  test('inserts a flow item in date order between existing values', () => {
    const g = loadTexts(FIGURES);
    const edit = recordFigureValueEdit(g, 'ain-al-asad-strike-tbi', { value: 34, as_of: '2020-01-24' })!;
    assert.equal(after(g, [edit]).split('\n').slice(4, 9).join('\n'), `    values:
      - { value: 11, as_of: 2020-01-16 }
      - { value: 34, as_of: 2020-01-24 }
      - { value: 64, as_of: 2020-01-30 }   # Pentagon, late January
    notes: keep in date order`);
    reloadsCleanly(g, [edit]);
  });

  test('appends after the last value, keeping its comment, with a source', () => {
    const g = loadTexts(FIGURES);
    const edit = recordFigureValueEdit(g, 'ain-al-asad-strike-tbi', { value: 109, as_of: '2020-02-10', source: 'https://example.org/dod/feb-10' })!;
    assert.equal(after(g, [edit]).split('\n').slice(5, 9).join('\n'), `      - { value: 11, as_of: 2020-01-16 }
      - { value: 64, as_of: 2020-01-30 }   # Pentagon, late January
      - { value: 109, as_of: 2020-02-10, source: https://example.org/dod/feb-10 }
    notes: keep in date order`);
    reloadsCleanly(g, [edit]);
  });

  test('inserts first when earlier than every value', () => {
    const g = loadTexts(FIGURES);
    const edit = recordFigureValueEdit(g, 'ain-al-asad-strike-tbi', { value: 0, as_of: '2020-01-08' })!;
    assert.equal(after(g, [edit]).split('\n')[5], '      - { value: 0, as_of: 2020-01-08 }');
  });

  test('uses block items where the list uses them', () => {
    const g = loadTexts(FIGURES);
    const edit = recordFigureValueEdit(g, 'us-troops-iraq', { value: 3000, as_of: '2020-09' })!;
    assert.equal(after(g, [edit]).split('\n').slice(10, 17).join('\n'), `    values:
      - value: 5200
        as_of: 2020-01
      - value: 3000
        as_of: 2020-09
      - value: 2500
        as_of: 2021-01`);
    reloadsCleanly(g, [edit]);
  });

  test('adds to a flow list', () => {
    const g = loadTexts(FIGURES);
    const edit = recordFigureValueEdit(g, 'coalition-members', { value: 86, as_of: '2023' })!;
    assert.equal(after(g, [edit]).split('\n')[17], '    values: [{ value: 61, as_of: 2020-08 }, { value: 86, as_of: 2023 }]');
    reloadsCleanly(g, [edit]);
  });

  test('adds a `values:` list to a figure without one', () => {
    const g = loadTexts(FIGURES);
    const edit = recordFigureValueEdit(g, 'new-figure', { value: 12, as_of: '2024-03-14' })!;
    assert.equal(after(g, [edit]).split('\n').slice(18).join('\n'), `  new-figure:
    label: Something new
    values:
      - { value: 12, as_of: 2024-03-14 }
`);
    reloadsCleanly(g, [edit]);
  });

  test('refuses an unknown figure, a non-figure and a bad date', () => {
    const g = loadTexts(FIGURES + 'places:\n  iraq: { name: Iraq }\n');
    assert.equal(recordFigureValueEdit(g, 'no-such-figure', { value: 1, as_of: '2020' }), null);
    assert.equal(recordFigureValueEdit(g, 'iraq', { value: 1, as_of: '2020' }), null);
    assert.equal(recordFigureValueEdit(g, 'us-troops-iraq', { value: 1, as_of: 'last week' }), null);
  });
});

describe('renameIdEdits', () => {
  const FILES = [
    `places:
  iraq: { name: Iraq, demonyms: [Iraqi] }   # keep this comment
bases:
  ain-al-asad:
    name: Ain al-Asad
    country: iraq
    operators:
      - { org: iraq, from: 2026-01 }
`,
    `# Figures about Iraq
figures:
  us-troops-iraq:
    label: US troops in Iraq
    about: [united-states, iraq]
persons:
  someone:
    name: Someone
    nationality: iraq
    notes: iraq is written in these notes but is not a reference
places:
  united-states: { name: United States }
`,
  ];

  test('renames the key and every reference in every file, and nothing else', () => {
    const g = loadTexts(...FILES);
    const edits = renameIdEdits(g, 'iraq', 'republic-of-iraq');
    assert.equal(edits.length, 5);
    assert.equal(after(g, edits, 0), `places:
  republic-of-iraq: { name: Iraq, demonyms: [Iraqi] }   # keep this comment
bases:
  ain-al-asad:
    name: Ain al-Asad
    country: republic-of-iraq
    operators:
      - { org: republic-of-iraq, from: 2026-01 }
`);
    assert.equal(after(g, edits, 1), FILES[1].replace('[united-states, iraq]', '[united-states, republic-of-iraq]').replace('nationality: iraq', 'nationality: republic-of-iraq'));
    reloadsCleanly(g, edits);
  });

  test('nothing for an unknown id, or a new id that is taken or invalid', () => {
    const g = loadTexts(...FILES);
    assert.deepEqual(renameIdEdits(g, 'syria', 'syrian-arab-republic'), []);
    assert.deepEqual(renameIdEdits(g, 'iraq', 'united-states'), []);
    assert.deepEqual(renameIdEdits(g, 'iraq', 'Iraq'), []);
  });
});
