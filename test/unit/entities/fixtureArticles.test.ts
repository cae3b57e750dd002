import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { findEntityCandidates } from '../../../server/src/core/entities/candidates';
import { buildEntityMatcher } from '../../../server/src/core/entities/entityMatcher';
import { readFixture } from '../article/fixtureFiles';
import { testGazetteer } from './testGazetteer';

const gazetteer = testGazetteer();
const matcher = buildEntityMatcher(gazetteer);

function analyse(name: string) {
  const article = parseArticle(readFixture(name));
  const { mentions, diagnostics } = matcher.find(article);
  const candidates = findEntityCandidates(article, mentions, gazetteer);
  return { article, mentions, diagnostics, candidates };
}

describe('entities in the fixture articles', () => {
  test('coalition-handover: aliases, acronyms, an explicit id and the candidates', () => {
    const { mentions, diagnostics, candidates } = analyse('coalition-handover.news.md');
    assert.deepEqual(diagnostics, []);
    const ids = new Set(mentions.map((m) => m.id));
    for (const id of ['us-led-coalition', 'islamic-state', 'iraq', 'tahsin-al-khafaji', 'joint-operations-command', 'united-states', 'baghdad', 'qasem-soleimani', 'quds-force', 'syria']) {
      assert.ok(ids.has(id), id);
    }
    assert.ok(mentions.some((m) => m.explicit && m.kind === 'organization' && m.text === 'local units'));
    assert.deepEqual(candidates.map((d) => d.data?.name), ['Islamic Revolution Guards Corps']);
  });

  test('base-withdrawal: dotted acronyms, possessives, an ambiguous name and a titled person', () => {
    const { article, mentions, diagnostics, candidates } = analyse('base-withdrawal.news.md');
    const texts = (id: string) => mentions.filter((m) => m.id === id).map((m) => m.text);
    assert.deepEqual(texts('us-led-coalition'), ['U.S.-led coalition']);
    assert.deepEqual(texts('united-states'), ['US', 'U.S.', 'U.S']);
    assert.deepEqual(texts('islamic-state'), ['Daesh', 'Daesh', 'Daesh']);
    assert.deepEqual(texts('kurdistan-regional-government'), ['Kurdistan Regional Government', 'KRG', 'KRG']);
    assert.deepEqual(texts('erbil'), ['Irbil']);
    assert.ok(texts('iraq').includes('Iraq'));
    assert.deepEqual(diagnostics.map((d) => [d.code, article.text.slice(d.span.start, d.span.end)]), [['entity-ambiguous', 'Jordan']]);
    // Reported by the recogniser; the file's `newsmd.disable` hides it later in the pipeline.
    assert.deepEqual(candidates.map((d) => d.data?.name), ['Karim al-Rubaie']);
  });

  test('pasted article: the spokesman is known, the residue adds nothing', () => {
    const { mentions, candidates } = analyse('pasted-without-front-matter.news.md');
    assert.ok(mentions.some((m) => m.id === 'sami-rahman'));
    assert.deepEqual(candidates, []);
  });
});
