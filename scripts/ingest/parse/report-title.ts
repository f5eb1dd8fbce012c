import { LABEL } from './report-metadata.ts';
import { parseDate } from './dates.ts';

/**
 * A title ends neither on a joining word or mark ("… Referral and", "… of
 * contact,", "… Arrangements:", "… in Children's", "Ofsted Annual") nor inside the
 * programme's name ("… Referral and Assessment" without its "Arrangements"):
 * a line that does was wrapped, whatever the width.
 */
const OPEN_END =
  /(?:[,:;&/–—-]|\b(?:and|or|of|the|in|within|for|to|on|at|by|with|from|into|a|an|annual|children'?s)|\bunannounced inspection(?: of(?: contact,?(?: (?:referral|assessment)(?: and (?:assessment|referral))?)?)?)?)$/i;

/** Lines a title may run over: the first and up to three more. */
const MAX_LINES = 4;

/**
 * The row after a title's line carries it on when the title is unfinished
 * (`OPEN_END`: even an all-capitals heading's tail) or the row starts in
 * lower case, as no heading, label or sentence after a title does; a label,
 * a date, a numbered paragraph or an item never does.
 */
function carriesOn(title: string, row: string): boolean {
  if (LABEL.test(row) || parseDate(row) !== undefined || /^[\d(•▪*–-]/.test(row)) return false;
  return /^[a-z]/.test(row) || OPEN_END.test(title);
}

/** A title begun on `first`, joined with the rows after it (`after`) that carry it on. */
export function continueTitle(first: string, after: readonly string[]): string {
  let title = first.trim();
  for (const row of after.slice(0, MAX_LINES - 1)) {
    if (!carriesOn(title, row) || title.length + row.length > 300) break;
    title = `${title} ${row.trim()}`;
  }
  return title;
}

/**
 * The report's title: the first line naming the inspection, with the lines it
 * was wrapped onto — and the line before, when the title began there ("Ofsted
 * Annual" then "Unannounced Inspection of …", or a line in lower case).
 */
export function reportTitle(rows: readonly string[]): string {
  const at = rows.findIndex((text) => /unannounced inspection/i.test(text) && text.length < 200);
  if (at < 0) return 'Council report on an unannounced inspection';
  const line = rows[at].replace(LABEL, '');
  const before = at > 0 && line === rows[at] ? rows[at - 1].replace(LABEL, '') : '';
  const opens =
    before !== '' && parseDate(before) === undefined && !/^[\d(•▪*–-]|[.!?]$/.test(before);
  const first = opens && carriesOn(before, line) ? `${before} ${line}` : line;
  return continueTitle(first, rows.slice(at + 1));
}
