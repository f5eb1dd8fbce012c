import { DATE_PATTERN, findDate, isoDay } from '../parse/dates.ts';

/**
 * What a council report's header box says that its running headers repeat:
 * the meeting ("Cabinet", "Executive Board"), its date (ISO) and the
 * report's title, as the box reads them (see `reportFields`).
 */
export interface OwnHeaders {
  committee?: string;
  date?: string;
  title?: string;
}

/** What may stand beside a report's own header: separators and a page number ("Cabinet – 14 December 2010 – Page 3"). */
const REST = /^[\s\-–—:|,/()]*$/;
const PAGE_NUMBER = /\bpage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\b|^\s*\d{1,3}\s+|\s+\d{1,3}\s*$/gi;
const DATES = new RegExp(DATE_PATTERN, 'gi');
/** A date in figures, day first as British reports write it: "14/12/2010", "14.12.10". */
const FIGURE_DATES = /\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b/g;
const figureDate = (day: string, month: string, year: string): string | undefined =>
  isoDay(year.length === 2 ? 2000 + Number(year) : Number(year), Number(month), Number(day));

const escape = (text: string): string =>
  text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');

/**
 * A test for a report's running headers in its own style, or undefined when
 * the box gives nothing to test with: a line holding nothing but the
 * report's whole title ("… Arrangements: Outcome", though page one wraps it
 * over lines; in the title's own letters or in capitals), or the meeting and
 * its date together ("Cabinet – 14 December 2010", "EXECUTIVE BOARD 19
 * JANUARY 2011", "Cabinet 14/12/2010": the date in any written form or in figures, day first) — each with separators and a
 * page number at most, or with what `named` takes for a running header of
 * its own ("Wakefield Council – Cabinet – 14 December 2010"). Neither alone:
 * "Cabinet" or a date on a line of its own may be the document's. A line starting in lower case or ending a
 * sentence is never one: a wrapped line of prose may name the inspection.
 */
export function ownHeaderTest(
  own: OwnHeaders | undefined,
  named: (rest: string) => boolean = () => false,
): ((line: string) => boolean) | undefined {
  const title =
    own?.title && own.title.length >= 20
      ? { asWritten: new RegExp(escape(own.title)), capitals: new RegExp(escape(own.title), 'i') }
      : undefined;
  const committee =
    own?.committee && own.date && own.committee.trim().length >= 3
      ? new RegExp(`(?:the\\s+)?${escape(own.committee)}`, 'i')
      : undefined;
  if (!title && !committee) return undefined;
  const alone = (rest: string): boolean =>
    REST.test(rest.replace(PAGE_NUMBER, ' ')) ||
    named(rest.replace(/^[\s\-–—:|,/()]+|[\s\-–—:|,/()]+$/g, ''));
  return (line) => {
    const text = line.trim();
    if (text === '' || text.length > 300 || /[.;!?]$/.test(text) || /^[a-z]/.test(text))
      return false;
    const titled =
      title &&
      (title.asWritten.test(text) || (text === text.toUpperCase() && title.capitals.test(text)))
        ? text.replace(title.capitals, ' ')
        : undefined;
    if (titled !== undefined && alone(titled)) return true;
    if (!committee?.test(text)) return false;
    let dated = false;
    const drop = (date: string, iso: string | undefined): string => {
      const same = iso === own!.date;
      dated ||= same;
      return same ? ' ' : date;
    };
    const rest = text
      .replace(committee, ' ')
      .replace(DATES, (date) => drop(date, findDate(date)))
      .replace(FIGURE_DATES, (date, d, m, y) => drop(date, figureDate(d, m, y)));
    return dated && alone(rest);
  };
}
