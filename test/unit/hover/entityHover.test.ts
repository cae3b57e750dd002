import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import { entityHover } from '../../../server/src/core/hover/entityHover';
import type { GazetteerEntity, PreciseDate } from '../../../server/src/core/types';
import { gazetteerFrom } from '../persons/inputs';
import { HOVER_GAZETTEER, linkTargets, rendered } from './hoverGazetteer';

const gazetteer = gazetteerFrom(HOVER_GAZETTEER);

function entity(id: string): GazetteerEntity {
  const e = gazetteer.entities.get(id);
  if (!e) throw new Error(`no ${id}`);
  return e;
}

function day(text: string): PreciseDate {
  return parsePreciseDate(text) as PreciseDate;
}

function lineOf(id: string): number {
  return HOVER_GAZETTEER.split('\n').findIndex((l) => l.trim().startsWith(`${id}:`)) + 1;
}

describe('entity hover: persons', () => {
  test('roles on the date, the age then, and the full role history', () => {
    const text = rendered(entityHover(entity('qasem-soleimani'), gazetteer, day('2019-12-01')).markdown);
    assert.match(text, /^\*\*Qasem Soleimani\*\* — person `qasem-soleimani`/);
    assert.match(text, /\*\*Role on 2019-12-01:\*\* Commander of the Quds Force\n/);
    assert.match(text, /- Commander of the Quds Force \(1998 – 2020-01-03\)/);
    assert.match(text, /\*\*Born:\*\* 1957-03-11 \(62 on 2019-12-01\)/);
    assert.match(text, /\*\*Died:\*\* 2020-01-03 \(aged 62\)/);
    assert.match(text, /\*\*Also:\*\* Qassem Soleimani, Soleimani/);
    assert.match(text, new RegExp(`Defined in gazetteer\\.yaml:${lineOf('qasem-soleimani')}`));
  });

  test('after the death: no role, and the death is pointed out', () => {
    const text = rendered(entityHover(entity('qasem-soleimani'), gazetteer, day('2020-08-20')).markdown);
    assert.match(text, /\*\*Role on 2020-08-20:\*\* none: died on 2020-01-03/);
    assert.match(text, /\*\*Died:\*\* 2020-01-03 \(aged 62\), before this date/);
    assert.doesNotMatch(text, /\(63 on/);
  });

  test('the role changes with the date; a year of birth gives two possible ages', () => {
    const before = rendered(entityHover(entity('mustafa-al-kadhimi'), gazetteer, day('2019-06-01')).markdown);
    assert.match(before, /Role on 2019-06-01:\*\* Director of the Iraqi National Intelligence Service\n/);
    const after = rendered(entityHover(entity('mustafa-al-kadhimi'), gazetteer, day('2020-08-20')).markdown);
    assert.match(after, /Role on 2020-08-20:\*\* Prime Minister of Iraq\n/);
    assert.match(after, /\*\*Born:\*\* 1967 \(52 or 53 on 2020-08-20\)/);
  });

  test('without a date, the history is shown and no "on" line', () => {
    const text = rendered(entityHover(entity('tahsin-al-khafaji'), gazetteer, null).markdown);
    assert.doesNotMatch(text, /Role on/);
    assert.match(text, /- Spokesman of the Joint Operations Command \(since 2019-03\)/);
  });
});

describe('entity hover: bases, organisations, events', () => {
  test('a base: where, coordinates with a map link, holder on the date and operator history', () => {
    const md = entityHover(entity('ain-al-asad'), gazetteer, day('2020-08-20')).markdown;
    const text = rendered(md);
    assert.match(text, /— base, air base `ain-al-asad`/);
    assert.match(text, /\*\*Where:\*\* Al Anbar, Iraq/);
    assert.match(text, /\*\*Coordinates:\*\* 33\.7856, 42\.4412 \(\[map\]/);
    assert.ok(linkTargets(md).includes('https://www.openstreetmap.org/?mlat=33.7856&mlon=42.4412#map=12/33.7856/42.4412'));
    assert.match(text, /\*\*Held on 2020-08-20:\*\* US-led coalition\n/);
    assert.match(text, /- US-led coalition \(2003 – 2026-01\)\n- Iraqi Security Forces \(since 2026-01\)/);
    assert.ok(linkTargets(md).includes('https://example.org/bases/ain-al-asad'));
    assert.match(text, /\*\*Other fields:\*\*\n- garrison_note: rotating units/);
  });

  test('a base during the handover month shows both holders as uncertain', () => {
    const text = rendered(entityHover(entity('ain-al-asad'), gazetteer, day('2026-01-14')).markdown);
    assert.match(text, /Held on 2026-01-14:\*\* US-led coalition \(perhaps; changed around then\); Iraqi Security Forces \(perhaps; changed around then\)/);
    const later = rendered(entityHover(entity('ain-al-asad'), gazetteer, day('2026-03-01')).markdown);
    assert.match(later, /Held on 2026-03-01:\*\* Iraqi Security Forces\n/);
  });

  test('an organisation names its parent; an event its day and place', () => {
    assert.match(rendered(entityHover(entity('quds-force'), gazetteer, null).markdown), /\*\*Part of:\*\* Islamic Revolution Guards Corps/);
    const event = rendered(entityHover(entity('ain-al-asad-strike-2020'), gazetteer, null).markdown);
    assert.match(event, /\*\*Date:\*\* Wednesday, 8 January 2020/);
    assert.match(event, /\*\*Place:\*\* Ain al-Asad Air Base/);
  });

  test('a tracked figure lists its values and the one valid on the date', () => {
    const md = entityHover(entity('us-troops-iraq'), gazetteer, day('2020-08-20')).markdown;
    const text = rendered(md);
    assert.match(text, /\*\*Value on 2020-08-20:\*\* 5,200 as of 2020-01/);
    assert.match(text, /- 3,000 as of 2020-09/);
    assert.ok(linkTargets(md).includes('https://example.org/troops-2020'));
  });
});

describe('entity hover: gazetteer text cannot inject markup', () => {
  const md = entityHover(entity('trap-base'), gazetteer, day('2020-08-20')).markdown;

  test('only http(s) links come out, and none of them from the hostile fields', () => {
    for (const target of linkTargets(md)) assert.match(target, /^https?:\/\//, target);
    assert.doesNotMatch(md, /\]\(command:/);
    assert.doesNotMatch(md, /\]\(javascript:/);
    assert.deepEqual(linkTargets(md), ['https://example.org/ok%281%29']);
  });

  test('no raw HTML survives; the text still reads as written', () => {
    assert.doesNotMatch(md, /<img|<script/i);
    const text = rendered(md);
    assert.match(text, /\*\*Notes:\*\* \[x\]\(command:foo\) <img src=x onerror=alert\(1\)> <script>alert\(2\)<\/script>/);
    assert.match(text, /Trap \*\*Base\*\* \[click\]\(command:workbench\.action\.terminal\.new\)/);
    assert.match(text, /team_field: \[y\]\(command:bar\)/);
    assert.match(text, /\*\*Sources:\*\* command:foo, javascript:alert\(1\), \[example\.org\/ok%281%29\]/);
  });

  test('the name cannot turn bold or start a link', () => {
    const header = md.split('\n\n')[0];
    assert.ok(header.startsWith('**Trap \\*\\*Base\\*\\* \\[click\\]'), header);
  });
});
