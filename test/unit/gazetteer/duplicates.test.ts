import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldAlias } from '../../../server/src/core/gazetteer';
import { loadTexts, ofCode, summary, textOf, under } from './helpers';

describe('gazetteer-duplicate-id', () => {
  test('the same id twice in one section: reported on the second, related to the first', () => {
    const g = loadTexts('places:\n  iraq:\n    name: Iraq\n  iraq:\n    name: Republic of Iraq\n');
    const [d] = ofCode(g, 'gazetteer-duplicate-id');
    assert.equal(d.severity, 'error');
    assert.equal(d.span.start, 'places:\n  iraq:\n    name: Iraq\n  '.length);
    assert.equal(d.message, 'Id `iraq` is already defined at g1.yaml:2; ids must be unique across all files and kinds, and the first definition is the one used.');
    assert.deepEqual(d.related?.map((r) => [r.uri, r.span.start, r.message]), [['file:///ws/g1.yaml', 10, 'First definition of `iraq`']]);
    assert.equal(g.entities.get('iraq')?.name, 'Iraq');
  });

  test('across files', () => {
    const g = loadTexts('places:\n  iraq: { name: Iraq }\n', '# more places\nplaces:\n  iraq: { name: Iraq again }\n');
    const [d] = ofCode(g, 'gazetteer-duplicate-id');
    assert.equal(d.uri, 'file:///ws/g2.yaml');
    assert.equal(under(g, d), 'iraq');
    assert.match(d.message, /already defined at g1\.yaml:2;/);
    assert.deepEqual(d.data, { id: 'iraq', kind: 'place', otherKind: 'place', otherUri: 'file:///ws/g1.yaml', otherSpan: { start: 10, end: 14 } });
    assert.equal(textOf(g, 'file:///ws/g1.yaml', d.related![0].span), 'iraq');
  });

  test('across kinds, naming the other kind', () => {
    const g = loadTexts('organizations:\n  hashd:\n    name: Popular Mobilization Forces\nevents:\n  hashd:\n    name: Hashd parade\n');
    assert.deepEqual(summary(g, 'gazetteer-duplicate-id'), [
      'hashd → Id `hashd` is already defined as an organization at g1.yaml:2; ids must be unique across all files and kinds, and the first definition is the one used.',
    ]);
    assert.equal(g.entities.get('hashd')?.kind, 'organization');
  });

  test('a duplicate is still checked against the schema', () => {
    const g = loadTexts('places:\n  iraq: { name: Iraq }\n  iraq: { type: country }\n');
    assert.equal(ofCode(g, 'gazetteer-duplicate-id').length, 1);
    assert.equal(ofCode(g, 'gazetteer-schema').length, 1);
  });

  test('distinct ids are not duplicates', () => {
    assert.deepEqual(ofCode(loadTexts('places:\n  iraq: { name: Iraq }\n  iran: { name: Iran }\n'), 'gazetteer-duplicate-id'), []);
  });
});

describe('gazetteer-alias-collision', () => {
  test('the same alias on two entities warns on the later alias, related to the other entity', () => {
    const g = loadTexts(
      'organizations:\n  islamic-state:\n    name: Islamic State\n    aliases: [IS, ISIS, Daesh]\n',
      'organizations:\n  internal-security:\n    name: Internal Security Directorate\n    aliases: [IS]\n',
    );
    const [d] = ofCode(g, 'gazetteer-alias-collision');
    assert.equal(d.severity, 'warning');
    assert.equal(d.uri, 'file:///ws/g2.yaml');
    assert.equal(under(g, d), 'IS');
    assert.equal(d.message, 'Alias "IS" of `internal-security` is also an alias of `islamic-state` ("IS", g1.yaml:4); articles that use it will be ambiguous between them.');
    assert.equal(textOf(g, 'file:///ws/g1.yaml', d.related![0].span), 'IS');
    assert.equal(d.data?.otherId, 'islamic-state');
    assert.equal(d.data?.otherUri, 'file:///ws/g1.yaml');
  });

  test('an alias equal to another entity\'s name, after folding case, hyphens and apostrophes', () => {
    const g = loadTexts('bases:\n  ain-al-asad:\n    name: Ain al-Asad Air Base\n    aliases: [Al Asad]\nplaces:\n  al-asad-town:\n    name: Al-Asad\n  shaab:\n    name: Sha’ab\n  shaab-district:\n    name: District\n    aliases: ["SHA\'AB"]\n');
    assert.deepEqual(summary(g, 'gazetteer-alias-collision'), [
      'Al-Asad → Name "Al-Asad" of `al-asad-town` is also an alias of `ain-al-asad` ("Al Asad", g1.yaml:4); articles that use it will be ambiguous between them.',
      '"SHA\'AB" → Alias "SHA\'AB" of `shaab-district` is also the name of `shaab` ("Sha’ab", g1.yaml:9); articles that use it will be ambiguous between them.',
    ]);
  });

  test('an entity repeating its own name as an alias is no collision; figures are not names', () => {
    const g = loadTexts('places:\n  iraq:\n    name: Iraq\n    aliases: [IRAQ, iraq]\nfigures:\n  f:\n    label: Iraq\n');
    assert.deepEqual(ofCode(g, 'gazetteer-alias-collision'), []);
  });

  test('the realistic gazetteer has no collisions', () => {
    assert.deepEqual(ofCode(loadTexts('organizations:\n  islamic-state:\n    name: Islamic State\n    aliases: [IS, ISIS, ISIL, Daesh]\n  irgc:\n    name: Islamic Revolutionary Guard Corps\n    aliases: [IRGC]\n'), 'gazetteer-alias-collision'), []);
  });

  test('folding', () => {
    assert.equal(foldAlias('Al-Asad'), foldAlias('al  asad'));
    assert.equal(foldAlias('al‐Asad'), 'al asad');
    assert.equal(foldAlias('Sha’ab'), foldAlias("sha'ab"));
    assert.notEqual(foldAlias('Ain al-Asad'), foldAlias('Al Asad'));
  });
});
