import type { DateRange } from '../../../src/schemas/document.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

/** Source pattern for one date, "2 September 2009" or "9th March 2011". */
export const DATE_PATTERN = `${DAY}\\s+${MONTH},?\\s+${YEAR}`;

/**
 * A two-day (or longer) range as letters write it: "11 and 12 August 2009",
 * "30 November and 1 December 2009", "2nd and 3rd November 2010",
 * "29 November to 1 December 2009", "11-12 August 2009",
 * "31 December 2009 and 1 January 2010". Groups: d1, m1?, y1?, d2, m2, y2.
 */
export const RANGE_PATTERN = `${DAY}(?:\\s+${MONTH})?(?:,?\\s+${YEAR})?\\s*(?:and|to|until|-|–|—)\\s*(?:the\\s+)?${DAY}\\s+${MONTH},?\\s+${YEAR}`;

function monthNumber(name: string): number {
  const index = MONTHS.findIndex((month) =>
    month.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)),
  );
  if (index < 0) throw new Error(`month "${name}" not understood`);
  return index + 1;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO day from parts, or undefined when the day does not exist (31 June). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** First date in the text ("9th March 2011" → "2011-03-09"), or undefined. */
export function findDate(text: string): string | undefined {
  const match = new RegExp(DATE_PATTERN, 'i').exec(text);
  return match ? isoDay(Number(match[3]), monthNumber(match[2]), Number(match[1])) : undefined;
}

/** A whole string that is one date, or undefined. */
export function parseDate(text: string): string | undefined {
  return new RegExp(`^\\s*${DATE_PATTERN}\\s*$`, 'i').test(text) ? findDate(text) : undefined;
}

/** First date range in the text, or undefined. */
export function findDateRange(text: string): DateRange | undefined {
  const match = new RegExp(RANGE_PATTERN, 'i').exec(text);
  if (!match) return undefined;
  const [, d1, m1, y1, d2, m2, y2] = match;
  const endMonth = monthNumber(m2);
  const startMonth = m1 ? monthNumber(m1) : endMonth;
  const startYear = y1 ? Number(y1) : startMonth > endMonth ? Number(y2) - 1 : Number(y2);
  const start = isoDay(startYear, startMonth, Number(d1));
  const end = isoDay(Number(y2), endMonth, Number(d2));
  if (!start || !end || start > end) return undefined;
  return { start, end };
}

/** "April 2010" → "2010-04" (month precision), or undefined. */
export function parseMonthYear(text: string): string | undefined {
  const match = new RegExp(`^\\s*${MONTH}\\s+${YEAR}\\s*$`, 'i').exec(text);
  return match ? `${match[2]}-${pad(monthNumber(match[1]))}` : undefined;
}

/**
 * A date phrase as written after "in" or "on": a range, a single day or a
 * month. Returns a range (start === end for a single day or month).
 */
export function parseDatePhrase(text: string): DateRange | undefined {
  const range = findDateRange(text);
  if (range) return range;
  const day = findDate(text);
  if (day) return { start: day, end: day };
  const month = new RegExp(`${MONTH}\\s+${YEAR}`, 'i').exec(text);
  if (!month) return undefined;
  const iso = parseMonthYear(month[0]);
  return iso ? { start: iso, end: iso } : undefined;
}
