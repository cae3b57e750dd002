import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { buildEntityMatcher } from '../../../server/src/core/entities/entityMatcher';
import { GAZETTEER_URI, testGazetteer } from './testGazetteer';

const gazetteer = testGazetteer();
const matcher = buildEntityMatcher(gazetteer);
const HEAD = '---\npublished: 2020-01-10\n---\n';

function find(body: string, head = HEAD) {
  const article = parseArticle({ uri: 'file:///w/a.news.md', text: head + body });
  const { mentions, diagnostics } = matcher.find(article);
  return { article, mentions, diagnostics };
}
/** `text=id` for every mention, in order. */
function found(body: string, head = HEAD): string[] {
  return find(body, head).mentions.map((m) => `${m.text}=${m.id ?? (m.candidates.length ? m.candidates.join('|') : `?${m.kind}`)}`);
}

describe('entity matching', () => {
  test('the gazetteer under test loads cleanly apart from the intended collision', () => {
    assert.deepEqual(gazetteer.diagnostics.map((d) => d.code), ['gazetteer-alias-collision']);
  });

  test('finds names and aliases with spans into the whole file', () => {
    const { article, mentions } = find('Daesh fighters attacked Ain al-Asad, west of Baghdad.\n');
    assert.deepEqual(mentions.map((m) => [m.id, m.kind, article.text.slice(m.span.start, m.span.end)]), [
      ['islamic-state', 'organization', 'Daesh'],
      ['ain-al-asad', 'base', 'Ain al-Asad'],
      ['baghdad', 'place', 'Baghdad'],
    ]);
    assert.ok(mentions.every((m) => !m.explicit && m.candidates.length === 0));
  });

  test('acronym aliases match only in capitals; lower-case words never do', () => {
    assert.deepEqual(found('The IS group is weaker, and it is up to us to help the US.\n'), ['IS=islamic-state', 'US=united-states']);
    assert.deepEqual(found('Is it true? Us and them. Isis is a name too.\n'), []);
    assert.deepEqual(found('The JOC said the Joint Operations Command and joint operations command agree.\n'), [
      'JOC=joint-operations-command', 'Joint Operations Command=joint-operations-command', 'joint operations command=joint-operations-command',
    ]);
  });

  test('case is ignored for ordinary names, also in headlines in capitals', () => {
    assert.deepEqual(found('# IRAQ AND SYRIA TALK\n\nofficials in baghdad agreed.\n'), ['IRAQ=iraq', 'SYRIA=syria', 'baghdad=baghdad']);
  });

  test('dotted acronyms match their plain alias and the span covers the dots', () => {
    const { article, mentions } = find('The U.S. and the U.S-backed forces, like U.S.-led units, met the US.\n');
    assert.deepEqual(mentions.map((m) => article.text.slice(m.span.start, m.span.end)), ['U.S.', 'U.S', 'U.S.', 'US']);
    assert.ok(mentions.every((m) => m.id === 'united-states'));
  });

  test('hyphen, dash, space and apostrophe variants fold', () => {
    assert.deepEqual(found('Al Asad Airbase, Ain al Asad, Ain Al-Asad, Ain al‐Asad, ain al–asad, Ma\'arrat Nusaybin and Ma’arrat Nusaybin.\n'), [
      'Al Asad Airbase=ain-al-asad', 'Ain al Asad=ain-al-asad', 'Ain Al-Asad=ain-al-asad', 'Ain al‐Asad=ain-al-asad', 'ain al–asad=ain-al-asad',
      'Ma\'arrat Nusaybin=nusaybin', 'Ma’arrat Nusaybin=nusaybin',
    ]);
  });

  test('a possessive matches, and the span stops before the apostrophe', () => {
    const { article, mentions } = find("Iraq's army and Syria’s border; Soleimani's death.\n");
    assert.deepEqual(mentions.map((m) => [m.id, article.text.slice(m.span.start, m.span.end)]), [
      ['iraq', 'Iraq'], ['syria', 'Syria'], ['qasem-soleimani', 'Soleimani'],
    ]);
  });

  test('words must match whole: no match inside a longer word', () => {
    assert.deepEqual(found('Iraqis, Syrian and Baghdadi fighters; the USA.\n'), ['USA=united-states']);
  });

  test('the longest name wins over the shorter names inside it', () => {
    assert.deepEqual(found('The Ain al-Asad Air Base, the United States of America, Sami Rahman and Rahman.\n'), [
      'Ain al-Asad Air Base=ain-al-asad', 'United States of America=united-states', 'Sami Rahman=sami-rahman', 'Rahman=rahman-foundation',
    ]);
  });

  test('a name does not run across sentence punctuation', () => {
    assert.deepEqual(found('He met Sami. Rahman left. Forces in the US. Army units stayed.\n'), ['Rahman=rahman-foundation', 'US=united-states']);
  });

  test('demonyms of places are mentions of the place', () => {
    assert.deepEqual(found('Iraqi forces took over.\n'), ['Iraqi=iraq']);
  });

  test('a name shared by two entries is ambiguous, with both as candidates', () => {
    const { article, mentions, diagnostics } = find('Troops crossed into Jordan on Monday.\n');
    assert.equal(mentions.length, 1);
    assert.equal(mentions[0].id, null);
    assert.equal(mentions[0].kind, 'place');
    assert.deepEqual(mentions[0].candidates.sort(), ['jordan', 'jordan-valley']);
    assert.equal(diagnostics.length, 1);
    const d = diagnostics[0];
    assert.equal(d.code, 'entity-ambiguous');
    assert.equal(d.severity, 'information');
    assert.equal(article.text.slice(d.span.start, d.span.end), 'Jordan');
    assert.match(d.message, /Jordan \(jordan\)/);
    assert.match(d.message, /Jordan Valley \(jordan-valley\)/);
    const candidates = d.data?.candidates as Array<{ id: string; name: string; uri: string; span: { start: number; end: number } }>;
    assert.deepEqual(candidates.map((c) => c.id).sort(), ['jordan', 'jordan-valley']);
    const yaml = gazetteer.files[0].text;
    for (const c of candidates) {
      assert.equal(c.uri, GAZETTEER_URI);
      assert.equal(yaml.slice(c.span.start, c.span.end), c.id);
    }
    assert.equal(d.related?.length, 2);
  });

  test('the longer, unambiguous name is not ambiguous', () => {
    const { mentions, diagnostics } = find('Farms in the Jordan Valley dried up.\n');
    assert.deepEqual(mentions.map((m) => m.id), ['jordan-valley']);
    assert.deepEqual(diagnostics, []);
  });

  test('explicit annotations win: they are mentions and nothing overlaps them', () => {
    const { article, mentions, diagnostics } = find('[The spokesman of the JOC]{@tahsin-al-khafaji} met [Rahman]{.person} in [Iraq]{@iraq} and Syria.\n');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(mentions.map((m) => [m.text, m.id, m.kind, m.explicit]), [
      ['The spokesman of the JOC', 'tahsin-al-khafaji', 'person', true],
      ['Rahman', null, 'person', true],
      ['Iraq', 'iraq', 'place', true],
      ['Syria', 'syria', 'place', false],
    ]);
    assert.equal(article.text.slice(mentions[0].span.start, mentions[0].span.end), 'The spokesman of the JOC');
  });

  test('a name that would reach into an annotation takes its shorter form or none', () => {
    assert.deepEqual(found('Ain al-Asad [Air Base]{.base} and Sami [Rahman]{@rahman-foundation}.\n'), [
      'Air Base=?base', 'Rahman=rahman-foundation', 'Ain al-Asad=ain-al-asad',
    ]);
  });

  test('figure and date annotations do not hide the names inside them', () => {
    assert.deepEqual(found('[Over 5,000 US troops]{figure=us-troops-iraq} left Iraq on [Friday]{date=2020-01-03}.\n'), [
      'US=united-states', 'Iraq=iraq',
    ]);
  });

  test('an unknown id is an error on the id with the nearest ids', () => {
    const { article, mentions, diagnostics } = find('Said [the spokesman]{@tahsin-al-khafagi} and [it]{@us-troops-iraq}.\n');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, article.text.slice(d.span.start, d.span.end)]), [
      ['entity-unknown-id', 'error', 'tahsin-al-khafagi'],
      ['entity-unknown-id', 'error', 'us-troops-iraq'],
    ]);
    assert.equal(diagnostics[0].data?.id, 'tahsin-al-khafagi');
    assert.deepEqual((diagnostics[0].data?.nearest as string[])[0], 'tahsin-al-khafaji');
    assert.ok((diagnostics[0].data?.nearest as string[]).length <= 3);
    assert.match(diagnostics[1].message, /is a figure/);
    assert.deepEqual(mentions.map((m) => [m.text, m.id, m.explicit]), [['the spokesman', null, true], ['it', null, true]]);
  });

  test('an unknown figure key is an error on the key, with the nearest figure keys', () => {
    const { article, diagnostics } = find('The [5,000 soldiers]{figure=us-troops-irak} and [Iraq]{figure=iraq} stayed.\n');
    assert.deepEqual(diagnostics.map((d) => [d.code, article.text.slice(d.span.start, d.span.end), d.data?.kind]), [
      ['entity-unknown-id', 'us-troops-irak', 'figure'],
      ['entity-unknown-id', 'iraq', 'figure'],
    ]);
    assert.deepEqual(diagnostics[0].data?.nearest, ['us-troops-iraq']);
    assert.match(diagnostics[1].message, /is an entity \(place\), not a figure/);
  });

  test('a known figure key raises nothing', () => {
    assert.deepEqual(find('The [5,000 soldiers]{figure=us-troops-iraq} stayed.\n').diagnostics, []);
  });

  test('markup, code, links and front matter never match', () => {
    const head = '---\ntitle: Iraq and Syria\npublished: 2020-01-10\n---\n';
    const body = 'Code `Iraq` and <!-- Syria --> and [a link](https://example.org/baghdad) and https://iraq.example.org/.\n';
    assert.deepEqual(found(body, head), []);
  });

  test('finds a name right after the front matter and at the very end without a newline', () => {
    const { article, mentions } = find('Baghdad', '---\npublished: 2020-01-10\n---\n');
    assert.deepEqual(mentions.map((m) => [m.id, m.span.start, m.span.end]), [['baghdad', article.bodyStart, article.text.length]]);
    assert.deepEqual(found('Iraq\nand Syria'), ['Iraq=iraq', 'Syria=syria']);
  });

  test('non-ASCII text: Arabic names, accents, curly quotes and emoji keep UTF-16 offsets', () => {
    const body = '🇮🇶 Crowds in بغداد and “Erbil” (Hewler, Hewlêr) 🎉 cheered Iraq.\n';
    const { article, mentions } = find(body);
    assert.deepEqual(mentions.map((m) => [m.id, article.text.slice(m.span.start, m.span.end)]), [
      ['baghdad', 'بغداد'], ['erbil', 'Erbil'], ['erbil', 'Hewler'], ['erbil', 'Hewlêr'], ['iraq', 'Iraq'],
    ]);
    const iraq = mentions[mentions.length - 1];
    assert.equal(iraq.span.start, article.text.indexOf('Iraq'));
  });

  test('a name may wrap onto the next line but not across a paragraph', () => {
    assert.deepEqual(found('They reached Ain\nal-Asad.\n\nThen Ain\n\nal-Asad.\n'), ['Ain\nal-Asad=ain-al-asad']);
  });

  test('an empty gazetteer matches nothing and an empty article is fine', () => {
    const empty = buildEntityMatcher(testGazetteer('places: {}\n'));
    const article = parseArticle({ uri: 'file:///w/a.news.md', text: 'Iraq and Syria.' });
    assert.deepEqual(empty.find(article).mentions, []);
    assert.deepEqual(matcher.find(parseArticle({ uri: 'file:///w/b.news.md', text: '' })), { mentions: [], diagnostics: [] });
  });

  test('a 100,000-entry gazetteer still resolves each name to its own entry', () => {
    // Built as objects, not YAML: this is about the matcher at scale, not about the loader.
    const entities = new Map(gazetteer.entities);
    for (let i = 0; i < 100_000; i++) {
      const id = `generated-${i}`;
      const location = { uri: GAZETTEER_URI, keySpan: { start: 0, end: 1 }, entrySpan: { start: 0, end: 1 } };
      entities.set(id, { id, kind: 'person', name: `Person Number ${i} Qadir`, aliases: [`PN${i}`], location, fields: {} });
    }
    const big = buildEntityMatcher({ entities, files: [], diagnostics: [] });
    const article = parseArticle({ uri: 'file:///w/a.news.md', text: HEAD + 'Person Number 73105 Qadir met PN99999 and pn5 in Iraq.\n' });
    assert.deepEqual(big.find(article).mentions.map((m) => `${m.text}=${m.id}`), [
      'Person Number 73105 Qadir=generated-73105', 'PN99999=generated-99999', 'Iraq=iraq',
    ]);
  });

  test('junk input does not throw', () => {
    const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    const article = parseArticle({ uri: 'file:///w/junk.news.md', text: junk + '[[[[{{{{`````' + '['.repeat(5000) });
    const result = matcher.find(article);
    assert.ok(Array.isArray(result.mentions));
  });
});
