// Ages and titles written in apposition after a name ("X, the 64-year-old leader", "X, the
// National Security Adviser,"), and the generic "leader"/"head". Table tests: each row is a
// sentence and what must (or must not) be reported on it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gazetteerFrom, personDiagnostics } from './inputs';

// Fictional officials; one born on a known day, one with a birth year only.
const gazetteer = gazetteerFrom(`persons:
  kemal-arslan:
    name: Kemal Arslan
    aliases: [Arslan]
    gender: male
    born: 1954-02-26
    roles:
      - { title: Prime Minister, org: turkey, from: 2003-03-14, to: 2014-08-28 }
      - { title: President, org: turkey, from: 2014-08-28 }
  hadi-saleh:
    name: Hadi Saleh
    aliases: [Saleh]
    gender: male
    born: 1956
    roles:
      - { title: Chairman, org: popular-mobilization-forces, from: 2014-06 }
      - { title: National Security Adviser, org: iraq, from: 2011, to: 2020-07-04 }
  rana-khalil:
    name: Rana Khalil
    gender: female
    roles:
      - { title: Spokeswoman, org: popular-mobilization-forces, from: 2019 }
organizations:
  popular-mobilization-forces:
    name: Popular Mobilization Forces
    aliases: [PMF]
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  turkey: { name: Turkey, type: country, demonyms: [Turkish] }
`);

function found(code: string, body: string, published: string): string[] {
  const run = personDiagnostics(body, published, gazetteer);
  return run.diagnostics.filter((d) => d.code === code).map((d) => run.textOf(d.span));
}

describe('person-age-mismatch: an age in apposition', () => {
  // Kemal Arslan was 68 on 2022-08-10.
  const raised: Array<[string, string]> = [
    ['Turkish President Kemal Arslan, the 64-year-old leader who has threatened a new incursion, said Ankara would act.', '64'],
    ['Kemal Arslan, the 64-year-old leader, said Ankara would act.', '64'],
    ['Kemal Arslan, a 64-year-old former mayor, said Ankara would act.', '64'],
    ['On Monday, Kemal Arslan, the 64-year-old president, said Ankara would act.', '64'],
    ['The Turkish president, Kemal Arslan, the 64-year-old leader, said Ankara would act.', '64'],
    ['Kemal Arslan, the Turkish president, 64, said Ankara would act.', '64'],
    ['Kemal Arslan, 64, said Ankara would act.', '64'],
    ['The 64-year-old Kemal Arslan said Ankara would act.', '64'],
    ['The 64-year-old Turkish President Kemal Arslan said Ankara would act.', '64'],
  ];
  for (const [body, age] of raised) {
    test(`raised: ${body}`, () => assert.deepEqual(found('person-age-mismatch', body, '2022-08-10'), [age]));
  }

  const notRaised: Array<[string, string]> = [
    // The right age.
    ['Kemal Arslan, the 68-year-old leader, said Ankara would act.', '2022-08-10'],
    ['Turkish President Kemal Arslan, the 68-year-old leader who has threatened a new incursion, said Ankara would act.', '2022-08-10'],
    ['Kemal Arslan, the Turkish president, 68, said Ankara would act.', '2022-08-10'],
    // The day before his birthday he is still 67.
    ['Kemal Arslan, the 67-year-old leader, said Ankara would act.', '2022-02-25'],
    // A birth year only: both ages that year can give on the date pass.
    ['Hadi Saleh, the 64-year-old chairman, said the PMF would stay under state command.', '2021-12-09'],
    ['Hadi Saleh, the 65-year-old chairman, said the PMF would stay under state command.', '2021-12-09'],
    // The age of someone else in the sentence.
    ['After meeting Kemal Arslan, the 64-year-old governor flew home.', '2022-08-10'],
    ['When police stopped Kemal Arslan, a 64-year-old man was arrested.', '2022-08-10'],
    ['Kemal Arslan met Ali Hassan, the 64-year-old governor, in Ankara.', '2022-08-10'],
    ["Kemal Arslan's bodyguard, a 34-year-old man, was wounded.", '2022-08-10'],
    ["The 34-year-old bodyguard of Kemal Arslan was wounded.", '2022-08-10'],
    ['Kemal Arslan said a 64-year-old man was killed in the strike.', '2022-08-10'],
    ['Kemal Arslan, whose 64-year-old brother was arrested, said he would appeal.', '2022-08-10'],
    // Numbers after the name that are not ages.
    ['The strike was condemned by Kemal Arslan, the president, 64 lawmakers and the army.', '2022-08-10'],
  ];
  for (const [body, published] of notRaised) {
    test(`not raised: ${body}`, () => assert.deepEqual(found('person-age-mismatch', body, published), []));
  }

  test('a birth year only: an age outside the two it can give is reported with both', () => {
    const run = personDiagnostics('Hadi Saleh, the 63-year-old chairman, said the PMF would stay.', '2021-12-09', gazetteer);
    const ages = run.diagnostics.filter((d) => d.code === 'person-age-mismatch');
    assert.equal(ages.length, 1);
    assert.match(ages[0].message, /born in 1956, so 64 or 65 on 2021-12-09$/);
  });
});

describe('person-role-mismatch: a title in apposition with no organisation part', () => {
  test('"X, the National Security Adviser," after the role ended: the whole title is replaced', () => {
    const run = personDiagnostics('Hadi Saleh, the National Security Adviser, told reporters the PMF would stay.', '2021-12-09', gazetteer);
    const roles = run.diagnostics.filter((d) => d.code === 'person-role-mismatch');
    assert.equal(roles.length, 1);
    assert.equal(run.textOf(roles[0].span), 'National Security Adviser');
    assert.equal(run.textOf(roles[0].data?.titleSpan as { start: number; end: number }), 'National Security Adviser');
    assert.equal(roles[0].data?.replacement, 'Chairman');
    assert.match(roles[0].message, /calls Hadi Saleh 'National Security Adviser', but on 2021-12-09 .* has him as Chairman of the Popular Mobilization Forces$/);
  });

  const raised: Array<[string, string]> = [
    ['Hadi Saleh, National Security Adviser, said the PMF would stay.', 'National Security Adviser'],
    ['Hadi Saleh, the Iraqi National Security Adviser, said the PMF would stay.', 'National Security Adviser'],
    // A bare known title word is compared.
    ['Hadi Saleh, the adviser, said the PMF would stay.', 'adviser'],
    ['Kemal Arslan, the deputy leader, said Ankara would act.', 'deputy leader'],
  ];
  for (const [body, span] of raised) {
    test(`raised: ${body}`, () => assert.deepEqual(found('person-role-mismatch', body, '2021-12-09'), [span]));
  }

  const notRaised: Array<[string, string]> = [
    // The role held on the date.
    ['Hadi Saleh, the National Security Adviser, told reporters the PMF would stay.', '2019-05-01'],
    ['Hadi Saleh, the Popular Mobilization Committee Chairman, said the PMF would stay.', '2021-12-09'],
    // Not a title: an unknown noun, lower-case words before a title word, a description.
    ['Hadi Saleh, the negotiator, said the PMF would stay.', '2021-12-09'],
    ['Kemal Arslan, the 64-year-old leader who has threatened a new incursion, said Ankara would act.', '2022-08-10'],
    ['Hadi Saleh, the Baghdad-born cleric, said the PMF would stay.', '2021-12-09'],
    // Capitalised words before a lower-case title word are not taken into the title.
    ['Hadi Saleh, the Shiite Coordination Framework ally, said the PMF would stay.', '2021-12-09'],
    // "leader" and "head" alone name whoever heads a body.
    ['Kemal Arslan, the Turkish leader, said Ankara would act.', '2022-08-10'],
    ['Turkish leader Kemal Arslan said Ankara would act.', '2022-08-10'],
    ['Kemal Arslan, the leader of Turkey, said Ankara would act.', '2022-08-10'],
    ['Kemal Arslan, head of the Turkish government, said Ankara would act.', '2012-08-10'],
    ['PMF leader Hadi Saleh said the force would stay.', '2021-12-09'],
    // A title followed by another name belongs to that name.
    ['Kemal Arslan met Hadi Saleh, National Security Adviser Qasim Araji and others.', '2022-08-10'],
  ];
  for (const [body, published] of notRaised) {
    test(`not raised: ${body}`, () => assert.deepEqual(found('person-role-mismatch', body, published), []));
  }

  test('"leader" alone is still compared: a spokeswoman is not the leader', () => {
    assert.deepEqual(found('person-role-mismatch', 'PMF leader Rana Khalil said the force would stay.', '2021-12-09'), ['leader']);
  });
});
