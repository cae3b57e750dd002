import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';

const HEAD = '---\npublished: 2020-08-20\n---\n';
const parse = (body: string) => parseArticle({ uri: 'file:///w/a.news.md', text: HEAD + body });
const residueDiagnostics = (body: string) => parse(body).diagnostics.filter((d) => d.code === 'scrape-residue');
const deleteSpanOf = (d: { data?: Record<string, unknown> }) => d.data?.deleteSpan as { start: number; end: number };

const ARTICLE_LINES = [
  'The coalition will hand several sites to Iraqi forces, officials said on Thursday.',
  'More than 60 countries still back the mission, a military spokesman told reporters.',
  'Its aircraft have also struck targets in Syria..',
];
const TEASERS = [
  'Foreign Minister R Kumar stressed the role of women in growth, linking it to the…',
  'The 12th round of a joint border exercise, now under way in the hills,…',
  'President-elect Jane Doe said on Friday (local time) that talks are being planned…',
];

describe('scrape residue', () => {
  test('teaser lines after the article are one information diagnostic over the run', () => {
    const body = [...ARTICLE_LINES, ...TEASERS].join('\n');
    const a = parse(body);
    const [d] = a.diagnostics.filter((x) => x.code === 'scrape-residue');
    assert.ok(d);
    assert.equal(d.severity, 'information');
    assert.equal(a.text.slice(d.span.start, d.span.end), TEASERS.join('\n'));
    assert.deepEqual(a.residue.map((s) => a.text.slice(s.start, s.end)), TEASERS);
    const del = deleteSpanOf(d);
    const fixed = a.text.slice(0, del.start) + a.text.slice(del.end);
    assert.equal(fixed, HEAD + ARTICLE_LINES.join('\n') + '\n');
  });

  test('blank lines and a "RELATED" block with links and a comment form are residue too', () => {
    const tail = ['', 'RELATED', '', '- [Troops leave a second base](https://example.org/a)', '- [Talks on the timetable](https://example.org/b)', '',
      'Leave a comment', 'Your email address will not be published. Required fields are marked *', 'Share on Facebook', ''];
    const body = ARTICLE_LINES.join('\n') + '\n' + tail.join('\n');
    const a = parse(body);
    const [d] = a.diagnostics.filter((x) => x.code === 'scrape-residue');
    assert.ok(d);
    assert.equal(a.text.slice(d.span.start, d.span.start + 7), 'RELATED');
    assert.ok(a.text.slice(d.span.start, d.span.end).endsWith('Share on Facebook'));
    const del = deleteSpanOf(d);
    assert.equal(a.text.slice(0, del.start) + a.text.slice(del.end), HEAD + ARTICLE_LINES.join('\n') + '\n');
  });

  test('a single "Read more" line is enough', () => {
    const body = ARTICLE_LINES.join('\n') + '\n\nRead more: Coalition plans a new timetable\n';
    assert.equal(residueDiagnostics(body).length, 1);
  });

  test('a teaser glued to the last line after ".." is split off', () => {
    const body = ARTICLE_LINES.slice(0, 2).join('\n') + '\nIts aircraft have also struck targets in Syria..' + TEASERS[0] + '\n' + TEASERS[1] + '\n';
    const a = parse(body);
    const [d] = a.diagnostics.filter((x) => x.code === 'scrape-residue');
    assert.ok(d);
    assert.equal(a.text.slice(d.span.start, d.span.start + 16), 'Foreign Minister');
    const del = deleteSpanOf(d);
    const fixed = a.text.slice(0, del.start) + a.text.slice(del.end);
    assert.ok(fixed.endsWith('targets in Syria.'));
  });

  test('an ellipsis inside the article, or one trailing line, is not residue', () => {
    const inside = 'The envoy said talks were … difficult, but went on.\nTroops will leave next week.\n';
    assert.deepEqual(residueDiagnostics(inside), []);
    const midParagraph = 'He listed the sites…\nthen left the room.\nThe base is now empty.\n';
    assert.deepEqual(residueDiagnostics(midParagraph), []);
    const oneTrailing = 'Troops will leave next week.\nAsked about the timetable, he said only that…\n';
    assert.deepEqual(residueDiagnostics(oneTrailing), []);
    assert.deepEqual(parse(oneTrailing).residue, []);
  });

  test('an article sentence that mentions "read more" is not residue', () => {
    const body = 'Officials urged citizens to read more about the handover.\nThe base is now empty.\n';
    assert.deepEqual(residueDiagnostics(body), []);
  });

  test('residue lines are blanked for the other recognisers, the article lines are not', () => {
    const body = [...ARTICLE_LINES, ...TEASERS].join('\n');
    const a = parse(body);
    const articleText = ARTICLE_LINES.join('\n');
    const bodyMasked = a.maskedText.slice(a.bodyStart);
    assert.equal(bodyMasked.slice(0, articleText.length), articleText);
    assert.match(bodyMasked.slice(articleText.length), /^[ \n]*$/);
    assert.equal(a.maskedText.length, a.text.length);
  });
});
