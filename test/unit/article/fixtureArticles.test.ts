import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { readFixture } from './fixtureFiles';

describe('fixture articles', () => {
  test('coalition-handover: front matter, annotations, suppression and glued residue', () => {
    const a = parseArticle(readFixture('coalition-handover.news.md'));
    const lines = new LineIndex(a.text);
    assert.equal(a.published?.value, '2020-08-20');
    assert.equal(a.frontMatter.data.dateline, 'Baghdad');
    assert.deepEqual(a.annotations.map((x) => [x.kind, x.text, x.value]), [
      ['class', 'local units', 'organization'],
      ['entity', 'Qasem Soleimani', 'qasem-soleimani'],
    ]);
    const troopsLine = lines.positionAt(a.text.indexOf('Over 5,000 US troops')).line;
    assert.equal(a.suppressions.isSuppressed('figure-gazetteer-mismatch', troopsLine), true);
    assert.equal(a.suppressions.isSuppressed('figure-gazetteer-mismatch', troopsLine + 2), false);
    const residue = a.diagnostics.filter((d) => d.code === 'scrape-residue');
    assert.equal(residue.length, 1);
    assert.equal(a.text.slice(residue[0].span.start, residue[0].span.start + 16), 'Foreign Minister');
    assert.equal(a.residue.length, 3);
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['scrape-residue']);
    const del = residue[0].data?.deleteSpan as { start: number; end: number };
    assert.ok(a.text.slice(0, del.start).endsWith('in Iraq and Syria.'));
  });

  test('base-withdrawal: a date-time publication date and a file-wide suppression', () => {
    const a = parseArticle(readFixture('base-withdrawal.news.md'));
    assert.equal(a.published?.value, '2021-01-13');
    assert.deepEqual(a.diagnostics, []);
    assert.equal(a.suppressions.isSuppressed('entity-candidate', 12), true);
    assert.equal(a.sentences.length, 6);
  });

  test('a paste without front matter: missing date, and the related-links block is residue', () => {
    const a = parseArticle(readFixture('pasted-without-front-matter.news.md'));
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['missing-publication-date', 'scrape-residue']);
    const residue = a.diagnostics[1];
    assert.equal(a.text.slice(residue.span.start, residue.span.start + 15), 'Related stories');
    assert.equal(a.residue.length, 5);
  });
});
