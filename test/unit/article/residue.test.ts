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
  test('the message says where the block is', () => {
    const top = residueDiagnostics('Home » World » Middle East\n\nTroops will leave next week, officials said.\n');
    assert.match(top[0].message, /^1 line of web page residue before the article/);
    const inside = residueDiagnostics('Troops will leave next week.\n\nRELATED\nSecond base handed over\n\nThe base is now empty.\n');
    assert.match(inside[0].message, /^2 lines of web page residue inside the article/);
  });
});

/** The residue lines parseArticle finds in `body`. */
const residueOf = (body: string) => {
  const a = parse(body);
  return a.residue.map((s) => a.text.slice(s.start, s.end));
};
const PROSE_1 = 'The coalition handed the base to Iraqi forces on Thursday, the military said.';
const PROSE_2 = 'Officials said the remaining troops would move north before the end of the month.';
const PROSE_3 = 'No casualties were reported in the handover, which took place without ceremony.';
const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('scrape residue: shapes', () => {
  const shapes: Array<[string, string[]]> = [
    ['glued link titles', ['Iraq news10 killed in BaghdadTurkey strikes']],
    ['two link titles glued into what reads as a sentence', ['Militia convoy ambushed on the road to Qaim as talks stallWhat is left of the deal with Damascus?']],
    ['two link titles glued after sentence punctuation', ['Why the border crossing at Rabia matters to both governments now?Turkish jets strike hills north of Duhok']],
    ['a press release end marker', ['###']],
    ['a "-30-" end marker', ['-30-']],
    ['a share row with bars', ['Share | Tweet | Email']],
    ['a social row without separators', ['Facebook Twitter WhatsApp Telegram']],
    ['a comment prompt with a counter', ['View comments (0) >>']],
    ['a comment prompt without symbols', ['Leave a comment']],
    ['an app-download line', ['Download our app for the latest alerts']],
    ['a newsletter line', ['Sign up for our newsletter']],
    ['a breadcrumb', ['News › Middle East › Iraq']],
    ['a menu', ['Live TV | Latest | Kurdistan | World']],
    ['an "(s)" counter', ['Photo(s): 12']],
    ['a copyright line, even with a full stop', ['© 2024 Example Media Group. All rights reserved.']],
    ['a stamped date line', ['Updated 14:32 GMT, 12 May 2020']],
    ['a stamp with a time zone offset', ['Updated 4:31 PM GMT+3, July 10, 2025']],
    ['a label over a block of teasers', ['More on the border war', 'Convoy ambushed on the road north…', 'Talks on the dam stall again…']],
    ['a skip link and a logo text over a menu', ['Skip to main content', 'Wire logo', 'World | Business | Markets | Video']],
    ['a handle under a site menu', ['Daily Wire', 'Middle East | World | Opinion | Sport', 'Follow @dailywire']],
    ['tags as a comma list over a stamp with an update label', ['Türkiye, World, Middle East', '24.10.2024 - Update : 24.10.2024']],
    ['a newsletter box around its button', ['Morning briefing', 'Receive the day\'s main stories every morning', 'Subscribe', 'Keep up with the region by downloading our app']],
    ['a reading-time line', ['5 min read']],
    ['a lone advertising label', ['ADVERTISEMENT']],
    ['a lone section label', ['Trending']],
    ['two teasers', ['Floods cut the road to the southern marshes…', 'Oil output edges up as talks on quotas stall...']],
    ['two section labels', ['Most Read', 'Trending']],
    ['a RELATED heading with plain link titles in sentence case', ['RELATED', 'Talks on the timetable resume in the capital', 'Convoy leaves the western base']],
    ['a "See also:" heading with bare links', ['See also:', '- [Convoy leaves the base](https://example.org/a)', '- [Talks resume](https://example.org/b)']],
  ];
  for (const [name, lines] of shapes) {
    test(`at the end: ${name}`, () => {
      assert.deepEqual(residueOf(article(PROSE_1, PROSE_2, lines.join('\n'))), lines);
    });
    test(`at the top: ${name}`, () => {
      assert.deepEqual(residueOf(article(lines.join('\n'), PROSE_1, PROSE_2)), lines);
    });
  }

  test('furniture on no list is found by its shape', () => {
    const lines = ['Watch: Inside the Base »', 'Gallery (14)', 'Iraq newsKirkuk bombing kills twoDrone downed near Erbil'];
    assert.deepEqual(residueOf(article(PROSE_1, PROSE_2, lines.join('\n'))), lines);
  });

  test('a RELATED block set off between paragraphs is residue, with its links', () => {
    const block = ['RELATED', '', 'Talks on the timetable resume in the capital', 'Convoy leaves the western base'];
    const body = article(PROSE_1, block.join('\n'), PROSE_2, PROSE_3);
    assert.deepEqual(residueOf(body), block.filter((l) => l !== ''));
    const [d] = residueDiagnostics(body);
    const del = deleteSpanOf(d);
    const a = parse(body);
    assert.equal(a.text.slice(0, del.start) + a.text.slice(del.end), HEAD + article(PROSE_1, PROSE_2, PROSE_3));
  });

  test('link titles that are questions under a "Read more" marker are residue, listed or not', () => {
    for (const block of [
      ['Read more:', '', '- Who are the armed factions of the border region?', '- Explainer: What is the resistance front?'],
      ['Read more', 'Who are the armed factions of the border region?', 'Fighters and the army clash near the border town'],
    ]) {
      assert.deepEqual(residueOf(article(PROSE_1, block.join('\n'), PROSE_2)), block.filter((l) => l !== ''), block[0]);
    }
  });

  test('must not: a question paragraph after a "Read more" line is the article\'s own', () => {
    const question = 'Who will pay for the reconstruction of the district, and when will the families who fled it be able to go back?';
    assert.deepEqual(residueOf(article(PROSE_1, 'Read more:', question, PROSE_2)), ['Read more:']);
  });

  test('must not: a paragraph whose last sentence introduces a list, with a channel named like Rudaw24, is prose', () => {
    const intro = 'A Rudaw24 reporter saw burned trucks on the main road on Tuesday. The army listed what remains to be done:';
    const list = ['- clearing mines from the fields', '- reopening the two schools'];
    assert.deepEqual(residueOf(article(PROSE_1, intro + '\n\n' + list.join('\n'), PROSE_2)), []);
  });

  test('must not: sentences with brand names, abbreviations, addresses and a subhead are prose', () => {
    const lines = [
      'The spokesman posted the statement on LinkedIn and on the ministry website late on Monday night.',
      'The U.S.-led coalition said its iPhone app and the macOS client would stop working in Iraq next month.',
      'Readers can write to press@example.org or visit www.example.org/Contact for the full statement.',
      'The accountants at PricewaterhouseCoopers said the ministry books for the year were in order.',
      // scraped prose that lost the space after a full stop is still prose
      'The convoy reached the checkpoint on Monday.The ministry said it would return north by Friday.',
      // a glue point in a paragraph too long to be two link titles
      'The council met for six hours on Tuesday and agreed to send more engineers to rebuild the bridges that the floods had destroyed in the southern marshes, while officials said the cost of the work was still unknown and the attackThe rest of the plan would follow next year.',
    ];
    assert.deepEqual(residueOf(article(PROSE_1, ...lines, PROSE_2)), []);
    // a heading with text (a subhead) and a horizontal rule are not end markers
    assert.deepEqual(residueOf(article(PROSE_1, '### What happens next', PROSE_2, '---', PROSE_3)), []);
  });

  test('two glued or capitalised link titles set off inside the article are residue', () => {
    const block = ['Kirkuk Bombing Kills Two Police Officers', 'Drone Downed Near Erbil Airport'];
    assert.deepEqual(residueOf(article(PROSE_1, block.join('\n'), PROSE_2)), block);
  });

  test('a share row inside a paragraph (no blank lines) is residue; the lines around it are not', () => {
    const body = [PROSE_1, 'Share on Facebook | Share on X | WhatsApp', PROSE_2].join('\n') + '\n';
    assert.deepEqual(residueOf(body), ['Share on Facebook | Share on X | WhatsApp']);
    const [d] = residueDiagnostics(body);
    const del = deleteSpanOf(d);
    const a = parse(body);
    assert.equal(a.text.slice(0, del.start) + a.text.slice(del.end), HEAD + PROSE_1 + '\n' + PROSE_2 + '\n');
  });

  test('one diagnostic per block: top, middle and end', () => {
    const body = article('Share | Tweet | Email', PROSE_1, 'Read also: Convoy leaves the western base >>', PROSE_2, 'Most Viewed\nFloods cut the road south…\nOil output edges up…');
    const ds = residueDiagnostics(body);
    assert.equal(ds.length, 3);
    assert.deepEqual(ds.map((d) => d.message.match(/residue (\w+)/)?.[1]), ['before', 'inside', 'after']);
    const a = parse(body);
    // Deleting each block (from the last) leaves the prose paragraphs.
    let fixed = a.text;
    for (const d of [...ds].reverse()) {
      const del = deleteSpanOf(d);
      fixed = fixed.slice(0, del.start) + fixed.slice(del.end);
    }
    assert.equal(fixed, HEAD + article(PROSE_1, PROSE_2));
  });

  test('a site name right above its menu is residue; a headline above the text is not', () => {
    assert.deepEqual(residueOf(article('Example Wire English\nLive | Kurdistan | Iraq | World', PROSE_1, PROSE_2)), ['Example Wire English', 'Live | Kurdistan | Iraq | World']);
    assert.deepEqual(residueOf(article('Coalition Hands Over Two More Bases', PROSE_1, PROSE_2)), []);
  });

  test('dates and figures on residue lines are masked; a byline between furniture stays', () => {
    const body = article('Updated 14:32 GMT, 12 May 2020\nBy Jane Holloway\nShare | Tweet | Email', PROSE_1, PROSE_2, 'Most Read\n12 killed as bomb hits Kirkuk market on January 3…\n5,000 troops to stay, says minister…');
    const a = parse(body);
    const masked = a.maskedText.slice(a.bodyStart);
    assert.ok(!masked.includes('12 May 2020'));
    assert.ok(!masked.includes('January 3'));
    assert.ok(!masked.includes('5,000'));
    assert.ok(masked.includes('By Jane Holloway'));
    assert.ok(masked.includes(PROSE_1) && masked.includes(PROSE_2));
    const ds = residueDiagnostics(body);
    assert.equal(ds.length, 3); // the byline splits the top block
  });
});

describe('scrape residue: never prose', () => {
  const mustNot: Array<[string, string]> = [
    ['short one-line paragraphs of prose', article(PROSE_1, 'He did not give details.', 'It was not clear why.', PROSE_2)],
    ['a short last paragraph', article(PROSE_1, PROSE_2, 'He did not give details.')],
    ['a short first paragraph', article('Iraq is taking over the base.', PROSE_1)],
    ['a question and an exclamation', article(PROSE_1, 'What happens next?', 'Not again!', PROSE_2)],
    ['a quote ending in a closing quote', article(PROSE_1, '“We are ready to take over,” he said.', '"Not yet"', PROSE_2)],
    ['a dateline on its own line', article('BAGHDAD (Reuters) -', PROSE_1, PROSE_2)],
    ['a dateline opening the first sentence', article('BAGHDAD, Jan 3 (Reuters) - ' + PROSE_1, PROSE_2)],
    ['a title-case subhead between paragraphs', article(PROSE_1, 'The Road To Withdrawal', PROSE_2, PROSE_3)],
    ['a Markdown subhead between paragraphs', article(PROSE_1, '## What Comes Next', PROSE_2, '### Timeline', PROSE_3)],
    ['a Markdown headline at the top with a byline', article('# Coalition Hands Over Two More Bases', 'By Jane Holloway and Sami Rahman', PROSE_1, PROSE_2)],
    ['a plain headline and a byline at the top', article('Coalition Hands Over Two More Bases\nBy Jane Holloway', PROSE_1, PROSE_2)],
    ['a bulleted fact list', article(PROSE_1, '- Troops: 2,500\n- Bases handed over: 3\n- Islamic State\n- Popular Mobilization Forces', PROSE_2)],
    ['a bulleted fact list at the end', article(PROSE_1, PROSE_2, '- Troops in Iraq: 2,500\n- Bases handed over since 2020: 12')],
    ['a numbered list of steps', article(PROSE_1, '1. Withdrawal from Baghdad\n2. Withdrawal from Ain al-Asad\n3. Transfer to Erbil', PROSE_2)],
    ['a bullet list with • markers', article(PROSE_1, '• Troops leave Baghdad\n• Convoys move north', PROSE_2)],
    ['a block quote', article(PROSE_1, '> The Mission Is Over', PROSE_2)],
    ['a table', article(PROSE_1, '| Base | Handed over |\n|---|---|\n| Taji | August 2020 |', PROSE_2)],
    ['a hard-wrapped paragraph', article('The coalition said on Thursday that it would hand\nPrime Minister Mustafa al-Kadhimi and Defence Minister\nJuma Inad three more bases by the end of the month.', PROSE_2)],
    ['one trailing teaser-like line', article(PROSE_1, PROSE_2, 'Asked about the timetable, he said only that…')],
    ['a sentence that mentions sharing and comments', article(PROSE_1, 'Officials declined to comment or share the figures.', PROSE_2)],
    ['a credit line at the end', article(PROSE_1, PROSE_2, '(Reporting by Jane Holloway; Editing by Sami Rahman)')],
    ['a lone capitalised line at the end', article(PROSE_1, PROSE_2, 'Baghdad Bureau')],
    ['names with inner capitals', article(PROSE_1, 'McDonald And BlackRock Executives Meet', PROSE_2)],
    ['a quote in guillemets', article(PROSE_1, 'Crowds chanted «Baghdad is free» in the square', 'and then dispersed.', PROSE_2)],
    ['a short line over a fact list', article(PROSE_1, 'Key numbers on the mission\n- Troops: 2,500\n- Bases handed over: 3', PROSE_2)],
    ['a short line over one teaser-like line', article(PROSE_1, 'More on the talks\nAsked about the timetable, he said only that…', PROSE_2)],
    ['a time in prose with a zone offset', article(PROSE_1, 'The sirens sounded at 4:31 GMT+3 on Tuesday, residents said.', PROSE_2)],
    ['a short fragment next to prose in its group', article(PROSE_1, 'Key dates\nThe base was handed over in March, officials said.', PROSE_2)],
    ['a one-word line that is no button', article(PROSE_1, 'Aftermath', PROSE_2)],
    ['a dateline alone on its line above the first paragraph', article('ANKARA', PROSE_1, PROSE_2)],
    ['a list of places that is a sentence', article(PROSE_1, 'Strikes hit Erbil, Duhok and Sulaimaniyah on Monday, officials said.', PROSE_2)],
  ];
  for (const [name, body] of mustNot) {
    test(name, () => {
      assert.deepEqual(residueOf(body), []);
      assert.deepEqual(residueDiagnostics(body), []);
    });
  }

  test('prose next to residue stays prose', () => {
    const body = article(PROSE_1, 'He did not give details.\nShare | Tweet | Email\nView comments (0) >>');
    assert.deepEqual(residueOf(body), ['Share | Tweet | Email', 'View comments (0) >>']);
  });

  // Its speed is measured by `npm run bench` (keystroke on a 50,000-word article), not here.
  test('a long article with single subheads: only the share row at the end is residue', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 3000; i++) paragraphs.push(i % 50 === 25 ? 'Subhead Number ' + i : `${PROSE_1} ${PROSE_2}`);
    const body = article(...paragraphs, 'Share | Tweet | Email');
    const a = parse(body);
    assert.equal(a.residue.length, 1);
  });


  describe('a paragraph that trails off in "…" right after the article', () => {
    const PROSE = 'Shops near the airfield closed early on Friday, and the last convoy left the gate at dusk, witnesses said.';
    const MORE = ['Most Read', 'Who will guard the western desert now?', 'Talks on the timetable stall again…'];
    const residueTexts = (body: string) => {
      const a = parse(body);
      return a.residue.map((s) => a.text.slice(s.start, s.end));
    };

    test('is the article\'s last sentence when it reads as one and ends on a full word; the block after it stays residue', () => {
      const trailing = 'For the traders of the old market, one of them said, business had always followed the soldiers and their pay…';
      const body = [PROSE, '', trailing, '', ...MORE].join('\n');
      assert.deepEqual(residueTexts(body), MORE);
    });

    test('must not: a teaser cut after a function word or a comma stays a teaser', () => {
      for (const cut of [
        'For the traders of the old market, one of them said, business had always followed the soldiers and the…',
        'For the traders of the old market, one of them said, business had always followed the soldiers and their pay,…',
      ]) assert.deepEqual(residueTexts([PROSE, '', cut, '', ...MORE].join('\n')), [cut, ...MORE], cut);
    });

    test('must not: a teaser under a marker, among other teasers, or short as a headline stays a teaser', () => {
      const long = 'For the traders of the old market, one of them said, business had always followed the soldiers and their pay…';
      // Under its marker, even after a blank line.
      assert.deepEqual(residueTexts([PROSE, '', 'Most Read', '', long].join('\n')), ['Most Read', long]);
      // Among other teasers, with no blank line between.
      assert.deepEqual(residueTexts([PROSE, '', long, 'Talks on the timetable stall again as both sides dig in over the date of the final…'].join('\n')),
        [long, 'Talks on the timetable stall again as both sides dig in over the date of the final…']);
      // A headline-length teaser alone before a block of links.
      const short = 'Iraq shelves the militia law after pressure from Washington…';
      assert.deepEqual(residueTexts([PROSE, '', short, '', ...MORE].join('\n')), [short, ...MORE]);
    });
  });
});
