// Axes for the views: calendar days on x (ISO days → day numbers, ticks at round months or years),
// counts on y (round steps). Pure arithmetic; the SVG is written by the renderers.

const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 of an ISO day (`2020-01-08`); NaN when it is not one. */
export function dayNumber(isoDay: string): number {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function isoDay(day: number): string {
  return new Date(Math.round(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The middle of the days a date covers (start and end inclusive), as a fractional day number. */
export function midDay(start: string, end: string): number {
  return (dayNumber(start) + dayNumber(end) + 1) / 2;
}

export interface Domain {
  lo: number;
  hi: number;
}

/** The span of some days with a margin, never narrower than two months (a single date sits in the middle). */
export function paddedDayDomain(days: number[]): Domain | null {
  const finite = days.filter(Number.isFinite);
  if (finite.length === 0) return null;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const minSpan = 60;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * 0.04;
  return { lo: lo - pad, hi: hi + pad };
}

/** A linear map from a domain onto [from, to]. */
export function linear(domain: Domain, from: number, to: number): (v: number) => number {
  const span = domain.hi - domain.lo || 1;
  return (v) => from + ((v - domain.lo) / span) * (to - from);
}

export interface Tick {
  at: number;
  label: string;
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];

/** Ticks at the first of a month (or of a year when the span is long): at most `maxTicks`. */
export function timeTicks(domain: Domain, maxTicks = 8): Tick[] {
  const first = new Date(Math.ceil(domain.lo) * MS_PER_DAY);
  const monthsSpan = (domain.hi - domain.lo) / 30.44;
  const step = MONTH_STEPS.find((s) => monthsSpan / s <= maxTicks) ?? MONTH_STEPS[MONTH_STEPS.length - 1];
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  if (step >= 12) {
    const years = step / 12;
    year = Math.ceil((year + (month > 0 || first.getUTCDate() > 1 ? 1 : 0)) / years) * years;
    month = 0;
  } else {
    const next = first.getUTCDate() > 1 ? month + 1 : month;
    month = Math.ceil(next / step) * step;
  }
  const ticks: Tick[] = [];
  for (;;) {
    const y = year + Math.floor(month / 12);
    const m = ((month % 12) + 12) % 12;
    const at = Date.UTC(y, m, 1) / MS_PER_DAY;
    if (at > domain.hi || ticks.length > 60) break;
    if (at >= domain.lo) ticks.push({ at, label: step >= 12 || m === 0 ? String(y) : `${MONTHS[m]} ${y}` });
    month += step;
  }
  return ticks;
}

/** A round upper bound and step for counts from 0 to `max` (about five steps). */
export function valueTicks(max: number): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const top = Math.ceil((max * 1.08) / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { top, ticks };
}
