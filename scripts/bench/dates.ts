/**
 * Calendar helpers for the synthetic corpus. Dates are plain {y, m, d} values computed in UTC so
 * the output never depends on the machine's time zone.
 */
import type { Rng } from './prng.ts';

/** A calendar date; m is 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Month names as the letters spell them (the site's own list). */
export { MONTHS } from '../../src/lib/dates.ts';
import { MONTHS } from '../../src/lib/dates.ts';

/** The programme ran June 2009 – May 2012: 36 months, indexed 0 (June 2009) to 35 (May 2012). */
export const PROGRAMME_MONTHS = 36;

const LAST_DAY: Ymd = { y: 2012, m: 5, d: 31 };

function toUtc(x: Ymd): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

function fromUtc(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The date n days later (n may be negative). */
export function addDays(x: Ymd, n: number): Ymd {
  return fromUtc(toUtc(x) + n * 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(x: Ymd): number {
  return new Date(toUtc(x)).getUTCDay();
}

/** Negative, zero or positive like a sort comparator. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

/** ISO 8601 date, e.g. 2009-08-11. */
export function isoDate(x: Ymd): string {
  return `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
}

/** The calendar month of a programme month index (0 = June 2009). */
export function programmeMonth(index: number): { y: number; m: number } {
  return { y: 2009 + Math.floor((5 + index) / 12), m: ((5 + index) % 12) + 1 };
}

/** Programme month index of a date. */
export function programmeIndex(x: Ymd): number {
  return (x.y - 2009) * 12 + (x.m - 6);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2nd", "11th", "23rd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "2 September 2009". */
export function longDate(x: Ymd): string {
  return `${x.d} ${MONTHS[x.m - 1]} ${x.y}`;
}

/** "April 2010" — how letters cite a previous inspection. */
export function monthYear(x: { y: number; m: number }): string {
  return `${MONTHS[x.m - 1]} ${x.y}`;
}

/**
 * The two inspection days as the opening paragraph writes them: "11 and 12 August 2009",
 * "30 November and 1 December 2009", "2nd and 3rd November 2010".
 */
export function inspectionDates(d1: Ymd, d2: Ymd, ordinals: boolean): string {
  const day = (x: Ymd): string => (ordinals ? ordinal(x.d) : String(x.d));
  if (d1.y !== d2.y)
    return `${day(d1)} ${MONTHS[d1.m - 1]} ${d1.y} and ${day(d2)} ${MONTHS[d2.m - 1]} ${d2.y}`;
  if (d1.m !== d2.m)
    return `${day(d1)} ${MONTHS[d1.m - 1]} and ${day(d2)} ${MONTHS[d2.m - 1]} ${d2.y}`;
  return `${day(d1)} and ${day(d2)} ${MONTHS[d1.m - 1]} ${d1.y}`;
}

/**
 * The first day of a two-day visit in the given programme month: a Monday–Thursday (so both days
 * are weekdays), not over Christmas, and ending by 31 May 2012. With preferMonthEnd the visit
 * starts on the month's last day when that is possible, so "30 November and 1 December" occurs.
 */
export function pickVisitStart(rng: Rng, monthIndex: number, preferMonthEnd: boolean): Ymd {
  const { y, m } = programmeMonth(monthIndex);
  const candidates: Ymd[] = [];
  for (let d = 1; d <= daysInMonth(y, m); d++) {
    const x = { y, m, d };
    const wd = weekday(x);
    const christmas = (m === 12 && d >= 20) || (m === 1 && d <= 3);
    if (wd >= 1 && wd <= 4 && !christmas && compareYmd(addDays(x, 1), LAST_DAY) <= 0)
      candidates.push(x);
  }
  const last = candidates[candidates.length - 1];
  if (preferMonthEnd && last && last.d === daysInMonth(y, m)) return last;
  return rng.pick(candidates);
}

/** A weekday 14–35 days after the visit: when the letter went out. */
export function pickLetterDate(rng: Rng, visitEnd: Ymd): Ymd {
  let x = addDays(visitEnd, rng.int(14, 35));
  while (weekday(x) === 0 || weekday(x) === 6) x = addDays(x, 1);
  return x;
}
