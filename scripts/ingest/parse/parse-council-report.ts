import { findDateRange, parseDatePhrase } from './dates.ts';
import { IngestError } from '../ingest-error.ts';
import type { ParsedDocument } from './parsed-types.ts';
import { blockText, type Block } from '../clean/to-blocks.ts';
import type { SourceLine } from '../clean/strip-furniture.ts';
import { collapseText } from '../clean/normalise-glyphs.ts';
import { extractReportFindings } from './report-findings.ts';
import { REPORT_CLOSING } from './closings.ts';
import type { CoverBox } from './cover-box.ts';
import { ofstedLetterDate, reportFields } from './report-metadata.ts';
import { wrappedCells } from './wrapped-cells.ts';

const PREVIOUS =
  /\b(?:last|previous)\s+(?:unannounced\s+)?inspection\b[^.]*?\b(?:in|on|of|carried out in)\s+((?:the\s+)?\d{1,2}[^.]*?(?:19|20)\d{2}|[A-Z][a-z]+\s+(?:19|20)\d{2})/;

/**
 * A council committee report → metadata, the council's summary findings and
 * body. Metadata comes from source lines (`lines`, furniture gone) and the
 * collapsed text, so blank lines and wrapping change nothing; findings from
 * the blocks (see `extractReportFindings`); the cover boxes (see
 * `findCoverBoxes`) take their place in the body. `source` is the text's
 * lines as read (before spacing is collapsed), for the columns of a header box.
 */
export function parseCouncilReport(
  lines: readonly SourceLine[],
  blocks: readonly Block[],
  covers: readonly CoverBox[] = [],
  source: readonly string[] = [],
): ParsedDocument {
  const rows = lines.map((l) => l.text.trim()).filter((text) => text !== '');
  const full = collapseText(rows.join('\n'));
  const fields = reportFields(wrappedCells(lines, source).flat());
  if (!fields.reportDate)
    throw new IngestError(
      'report date not found — expected a line such as "9th March 2011" under the committee name, or "Date: 9 March 2011"',
      lines[0]?.line,
    );
  const inspection = findDateRange(full);
  if (!inspection)
    throw new IngestError(
      'inspection dates not found — expected e.g. "took place on the 18th and 19th January 2011"',
    );
  const { findings, body, sections } = extractReportFindings(blocks, covers);
  if (findings.length === 0) {
    throw new IngestError(
      'no summary of findings found — expected a paragraph ending "the main findings include the following:" or a heading such as "Key findings", "Strengths" or "Areas for development", followed by (i), (a), 1. or bulleted items',
      blocks[0]?.line,
    );
  }
  const letterDate = ofstedLetterDate(full);
  const previous = PREVIOUS.exec(full)?.[1];
  return {
    kind: 'council-report',
    title: fields.title,
    authorityName: '',
    reportDate: fields.reportDate,
    committee: fields.committee,
    reportOf: fields.reportOf,
    authors: fields.authors,
    inspection,
    ofstedLetterDate: letterDate ?? null,
    previousInspection: (previous && parseDatePhrase(previous)) || null,
    findings,
    body,
    sections,
    closed: blocks.some(
      (block) =>
        block.line >= (sections.at(-1)?.end ?? Infinity) && REPORT_CLOSING.test(blockText(block)),
    ),
  };
}
