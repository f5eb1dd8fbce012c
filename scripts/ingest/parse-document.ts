import { createHash } from 'node:crypto';
import type { Authority, DocumentKind, SourceDocument } from '../../src/schemas/document.ts';
import { decodeText } from './read/decode-text.ts';
import { detectKind } from './recognise/detect-kind.ts';
import { IngestError } from './ingest-error.ts';
import { checkLossless } from './check/check-lossless.ts';
import { findAuthorityInText, matchAuthority } from './parse/match-authority.ts';
import { parseCouncilReport } from './parse/parse-council-report.ts';
import { parseLetter } from './parse/parse-letter.ts';
import type { ParsedDocument } from './parse/parsed-types.ts';
import { toBlocks } from './clean/to-blocks.ts';

/** One source file parsed: everything but finding ids and themes. */
export type ParsedFile = ParsedDocument & {
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
export function parseDocument(file: string, bytes: Uint8Array, authorities: readonly Authority[]): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  const detection = detectKind(text);
  if (!detection.kind) throw new IngestError(detection.reason);
  const blocks = toBlocks(text);
  const parsed = detection.kind === 'ofsted-letter' ? parseLetter(blocks) : parseCouncilReport(blocks);
  const authority = parsed.kind === 'ofsted-letter' ? matchAuthority(parsed.authorityName, authorities) : findAuthorityInText(text, authorities);
  if (!authority) {
    throw new IngestError(
      parsed.kind === 'ofsted-letter'
        ? `council "${parsed.authorityName}" is not one of the 152 authorities in content/authorities.csv — check the spelling or add an alias in scripts/ingest/parse/match-authority.ts`
        : 'cannot tell which authority the report is about: no authority from content/authorities.csv is named more often than the others',
    );
  }
  checkLossless(text, parsed.sections, parsed.findings);
  const month = parsed.inspection.start.slice(0, 7);
  const suffix = ID_SUFFIX[parsed.kind];
  return {
    ...parsed,
    // A report's own title rarely names the council; a citation needs it.
    title: parsed.kind === 'council-report' ? `${authority.name}${parsed.committee ? ` ${parsed.committee}` : ''} report: ${parsed.title}` : parsed.title,
    authorityName: parsed.authorityName || authority.name,
    slug: `${authority.slug}-${month}${suffix.slug}`,
    idPrefix: `${authority.slug}-${month}${suffix.id}`,
    authority,
    source: { file, sha256: createHash('sha256').update(bytes).digest('hex'), encoding },
  };
}
