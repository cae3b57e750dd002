// Timeline (SPEC §9): every resolved date of the corpus on one axis, one lane per article, with an
// entity filter that runs in the page, and a table with the same dates in accessible form.
// Data in, HTML out: no `vscode` here, so it is unit-tested in Node.
import type { Timeline, TimelineArticle, TimelineDate } from '../../../../server/src/protocol/views';
import { escapeHtml } from './escape';
import { fileNameOf, formatViewDate, locationAttributes } from './format';
import { type PageOptions, messagePageHtml, pageHtml } from './page';
import { type Domain, dayNumber, midDay, paddedDayDomain, timeTicks } from './scales';

const TITLE = 'Timeline';

/**
 * A webview page holds every mark and row: past a few thousand dates it grows to megabytes and the
 * page crawls, so a large corpus shows its most recent articles and says so.
 */
export const DEFAULT_MAX_DATES = 5000;

export interface TimelineRenderOptions extends PageOptions {
  maxDates?: number;
}

export function renderTimelineHtml(timeline: Timeline | null, options: TimelineRenderOptions): string {
  const all = (timeline?.articles ?? [])
    .map((article) => ({ ...article, dates: article.dates.filter(isPlaceable) }))
    .filter((article) => article.dates.length > 0);
  const articles = mostRecentWithin(all, options.maxDates ?? DEFAULT_MAX_DATES);
  if (!timeline || articles.length === 0) {
    return messagePageHtml(TITLE, 'No article in the workspace has a resolved date yet: dates need a publication date (front matter `published:`) or a year of their own.', options);
  }
  const domain = paddedDayDomain(
    articles.flatMap((a) => [
      ...a.dates.flatMap((d) => [dayNumber(d.date.start), dayNumber(d.date.end) + 1]),
      ...(a.published ? [dayNumber(a.published)] : []),
    ]),
  ) as Domain;
  const names = new Map(timeline.entities.map((e) => [e.id, e.name]));
  const dateCount = articles.reduce((n, a) => n + a.dates.length, 0);
  const body = [
    `<h1>${TITLE}</h1>`,
    `<p class="subtitle">Every resolved date in the workspace's articles, one row per article. Hover or focus a mark to see the text as written; click it or press Enter to open it.</p>`,
    filterHtml(timeline, dateCount, articles.length),
    articles.length < all.length
      ? `<p class="message" role="status">${escapeHtml(`A large corpus: showing the ${plural(articles.length, 'article')} published last, of ${all.length}. Open a folder with fewer articles to see them all.`)}</p>`
      : '',
    legendHtml(),
    lanesHtml(articles, domain),
    tableHtml(articles, names),
  ];
  return pageHtml(TITLE, body.join('\n'), options);
}

/** The articles (in the server's order: by publication date) from the last one back, while their dates fit in the budget. */
function mostRecentWithin(articles: TimelineArticle[], maxDates: number): TimelineArticle[] {
  let budget = maxDates;
  let first = articles.length;
  while (first > 0 && articles[first - 1].dates.length <= budget) {
    budget -= articles[first - 1].dates.length;
    first--;
  }
  return articles.slice(first);
}

function isPlaceable(date: TimelineDate): boolean {
  return Number.isFinite(dayNumber(date.date.start)) && Number.isFinite(dayNumber(date.date.end));
}

function articleName(article: TimelineArticle): string {
  return article.title ?? fileNameOf(article.uri);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function filterHtml(timeline: Timeline, dates: number, articles: number): string {
  const options = timeline.entities.map(
    (e) => `<option value="${escapeHtml(e.id)}" data-name="${escapeHtml(e.name)}">${escapeHtml(`${e.name} (${e.kind}, ${plural(e.dates, 'date')})`)}</option>`,
  );
  return (
    '<div class="toolbar">' +
    '<label for="entity-filter">Entity in the sentence:</label>' +
    `<select id="entity-filter"><option value="" data-name="">All entities</option>${options.join('')}</select>` +
    `<span id="filter-status" role="status" aria-live="polite">${escapeHtml(`${plural(dates, 'date')} in ${plural(articles, 'article')}`)}</span>` +
    '</div>'
  );
}

function legendHtml(): string {
  const item = (cls: string, svg: string, text: string): string =>
    `<li><svg viewBox="0 0 28 18" aria-hidden="true"><g class="date-mark ${cls}">${svg}</g></svg>${escapeHtml(text)}</li>`;
  return [
    '<ul class="legend" aria-label="Legend">',
    item('prec-day', '<circle class="shape" cx="14" cy="9" r="4.5"/>', 'a day'),
    item('prec-week', '<rect class="span" x="6" y="4" width="16" height="10" rx="2"/><circle class="shape" cx="14" cy="9" r="4"/>', 'a week'),
    item('prec-month', '<rect class="span" x="3" y="4" width="22" height="10" rx="2"/><circle class="shape" cx="14" cy="9" r="4"/>', 'a month'),
    item('prec-year', '<rect class="span" x="1" y="4" width="26" height="10" rx="2"/><circle class="shape" cx="14" cy="9" r="4"/>', 'a year'),
    item('prec-day relative', '<circle class="shape" cx="14" cy="9" r="4.5"/>', 'hollow: relative to publication ("Wednesday", "last month")'),
    '<li><svg viewBox="0 0 28 18" aria-hidden="true"><line class="published-tick" x1="14" x2="14" y1="1" y2="17"/></svg>publication date</li>',
    '</ul>',
  ].join('');
}

/** Positions in lanes are percentages of the lane's width, so marks keep their shape at any width. */
function percent(domain: Domain, day: number): string {
  return `${(((day - domain.lo) / (domain.hi - domain.lo)) * 100).toFixed(3)}%`;
}

function lanesHtml(articles: TimelineArticle[], domain: Domain): string {
  const ticks = timeTicks(domain, 10);
  const axis =
    '<div class="axis-row" aria-hidden="true"><span></span><svg>' +
    ticks
      .map((t) => `<line class="axis-line" x1="${percent(domain, t.at)}" x2="${percent(domain, t.at)}" y1="14" y2="20"/><text x="${percent(domain, t.at)}" y="11" text-anchor="middle">${escapeHtml(t.label)}</text>`)
      .join('') +
    '</svg></div>';
  const grid = ticks.map((t) => `<line class="grid-line" x1="${percent(domain, t.at)}" x2="${percent(domain, t.at)}" y1="0" y2="26"/>`).join('');
  const lanes = articles.map((article, i) => {
    const name = articleName(article);
    const published = article.published && Number.isFinite(dayNumber(article.published))
      ? `<line class="published-tick" x1="${percent(domain, dayNumber(article.published))}" x2="${percent(domain, dayNumber(article.published))}" y1="2" y2="24"><title>${escapeHtml(`published ${article.published}`)}</title></line>`
      : '';
    const offsets = spreadSameDay(article.dates.map((d) => midDay(d.date.start, d.date.end)), domain);
    const marks = article.dates.map((date, j) => dateMark(article, date, `a${i}d${j}`, domain, offsets[j]));
    return (
      `<div class="lane" data-lane="${i}">` +
      `<div class="lane-label"><button type="button" class="link" data-uri="${escapeHtml(article.uri)}" data-range="0,0,0,0" title="${escapeHtml(name)}">${escapeHtml(name)}</button>` +
      (article.published ? `<span class="published">${escapeHtml(article.published)}</span>` : '') +
      '</div>' +
      `<svg role="group" aria-label="${escapeHtml(`${name}: ${plural(article.dates.length, 'date')}`)}">${grid}${published}${marks.join('')}</svg>` +
      '</div>'
    );
  });
  return `<div class="lanes">${axis}${lanes.join('\n')}</div>`;
}

/**
 * Dates of one lane that fall on (nearly) the same spot would hide each other: shift them a few
 * pixels apart (an SVG transform, in pixels, on top of the percentage positions).
 */
function spreadSameDay(centers: number[], domain: Domain): number[] {
  const groups = new Map<number, number[]>();
  centers.forEach((c, i) => {
    const key = Math.round(((c - domain.lo) / (domain.hi - domain.lo)) * 500);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const offsets = centers.map(() => 0);
  for (const members of groups.values()) members.forEach((i, k) => (offsets[i] = (k - (members.length - 1) / 2) * 12));
  return offsets;
}

function describe(article: TimelineArticle, date: TimelineDate): string {
  return `“${date.text}” → ${formatViewDate(date.date)}${date.relative ? ', relative to publication' : ''} — ${articleName(article)}`;
}

function dateMark(article: TimelineArticle, date: TimelineDate, idx: string, domain: Domain, offset: number): string {
  const start = dayNumber(date.date.start);
  const end = dayNumber(date.date.end) + 1;
  const center = percent(domain, midDay(date.date.start, date.date.end));
  const span =
    date.date.precision === 'day'
      ? ''
      : `<rect class="span" x="${percent(domain, start)}" y="8" width="${(((end - start) / (domain.hi - domain.lo)) * 100).toFixed(3)}%" height="10" rx="2"/>`;
  const label = describe(article, date);
  const classes = ['mark', 'date-mark', `prec-${date.date.precision}`, date.relative ? 'relative' : ''].filter(Boolean).join(' ');
  return (
    `<g class="${classes}" tabindex="0" role="button" aria-label="${escapeHtml(label)}" data-tip="${escapeHtml(label)}" data-entities="${escapeHtml(date.entities.join(' '))}" data-idx="${idx}" ${locationAttributes(date.location)}${offset ? ` transform="translate(${offset} 0)"` : ''}>` +
    span +
    `<circle class="hit" cx="${center}" cy="13" r="6"/><circle class="ring" cx="${center}" cy="13" r="8"/><circle class="shape" cx="${center}" cy="13" r="4.5"/></g>`
  );
}

function tableHtml(articles: TimelineArticle[], names: Map<string, string>): string {
  const rows = articles.flatMap((article, i) =>
    article.dates.map(
      (date, j) =>
        `<tr class="date-row" tabindex="0" aria-label="${escapeHtml(`Open: ${describe(article, date)}`)}" data-entities="${escapeHtml(date.entities.join(' '))}" data-idx="a${i}d${j}" ${locationAttributes(date.location)}>` +
        `<td>${escapeHtml(articleName(article))}</td>` +
        `<td class="num">${escapeHtml(article.published ?? '—')}</td>` +
        `<td>“${escapeHtml(date.text)}”</td>` +
        `<td class="num">${escapeHtml(formatViewDate(date.date))}${date.relative ? ' <span class="note">(relative)</span>' : ''}</td>` +
        `<td>${escapeHtml(date.entities.map((id) => names.get(id) ?? id).join(', ') || '—')}</td></tr>`,
    ),
  );
  return [
    '<h2 id="dates-heading">Dates</h2>',
    '<table class="dates" aria-labelledby="dates-heading">',
    '<caption>Every resolved date, article by article (the entity filter applies here too). Enter or click opens the date in its article.</caption>',
    '<thead><tr><th scope="col">Article</th><th scope="col">Published</th><th scope="col">As written</th><th scope="col">Resolves to</th><th scope="col">Entities in the sentence</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}
