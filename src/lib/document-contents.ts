/** A document's short contents: each judgement it has, most serious first, with its count and first finding. Pure. */
import type { Judgement, SourceDocument } from '../schemas/document.ts';
import { JUDGEMENT_ORDER } from './judgements.ts';

/** One judgement's entry in the contents. */
export interface JudgementSection { judgement: Judgement; count: number; firstId: string }

/** The judgements present in `doc`, in the site's order, each linking to its first finding. */
export function judgementSections(doc: Pick<SourceDocument, 'findings'>): JudgementSection[] {
  return JUDGEMENT_ORDER.flatMap((judgement) => {
    const of = doc.findings.filter((f) => f.judgement === judgement);
    return of.length > 0 ? [{ judgement, count: of.length, firstId: of[0]!.id }] : [];
  });
}
