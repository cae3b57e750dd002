import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { classifyLine } from '../../../server/src/core/article/residueShape';

const HEAD = '---\npublished: 2021-03-02\n---\n';
const P1 = 'Rockets struck near the airport in the north of the city late on Monday, local officials said.';
const P2 = 'No group has claimed the attack, which damaged two hangars and a fuel depot, the officials added.';
const residueOf = (body: string): string[] => {
  const a = parseArticle({ uri: 'file:///w/a.news.md', text: HEAD + body });
  return a.residue.map((s) => a.text.slice(s.start, s.end));
};
/** The line between two paragraphs: residue or not. */
const between = (line: string): string[] => residueOf(`${P1}\n\n${line}\n\n${P2}\n`);

describe('credit, source, slug and end-marker lines', () => {
  for (const line of [
    'Photo by Reuters', 'Photo: Provincial press office', 'Source: Example Wire and news agencies', 'Image credit: Jane Roe',
    '(Example Agency/Omar Salem)', 'afp-kbr/tm', 'Enditem', 'end of list', 'Short Url', 'Permalink',
    'Tags: Iraq Kirkuk oil exports pipeline', 'Topics: Syria Idlib ceasefire talks',
    'Our Standards: The Example Trust Principles., opens new tab',
    'Follow Example News coverage of the region at https://example.org/hub/region',
    'The Morning Brief newsletter sends you the top stories each day. Sign up here.',
    'Follow Example News Arabic:',
  ]) {
    test(`"${line}" alone between paragraphs is residue`, () => assert.deepEqual(between(line), [line]));
  }

  // Must-not: prose, datelines, quotes and subheads that look alike stay article text.
  for (const line of [
    'KIRKUK (Reuters) -',
    '"We will rebuild," he said.',
    'Rebuilding the Northern Oil Fields',
    'Photo by photo, the archive shows how the old market was rebuilt after the war.',
    'Source: officials said the attack killed five guards.',
    'Tags: the talks will cover border security and oil.',
    'End of an era for the old refinery',
    'well-being',
    'and/or',
    '(Reuters)',
    'Officials posted the list of the missing at https://example.org/list on Monday.',
    'Residents were told to register at the town hall. Ask here.',
  ]) {
    test(`"${line}" between paragraphs stays article text`, () => assert.deepEqual(between(line), []));
  }

  test('a one-line dateline paragraph that starts the story is prose', () => {
    assert.equal(classifyLine('BAGHDAD (Reuters) -').kind, 'prose');
  });
});

describe('link titles and markers', () => {
  test('a question title inside a related-links block is one more link title', () => {
    const body = `${P1}\n\nRead more:\nRockets hit northern airport again\nWho runs the northern airport?\n\n${P2}\n`;
    assert.deepEqual(residueOf(body), ['Read more:', 'Rockets hit northern airport again', 'Who runs the northern airport?']);
  });

  test('a question after a blank line is the article\'s own', () => {
    const body = `${P1}\n\nRead more:\nRockets hit northern airport again\n\nWho runs the northern airport?\n\n${P2}\n`;
    assert.ok(!residueOf(body).includes('Who runs the northern airport?'));
  });

  test('a question paragraph with no link block stays prose', () => {
    assert.deepEqual(between('Who runs the northern airport?'), []);
  });

  test('"end of list" closes a list without turning the title above it into a wrapped sentence', () => {
    const body = `${P1}\n\nKeep reading\nlist of 2 items\nRockets hit northern airport again…\nend of list\n\n${P2}\n`;
    assert.deepEqual(residueOf(body), ['Keep reading', 'list of 2 items', 'Rockets hit northern airport again…', 'end of list']);
  });

  test('a link label over its bare link is residue', () => {
    assert.deepEqual(residueOf(`Short Url\nhttps://example.org/x1\n\n${P1}\n\n${P2}\n`), ['Short Url', 'https://example.org/x1']);
  });
});
