import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withDefaults } from '../../../server/src/core/settings';
import { analyze, article, codes, GAZETTEER_URI, GAZETTEER_YAML } from './helpers';

describe('figure-gazetteer-mismatch', () => {
  test('a figure that misses the value valid at its date is flagged, with both sides named', () => {
    const text = article('2021-02-10', 'Over 5,000 US troops are still deployed in Iraq, the ministry said.');
    const a = analyze(text);
    const [d] = a.diagnostics.filter((x) => x.code === 'figure-gazetteer-mismatch');
    assert.ok(d, 'expected a mismatch');
    assert.equal(d.severity, 'warning');
    assert.equal(text.slice(d.span.start, d.span.end), 'Over 5,000 US troops');
    assert.match(d.message, /"Over 5,000 US troops" \(interval \(5000, ∞\)\) on 2021-02-10/);
    assert.match(d.message, /us-troops-iraq has 2,500 as of 2021-01 \(gazetteer\.yaml:\d+\)/);
    assert.equal(d.related?.[0].uri, GAZETTEER_URI);
    const data = d.data as Record<string, any>;
    assert.equal(data.key, 'us-troops-iraq');
    assert.equal(data.value, 2500);
    assert.equal(data.asOf, '2021-01');
    assert.equal(data.replacement, '2,500');
    assert.equal(text.slice(data.numberSpan.start, data.numberSpan.end), '5,000');
    // "over 2,500" would still miss 2,500, so the fix replaces the qualifier too.
    assert.equal(text.slice(data.editSpan.start, data.editSpan.end), 'Over 5,000');
    assert.deepEqual(data.recordValue, { figureId: 'us-troops-iraq', value: 5000, as_of: '2021-02-10' });
  });

  test('the message names the source and the gazetteer line of the value', () => {
    const a = analyze(article('2020-02-01', 'Only 2,000 US troops were in Iraq, the ministry said.'));
    const [d] = a.diagnostics.filter((x) => x.code === 'figure-gazetteer-mismatch');
    const line = GAZETTEER_YAML.split('\n').findIndex((l) => l.includes('value: 5200')) + 1;
    assert.ok(d.message.endsWith(`5,200 as of 2020-01 (source https://example.org/pentagon-briefing, gazetteer.yaml:${line}).`), d.message);
  });

  test('about N keeps its qualifier in the fix', () => {
    const text = article('2021-02-10', 'About 4,000 US troops remain in Iraq.');
    const [d] = analyze(text).diagnostics.filter((x) => x.code === 'figure-gazetteer-mismatch');
    const data = d.data as Record<string, any>;
    assert.equal(text.slice(data.editSpan.start, data.editSpan.end), '4,000');
  });

  test('the brain-injury count is checked against the count of its own day', () => {
    const a = analyze(article('2020-01-25', 'The Pentagon said on Friday that 11 service members were hurt in the strike on Ain al-Asad.'));
    const [d] = a.diagnostics.filter((x) => x.code === 'figure-gazetteer-mismatch');
    assert.match(d.message, /ain-al-asad-strike-tbi has 34 as of 2020-01-24/);
    assert.equal((d.data as Record<string, any>).replacement, '34');
  });

  const mustNotFlag: [string, string, string][] = [
    ['the interval holds the value', '2020-08-20', 'Over 5,000 US troops have been deployed in Iraq.'],
    ['a bare round number covers its rounding', '2021-03-01', 'The US has 2,500 troops in Iraq.'],
    ['an older figure is checked against the older value, not a newer one', '2020-03-01', 'About 5,000 US troops are in Iraq.'],
    ['a newer value does not apply before its as_of', '2020-12-31', 'Some 3,000 US troops are in Iraq.'],
    ['the count on the day of a report', '2020-01-31', 'On January 30 the Pentagon said 64 service members had been hurt at Ain al-Asad.'],
    ['a date before the series starts', '2019-06-01', 'About 9,000 US troops were in Iraq.'],
    ['an unkeyed figure', '2021-02-10', 'About 9,000 engineers work in Iraq.'],
    ['an article without a publication date', '', 'About 9,000 US troops are in Iraq.'],
    ['the 61-country alliance: "more than 61" holds 83', '2020-08-20', 'The US-led coalition has more than 61 countries.'],
  ];
  for (const [why, published, body] of mustNotFlag) {
    test(`not flagged: ${why}`, () => assert.deepEqual(codes(analyze(article(published || null, body))), []));
  }

  test('an unknown figure= key is left to entity-unknown-id, not crashed on', () => {
    const a = analyze(article('2021-02-10', 'Over [5,000 US troops]{figure=no-such-figure} are in Iraq.'));
    assert.deepEqual(codes(a), []);
  });
});

describe('figure-document-conflict', () => {
  test('two figures of one key and date that cannot both be true', () => {
    const text = article('2021-02-10', 'About 2,500 US troops remain in Iraq. Later the minister said 4,000 US troops were in Iraq.');
    const a = analyze(text);
    const conflicts = a.diagnostics.filter((d) => d.code === 'figure-document-conflict');
    assert.equal(conflicts.length, 1);
    assert.equal(text.slice(conflicts[0].span.start, conflicts[0].span.end), '4,000 US troops');
    assert.match(conflicts[0].message, /"4,000 US troops" \(interval \[3500, 4500\]\).*"About 2,500 US troops" \(interval \[2250, 2750\]\)/);
    assert.equal(text.slice(conflicts[0].related![0].span.start, conflicts[0].related![0].span.end), 'About 2,500 US troops');
  });

  test('unkeyed figures conflict by unit, entities and verb', () => {
    const a = analyze(article('2020-05-01', 'In Syria, 40 fighters were captured near the border. Officials in Syria later said 12 fighters were captured.'), 'file:///x/b.news.md');
    assert.deepEqual(codes(a), ['figure-document-conflict']);
  });

  const mustNotFlag: [string, string, string][] = [
    ['overlapping intervals', '2021-02-10', 'About 2,500 US troops remain in Iraq. Officials said 2,600 US troops were in Iraq.'],
    ['different dates', '2020-02-25', 'On January 24 the Pentagon said 34 service members were hurt at Ain al-Asad. On February 21 the Pentagon said 110 service members were hurt at Ain al-Asad.'],
    ['different keys', '2021-02-10', 'About 2,500 US troops remain in Iraq. In Iraq and Syria, Daesh still has an estimated 10,000 fighters.'],
    ['a change stated in one sentence', '2020-01-25', 'The number of service members hurt at Ain al-Asad rose from 11 to 34 service members.'],
    ['different verbs on unkeyed counts', '2020-05-01', 'In Syria, 5 fighters were killed and 9 fighters were wounded.'],
    ['unkeyed counts of different nouns', '2020-05-01', 'In Syria, 5 fighters and 9 civilians were killed.'],
  ];
  for (const [why, published, body] of mustNotFlag) {
    test(`not flagged: ${why}`, () => assert.deepEqual(codes(analyze(article(published, body))).filter((c) => c === 'figure-document-conflict'), []));
  }
});

describe('figure-parts-exceed-total', () => {
  const mustFlag: [string, string][] = [
    ['The blast left 12 killed, including 5 soldiers and 9 civilians.', 'at least 14'],
    ['A total of 21 people were hurt, of whom 15 were soldiers and 8 were contractors.', 'at least 23'],
    ['Officials said 31 were detained, among them 25 men, 4 women and 3 teenagers.', 'at least 32'],
    ['Nearly 10 were wounded, including more than 9 soldiers and 2 medics.', 'more than 11'],
    // an abbreviation's full stop inside the sentence does not end it
    ['Clashes have killed 90 people since Aug. 27, including 25 fighters and 71 gunmen.', 'at least 96'],
  ];
  for (const [body, sum] of mustFlag) {
    test(body, () => {
      const text = article('2020-05-01', body);
      const [d] = analyze(text).diagnostics.filter((x) => x.code === 'figure-parts-exceed-total');
      assert.ok(d, 'expected figure-parts-exceed-total');
      assert.equal(d.severity, 'error');
      assert.match(d.message, new RegExp(`add up to ${sum} `));
      assert.match(d.message, /at most \d+/);
    });
  }

  const mustNotFlag: string[] = [
    'The blast left 12 killed, including 5 soldiers and 7 civilians.',
    'At least 12 were killed, including 5 soldiers and 9 civilians.',
    'About 100 people were hurt, including 60 soldiers and 45 civilians.',
    'The blast left 12 killed. Elsewhere 5 soldiers and 9 civilians were hurt.',
    'The blast left 12 killed. Including the wounded, 5 soldiers and 9 civilians were counted.',
    'The blast left 12 killed, including 5 soldiers, and destroyed 30 homes.',
    // a new verb before the number starts another count
    'The assault killed five people, including a taxi driver, and wounded 22 employees.',
    'The strikes killed 12 people, including two children, and left more than 1 million inhabitants without power.',
  ];
  for (const body of mustNotFlag) {
    test(`not flagged: ${body}`, () => {
      assert.deepEqual(codes(analyze(article('2020-05-01', body))).filter((c) => c === 'figure-parts-exceed-total'), []);
    });
  }
});

describe('settings', () => {
  test('a wider approximate tolerance lets "about N" reach the gazetteer value', () => {
    const body = 'About 3,000 US troops remain in Iraq.';
    assert.deepEqual(codes(analyze(article('2021-02-10', body))), ['figure-gazetteer-mismatch']);
    const wide = withDefaults({ figures: { approximateTolerance: 0.2 } });
    assert.deepEqual(codes(analyze(article('2021-02-10', body), undefined, wide)), []);
  });

  test('a lint setting of off silences the check', () => {
    const off = withDefaults({ lint: { 'figure-gazetteer-mismatch': 'off' } });
    assert.deepEqual(codes(analyze(article('2021-02-10', 'About 4,000 US troops remain in Iraq.'), undefined, off)), []);
  });
});
