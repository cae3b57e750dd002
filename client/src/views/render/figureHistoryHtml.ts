// Figure history (SPEC §9): the gazetteer's values as a step line and every article mention as an
// interval (an error bar) at its date, on one time axis, with a table below that holds the same
// facts in accessible form. Data in, HTML out: no `vscode` here, so it is unit-tested in Node.
import type { FigureAgreement, FigureHistory, FigureHistoryMention, FigureHistoryValue } from '../../../../server/src/protocol/views';
import { escapeHtml } from './escape';
import { fileNameOf, formatInterval, formatNumber, formatViewDate, locationAttributes } from './format';
import { type PageOptions, messagePageHtml, pageHtml } from './page';
import { type Domain, dayNumber, linear, midDay, paddedDayDomain, timeTicks, valueTicks } from './scales';

export interface FigureHistoryRenderOptions extends PageOptions {
  /** The key that was asked for, for the message when the server knows no such figure. */
  requestedKey?: string;
}

const AGREEMENT_LABEL: Record<FigureAgreement, string> = {
  agrees: 'Agrees with the gazetteer',
  disagrees: 'Disagrees with the gazetteer',
  'no-value': 'No gazetteer value on that date',
  undated: 'Undated',
};

/** The glyph in the table repeats the chart's shape, so the two read alike without colour. */
const AGREEMENT_GLYPH: Record<FigureAgreement, string> = { agrees: '●', disagrees: '◆', 'no-value': '□', undated: '○' };

// The chart's drawing box (SVG user units; the SVG scales to the panel's width).
const WIDTH = 760;
const HEIGHT = 340;
const PLOT = { left: 68, right: WIDTH - 24, top: 20, bottom: HEIGHT - 40 };

export function renderFigureHistoryHtml(history: FigureHistory | null, options: FigureHistoryRenderOptions): string {
  if (!history) {
    const message = options.requestedKey
      ? `No figure "${options.requestedKey}" is known in this workspace: it is neither a gazetteer figure nor a key used in an article.`
      : 'There is no figure at the cursor. Put the cursor on a figure in an article, or on a figure in the gazetteer, and run the command again.';
    return messagePageHtml('Figure history', message, options);
  }
  const title = `Figure history: ${history.label}`;
  const parts = [`<h1>${escapeHtml(title)}</h1>`, subtitle(history)];
  if (history.values.length === 0 && history.mentions.length === 0) {
    parts.push(message('The gazetteer records no value for this figure and no article mentions it.'));
    return pageHtml(title, parts.join('\n'), options);
  }
  const chart = chartSvg(history);
  parts.push(chart ?? message('Nothing to place on the time axis: the gazetteer records no value for this figure and none of its mentions has a date.'));
  if (chart) parts.push(legendHtml(history));
  parts.push(mentionsTable(history), valuesTable(history));
  return pageHtml(title, parts.join('\n'), options);
}

function message(text: string): string {
  return `<p class="message" role="status">${escapeHtml(text)}</p>`;
}

function subtitle(history: FigureHistory): string {
  const articles = new Set(history.mentions.map((m) => m.location.uri)).size;
  const facts = [
    `<code>${escapeHtml(history.key)}</code>`,
    history.units.length > 0 ? `units: ${escapeHtml(history.units.join(', '))}` : '',
    plural(history.values.length, 'value') + ' in the gazetteer',
    `${plural(history.mentions.length, 'mention')} in ${plural(articles, 'article')}`,
  ].filter(Boolean);
  const entry = history.entry
    ? ` · <button type="button" class="link" ${locationAttributes(history.entry)}>Open the gazetteer entry</button>`
    : ' · not in the gazetteer';
  return `<p class="subtitle">${facts.join(' · ')}${entry}</p>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function articleName(mention: FigureHistoryMention): string {
  return mention.title ?? fileNameOf(mention.location.uri);
}

function expectedText(mention: FigureHistoryMention): string {
  if (mention.expected.length === 0) return mention.agreement === 'undated' ? 'not compared (no date)' : 'none recorded';
  return mention.expected.map(valueText).join('; ');
}

function valueText(value: FigureHistoryValue): string {
  return `${formatNumber(value.value)} (as of ${value.asOf.value}${value.source ? `; ${value.source}` : ''})`;
}

function mentionDescription(mention: FigureHistoryMention): string {
  const when = mention.date ? formatViewDate(mention.date) : 'undated';
  return `${articleName(mention)}: “${mention.text}”, ${when}, ${formatInterval(mention)}; gazetteer: ${expectedText(mention)}; ${AGREEMENT_LABEL[mention.agreement]}`;
}

/** A mention that can be drawn: it has a date the axis can place. */
function isPlotted(mention: FigureHistoryMention): boolean {
  return mention.agreement !== 'undated' && mention.date !== null && Number.isFinite(dayNumber(mention.date.start)) && Number.isFinite(dayNumber(mention.date.end));
}

function chartSvg(history: FigureHistory): string | null {
  const values = history.values.filter((v) => Number.isFinite(dayNumber(v.asOf.start)) && Number.isFinite(v.value));
  const plotted = history.mentions.map((m, index) => ({ m, index })).filter(({ m }) => isPlotted(m));
  if (values.length === 0 && plotted.length === 0) return null;
  const days = [
    ...values.map((v) => dayNumber(v.asOf.start)),
    ...plotted.flatMap(({ m }) => [dayNumber(m.date!.start), dayNumber(m.date!.end) + 1]),
  ];
  const domain = paddedDayDomain(days) as Domain;
  const x = linear(domain, PLOT.left, PLOT.right);
  const numbers = [
    ...values.map((v) => v.value),
    ...plotted.flatMap(({ m }) => [m.min, m.max, m.conservative]).filter((n): n is number => n !== null && Number.isFinite(n)),
  ];
  const { top, ticks } = valueTicks(Math.max(0, ...numbers));
  const y = linear({ lo: 0, hi: top }, PLOT.bottom, PLOT.top);

  const out: string[] = [];
  out.push(`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-labelledby="chart-title">`);
  out.push(`<title id="chart-title">${escapeHtml(`${history.label}: gazetteer values and article mentions over time`)}</title>`);
  for (const v of ticks) {
    const yy = fix(y(v));
    out.push(`<line class="grid-line" x1="${PLOT.left}" x2="${PLOT.right}" y1="${yy}" y2="${yy}"/>`);
    out.push(`<text x="${PLOT.left - 8}" y="${fix(y(v) + 4)}" text-anchor="end">${escapeHtml(formatNumber(v))}</text>`);
  }
  for (const tick of timeTicks(domain)) {
    const xx = fix(x(tick.at));
    out.push(`<line class="axis-line" x1="${xx}" x2="${xx}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}"/>`);
    out.push(`<text x="${xx}" y="${PLOT.bottom + 18}" text-anchor="middle">${escapeHtml(tick.label)}</text>`);
  }
  out.push(`<line class="axis-line" x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}"/>`);
  out.push(`<line class="axis-line" x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}"/>`);
  if (history.units.length > 0) {
    out.push(`<text x="${-(PLOT.top + PLOT.bottom) / 2}" y="14" transform="rotate(-90)" text-anchor="middle">${escapeHtml(history.units[0])}</text>`);
  }
  if (values.length > 0) out.push(stepLine(values, x, y));
  values.forEach((value) => out.push(valueMark(value, history.values.indexOf(value), x, y)));
  const offsets = spreadSameDay(plotted.map(({ m }) => x(midDay(m.date!.start, m.date!.end))));
  plotted.forEach(({ m, index }, i) => out.push(mentionMark(m, index, x, y, offsets[i])));
  out.push('</svg>');
  return out.join('\n');
}

function fix(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/** The value valid from each `as_of` until the next, and the last one to the right edge. */
function stepLine(values: FigureHistoryValue[], x: (d: number) => number, y: (v: number) => number): string {
  const [first, ...rest] = values;
  let d = `M${fix(x(dayNumber(first.asOf.start)))} ${fix(y(first.value))}`;
  for (const v of rest) d += ` H${fix(x(dayNumber(v.asOf.start)))} V${fix(y(v.value))}`;
  d += ` H${PLOT.right}`;
  return `<path class="step-line" d="${d}"/>`;
}

function valueMark(value: FigureHistoryValue, index: number, x: (d: number) => number, y: (v: number) => number): string {
  const cx = x(dayNumber(value.asOf.start));
  const cy = y(value.value);
  const label = `Gazetteer value ${valueText(value)}`;
  return (
    `<g class="mark value-mark" tabindex="0" role="button" aria-label="${escapeHtml(label)}" data-tip="${escapeHtml(label)}" data-idx="v${index}" ${locationAttributes(value.location)}>` +
    `<circle class="hit" cx="${fix(cx)}" cy="${fix(cy)}" r="9"/>` +
    `<rect class="ring" x="${fix(cx - 8)}" y="${fix(cy - 8)}" width="16" height="16" rx="3"/>` +
    `<rect class="shape" x="${fix(cx - 4.5)}" y="${fix(cy - 4.5)}" width="9" height="9"/></g>`
  );
}

/** Mentions on the same day would hide each other: spread them a few units apart. */
function spreadSameDay(xs: number[]): number[] {
  const groups = new Map<number, number[]>();
  xs.forEach((x, i) => {
    const key = Math.round(x / 4);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const offsets = xs.map(() => 0);
  for (const members of groups.values()) {
    members.forEach((i, k) => {
      offsets[i] = (k - (members.length - 1) / 2) * 12;
    });
  }
  return offsets;
}

function mentionMark(m: FigureHistoryMention, index: number, x: (d: number) => number, y: (v: number) => number, offset: number): string {
  const date = m.date!;
  const cx = x(midDay(date.start, date.end)) + offset;
  const low = m.min !== null && Number.isFinite(m.min) ? m.min : null;
  const high = m.max !== null && Number.isFinite(m.max) ? m.max : null;
  // Where the shape sits: the middle of a closed interval, else its one finite end.
  const point = low !== null && high !== null ? (low + high) / 2 : (low ?? high ?? m.conservative ?? 0);
  const cy = y(point);
  const parts: string[] = [];
  const yLow = low !== null ? y(low) : PLOT.bottom;
  const yHigh = high !== null ? y(high) : PLOT.top;
  if (date.precision !== 'day') {
    // A week, month or year: the days it may fall on, as a thin horizontal line through the point.
    parts.push(`<line class="date-span" x1="${fix(x(dayNumber(date.start)) + offset)}" x2="${fix(x(dayNumber(date.end) + 1) + offset)}" y1="${fix(cy)}" y2="${fix(cy)}"/>`);
  }
  if (low !== null && high !== null) {
    parts.push(`<line class="bar" x1="${fix(cx)}" x2="${fix(cx)}" y1="${fix(yLow)}" y2="${fix(yHigh)}"/>`);
  } else if (low !== null) {
    parts.push(`<line class="bar open-end" x1="${fix(cx)}" x2="${fix(cx)}" y1="${fix(yLow)}" y2="${PLOT.top + 7}"/>`);
    parts.push(`<path class="arrow" d="M${fix(cx - 4.5)} ${PLOT.top + 8} L${fix(cx + 4.5)} ${PLOT.top + 8} L${fix(cx)} ${PLOT.top} Z"/>`);
  } else if (high !== null) {
    parts.push(`<line class="bar open-end" x1="${fix(cx)}" x2="${fix(cx)}" y1="${fix(yHigh)}" y2="${PLOT.bottom - 7}"/>`);
    parts.push(`<path class="arrow" d="M${fix(cx - 4.5)} ${PLOT.bottom - 8} L${fix(cx + 4.5)} ${PLOT.bottom - 8} L${fix(cx)} ${PLOT.bottom} Z"/>`);
  }
  const cap = (value: number | null, inclusive: boolean): void => {
    if (value === null || value === point) return;
    const cyy = fix(y(value));
    parts.push(
      inclusive
        ? `<line class="cap" x1="${fix(cx - 6)}" x2="${fix(cx + 6)}" y1="${cyy}" y2="${cyy}"/>`
        : `<circle class="cap exclusive" cx="${fix(cx)}" cy="${cyy}" r="3.5"/>`,
    );
  };
  cap(low, m.minInclusive);
  cap(high, m.maxInclusive);
  parts.push(shape(m.agreement, cx, cy));
  const top = Math.min(yLow, yHigh, cy) - 9;
  const bottom = Math.max(yLow, yHigh, cy) + 9;
  const label = mentionDescription(m);
  return (
    `<g class="mark mention ${m.agreement}" tabindex="0" role="button" aria-label="${escapeHtml(label)}" data-tip="${escapeHtml(label)}" data-idx="m${index}" ${locationAttributes(m.location)}>` +
    `<line class="hit" x1="${fix(cx)}" x2="${fix(cx)}" y1="${fix(top + 4)}" y2="${fix(bottom - 4)}"/>` +
    `<rect class="ring" x="${fix(cx - 10)}" y="${fix(top)}" width="20" height="${fix(bottom - top)}" rx="4"/>` +
    parts.join('') +
    '</g>'
  );
}

/** The point's shape says the agreement without colour: circle, diamond, hollow square. */
function shape(agreement: FigureAgreement, cx: number, cy: number): string {
  switch (agreement) {
    case 'disagrees':
      return `<path class="shape" d="M${fix(cx)} ${fix(cy - 7)} L${fix(cx + 7)} ${fix(cy)} L${fix(cx)} ${fix(cy + 7)} L${fix(cx - 7)} ${fix(cy)} Z"/>`;
    case 'no-value':
      return `<rect class="shape hollow" x="${fix(cx - 5)}" y="${fix(cy - 5)}" width="10" height="10"/>`;
    default:
      return `<circle class="shape" cx="${fix(cx)}" cy="${fix(cy)}" r="5"/>`;
  }
}

function legendHtml(history: FigureHistory): string {
  const item = (cls: string, svg: string, text: string): string =>
    `<li class="${cls}"><svg viewBox="0 0 28 18" aria-hidden="true">${svg}</svg>${escapeHtml(text)}</li>`;
  const bar = (cls: string, shapeSvg: string): string => `<g class="mention ${cls}"><line class="bar" x1="14" x2="14" y1="1" y2="17"/>${shapeSvg}</g>`;
  const undated = history.mentions.filter((m) => !isPlotted(m)).length;
  return [
    '<ul class="legend" aria-label="Legend">',
    item('', '<path class="step-line" d="M1 13 H12 V5 H27"/><g class="value-mark"><rect class="shape" x="8" y="9" width="8" height="8"/></g>', 'gazetteer value (steps at as_of)'),
    item('', bar('agrees', '<circle class="shape" cx="14" cy="9" r="4.5"/>'), AGREEMENT_LABEL.agrees.toLowerCase()),
    item('', bar('disagrees', '<path class="shape" d="M14 3 L20 9 L14 15 L8 9 Z"/>'), AGREEMENT_LABEL.disagrees.toLowerCase()),
    item('', bar('no-value', '<rect class="shape hollow" x="9.5" y="4.5" width="9" height="9"/>'), AGREEMENT_LABEL['no-value'].toLowerCase()),
    item('', '<g class="mention neutral"><line class="bar open-end" x1="14" x2="14" y1="17" y2="6"/><path class="arrow" d="M10 7 L18 7 L14 1 Z"/></g>', 'open bound ("more than")'),
    item('', '<g class="mention neutral"><line class="bar" x1="14" x2="14" y1="4" y2="17"/><circle class="cap exclusive" cx="14" cy="5" r="3.5"/></g>', 'bound not included'),
    undated > 0 ? `<li>${escapeHtml(`${plural(undated, 'undated mention')}: in the table only`)}</li>` : '',
    '</ul>',
  ].join('');
}

function mentionsTable(history: FigureHistory): string {
  if (history.mentions.length === 0) return `<h2>Mentions</h2>${message('No article mentions this figure yet.')}`;
  const rows = history.mentions.map((m, i) => {
    const conflicts = m.conflictsWith.filter((j) => j >= 0 && j < history.mentions.length).map((j) => `#${j + 1}`);
    const agreement =
      `<span class="${m.agreement}"><span class="glyph" aria-hidden="true">${AGREEMENT_GLYPH[m.agreement]}</span>${escapeHtml(AGREEMENT_LABEL[m.agreement])}</span>` +
      (conflicts.length > 0 ? `<br><span class="note">${escapeHtml(`conflicts with ${conflicts.join(', ')}`)}</span>` : '');
    return (
      `<tr class="mention-row ${m.agreement}" tabindex="0" aria-label="${escapeHtml(`Open: ${mentionDescription(m)}`)}" data-idx="m${i}" ${locationAttributes(m.location)}>` +
      `<td class="num">${i + 1}</td>` +
      `<td class="num">${escapeHtml(m.date ? formatViewDate(m.date) : 'undated')}</td>` +
      `<td>${escapeHtml(articleName(m))}${m.published ? `<br><span class="note">published ${escapeHtml(m.published)}</span>` : ''}</td>` +
      `<td>“${escapeHtml(m.text)}”</td>` +
      `<td class="num">${escapeHtml(formatInterval(m))}</td>` +
      `<td>${escapeHtml(expectedText(m))}</td>` +
      `<td>${agreement}</td></tr>`
    );
  });
  return [
    '<h2 id="mentions-heading">Mentions</h2>',
    '<table class="mentions" aria-labelledby="mentions-heading">',
    '<caption>Every article mention, by date. Enter or click opens the article at the figure.</caption>',
    '<thead><tr><th scope="col">#</th><th scope="col">Date</th><th scope="col">Article</th><th scope="col">As written</th><th scope="col">Interval</th><th scope="col">Gazetteer on that date</th><th scope="col">Agreement</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}

function valuesTable(history: FigureHistory): string {
  if (history.values.length === 0) {
    return `<h2>Gazetteer values</h2>${message(history.entry ? 'The gazetteer entry records no value yet.' : 'This key is only used in articles; the gazetteer has no entry for it.')}`;
  }
  const rows = history.values.map(
    (v, i) =>
      `<tr class="value-row" tabindex="0" aria-label="${escapeHtml(`Open the gazetteer at ${valueText(v)}`)}" data-idx="v${i}" ${locationAttributes(v.location)}>` +
      `<td class="num">${escapeHtml(formatViewDate(v.asOf))}</td><td class="num">${escapeHtml(formatNumber(v.value))}</td><td>${escapeHtml(v.source ?? '—')}</td></tr>`,
  );
  return [
    '<h2 id="values-heading">Gazetteer values</h2>',
    '<table class="values" aria-labelledby="values-heading">',
    '<caption>Each value holds from its date until the next. Enter or click opens the gazetteer at the value.</caption>',
    '<thead><tr><th scope="col">As of</th><th scope="col">Value</th><th scope="col">Source</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}
