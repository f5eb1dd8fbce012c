/**
 * Page furniture as it survives PDF-to-text conversion of the real letters: runs of blank lines,
 * "INVESTOR IN PEOPLE" (the logo's text), and "Page N of M". The total page count is only known
 * once the letter is laid out, and sections are rendered out of text order, so every break carries
 * a marker line and the markers are numbered (or dropped) in text order at the end.
 */
import type { Rng } from './prng.ts';

const PAGE = '\u0000PAGE';
const SILENT = '\u0000BREAK';

/** Hands out page breaks for one letter and numbers them afterwards. */
export interface PageBreaker {
  /** Lines for one page break, starting and ending with blank lines. */
  next(): string[];
  /** Replace the markers in the finished text: "Page N of M", or nothing. */
  finish(text: string): string;
}

/** A page breaker drawing its furniture style from rng. */
export function pageBreaker(rng: Rng): PageBreaker {
  let breaks = 0;
  return {
    next() {
      breaks++;
      switch (rng.int(0, 4)) {
        case 0: // seeds 000 / 002
          return ['', '', SILENT, '', 'INVESTOR IN PEOPLE', ''];
        case 1: // seeds 001 / 003: the furniture was dropped, only blank lines remain
          return ['', '', SILENT, '', ''];
        case 2:
          return ['', '', '', PAGE, ''];
        case 3:
          return ['', '', 'INVESTOR IN PEOPLE', '', PAGE, ''];
        default:
          return ['', '', PAGE, '', 'INVESTOR IN PEOPLE', ''];
      }
    },
    finish(text) {
      const total = breaks + 1;
      let page = 1;
      return text.replace(/\u0000(PAGE|BREAK)(\n?)/g, (_m, kind: string, nl: string) => {
        page++;
        return kind === 'PAGE' ? `Page ${page} of ${total}${nl}` : '';
      });
    },
  };
}
