// Descriptive titles ("leader", "chief", "envoy" written alone) fit a kind of office; formal
// titles (capitalised before or after a name, not at a sentence start) name one office, grade
// included. Each rule with sentences where it must not fire.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gazetteerFrom, personDiagnostics } from './inputs';

const gazetteer = gazetteerFrom(`organizations:
  united-nations:
    name: United Nations
    aliases: [UN, U.N.]
  al-amal-movement:
    name: al-Amal Movement
    aliases: [al-Amal]
  nato:
    name: NATO
  the-front:
    name: The Front
    aliases: [Front]
places:
  veloria:
    name: Veloria
    type: country
    demonyms: [Velorian]
persons:
  sami-darwish:
    name: Sami Darwish
    gender: male
    roles:
      - { title: Leader, org: the-front, from: 2017, to: 2025-01-29 }
      - { title: President, org: veloria, from: 2025-01-29 }
  rana-haddad:
    name: Rana Haddad
    gender: female
    roles:
      - { title: Secretary-General, org: al-amal-movement, from: 2011-03-01, to: 2024-05-30 }
  omar-saleh:
    name: Omar Saleh
    gender: male
    roles:
      - { title: Deputy Secretary-General, org: al-amal-movement, from: 2009, to: 2024-06-14 }
      - { title: Secretary-General, org: al-amal-movement, from: 2024-06-15 }
  ingrid-moller:
    name: Ingrid Moller
    gender: female
    roles:
      - { title: Special Representative for Libya, org: united-nations, from: 2022-02-01, to: 2024-12-31 }
  david-osei:
    name: David Osei
    gender: male
    roles:
      - { title: Under-Secretary-General for Political Affairs, org: united-nations, from: 2021-05-01 }
  karim-nassar:
    name: Karim Nassar
    gender: male
    roles:
      - { title: Spokesman, org: al-amal-movement, from: 2015 }
  lena-berg:
    name: Lena Berg
    gender: female
    roles:
      - { title: Director, org: nato, from: 2010, to: 2018 }
      - { title: President, org: nato, from: 2019 }
`);

function roleMismatches(body: string, published: string) {
  const run = personDiagnostics(body, published, gazetteer);
  return run.diagnostics.filter((d) => d.code === 'person-role-mismatch').map((d) => ({ text: run.textOf(d.span), replacement: d.data?.replacement }));
}

describe('descriptive titles fit the kind of office held', () => {
  test('a head word for whoever heads the body, whatever the office is called', () => {
    for (const body of [
      'Al-Amal leader Rana Haddad said on Monday the talks had failed.',
      'The al-Amal chief, Rana Haddad, said on Monday the talks had failed.',
      'Rana Haddad, head of al-Amal, said on Monday the talks had failed.',
      'U.N. political chief David Osei told the council on Monday that the truce held.',
    ]) assert.deepEqual(roleMismatches(body, '2023-10-02'), [], body);
  });

  test('an envoy for a special representative', () => {
    assert.deepEqual(roleMismatches('UN envoy Ingrid Moller arrived in Tripoli on Sunday.', '2023-04-17'), []);
    assert.deepEqual(roleMismatches('The U.N. special envoy, Ingrid Moller, arrived in Tripoli on Sunday.', '2023-04-17'), []);
  });

  test('must still fire: a head word for a deputy or a spokesman, an envoy for a head', () => {
    assert.equal(roleMismatches('Al-Amal leader Omar Saleh said on Monday the talks had failed.', '2023-10-02').length, 1);
    assert.equal(roleMismatches('Al-Amal chief Karim Nassar said on Monday the talks had failed.', '2023-10-02').length, 1);
    assert.equal(roleMismatches('Al-Amal envoy Rana Haddad said on Monday the talks had failed.', '2023-10-02').length, 1);
  });

  test('"former" with a head word is right once one of the heading offices has ended', () => {
    // Director until 2018, President since: "former chief" refers to the directorship.
    assert.deepEqual(roleMismatches('Former NATO chief Lena Berg spoke in Brussels on Monday.', '2023-10-02'), []);
    // Only one heading office, still held: "former" is wrong.
    assert.equal(roleMismatches('Former al-Amal leader Rana Haddad spoke in Beirut on Monday.', '2023-10-02').length, 1);
  });
});

describe('a title naming an organisation whose role has ended', () => {
  test('is stale once the person heads something else', () => {
    const found = roleMismatches('Front leader Sami Darwish signed the decree on Monday.', '2025-03-11');
    assert.equal(found.length, 1);
  });
  test('must not fire: while the role is held, or for the office now held', () => {
    assert.deepEqual(roleMismatches('Front leader Sami Darwish signed the decree on Monday.', '2024-11-11'), []);
    assert.deepEqual(roleMismatches('Velorian leader Sami Darwish signed the decree on Monday.', '2025-03-11'), []);
  });
});

describe('formal titles name one office, grade included', () => {
  test('a capitalised title that drops the deputy grade is another office', () => {
    const found = roleMismatches('Al-Amal Secretary-General Omar Saleh said on Tuesday the group backed the talks.', '2024-03-12');
    assert.deepEqual(found, [{ text: 'Secretary-General', replacement: 'Deputy Secretary-General' }]);
    const after = roleMismatches('Omar Saleh, Secretary-General of al-Amal, said on Tuesday the group backed the talks.', '2024-03-12');
    assert.equal(after.length, 1);
  });

  test('must not fire: the office once held, the full grade written, a lower-case description', () => {
    assert.deepEqual(roleMismatches('Al-Amal Secretary-General Omar Saleh said on Tuesday the group backed the talks.', '2024-07-02'), []);
    assert.deepEqual(roleMismatches('Al-Amal Deputy Secretary-General Omar Saleh said on Tuesday the group backed the talks.', '2024-03-12'), []);
    // Lower case: a description, which may stand for the deputy.
    assert.deepEqual(roleMismatches('The movement’s secretary-general Omar Saleh said on Tuesday the group backed the talks.', '2024-03-12'), []);
  });

  test('a capital at the start of a sentence or after a dateline dash says nothing', () => {
    assert.deepEqual(roleMismatches('Secretary-General Omar Saleh said on Tuesday the group backed the talks.', '2024-03-12'), []);
    assert.deepEqual(roleMismatches('BEIRUT (Wire) - Secretary-General Omar Saleh said on Tuesday the group backed the talks.', '2024-03-12'), []);
  });
});
