import { DATE_PATTERN, findDate, parseDate } from './dates.ts';
import { continueTitle, reportTitle } from './report-title.ts';

/**
 * A council report's labelled fields, whatever the council's template: the
 * committee ("Report to:", "Meeting:", or the line above the date), the date
 * ("Date:", "Date of meeting:", or a line that is a date), who reports
 * ("Report of", "Directorate:"), all three from "Report of X to the meeting of
 * Y to be held on D" when nothing else gives them, the authors ("Originator:",
 * "Author:", "Contact officer:", "Contact name:", "Report contact:"),
 * the title ("Title of report:", "Subject:", or the first line naming the
 * inspection). Two-column header rows are read cell by cell.
 */
export interface ReportFields {
  reportDate?: string;
  committee: string;
  reportOf: string;
  authors: string[];
  title: string;
}

export const LABEL =
  /^(report to|meeting|to|date(?: of (?:meeting|decision|report))?|meeting date|report of|report by|from|directorate|originators?|authors?|report authors?|contact officers?|contact names?|report contacts?|lead officers?|title(?: of report)?|subject|report title|wards?(?: affected)?|ward\(s\)|tel(?:ephone)?|key decision|agenda item)\s*:\s*/i;

/** "Report of the Strategic Director, Children's Services to the meeting of the Executive to be held on 7 December 2010": who, which committee, when. */
const HELD = new RegExp(
  `\\breport of (?:the )?([^.]+?) to the meeting of (?:the )?([^.]+?) to be held on (${DATE_PATTERN})`,
  'i',
);

/** Rows (already split at column gaps) split before a second label: "Report to: Cabinet Date: 7 July 2010" is two cells. */
function cells(rows: readonly string[]): string[] {
  return rows
    .flatMap((row) => row.split(SECOND_LABEL))
    .map((c) => c.trim().replace(ROW_NUMBER, ''))
    .filter(Boolean);
}

/**
 * A label inside a row, where an extractor that keeps no column gaps ran a
 * header box's cells together: "Cabinet Member - Children's Services Date of
 * Meeting: 7 July 2010", "Strategic Director Report Contact: Helen Wood".
 */
const SECOND_LABEL =
  /\s+(?=(?:date(?: of (?:meeting|decision|report))?|wards?(?: affected)?|ward\(s\)|tel(?:ephone)?|phone|subject|report of|report contacts?|title of report|key decision)\s*:)/i;

/** A header row's number before its label ("1. Meeting: …"), when the row's cells ran together. */
const ROW_NUMBER = /^\d{1,2}\.\s+(?=[A-Za-z][A-Za-z ]{0,30}:)/;

/** A labelled cell's value (in its cell, or the next when that is no label), where it is, and the index after the value. */
function labelled(
  all: readonly string[],
  label: RegExp,
): { value: string; at: number; next: number } | undefined {
  const at = all.findIndex((cell) => label.test(cell) && LABEL.test(cell));
  if (at < 0) return undefined;
  const value = all[at].replace(LABEL, '').trim();
  if (value) return { value, at, next: at + 1 };
  const below = all[at + 1] && !LABEL.test(all[at + 1]) ? all[at + 1] : '';
  return { value: below, at, next: below ? at + 2 : at + 1 };
}

/** The labelled fields of a report from its rows (a two-column row given as its cells). */
export function reportFields(rows: readonly string[]): ReportFields {
  const all = cells(rows);
  const dated = labelled(all, /^(date|meeting date)/i);
  const dateLine = rows.findIndex((row) => parseDate(row) !== undefined);
  // Read over the first rows joined: the sentence may be wrapped over two lines.
  const held = HELD.exec(rows.slice(0, 12).join(' '));
  const reportDate =
    (dated && findDate(dated.value)) ??
    (dateLine >= 0 ? parseDate(rows[dateLine]) : held ? findDate(held[3]) : undefined);
  const committee =
    labelled(all, /^(report to|meeting|to)\s*:/i)?.value ??
    (dateLine > 0 && !/^report of/i.test(rows[dateLine - 1]) ? rows[dateLine - 1] : held?.[2]) ??
    '';
  const reportOf = (
    labelled(all, /^(report of|report by|from|directorate)\s*:/i)?.value ??
    held?.[1] ??
    rows.find((row) => /^report of /i.test(row)) ??
    ''
  ).replace(/^report of:?\s*(the )?/i, '');
  const author = labelled(
    all,
    /^(originators?|authors?|report authors?|contact officers?|contact names?|report contacts?|lead officers?)\s*:/i,
  );
  const authorText = author ? [author.value, ...continuation(all, author.at + 1)].join(' ') : '';
  // "A Hewitt / M Stenton", "Jane Smith, Head of Safeguarding and Quality Assurance": a role after a comma is not a second name.
  const authors = authorText
    .split(/\s*(?:\/|;|&)\s*/)
    .flatMap((part) => (part.includes(',') ? [part.replace(/,.*$/, '')] : part.split(/\s+and\s+/)))
    .map((name) => name.replace(/\s+(?:tel|telephone)\b.*$/i, '').trim())
    .filter(Boolean);
  const label = labelled(all, /^(title|subject|report title)/i);
  // A "Subject:" or "Title of report:" value is wrapped like any title.
  const titled = label && continueTitle(label.value, all.slice(label.next));
  return {
    ...(reportDate ? { reportDate } : {}),
    committee,
    reportOf,
    authors,
    title: titled && /unannounced inspection/i.test(titled) ? titled : reportTitle(rows),
  };
}

/**
 * Cells after "Originator: Adam Hewitt /" that carry on the list of names (up
 * to a label or a heading). A council's name ("Bradford Council", a running
 * header where a page breaks inside the box) is no one's name.
 */
function continuation(all: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (
    let i = from;
    i < all.length &&
    /^[A-Z][a-z]+(?: [A-Z][a-z'-]+)+\s*\/?$/.test(all[i]) &&
    !LABEL.test(all[i]) &&
    !/^(report of|executive)/i.test(all[i]) &&
    !/\bcouncil$/i.test(all[i]);
    i += 1
  )
    out.push(all[i]);
  return out;
}

/** The date of the Ofsted letter the report is about, when it names it. */
export function ofstedLetterDate(full: string): string | undefined {
  const date = new RegExp(`letter (?:from Ofsted|of|dated)[^.\\n]*?(${DATE_PATTERN})`, 'i').exec(
    full,
  )?.[1];
  return date ? findDate(date) : undefined;
}
