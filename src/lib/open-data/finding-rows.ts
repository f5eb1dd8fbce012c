/**
 * One row per finding id ever issued, for /data/findings.csv and .json:
 * active findings in document order, then retired ids (whose last known text
 * and judgement come from the registry). Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { absoluteUrl, citePaths, type SiteLocation } from '../citation/site-url.ts';
import { compareDocuments } from '../documents.ts';
import type { FindingPermalink } from '../permalinks.ts';
import type { FindingField } from './finding-fields.ts';

/** A row as findings.json holds it (CSV holds the same values as text). */
export type FindingRow = Record<FindingField, string | number | boolean | string[] | null>;

/** The document columns of a row; all null when a retired id's document is gone. */
function documentColumns(doc: SourceDocument | undefined, slug: string) {
  return {
    authority: doc?.authority.name ?? null,
    gss_code: doc?.authority.gssCode ?? null,
    region: doc?.authority.region ?? null,
    inspection_start: doc?.inspection.start ?? null,
    inspection_end: doc?.inspection.end ?? null,
    letter_date: !doc ? null : doc.kind === 'ofsted-letter' ? doc.letterDate : doc.ofstedLetterDate,
    report_date: doc?.kind === 'council-report' ? doc.reportDate : null,
    document_kind: doc?.kind ?? null,
    document_slug: slug,
    source_file: doc?.source.file ?? null,
  };
}

/** The follow-up columns of a finding (src/lib/follow-up/), already in words. */
export interface NextColumns {
  outcome: string;
  basis: string;
  document: string;
  finding: string | null;
  reason: string;
}

/** Looks up a finding's follow-up columns by id. */
export type NextLookup = (id: string) => NextColumns | undefined;

function nextColumns(next: NextColumns | undefined) {
  return {
    next_outcome: next?.outcome ?? null,
    next_basis: next?.basis ?? null,
    next_document_slug: next?.document ?? null,
    next_finding: next?.finding ?? null,
    next_reason: next?.reason ?? null,
  };
}

/** The row of one permalink. */
export function findingRow(
  link: FindingPermalink,
  at: SiteLocation,
  nextOf: NextLookup = () => undefined,
): FindingRow {
  const { id, entry, ref } = link;
  const doc = ref?.doc ?? link.doc;
  return {
    id,
    url: absoluteUrl(at, citePaths.finding(id)),
    status: ref ? 'active' : 'retired',
    retired_because: ref ? null : (entry.retiredBecause ?? null),
    judgement: ref?.finding.judgement ?? entry.judgement,
    themes: ref ? ref.finding.themes.map((t) => t.theme) : [],
    text: ref?.finding.text ?? entry.text,
    position: ref?.finding.position ?? null,
    repeats_previous: ref?.finding.repeatsPrevious ?? null,
    ...documentColumns(doc, doc?.slug ?? entry.document),
    ...nextColumns(ref ? nextOf(id) : undefined),
  };
}

/** Every row: live findings by document (inspection date, letters first) and position, then retired ids by id. */
export function findingRows(
  links: readonly FindingPermalink[],
  at: SiteLocation,
  nextOf: NextLookup = () => undefined,
): FindingRow[] {
  const live = links
    .filter((l) => l.ref)
    .sort(
      (a, b) =>
        compareDocuments(a.ref!.doc, b.ref!.doc) ||
        a.ref!.finding.position - b.ref!.finding.position,
    );
  const retired = links.filter((l) => !l.ref).sort((a, b) => a.id.localeCompare(b.id));
  return [...live, ...retired].map((l) => findingRow(l, at, nextOf));
}
