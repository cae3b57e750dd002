// Hand-made answers of the server's view requests, in the shapes of server/src/protocol/views.ts:
// a tracked troop level reported by several (invented) articles, and a small corpus's timeline.
import type {
  FigureHistory,
  FigureHistoryMention,
  FigureHistoryValue,
  Timeline,
  TimelineDate,
  ViewDate,
  ViewLocation,
} from '../../../server/src/protocol/views';

export const GAZETTEER_URI = 'file:///ws/gazetteer.yaml';

export function at(uri: string, line: number, character: number, length: number): ViewLocation {
  return { uri, range: { start: { line, character }, end: { line, character: character + length } } };
}

export function day(value: string): ViewDate {
  return { value, precision: 'day', start: value, end: value };
}

export function month(value: string, last: string): ViewDate {
  return { value, precision: 'month', start: `${value}-01`, end: last };
}

function value(amount: number, asOf: ViewDate, source: string | null, line: number): FigureHistoryValue {
  return { value: amount, asOf, source, location: at(GAZETTEER_URI, line, 8, 40) };
}

export const VALUES: FigureHistoryValue[] = [
  value(4800, month('2021-03', '2021-03-31'), 'Defence ministry briefing', 40),
  value(3100, month('2021-10', '2021-10-31'), null, 41),
  value(2400, day('2022-02-15'), 'Parliamentary answer <img src=x onerror=alert(1)>', 42),
];

function mention(over: Partial<FigureHistoryMention> & Pick<FigureHistoryMention, 'location' | 'text' | 'agreement'>): FigureHistoryMention {
  return {
    title: null,
    published: null,
    min: null,
    max: null,
    minInclusive: true,
    maxInclusive: true,
    conservative: null,
    date: null,
    expected: [],
    conflictsWith: [],
    ...over,
  };
}

export const MENTIONS: FigureHistoryMention[] = [
  mention({
    location: at('file:///ws/2021-05-04-garrison.news.md', 9, 12, 27),
    title: 'Garrison stays put as talks stall',
    published: '2021-05-04',
    text: 'roughly 4,800 foreign troops',
    min: 4320,
    max: 5280,
    conservative: 4320,
    date: day('2021-05-04'),
    agreement: 'agrees',
    expected: [VALUES[0]],
  }),
  mention({
    location: at('file:///ws/2021-11-20-drawdown.news.md', 14, 4, 24),
    title: 'Troops <b>leave</b> & "stay"',
    published: '2021-11-20',
    text: 'more than 4,000 soldiers',
    min: 4000,
    minInclusive: false,
    maxInclusive: false,
    conservative: 4000,
    date: day('2021-11-20'),
    agreement: 'disagrees',
    expected: [VALUES[1]],
    conflictsWith: [2],
  }),
  mention({
    location: at('file:///ws/2021-11-22-reply.news.md', 6, 0, 22),
    title: 'Ministry replies to drawdown report',
    published: '2021-11-22',
    text: 'fewer than 3,500 troops',
    max: 3500,
    maxInclusive: false,
    date: { value: '2021-W47', precision: 'week', start: '2021-11-22', end: '2021-11-28' },
    agreement: 'agrees',
    expected: [VALUES[1]],
    conflictsWith: [1],
  }),
  mention({
    location: at('file:///ws/2020-12-01-early.news.md', 3, 30, 11),
    title: null,
    published: '2020-12-01',
    text: '6,000 troops',
    min: 6000,
    max: 6000,
    conservative: 6000,
    date: day('2020-12-01'),
    agreement: 'no-value',
  }),
  mention({
    location: at('file:///ws/undated-scrape.news.md', 12, 2, 18),
    title: 'A scraped item without a date',
    text: 'about 2,500 troops',
    min: 2250,
    max: 2750,
    conservative: 2250,
    agreement: 'undated',
  }),
];

export function history(over: Partial<FigureHistory> = {}): FigureHistory {
  return {
    key: 'foreign-troops-garrison',
    label: 'Foreign troops at the garrison',
    units: ['troops', 'soldiers'],
    entry: at(GAZETTEER_URI, 36, 2, 23),
    values: VALUES,
    mentions: MENTIONS,
    ...over,
  };
}

function date(uri: string, line: number, text: string, when: ViewDate, relative: boolean, entities: string[]): TimelineDate {
  return { location: at(uri, line, 4, text.length), text, date: when, relative, entities };
}

const A = 'file:///ws/2021-05-04-garrison.news.md';
const B = 'file:///ws/2021-11-20-drawdown.news.md';
const C = 'file:///ws/notes/untitled-brief.news.md';

export function timeline(): Timeline {
  return {
    articles: [
      {
        uri: A,
        title: 'Garrison stays put as talks stall',
        published: '2021-05-04',
        dates: [
          date(A, 5, 'Monday', day('2021-05-03'), true, ['garrison-base', 'defence-ministry']),
          date(A, 8, 'March 2021', month('2021-03', '2021-03-31'), false, ['defence-ministry']),
        ],
      },
      {
        uri: B,
        title: 'Troops <b>leave</b> & "stay"',
        published: '2021-11-20',
        dates: [
          date(B, 4, 'last week', { value: '2021-W45', precision: 'week', start: '2021-11-08', end: '2021-11-14' }, true, ['garrison-base']),
          date(B, 9, '2019', { value: '2019', precision: 'year', start: '2019-01-01', end: '2019-12-31' }, false, []),
          date(B, 11, 'November 20', day('2021-11-20'), false, ['river-province']),
        ],
      },
      {
        uri: C,
        title: null,
        published: null,
        dates: [date(C, 2, 'June 3, 2021', day('2021-06-03'), false, ['river-province'])],
      },
    ],
    entities: [
      { id: 'garrison-base', name: 'Garrison Base', kind: 'base', dates: 2 },
      { id: 'defence-ministry', name: 'Defence Ministry', kind: 'organization', dates: 2 },
      { id: 'river-province', name: 'River <Province>', kind: 'place', dates: 2 },
    ],
  };
}
