/** Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): ordering, formatting and nearby dates. */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(value: string): PartialDate {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year ?? 0, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

export type Precision = 'year' | 'month' | 'day';

export const precisionOf = (value: string): Precision => (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day');

/** A partial date cut to a coarser precision: `truncateDate('2019-08-28', 'month')` is `'2019-08'`. */
/** How many characters a date of a precision has: 4 (`2019`), 7 (`2019-08`) or 10 (`2019-08-28`). */
export const precisionLength = (precision: Precision): number => (precision === 'year' ? 4 : precision === 'month' ? 7 : 10);

export const truncateDate = (value: string, precision: Precision): string => value.slice(0, precisionLength(precision));

const spans = new Map<string, readonly [number, number]>();

/** First and last day covered by a partial date, as comparable numbers (YYYYMMDD). Cached: ordering compares the same dates often. */
export function dateSpan(value: string): readonly [number, number] {
  let span = spans.get(value);
  if (!span) {
    span = computeSpan(value);
    if (spans.size > 50_000) spans.clear();
    spans.set(value, span);
  }
  return span;
}

function computeSpan(value: string): [number, number] {
  const { year, month, day } = parsePartialDate(value);
  if (month === undefined) return [year * 10000 + 101, year * 10000 + 1231];
  if (day === undefined) return [year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31];
  const exact = year * 10000 + month * 100 + day;
  return [exact, exact];
}

/** True when `a` certainly ends before `b` begins ("2019" vs "2019-07" is not certain). */
export const certainlyBefore = (a: string, b: string): boolean => dateSpan(a)[1] < dateSpan(b)[0];

/** Sort key: earliest start first, then the more precise date. */
export const compareDates = (a: string, b: string): number => {
  const [a0, a1] = dateSpan(a);
  const [b0, b1] = dateSpan(b);
  return a0 - b0 || a1 - b1;
};

const pad = (n: number) => String(n).padStart(2, '0');

function toIso({ year, month, day }: PartialDate): string {
  return month === undefined ? `${year}` : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function isReal({ year, month, day }: PartialDate): boolean {
  if (month === undefined || day === undefined) return true;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/**
 * Dates near `value` at the same precision, nearest first: nearby years for a
 * year or a day, nearby months for a month.
 */
export function nearbyDates(value: string, span = 4): string[] {
  const date = parsePartialDate(value);
  const out: string[] = [];
  for (let step = 1; step <= span; step++) {
    for (const sign of [-1, 1]) {
      let candidate: PartialDate;
      if (date.month !== undefined && date.day === undefined) {
        const index = date.year * 12 + (date.month - 1) + sign * step;
        candidate = { year: Math.floor(index / 12), month: (index % 12) + 1 };
      } else {
        candidate = { ...date, year: date.year + sign * step };
      }
      if (isReal(candidate)) out.push(toIso(candidate));
    }
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

/** Formats a partial date for a language, showing only the precision it has. Cached: pages show the same dates many times. */
export function formatPartialDate(value: string, language: string): string {
  const key = `${language}|${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatUncached(value, language);
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

function formatUncached(value: string, language: string): string {
  const precision = precisionOf(value);
  const key = `${language}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(language, options);
    formatters.set(key, formatter);
  }
  const { year, month = 1, day = 1 } = parsePartialDate(value);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return formatter.format(date);
}
