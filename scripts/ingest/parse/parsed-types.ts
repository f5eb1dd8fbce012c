import type { SectionSpan } from '../check/check-lossless.ts';
import type { CoverBox } from './cover-box.ts';
import type { CouncilReport, Finding, Judgement, Letter } from '../../../src/schemas/document.ts';

/** A finding as parsed, before ids and themes are assigned. */
export type DraftFinding = Omit<Finding, 'id' | 'themes' | 'position'>;

/** The letter's text in reading order, as the site shows it. */
export type BodyNode =
  | { type: 'paragraph'; lines: string[] }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'findings'; judgement: Judgement; findings: number[] /* indexes into `findings` */ }
  /** A council report's cover box (see `findCoverBoxes`): kept out of the prose, as fields or as extracted. */
  | ({ type: 'cover' } & CoverBox);

type Drafted<T> = Omit<T, 'slug' | 'findings' | 'source' | 'authority' | 'council'> & {
  findings: DraftFinding[];
  body: BodyNode[];
  /** Where the findings lie in the source, for the lossless check. */
  sections: SectionSpan[];
  /** Council name as the document writes it (matched to an authority by the caller). */
  authorityName: string;
  /** A closing follows the findings (for the truncation check). */
  closed: boolean;
};

/** What the parsers return: the document minus what ingest adds (ids, themes, provenance, a report's council name from the letters). */
export type ParsedDocument = Drafted<Letter> | Drafted<CouncilReport>;
