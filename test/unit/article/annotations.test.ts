import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import type { Span } from '../../../server/src/core/types';

const HEAD = '---\npublished: 2020-01-10\n---\n';
const parse = (body: string) => parseArticle({ uri: 'file:///w/a.news.md', text: HEAD + body });
const at = (text: string, span: Span) => text.slice(span.start, span.end);

describe('annotations', () => {
  test('reads the four kinds with the spans of the whole, the text and the value', () => {
    const body = 'Said [the spokesman]{@tahsin-al-khafaji} on [last Friday]{date=2020-01-03} that '
      + '[5,000 US troops]{figure=us-troops-iraq} stay; [Mahrang Baloch]{.person} spoke too.\n';
    const a = parse(body);
    const t = a.text;
    assert.deepEqual(a.annotations.map((x) => [x.kind, x.text, x.value, at(t, x.valueSpan)]), [
      ['entity', 'the spokesman', 'tahsin-al-khafaji', 'tahsin-al-khafaji'],
      ['date', 'last Friday', '2020-01-03', '2020-01-03'],
      ['figure', '5,000 US troops', 'us-troops-iraq', 'us-troops-iraq'],
      ['class', 'Mahrang Baloch', 'person', 'person'],
    ]);
    const first = a.annotations[0];
    assert.equal(at(t, first.span), '[the spokesman]{@tahsin-al-khafaji}');
    assert.equal(at(t, first.textSpan), 'the spokesman');
  });

  test('several attributes: an id wins over a class, a figure can carry a date', () => {
    const a = parse('[Qais al-Muhammadawi]{@qais-al-muhammadawi .person} and [over 5,000 troops]{figure=us-troops-iraq date="2020-01"}.\n');
    assert.deepEqual(a.annotations.map((x) => [x.kind, x.value]), [
      ['entity', 'qais-al-muhammadawi'],
      ['figure', 'us-troops-iraq'],
      ['date', '2020-01'],
    ]);
    assert.equal(at(a.text, a.annotations[2].valueSpan), '2020-01');
  });

  test('masks the markup but keeps the annotated text at its offsets', () => {
    const body = 'Troops left [Ain al-Asad]{@ain-al-asad} on [Tuesday]{date=2020-01-07}.\n';
    const a = parse(body);
    const masked = a.maskedText.slice(a.bodyStart);
    assert.equal(masked, 'Troops left  Ain al-Asad                on  Tuesday                  .\n');
    assert.equal(a.maskedText.length, a.text.length);
  });

  test('brackets that are not annotations stay prose', () => {
    const body = 'He said "[other] countries" would help, and {this} is plain text.\n';
    const a = parse(body);
    assert.deepEqual(a.annotations, []);
    assert.equal(a.maskedText.slice(a.bodyStart), body);
  });

  test('nested annotations are both read', () => {
    const a = parse('[[Iraqi]{@iraq} counter-terrorism units]{.organization} moved.\n');
    assert.deepEqual(a.annotations.map((x) => [x.kind, x.text]), [
      ['class', '[Iraqi]{@iraq} counter-terrorism units'],
      ['entity', 'Iraqi'],
    ]);
    assert.equal(a.maskedText.slice(a.bodyStart), `  Iraqi${' '.repeat(8)} counter-terrorism units${' '.repeat(16)} moved.\n`);
  });

  test('nothing inside code spans or fenced code is an annotation or prose', () => {
    const body = [
      'Write `[Iraq]{@iraq}` to tag a name.',
      '',
      '```markdown',
      '[Baghdad]{@baghdad} in a code block',
      '```',
      '',
      'After the fence.',
      '',
    ].join('\n');
    const a = parse(body);
    assert.deepEqual(a.annotations, []);
    const masked = a.maskedText.slice(a.bodyStart);
    assert.ok(!masked.includes('Iraq'));
    assert.ok(!masked.includes('Baghdad'));
    assert.ok(masked.includes('After the fence.'));
    assert.equal(masked.split('\n').length, body.split('\n').length);
  });

  test('links keep their text; targets, images, comments, URLs and tags are blanked', () => {
    const body = 'See [the report](https://example.org/iraq-report "Iraq") and ![a map of Iraq](map.png).\n'
      + 'Raw https://example.org/baghdad/story, <b>bold</b> <!-- note about Syria --> and <https://example.org/x>.\n'
      + '[1]: https://example.org/footnote-iraq\n';
    const a = parse(body);
    const masked = a.maskedText.slice(a.bodyStart);
    assert.ok(masked.includes('See  the report '));
    for (const hidden of ['example.org', 'map of Iraq', 'Syria', '<b>', 'footnote']) assert.ok(!masked.includes(hidden), hidden);
    assert.ok(masked.includes('bold'));
    assert.ok(masked.includes('story,') === false && masked.includes(', '), 'URL blanked up to its trailing comma');
  });

  test('masking keeps every offset, also with CRLF, emoji and Arabic text', () => {
    const body = 'Crowds 🎉 in [Baghdad]{@baghdad} chanted «بغداد» `code`\r\nand more.\r\n';
    const a = parse(body);
    assert.equal(a.maskedText.length, a.text.length);
    const i = a.text.indexOf('Baghdad');
    assert.equal(a.maskedText.slice(i, i + 7), 'Baghdad');
    assert.equal(a.maskedText.indexOf('بغداد'), a.text.indexOf('بغداد'));
    assert.equal(a.maskedText.indexOf('\r\nand'), a.text.indexOf('\r\nand'));
  });

  test('an escaped bracket is not an annotation', () => {
    const a = parse('A \\[literal]{@iraq} bracket.\n');
    assert.deepEqual(a.annotations, []);
  });
});
