import { IngestError } from '../ingest-error.ts';
import type { DraftFinding } from '../parse/parsed-types.ts';
import { isFurnitureLine, stripStrayMarkup } from '../clean/strip-furniture.ts';

/** Source lines a findings section spans: from its first finding's line up to (not including) `end`. */
export interface SectionSpan {
  start: number;
  end: number | undefined;
  findings: number[];
}

/** Item markers with letters or digits in them; other punctuation is ignored by the comparison anyway. */
const ALNUM_MARKER = /^\s*(?:[-–•▪]\s+)?(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|[a-z]\)|\d{1,2}[.)]|o(?=\s+[A-Z]))\s+/;

/** Letters and digits only, lower case: what must survive cleaning unchanged. */
export function essence(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The lossless check: the raw text of every findings section (furniture and
 * markers aside) must equal its findings' texts in order — every sentence in
 * exactly one finding, nothing dropped, nothing doubled, nothing invented.
 * It compares with the raw lines, not with the cleaner's own output, so a
 * cleaning bug cannot hide itself.
 */
export function checkLossless(text: string, sections: readonly SectionSpan[], findings: readonly DraftFinding[]): void {
  const lines = text.split('\n');
  for (const section of sections) {
    const raw = lines
      .slice(section.start - 1, (section.end ?? lines.length + 1) - 1)
      .filter((line) => !isFurnitureLine(line))
      .map((line) => stripStrayMarkup(line).replace(ALNUM_MARKER, ' '))
      .join(' ');
    const expected = essence(raw);
    const actual = essence(section.findings.map((i) => findings[i].text).join(' '));
    if (expected !== actual) {
      const at = [...expected].findIndex((char, i) => actual[i] !== char);
      throw new IngestError(
        `findings lose or change text near "${raw.slice(0, 0)}${expected.slice(Math.max(0, at - 20), at + 20)}" (letters only) — the cleaner dropped or doubled something; please report this with the file`,
        section.start,
      );
    }
  }
}
