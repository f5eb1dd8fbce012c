import { createHash } from 'node:crypto';
import type { Authority, DocumentKind, SourceDocument } from '../../src/schemas/document.ts';
import { decodeText } from './read/decode-text.ts';
import { detectKind } from './recognise/detect-kind.ts';
import { IngestError } from './ingest-error.ts';
import { checkLossless } from './check/check-lossless.ts';
import { markTruncation } from './check/mark-truncation.ts';
import { checkStatedCounts } from './check/summary-check.ts';
import type { DocumentWarning } from './warnings.ts';
import { findAuthorityInText, matchAuthority } from './parse/match-authority.ts';
import { parseCouncilReport } from './parse/parse-council-report.ts';
import { ownHeaders } from './parse/report-headers.ts';
import { NOT_SIGNED, parseLetter } from './parse/parse-letter.ts';
import type { ParsedDocument } from './parse/parsed-types.ts';
import { linesToBlocks, readLines } from './clean/to-blocks.ts';
import { wrapWidth } from './clean/line-context.ts';
import { blanksPerBreak } from './clean/blank-lines.ts';
import { blankCovers, findCoverBoxes } from './parse/cover-box.ts';
import { normaliseGlyphs } from './clean/normalise-glyphs.ts';
import { compactStrings } from './clean/compact-strings.ts';
import { titleCouncil } from './recognise/letter-title.ts';

/** One source file parsed: everything but finding ids and themes. */
export type ParsedFile = ParsedDocument & {
  /** What a maintainer should look at (listed in the intake report); nothing is rejected for it. */
  warnings: DocumentWarning[];
  slug: string;
  /** Prefix of the document's finding ids (`leicester-2009-08`, `leeds-2011-01-cr`). */
  idPrefix: string;
  authority: Authority;
  source: SourceDocument['source'];
};

const ID_SUFFIX: Record<DocumentKind, { slug: string; id: string }> = {
  'ofsted-letter': { slug: '', id: '' },
  'council-report': { slug: '-council-report', id: '-cr' },
};

/**
 * Bytes of one source file → a parsed document. Pure apart from hashing;
 * throws IngestError with a reason (and line when known) for bad input.
 */
export function parseDocument(
  file: string,
  bytes: Uint8Array,
  authorities: readonly Authority[],
): ParsedFile {
  const { text: source, encoding } = decodeText(bytes);
  const text = normaliseGlyphs(source);
  const detection = detectKind(text);
  if (!detection.kind) throw new IngestError(detection.reason);
  // The council's names, known before cleaning, let running headers that name it be recognised as furniture.
  const council = detection.kind === 'ofsted-letter' ? titleCouncil(text) : undefined;
  const early = council
    ? matchAuthority(council, authorities)
    : findAuthorityInText(text, authorities);
  const names = [council ?? '', early?.name.replace(/^(.*), City of$/, '$1') ?? ''].filter(Boolean);
  const report = detection.kind === 'council-report';
  const rows = report ? text.split('\n') : [];
  // A report's running headers may repeat its header box (meeting and date, title): read the box, then drop them.
  const own = report ? ownHeaders(readLines(text, names), rows) : undefined;
  const lines = readLines(text, names, own);
  // A report's cover boxes are kept out of its prose; the text's layout is still measured on the whole text.
  const covers = report ? findCoverBoxes(lines) : [];
  const blocks = linesToBlocks(blankCovers(lines, covers), wrapWidth(lines), blanksPerBreak(lines));
  const parsed =
    detection.kind === 'ofsted-letter'
      ? parseLetter(lines, blocks)
      : parseCouncilReport(lines, blocks, covers, rows);
  const authority =
    parsed.kind === 'ofsted-letter'
      ? matchAuthority(parsed.authorityName, authorities)
      : findAuthorityInText(text, authorities);
  if (!authority) {
    throw new IngestError(
      parsed.kind === 'ofsted-letter'
        ? `council "${parsed.authorityName}" is not one of the 152 authorities in content/authorities.csv — check the spelling or add an alias in scripts/ingest/parse/match-authority.ts`
        : 'cannot tell which authority the report is about: no authority from content/authorities.csv is named more often than the others',
    );
  }
  checkLossless(source, parsed.sections, parsed.findings, names, covers, own);
  const warnings: DocumentWarning[] = [];
  const marked = markTruncation(parsed, text, warnings);
  // A truncated text may well hold fewer findings than its summary states: that is already its warning.
  if (!marked.incomplete) checkStatedCounts(lines, parsed.findings, warnings);
  if (parsed.kind === 'ofsted-letter' && parsed.inspector === NOT_SIGNED && !marked.incomplete) {
    warnings.push({
      code: 'no-signature',
      message:
        'no "Yours sincerely" and signatory: the signature page is missing from the text; the inspector is shown as not stated',
    });
  }
  const month = parsed.inspection.start.slice(0, 7);
  const suffix = ID_SUFFIX[parsed.kind];
  // Stored one byte a character where they can be: tagging and serialisation read them many times (see compact-strings.ts).
  return compactStrings({
    ...marked,
    warnings,
    // A report's own title rarely names the council; a citation needs it.
    title:
      parsed.kind === 'council-report'
        ? `${authority.name}${parsed.committee ? ` ${parsed.committee}` : ''} report: ${parsed.title}`
        : parsed.title,
    authorityName: parsed.authorityName || authority.name,
    slug: `${authority.slug}-${month}${suffix.slug}`,
    idPrefix: `${authority.slug}-${month}${suffix.id}`,
    authority,
    source: { file, sha256: createHash('sha256').update(bytes).digest('hex'), encoding },
  });
}
