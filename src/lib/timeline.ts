/**
 * An authority's inspections in time order: the documents about each one, and
 * the inspections documents only refer to ("previous inspection July 2009").
 * An inspection is identified by its authority and the month it started, which
 * is how letters and council reports refer to one another. Pure.
 */
import type { DateRange, SourceDocument } from '../schemas/document.ts';
import { monthKey } from './dates.ts';
import { compareDocuments } from './documents.ts';

/** One inspection of an authority. */
export interface TimelineEntry {
  /** `YYYY-MM` of the inspection start. */
  key: string;
  /** Dates as precise as the documents give them. */
  inspection: DateRange;
  /** Documents about this inspection (letters first). */
  documents: SourceDocument[];
  /** Documents that name this inspection as their previous one. */
  referredToBy: SourceDocument[];
}

/** Day precision beats month precision when two documents date the same inspection. */
const morePrecise = (a: DateRange, b: DateRange): DateRange =>
  b.start.length > a.start.length ? b : a;

/** Builds the timeline of one authority's documents, oldest inspection first. */
export function buildTimeline(docs: readonly SourceDocument[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  const entry = (range: DateRange): TimelineEntry => {
    const key = monthKey(range.start);
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { key, inspection: range, documents: [], referredToBy: [] }));
    else e.inspection = morePrecise(e.inspection, range);
    return e;
  };
  for (const doc of [...docs].sort(compareDocuments)) entry(doc.inspection).documents.push(doc);
  for (const doc of [...docs].sort(compareDocuments)) {
    if (doc.previousInspection) entry(doc.previousInspection).referredToBy.push(doc);
  }
  return [...entries.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Links from one document to others of the same authority. */
export interface Neighbours {
  /** Other documents about the same inspection (a council report about a letter, or the letter). */
  sameInspection: SourceDocument[];
  /** The nearest earlier inspection's documents, if the collection has any. */
  previous: SourceDocument[];
  /** The nearest later inspection's documents, if any. */
  next: SourceDocument[];
}

/** Finds a document's neighbours among its authority's documents. */
export function findNeighbours(
  doc: SourceDocument,
  authorityDocs: readonly SourceDocument[],
): Neighbours {
  const withDocs = buildTimeline(authorityDocs).filter((e) => e.documents.length > 0);
  const i = withDocs.findIndex((e) => e.documents.some((d) => d.slug === doc.slug));
  return {
    sameInspection: withDocs[i]?.documents.filter((d) => d.slug !== doc.slug) ?? [],
    previous: withDocs[i - 1]?.documents ?? [],
    next: withDocs[i + 1]?.documents ?? [],
  };
}

/** The document about the inspection a range names (an Ofsted letter if there is one), if the collection has it. */
export function findInspectionDocument(
  range: DateRange,
  authorityDocs: readonly SourceDocument[],
): SourceDocument | undefined {
  const key = monthKey(range.start);
  return [...authorityDocs]
    .sort(compareDocuments)
    .find((d) => monthKey(d.inspection.start) === key);
}
