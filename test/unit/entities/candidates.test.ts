import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { findEntityCandidates, kebabCase } from '../../../server/src/core/entities/candidates';
import { buildEntityMatcher } from '../../../server/src/core/entities/entityMatcher';
import { testGazetteer } from './testGazetteer';

const gazetteer = testGazetteer();
const matcher = buildEntityMatcher(gazetteer);
const HEAD = '---\npublished: 2020-01-10\n---\n';

function candidates(body: string) {
  const article = parseArticle({ uri: 'file:///w/a.news.md', text: HEAD + body });
  const { mentions } = matcher.find(article);
  return findEntityCandidates(article, mentions, gazetteer).map((d) => {
    assert.equal(d.code, 'entity-candidate');
    assert.equal(d.severity, 'hint');
    assert.equal(article.text.slice(d.span.start, d.span.end), d.data?.name, 'the span covers the name only');
    return d.data as { name: string; kind: string; suggestedId: string; aliases?: string[] };
  });
}
const names = (body: string) => candidates(body).map((c) => `${c.kind}:${c.name}`);

describe('entity candidates', () => {
  test('a name after a military or political title is a person', () => {
    assert.deepEqual(names('Deputy Commander of the operations room, Lieutenant General Karim al-Rubaie, spoke on Monday.\n'), [
      'person:Karim al-Rubaie',
    ]);
    assert.deepEqual(names('Earlier, President-elect Jane Holloway said talks were planned.\n'), ['person:Jane Holloway']);
    assert.deepEqual(names('External Affairs Minister R Venkatesh stressed the point.\n'), ['person:R Venkatesh']);
    assert.deepEqual(names('Speaking for the ministry, Lt. Gen. Hadi Naser added details.\n'), ['person:Hadi Naser']);
    assert.deepEqual(names('The army spokesman Yahya Rasool declined to comment.\n'), ['person:Yahya Rasool']);
  });

  test('a name followed by a title in apposition is a person', () => {
    assert.deepEqual(names('The agency quoted Omar al-Saadi, spokesman of the interior ministry, as saying so.\n'), ['person:Omar al-Saadi']);
    assert.deepEqual(names('Laila Haddad, the deputy governor, visited the site.\n'), ['person:Laila Haddad']);
  });

  test('organisation-like names, and acronyms in parentheses, are organisations', () => {
    assert.deepEqual(candidates('The leader of the Baloch Unity Committee (BUC) was detained.\n'), [
      { name: 'Baloch Unity Committee', kind: 'organization', suggestedId: 'baloch-unity-committee', aliases: ['BUC'] },
    ]);
    assert.deepEqual(names('Fighters of the Popular Mobilization Forces and the Ministry of Interior disagreed.\n'), [
      'organization:Popular Mobilization Forces', 'organization:Ministry of Interior',
    ]);
    assert.deepEqual(names('Units of the Syrian Democratic Forces of the north moved; the Rapid Support Forces of Sudan stayed.\n'), [
      'organization:Syrian Democratic Forces', 'organization:Rapid Support Forces',
    ]);
    assert.deepEqual(names('It was run by the National Reconstruction Trust (NRT) for years.\n'), ['organization:National Reconstruction Trust']);
  });

  test('a possessive ends a name: the organisation after it stands alone', () => {
    assert.deepEqual(names("He led the Quds Force of Iran's Islamic Revolution Guards Corps.\n"), ['organization:Islamic Revolution Guards Corps']);
  });

  test('known entities are never candidates', () => {
    assert.deepEqual(names('Tahsin al-Khafaji, spokesman of the Joint Operations Command (JOC), spoke about the Kurdistan Regional Government (KRG).\n'), []);
    assert.deepEqual(names('Prime Minister Qasem Soleimani said so.\n'), []);
  });

  test('sentence-initial capitals, lone words and lower-case phrases are not names', () => {
    assert.deepEqual(names('Leading rights activists met. Government sources said the Army was ready.\n'), []);
    assert.deepEqual(names('Iraqi security forces and the international coalition met in the capital.\n'), []);
    assert.deepEqual(names('The President said on Thursday that General Motors and the Minister agreed.\n'), []);
    assert.deepEqual(names('Over the past months, Iraq declared victory in December 2017.\n'), []);
    assert.deepEqual(names('Colonel Sanders, President Trump and spokesman al-Hamdani spoke.\n'), []);
  });

  test('each name is suggested once, at its first occurrence', () => {
    const found = candidates('General Kamal Aziz spoke. Later, General Kamal Aziz left.\n');
    assert.equal(found.length, 1);
    assert.equal(found[0].suggestedId, 'kamal-aziz');
  });

  test('the page residue is ignored', () => {
    const body = 'The coalition will leave the base.\nForeign Minister R Venkatesh stressed growth, linking it to the…\nPresident-elect Jane Holloway said on Friday that a meeting…\n';
    assert.deepEqual(names(body), []);
  });

  test('a Title Case heading does not become one long organisation', () => {
    assert.deepEqual(names('# Coalition To Hand Sites To Iraqi Army\n\nText.\n'), []);
    assert.deepEqual(names('# Coalition To Hand Sites To Sunni Tribal Forces\n\nText.\n'), ['organization:Sunni Tribal Forces']);
  });

  test('suggested ids are kebab-case without accents or apostrophes', () => {
    assert.equal(kebabCase('Qais al-Muhammadawi'), 'qais-al-muhammadawi');
    assert.equal(kebabCase('Hewlêr Provincial Council'), 'hewler-provincial-council');
    assert.equal(kebabCase("Ma’arrat O'Neill  Forces"), 'maarrat-oneill-forces');
  });
});
