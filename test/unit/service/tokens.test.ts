// Semantic tokens (full and range), decoded against the legend the server announces.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LEGEND } from '../../../server/src/service/semanticTokens';
import { type DecodedToken, type StartedService, decodeTokens, loadExamplesWith, positionOf, startService, wsUri } from '../../support/memoryWorkspace';

// Our own wire copy: a base, a person by annotation, an organisation, a relative weekday, an
// ambiguous alias (INA, two entities in the sample gazetteer) and a figure.
const ARTICLE = wsUri('reports/taqaddum-handover.news.md');
const TEXT = [
  '---',
  'title: Iraqi forces take over Taqaddum air base',
  'published: 2020-08-27',
  'dateline: Baghdad',
  '---',
  'The US-led coalition handed Al-Taqaddum Air Base to Iraqi forces on Wednesday, [the JOC spokesman]{@tahsin-al-khafaji} said.',
  '',
  'About 5,200 US troops were in Iraq at the start of the year, INA said, citing the Pentagon.',
  '',
].join('\n');

describe('semantic tokens', () => {
  let s: StartedService;
  let tokens: DecodedToken[];
  before(async () => {
    s = await startService(loadExamplesWith());
    s.open(ARTICLE, TEXT);
    tokens = decodeTokens(s.service.features.semanticTokens(ARTICLE).data, TEXT, LEGEND);
  });
  after(() => s?.dispose());

  const find = (text: string): DecodedToken | undefined => tokens.find((t) => t.text === text);

  test('entities are coloured by kind', () => {
    assert.equal(find('Al-Taqaddum Air Base')?.type, 'newsBase', JSON.stringify(tokens));
    assert.equal(find('US-led coalition')?.type, 'newsOrganization');
    assert.equal(find('Pentagon')?.type, 'newsOrganization');
    assert.equal(find('Iraq')?.type, 'newsPlace');
  });

  test('an annotated person is a person token marked explicit, covering the bracketed words', () => {
    const person = tokens.find((t) => t.type === 'newsPerson');
    assert.ok(person, JSON.stringify(tokens));
    assert.ok(person.modifiers.includes('explicit'));
    assert.match(person.text, /the JOC spokesman/);
  });

  test('a relative weekday is a date marked relative; an ambiguous alias is marked ambiguous', () => {
    assert.equal(find('Wednesday')?.type, 'newsDate');
    assert.deepEqual(find('Wednesday')?.modifiers, ['relative']);
    // Both entities INA may be are organisations: the kind is known, the entity is not.
    assert.equal(find('INA')?.type, 'newsOrganization');
    assert.deepEqual(find('INA')?.modifiers, ['ambiguous']);
    assert.deepEqual(find('Pentagon')?.modifiers, []);
  });

  test('a figure token covers the qualifier and the number, not the counted noun', () => {
    const figure = tokens.find((t) => t.type === 'newsFigure');
    assert.equal(figure?.text, 'About 5,200');
    assert.deepEqual({ line: figure!.line, character: figure!.character }, positionOf(TEXT, 'About 5,200'));
  });

  test('tokens are in document order and never overlap', () => {
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(a.line < b.line || (a.line === b.line && a.character + a.length <= b.character), `${JSON.stringify(a)} / ${JSON.stringify(b)}`);
    }
  });

  test('a range request covers only its lines', () => {
    const line = positionOf(TEXT, 'About 5,200').line;
    const ranged = decodeTokens(
      s.service.features.semanticTokens(ARTICLE, { start: { line, character: 0 }, end: { line, character: 200 } }).data, TEXT, LEGEND,
    );
    assert.ok(ranged.length > 0);
    assert.ok(ranged.every((t) => t.line === line), JSON.stringify(ranged));
    assert.deepEqual(ranged, tokens.filter((t) => t.line === line));
  });

  test('an edit shows in the next tokens', () => {
    const edited = TEXT.replace('on Wednesday', 'last month');
    s.edit(ARTICLE, edited);
    const after = decodeTokens(s.service.features.semanticTokens(ARTICLE).data, edited, LEGEND);
    assert.equal(after.find((t) => t.text === 'Wednesday'), undefined);
    assert.deepEqual(after.find((t) => t.text === 'last month')?.modifiers, ['relative']);
    s.edit(ARTICLE, TEXT);
  });

  test('a gazetteer file or an unknown document has no tokens', () => {
    assert.deepEqual(s.service.features.semanticTokens(wsUri('examples/gazetteer.yaml')).data, []);
    assert.deepEqual(s.service.features.semanticTokens(wsUri('nowhere/missing.news.md')).data, []);
  });
});
