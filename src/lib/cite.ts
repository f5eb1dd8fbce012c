/**
 * Citation text for a finding and a document, in a plain author–date form a
 * reader can paste into a reference list. Pure: the URL is passed in.
 */
import type { Finding, SourceDocument } from '../schemas/document.ts';
import { formatDate, yearOf } from './dates.ts';
import { judgementLabel } from './judgements.ts';

/** Author, year and description of a document: Ofsted for letters, the council's officer for reports. */
function describe(doc: SourceDocument): string {
  if (doc.kind === 'ofsted-letter') {
    return `Ofsted (${yearOf(doc.letterDate)}) ${doc.title}. Letter of ${formatDate(doc.letterDate)}`;
  }
  return `${doc.reportOf}, ${doc.authority.name} (${yearOf(doc.reportDate)}) ${doc.title}. Report to ${doc.committee}, ${formatDate(doc.reportDate)}`;
}

/** "Ofsted (2009) <title>. Letter of 2 September 2009. Front Door Findings. <url>". */
export function citeDocument(doc: SourceDocument, url: string): string {
  return `${describe(doc)}. Front Door Findings. ${url}`;
}

/** As citeDocument, naming the finding, its judgement and whose words it is. */
export function citeFinding(doc: SourceDocument, finding: Pick<Finding, 'id' | 'judgement'>, url: string): string {
  const whose = doc.kind === 'council-report' ? ', as the council summarised it' : '';
  return `${describe(doc)}, finding ${finding.id} (${judgementLabel(finding.judgement).toLowerCase()}${whose}). Front Door Findings. ${url}`;
}
