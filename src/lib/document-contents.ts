/** A document's short contents: every judgement, most serious first, with its count and (if any) first finding. Pure. */
import type { Judgement, SourceDocument } from '../schemas/document.ts';
import { JUDGEMENT_ORDER } from './judgements.ts';

/** One judgement's entry in the contents. */
export interface JudgementSection {
  judgement: Judgement;
  count: number;
  firstId?: string;
}

/** Every judgement in the site's order (none is a fact too: "no priority actions"), each with its first finding to link to. */
export function judgementSections(doc: Pick<SourceDocument, 'findings'>): JudgementSection[] {
  return JUDGEMENT_ORDER.map((judgement) => {
    const of = doc.findings.filter((f) => f.judgement === judgement);
    return { judgement, count: of.length, ...(of[0] ? { firstId: of[0].id } : {}) };
  });
}
