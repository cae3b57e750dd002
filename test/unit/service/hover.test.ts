// Hover cards in articles (entities, dates, figures) and in gazetteer files, in process.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { type StartedService, examplesUri, loadExamplesWith, positionOf, startService, textAt, wsUri } from '../../support/memoryWorkspace';

const HANDOVER = examplesUri('2026-01-14-ain-al-asad-handover.news.md');
const STALE = examplesUri('2020-02-12-tbi-stale-count.news.md');
const SITES = examplesUri('2020-08-20-coalition-hands-over-sites.news.md');
const SUDANI = examplesUri('2022-10-28-sudani-government.news.md');
const GAZETTEER = examplesUri('gazetteer.yaml');

/** Hover Markdown as the reader sees it: backslash escapes removed. */
function rendered(hover: Hover | null): string {
  assert.ok(hover, 'no hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value.replace(/\\(.)/g, '$1');
}

describe('hover', () => {
  let s: StartedService;
  before(async () => {
    s = await startService(loadExamplesWith(HANDOVER, STALE, SITES, SUDANI));
    for (const uri of [HANDOVER, STALE, SITES, SUDANI, GAZETTEER]) s.open(uri);
  });
  after(() => s?.dispose());

  const hoverAt = (uri: string, needle: string, offset = 1, occurrence = 1): Hover | null =>
    s.service.features.hover(uri, positionOf(s.workspace.text(uri), needle, offset, occurrence));

  test('a base: its card, the operators on the article date, and the field the tool does not know', () => {
    const hover = hoverAt(HANDOVER, 'Ain al-Asad, a major', 3);
    const card = rendered(hover);
    assert.match(card, /Ain al-Asad Air Base/);
    assert.match(card, /`ain-al-asad`/);
    assert.match(card, /Combined Joint Task Force – Operation Inherent Resolve/, 'the coalition still holds it in January 2026');
    assert.match(card, /Iraqi Security Forces/, 'and Iraqi forces from January 2026');
    assert.match(card, /Handover to Iraqi forces announced on 2026-01-14/, 'analyst_note is shown');
    assert.equal(textAt(s.workspace.text(HANDOVER), hover!.range!), 'Ain al-Asad');
  });

  test('a person named with a title: the role held on the article date', () => {
    const card = rendered(hoverAt(HANDOVER, 'Qais al-Muhammadawi', 4));
    assert.match(card, /Qais al-Muhammadawi/);
    assert.match(card, /Deputy Commander/);
    assert.match(card, /Joint Operations Command/);
  });

  test('an explicit annotation shows the entity it names, over the words in brackets', () => {
    const hover = hoverAt(SITES, '[the spokesman]', 3);
    const card = rendered(hover);
    assert.match(card, /Tahsin al-Khafaji/);
    assert.match(card, /Spokesman/);
  });

  test('an ambiguous alias lists its candidates', () => {
    const card = rendered(hoverAt(SUDANI, 'INA reported', 1));
    assert.match(card, /“INA”\*\* is ambiguous/);
    assert.match(card, /`iraqi-news-agency`/);
    assert.match(card, /`iraqi-national-alliance`/);
  });

  test('a relative weekday shows the day it resolves to', () => {
    const hover = hoverAt(STALE, 'Wednesday', 3);
    assert.match(rendered(hover), /^\*\*Wednesday, 12 February 2020\*\*/);
    assert.equal(textAt(s.workspace.text(STALE), hover!.range!), 'Wednesday');
    assert.match(rendered(hoverAt(SITES, 'Thursday', 2)), /Thursday, 20 August 2020/);
  });

  test('a figure: how it reads, its tracked key and the gazetteer value it misses', () => {
    const hover = hoverAt(STALE, '64 service members', 1);
    const card = rendered(hover);
    assert.match(card, /“64 service members”/);
    assert.match(card, /exactly 64/);
    assert.match(card, /`ain-al-asad-strike-tbi`/);
    assert.match(card, /109 as of 2020-02-10 — outside this reading/);
    assert.equal(textAt(s.workspace.text(STALE), hover!.range!), '64 service members');
  });

  test('plain words have no hover', () => {
    assert.equal(hoverAt(STALE, 'reluctant', 2), null);
    assert.equal(hoverAt(HANDOVER, 'title:', 2), null);
  });

  test('in the gazetteer: an entry key shows its own card, a reference the referenced entry', () => {
    const key = hoverAt(GAZETTEER, '  ain-al-asad:', 4);
    assert.match(rendered(key), /Ain al-Asad Air Base/);
    assert.equal(textAt(s.workspace.text(GAZETTEER), key!.range!), 'ain-al-asad');
    const reference = hoverAt(GAZETTEER, 'org: joint-operations-command', 8);
    assert.match(rendered(reference), /\*\*Joint Operations Command\*\* — organisation/);
    assert.equal(textAt(s.workspace.text(GAZETTEER), reference!.range!), 'joint-operations-command');
  });

  test('in the gazetteer: a word that is no id (a field, a comment) has no hover', () => {
    assert.equal(hoverAt(GAZETTEER, 'coordinates: [33.7856', 3), null);
    assert.equal(hoverAt(GAZETTEER, 'Starter gazetteer', 3), null);
  });

  test('an unsaved article is hovered from the editor text, not the disk', () => {
    const draft = wsUri('drafts/raqqa-note.news.md');
    s.open(draft, '---\ntitle: Note\npublished: 2019-10-16\n---\nThe SDF said on Tuesday that patrols would resume near the border.\n');
    const card = rendered(s.service.features.hover(draft, { line: 4, character: 5 }));
    assert.match(card, /Syrian Democratic Forces/);
    assert.match(rendered(s.service.features.hover(draft, { line: 4, character: 20 })), /Tuesday, 15 October 2019/);
  });
});
