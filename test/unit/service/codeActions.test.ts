// Quick fixes as WorkspaceEdits, in process: what applying each does to the files.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { type StartedService, applyWorkspaceEdit, examplesUri, loadExamplesWith, messageOf, startService, wsUri } from '../../support/memoryWorkspace';

const STALE = examplesUri('2020-02-12-tbi-stale-count.news.md');
const ADVISORY = examplesUri('2021-12-09-advisory-mission.news.md');
const UNDATED = examplesUri('islamic-state-attacks-undated.news.md');
const TBI_FIRST = examplesUri('2020-01-17-tbi-first-count.news.md');
const SUDANI = examplesUri('2022-10-28-sudani-government.news.md');
const WEEKDAY = examplesUri('2020-01-09-iran-strike-weekday.news.md');
const GAZETTEER = examplesUri('gazetteer.yaml');
const TODAY = '2024-05-06';

describe('code actions', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamplesWith(STALE, ADVISORY, UNDATED, TBI_FIRST, SUDANI, WEEKDAY));
    for (const uri of [STALE, ADVISORY, UNDATED, TBI_FIRST, SUDANI, WEEKDAY]) s.open(uri);
  });
  after(() => s?.dispose());

  const text = (uri: string): string => s.workspace.text(uri);

  function diagnostic(uri: string, code: string): Diagnostic {
    const found = s.service.features.diagnostics(uri).filter((d) => d.code === code);
    assert.equal(found.length, 1, `${code} in ${uri}: ${JSON.stringify(found)}`);
    return found[0];
  }

  function fixes(uri: string, code: string): { diagnostic: Diagnostic; actions: CodeAction[] } {
    const d = diagnostic(uri, code);
    return { diagnostic: d, actions: s.service.features.codeActions(uri, d.range, [d], TODAY) };
  }

  function apply(action: CodeAction | undefined, uri: string): string {
    assert.ok(action?.edit, 'no such action');
    return applyWorkspaceEdit(action.edit, uri, text(uri));
  }

  const titles = (actions: CodeAction[]): string[] => actions.map((a) => a.title);

  test('a figure that misses the gazetteer: replace with the gazetteer value (preferred), record it, or suppress', () => {
    const { diagnostic: d, actions } = fixes(STALE, 'figure-gazetteer-mismatch');
    assert.deepEqual(titles(actions), [
      'Replace with the gazetteer value (109)',
      'Record 64 as of 2020-02-12 in the gazetteer (ain-al-asad-strike-tbi)',
      'Suppress figure-gazetteer-mismatch on this line',
    ]);
    const [replace, record, suppress] = actions;
    assert.equal(replace.kind, 'quickfix');
    assert.equal(replace.isPreferred, true);
    assert.deepEqual(replace.diagnostics, [d]);
    assert.equal(apply(replace, STALE), text(STALE).replace('left 64 service members', 'left 109 service members'));
    // Inserted in date order (after the value of 2020-02-10), keeping the file's flow style.
    assert.equal(
      apply(record, GAZETTEER),
      text(GAZETTEER).replace(
        '      - { value: 109, as_of: 2020-02-10 }\n',
        '      - { value: 109, as_of: 2020-02-10 }\n      - { value: 64, as_of: 2020-02-12, source: https://example.org/regional-times/2020/02/12/patriot-iraq }\n',
      ),
    );
    assert.equal(apply(record, STALE), text(STALE), 'recording does not touch the article');
    assert.equal(
      apply(suppress, STALE),
      text(STALE).replace('Damage from the strike', '<!-- newsmd-disable-next-line figure-gazetteer-mismatch -->\nDamage from the strike'),
    );
  });

  test('the replacement keeps the qualifier and the noun: "Over 5,000 US troops" becomes "2,500 US troops"', () => {
    const { actions } = fixes(ADVISORY, 'figure-gazetteer-mismatch');
    const replace = actions.find((a) => a.title === 'Replace with the gazetteer value (2,500)');
    assert.equal(apply(replace, ADVISORY), text(ADVISORY).replace('Over 5,000 US troops remain', '2,500 US troops remain'));
  });

  test('a qualifier outside the annotation is dropped and the annotation kept: "Over [5,000 US troops]{…}" becomes "[2,500 US troops]{…}"', () => {
    const annotated = text(ADVISORY).replace('Over 5,000 US troops remain', 'Over [5,000 US troops]{figure=us-troops-iraq} remain');
    assert.notEqual(annotated, text(ADVISORY), 'the sample still has the sentence');
    s.edit(ADVISORY, annotated);
    try {
      const { actions } = fixes(ADVISORY, 'figure-gazetteer-mismatch');
      const fixed = applyWorkspaceEdit(actions.find((a) => a.title === 'Replace with the gazetteer value (2,500)')!.edit!, ADVISORY, annotated);
      assert.equal(fixed, annotated.replace('Over [5,000 US troops]', '[2,500 US troops]'));
      s.edit(ADVISORY, fixed);
      assert.deepEqual(s.service.features.diagnostics(ADVISORY).filter((d) => d.code === 'figure-gazetteer-mismatch'), [], 'fixed: no mismatch left');
    } finally {
      s.edit(ADVISORY, text(ADVISORY));
    }
  });

  test('after suppressing, the line no longer reports the diagnostic', () => {
    const { actions } = fixes(STALE, 'figure-gazetteer-mismatch');
    const suppressed = apply(actions.find((a) => a.title.startsWith('Suppress')), STALE);
    s.edit(STALE, suppressed);
    try {
      assert.deepEqual(s.service.features.diagnostics(STALE), []);
    } finally {
      s.edit(STALE, text(STALE));
    }
    assert.equal(s.service.features.diagnostics(STALE).length, 1);
  });

  test('with wanted diagnostics, only their fixes come back', () => {
    const d = diagnostic(STALE, 'figure-gazetteer-mismatch');
    const whole: Range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
    assert.equal(s.service.features.codeActions(STALE, whole, [], TODAY).length, 3, 'no wanted list: every diagnostic in the range');
    assert.equal(s.service.features.codeActions(STALE, whole, [{ code: d.code, range: d.range }], TODAY).length, 3);
    assert.deepEqual(s.service.features.codeActions(STALE, whole, [{ code: 'figure-corpus-conflict', range: d.range }], TODAY), [], 'another code');
    const elsewhere = { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line, character: 5 } };
    assert.deepEqual(s.service.features.codeActions(STALE, whole, [{ code: d.code, range: elsewhere }], TODAY), [], 'another range');
  });

  test('a range that does not touch the diagnostic gets no fixes', () => {
    assert.deepEqual(s.service.features.codeActions(STALE, { start: { line: 7, character: 0 }, end: { line: 7, character: 10 } }, [], TODAY), []);
  });

  test('several diagnostics in one range: fixes for each, only for the wanted one when named', () => {
    const text2 = text(WEEKDAY);
    const all = s.service.features.diagnostics(WEEKDAY);
    const weekday = all.find((d) => d.code === 'date-weekday-mismatch');
    assert.ok(weekday, JSON.stringify(all));
    const whole: Range = { start: { line: 0, character: 0 }, end: { line: text2.split('\n').length, character: 0 } };
    const onlyWeekday = s.service.features.codeActions(WEEKDAY, whole, [{ code: weekday.code, range: weekday.range }], TODAY);
    assert.deepEqual(titles(onlyWeekday), ['Change the weekday to Wednesday', 'Change the date to January 7, 2020', 'Suppress date-weekday-mismatch on this line']);
    assert.ok(onlyWeekday.every((a) => a.diagnostics?.[0].code === 'date-weekday-mismatch'));
    assert.equal(apply(onlyWeekday[0], WEEKDAY), text2.replace('Tuesday, January 8, 2020', 'Wednesday, January 8, 2020'));
    assert.equal(apply(onlyWeekday[1], WEEKDAY), text2.replace('Tuesday, January 8, 2020', 'Tuesday, January 7, 2020'));
  });

  test('a missing publication date: insert published: today into the front matter', () => {
    const { actions } = fixes(UNDATED, 'missing-publication-date');
    const insert = actions.find((a) => a.title === `Insert \`published: ${TODAY}\``);
    assert.equal(apply(insert, UNDATED), text(UNDATED).replace('dateline: Tampa\n', `dateline: Tampa\npublished: ${TODAY}\n`));
  });

  test('a misspelt id: change to the nearest id (preferred), or add it to the gazetteer', () => {
    const { actions } = fixes(TBI_FIRST, 'entity-unknown-id');
    const change = actions.find((a) => a.title === 'Change to `ain-al-asad`');
    assert.ok(change, JSON.stringify(titles(actions)));
    assert.equal(change.isPreferred, true);
    assert.equal(apply(change, TBI_FIRST), text(TBI_FIRST).replace('{@ain-al-assad}', '{@ain-al-asad}'));
    const add = actions.find((a) => a.title === 'Add `ain-al-assad` to the gazetteer as a base');
    assert.ok(add, JSON.stringify(titles(actions)));
    const added = apply(add, GAZETTEER);
    assert.ok(added.includes('  ain-al-assad:\n    name: Ain Al Assad\n'), added.slice(0, 2000));
    assert.ok(added.indexOf('  ain-al-assad:') < added.indexOf('persons:'), 'added among the bases');
  });

  test('an ambiguous alias: link it to each candidate', () => {
    const { actions } = fixes(SUDANI, 'entity-ambiguous');
    const links = actions.filter((a) => a.title.startsWith('Link to'));
    assert.deepEqual(titles(links).sort(), ['Link to Iraqi National Alliance (`iraqi-national-alliance`)', 'Link to Iraqi News Agency (`iraqi-news-agency`)']);
    const agency = links.find((a) => a.title.includes('iraqi-news-agency'));
    assert.equal(apply(agency, SUDANI), text(SUDANI).replace('elections, INA reported', 'elections, [INA]{@iraqi-news-agency} reported'));
  });

  test('a gazetteer document gets no article fixes', () => {
    s.open(GAZETTEER);
    assert.deepEqual(s.service.features.codeActions(GAZETTEER, { start: { line: 0, character: 0 }, end: { line: 400, character: 0 } }, [], TODAY), []);
  });
});

describe("code actions: an undated article that keeps the page's stamp", () => {
  const STAMPED = wsUri('scraped/checkpoint-attack.news.md');
  const TEXT = [
    '---',
    'title: Gunmen attack a checkpoint north of the city',
    '---',
    'Gunmen attacked an army checkpoint north of the city on Tuesday, killing two soldiers, officials said.',
    '',
    '*Posted on Jan. 7, 2020 at 10:32 am*',
    '',
  ].join('\n');
  const MISMATCH = examplesUri('2020-01-10-erbil-rocket-stamp.news.md');
  let s: StartedService;
  before(async () => {
    s = await startService(new Map([...loadExamplesWith(MISMATCH), [STAMPED, TEXT]]));
    s.open(STAMPED);
    s.open(MISMATCH);
  });
  after(() => s?.dispose());

  test("inserting the stamp's day is the preferred fix; today's date is still offered", () => {
    const [d] = s.service.features.diagnostics(STAMPED).filter((x) => x.code === 'missing-publication-date');
    assert.ok(d);
    assert.match(messageOf(d), /stamp on line 6 \(“\*Posted on Jan\. 7, 2020 at 10:32 am\*”\) gives 2020-01-07/);
    const actions = s.service.features.codeActions(STAMPED, d.range, [d], TODAY);
    const stamped = actions.find((a) => a.title === "Insert `published: 2020-01-07` (the page's stamp)");
    assert.ok(stamped?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(stamped.isPreferred, true);
    assert.equal(applyWorkspaceEdit(stamped.edit, STAMPED, TEXT), TEXT.replace('\n---\nGunmen', '\npublished: 2020-01-07\n---\nGunmen'));
    const today = actions.find((a) => a.title === `Insert \`published: ${TODAY}\``);
    assert.ok(today);
    assert.notEqual(today.isPreferred, true);
  });

  test("a `published` that disagrees with the page's stamp: change it to the stamp's day", () => {
    const [d] = s.service.features.diagnostics(MISMATCH).filter((x) => x.code === 'publication-date-mismatch');
    assert.ok(d);
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 7);
    const actions = s.service.features.codeActions(MISMATCH, d.range, [d], TODAY);
    const change = actions.find((a) => a.title === "Change `published` to 2020-01-07 (the page's stamp)");
    assert.ok(change?.edit, JSON.stringify(actions.map((a) => a.title)));
    const before = s.workspace.text(MISMATCH);
    assert.equal(applyWorkspaceEdit(change.edit, MISMATCH, before), before.replace('published: 2020-01-10', 'published: 2020-01-07'));
  });
});
