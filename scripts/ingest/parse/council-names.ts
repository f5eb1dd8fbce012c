/**
 * A council committee report names its council only as "the Council", yet a
 * citation of it needs the council's formal name as its author. Ofsted's
 * letters give that name ("Leicester City Council"), so a report borrows it
 * from a letter to the same authority in the corpus: the letter about the same
 * inspection when there is one, else the latest. Pure.
 */

/** What this needs of a parsed document (letters carry the council's name as their title writes it). */
export interface NamedDocument {
  kind: 'ofsted-letter' | 'council-report';
  slug: string;
  authority: { slug: string };
  inspection: { start: string };
  authorityName: string;
}

/** The formal name of `report`'s council from the letters among `documents`, or null when none is to the same authority. */
export function formalCouncilName(
  report: NamedDocument,
  documents: readonly NamedDocument[],
): string | null {
  const letters = documents.filter(
    (d) =>
      d.kind === 'ofsted-letter' &&
      d.authority.slug === report.authority.slug &&
      d.authorityName.trim() !== '',
  );
  const sameInspection = letters.find((d) => d.inspection.start === report.inspection.start);
  const latest = [...letters].sort(
    (a, b) => b.inspection.start.localeCompare(a.inspection.start) || a.slug.localeCompare(b.slug),
  )[0];
  return (sameInspection ?? latest)?.authorityName ?? null;
}
