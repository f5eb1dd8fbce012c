import { IngestError } from '../ingest-error.ts';
import type { DraftFinding } from '../parse/parsed-types.ts';
import { keepLines, type SourceLine } from '../clean/strip-furniture.ts';
import type { OwnHeaders } from '../clean/own-headers.ts';
import { isLoneMarker } from '../clean/item-markers.ts';
import type { CoverBox } from '../parse/cover-box.ts';

/** Source lines a findings section spans: from its first finding's line up to (not including) `end`. */
export interface SectionSpan {
  start: number;
  end: number | undefined;
  findings: number[];
}

/** Item markers with letters or digits in them; other punctuation is ignored by the comparison anyway. */
const ALNUM_MARKER =
  /^\s*(?:[^\p{L}\p{N}\s]\s+)?(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|[a-z]\)|\d{1,2}[.)]|o(?=\s+[A-Z])|(?:[ivx]{1,5}|[a-z])\.(?=\s+[A-Z]))(?:\s+|$)/u;

/** Letters and digits only, lower case: what must survive cleaning unchanged. */
export function essence(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The lossless check: the raw text of every findings section (furniture and
 * markers aside) must equal its findings' texts in order — every sentence in
 * exactly one finding, nothing dropped, nothing doubled, nothing invented.
 * It compares with the source lines read as ingest reads them (glyphs
 * normalised, furniture dropped: `keepLines`), not with the cleaner's blocks,
 * so a cleaning bug cannot hide itself. `names` are the council's names, for
 * running headers, and `own` a report's header box, for its own (see
 * `keepLines`). A report's cover boxes are checked the same way: the
 * source lines a box spans must equal its lines, and its fields (labels and
 * values in order) when it has them.
 */
export function checkLossless(
  text: string,
  sections: readonly SectionSpan[],
  findings: readonly DraftFinding[],
  names: readonly string[] = [],
  covers: readonly CoverBox[] = [],
  own?: OwnHeaders,
): void {
  const lines = keepLines(text, names, own);
  for (const cover of covers) checkCover(lines, cover);
  for (const section of sections) {
    const raw = lines
      .filter(
        ({ line }) => line >= section.start && (section.end === undefined || line < section.end),
      )
      .map(({ text: line }) => (isLoneMarker(line) ? '' : line.replace(ALNUM_MARKER, ' ')))
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

/** A cover box holds exactly the words of the source lines it spans (see `checkLossless`). */
function checkCover(lines: readonly SourceLine[], cover: CoverBox): void {
  const expected = essence(
    lines
      .filter(({ line }) => line >= cover.start && line <= cover.end)
      .map(({ text }) => text)
      .join(' '),
  );
  const shown = [
    cover.lines.join(' '),
    ...(cover.fields ? [cover.fields.map((f) => `${f.label} ${f.value}`).join(' ')] : []),
  ];
  for (const actual of shown.map(essence)) {
    if (actual !== expected) {
      const at = [...expected].findIndex((char, i) => actual[i] !== char);
      throw new IngestError(
        `the cover box loses or changes text near "${expected.slice(Math.max(0, at - 20), at + 20)}" (letters only) — please report this with the file`,
        cover.start,
      );
    }
  }
}
