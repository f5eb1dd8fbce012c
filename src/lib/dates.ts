/**
 * Dates as the letters write them ("11–12 August 2009"). ISO input is
 * `YYYY-MM-DD` or, when a source gives only a month, `YYYY-MM`. Month names
 * are spelled out here rather than taken from Intl, whose en-GB short form
 * ("Sept") varies between ICU versions.
 */
import type { DateRange } from '../schemas/document.ts';

/** Month names as the letters and the site spell them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Parts {
  year: number;
  month: number;
  day?: number;
}

/** Splits an ISO date into numbers; throws on anything else. */
export function parseIsoDate(iso: string): Parts {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`date "${iso}" not understood: expected YYYY-MM-DD or YYYY-MM`);
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined };
}

/** Full month name of a 1-based month number. */
export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/** "2 September 2009", or "July 2009" for a month-precision date. */
export function formatDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return day ? `${day} ${monthName(month)} ${year}` : `${monthName(month)} ${year}`;
}

/** "Aug 2009": short month and year, for titles. */
export function formatMonthYearShort(iso: string): string {
  const { year, month } = parseIsoDate(iso);
  return `${monthName(month).slice(0, 3)} ${year}`;
}

/** "August 2009". */
export function formatMonthYear(iso: string): string {
  const { year, month } = parseIsoDate(iso);
  return `${monthName(month)} ${year}`;
}

/** The year of an ISO date. */
export const yearOf = (iso: string): number => parseIsoDate(iso).year;

/**
 * A range as in the letters: "11–12 August 2009", "30 November – 1 December 2009",
 * "30 December 2009 – 1 January 2010", "July 2009" (month precision).
 */
export function formatDateRange({ start, end }: DateRange): string {
  if (start === end) return formatDate(start);
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (a.day === undefined || b.day === undefined)
    return `${formatDate(start)} – ${formatDate(end)}`;
  if (a.year !== b.year) return `${formatDate(start)} – ${formatDate(end)}`;
  if (a.month !== b.month)
    return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${b.year}`;
  return `${a.day}–${b.day} ${monthName(b.month)} ${b.year}`;
}

/** `YYYY-MM` of an ISO date: the key that identifies an inspection within an authority. */
export const monthKey = (iso: string): string => iso.slice(0, 7);
