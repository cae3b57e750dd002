// A person named in full once and by the family name afterwards, as wire copy writes them. Each
// row is an article body and the person mentions a reader would see (text → id), in order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle, prepareGazetteer } from '../../../server/src/core/analyze';
import { withDefaults } from '../../../server/src/core/settings';
import { forEachRunOpenedBy, runEnd } from '../../../server/src/core/persons/surnameReferences';

// Fictional officials and one fictional organisation named after a person.
const loaded = prepareGazetteer([{ uri: 'file:///w/gazetteer.yaml', text: `persons:
  miles-garrow:
    name: Miles Garrow
    born: 1960-05-01
    roles:
      - { title: Defense Secretary, org: united-states, from: 2015-02-17 }
  nabil-al-hariri:
    name: Nabil al-Hariri
    roles:
      - { title: Foreign Minister, org: iraq, from: 2014-09-08 }
  dana-garrow:
    name: Dana Garrow
organizations:
  garrow-institute:
    name: Garrow Institute
places:
  iraq: { name: Iraq, type: country }
  united-states: { name: United States, type: country, aliases: [U.S.] }
` }]);

function persons(body: string): string[] {
  const analysis = analyzeArticle({ uri: 'file:///w/a.news.md', text: `---\ntitle: T\npublished: 2015-10-01\n---\n${body}\n` }, loaded, withDefaults({}));
  return analysis.entities.filter((e) => e.kind === 'person').map((e) => `${e.text} → ${e.id}`);
}

const ROWS: [string, string, string[]][] = [
  ['a family name after the full name is that person',
    'U.S. Defense Secretary Miles Garrow said on Wednesday the strikes missed. Garrow said talks would follow.',
    ['Miles Garrow → miles-garrow', 'Garrow → miles-garrow']],
  ['possessive, title before it, a weekday after it',
    "Miles Garrow flew to Baghdad. Garrow's aides said Secretary Garrow Tuesday met officials. But Garrow left.",
    ['Miles Garrow → miles-garrow', 'Garrow → miles-garrow', 'Garrow → miles-garrow', 'Garrow → miles-garrow']],
  ['after a sentence that ends in a name, and after Mr.',
    'Miles Garrow flew to Baghdad. Garrow spoke, and Mr. Garrow left.',
    ['Miles Garrow → miles-garrow', 'Garrow → miles-garrow', 'Garrow → miles-garrow']],
  ['an Arabic family name without its article',
    'Foreign Minister Nabil al-Hariri arrived. Hariri said the border would reopen, and al-Hariri later agreed. Al-Hariri, 52, left.',
    ['Nabil al-Hariri → nabil-al-hariri', 'Hariri → nabil-al-hariri', 'al-Hariri → nabil-al-hariri', 'Al-Hariri → nabil-al-hariri']],
  // Must not: before the full name, another first name, a longer name, a shared family name.
  ['not before the full name', 'Garrow arrived first. Then Miles Garrow spoke.', ['Miles Garrow → miles-garrow']],
  ['not after another first name or an initial', 'Miles Garrow met envoys. Jordan Garrow, a cousin, and R. Garrow were not there.', ['Miles Garrow → miles-garrow']],
  ['not as part of a longer name', 'Miles Garrow spoke at the Garrow Library, not the Garrow Institute.', ['Miles Garrow → miles-garrow']],
  ['not when two persons of the article share it', 'Miles Garrow and Dana Garrow arrived. Garrow spoke first.',
    ['Miles Garrow → miles-garrow', 'Dana Garrow → dana-garrow']],
  ['not lower case or inside a word', 'Miles Garrow spoke. The garrow and Garrowsmith are unrelated.', ['Miles Garrow → miles-garrow']],
];

describe('family names on second reference', () => {
  for (const [name, body, expected] of ROWS) {
    test(name, () => assert.deepEqual(persons(body), expected));
  }

  test('a family name alone is checked like the full name: its age and its title', () => {
    const codes = (body: string) => analyzeArticle({ uri: 'file:///w/a.news.md', text: `---\ntitle: T\npublished: 2015-10-01\n---\n${body}\n` }, loaded, withDefaults({}))
      .diagnostics.filter((d) => d.code.startsWith('person-')).map((d) => `${d.code}: ${d.message.slice(0, 40)}`);
    assert.deepEqual(codes('Miles Garrow arrived. The 55-year-old Garrow said the talks went well. Defense Secretary Garrow left.'), []);
    const wrong = codes('Miles Garrow arrived. The 52-year-old Garrow spoke. Foreign Minister Garrow left.');
    assert.equal(wrong.length, 2, wrong.join('\n'));
    assert.match(wrong[0], /^person-age-mismatch/);
    assert.match(wrong[1], /^person-role-mismatch/);
  });

  test('a linked family name is no entity-candidate hint, and mentions stay in text order', () => {
    const analysis = analyzeArticle({ uri: 'file:///w/a.news.md', text: '---\ntitle: T\npublished: 2015-10-01\n---\nMiles Garrow spoke in Iraq. Defense Secretary Garrow said Iraq agreed.\n' }, loaded, withDefaults({}));
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'entity-candidate').map((d) => d.message), []);
    const starts = analysis.entities.map((e) => e.span.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  test('the runs of name characters are the maximal matches of [\\p{L}\\p{N}\'’-]+, astral letters and lone surrogates included', () => {
    // Seeded pseudo-random texts over a small alphabet that holds every kind of boundary.
    const alphabet = ['a', 'Z', '7', "'", '\u2019', '-', ' ', '.', 'é', 'Ж', 'ب', '٣', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '\u2010', '_', '\n'];
    let seed = 20261207;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let run = 0; run < 2000; run++) {
      let text = '';
      for (let i = 0, n = Math.floor(random() * 24); i < n; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected: string[] = [];
      for (const m of text.matchAll(/[\p{L}\p{N}'\u2019-]+/gu)) expected.push(`${m.index}:${m[0]}`);
      const got: string[] = [];
      for (let start = 0; start < text.length;) {
        const end = runEnd(text, start);
        if (end === start) start++;
        else {
          got.push(`${start}:${text.slice(start, end)}`);
          start = end;
        }
      }
      assert.deepEqual(got, expected, JSON.stringify(text));
    }
  });

  test('the scan visits exactly the runs that start after `from`, outside the spans passed over, with a flagged first unit', () => {
    // Against the same RegExp on seeded texts: the scan skips characters by a table and jumps
    // over spans, so a run start must never be missed or invented (inside a run, after an
    // astral letter, at a lone surrogate, at the edge of a span).
    const alphabet = ['a', 'Z', 'Q', '7', "'", '\u2019', '-', ' ', '.', 'Ж', '\u0301', '𝐀', '\ud800', '\udc00', '\n'];
    let seed = 20261208;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const openers = new Uint8Array(65536);
    for (const c of ['Z', 'Q', 'Ж', '\ud835', "'"]) openers[c.charCodeAt(0)] = 1;
    for (let run = 0; run < 3000; run++) {
      let text = '';
      for (let i = 0, n = Math.floor(random() * 30); i < n; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const from = Math.floor(random() * 4);
      const passOver: { span: { start: number; end: number } }[] = [];
      for (let at = 0; at < text.length; at += 1 + Math.floor(random() * 8)) {
        if (random() < 0.3) passOver.push({ span: { start: at, end: at + Math.floor(random() * 6) } });
      }
      const refused = Math.floor(random() * 30); // mayOpen says no at this offset
      const expected: string[] = [];
      // The runs of the text as read from `from` (a run cut by `from` starts there).
      for (const m of text.slice(from).matchAll(/[\p{L}\p{N}'\u2019-]+/gu)) {
        const start = from + m.index!;
        if (openers[text.charCodeAt(start)] === 0 || start === refused) continue;
        if (passOver.some((p) => p.span.start <= start && start < p.span.end)) continue;
        expected.push(`${start}:${m[0]}`);
      }
      const got: string[] = [];
      forEachRunOpenedBy(text, { from, openers, passOver, mayOpen: (at) => at !== refused }, (start, end) => got.push(`${start}:${text.slice(start, end)}`));
      assert.deepEqual(got, expected, JSON.stringify({ text, from, passOver, refused }));
    }
  });

  test('family names in other scripts and after accented letters are read as whole runs', () => {
    const cyrillic = prepareGazetteer([{ uri: 'file:///w/g.yaml', text: 'persons:\n  ivan-zhukov:\n    name: Ivan Жуков\n' }]);
    const mentions = (body: string) => analyzeArticle({ uri: 'file:///w/a.news.md', text: `---\ntitle: T\npublished: 2015-10-01\n---\n${body}\n` }, cyrillic, withDefaults({}))
      .entities.filter((e) => e.kind === 'person').map((e) => e.text);
    assert.deepEqual(mentions('Ivan Жуков arrived. Later Жуков spoke.'), ['Ivan Жуков', 'Жуков']);
    // Must not: the name inside a longer run of letters, accented or not.
    assert.deepEqual(mentions('Ivan Жуков arrived. Later éЖуков and Жуковa spoke.'), ['Ivan Жуков']);
  });
});
