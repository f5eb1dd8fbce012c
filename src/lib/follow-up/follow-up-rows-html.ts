/**
 * The rows of an authority page's before → after table (FollowUpTables.astro):
 * each earlier finding, what the next letter made of it and why. As HTML rather
 * than as template rows because the 152 authority pages at N = 500 have ~6,000
 * of them, each with two badges and two links, and rendering them cell by cell
 * cost more than the rest of the table. Escaped as Astro escapes. Pure.
 */
import { excerpt } from '../documents.ts';
import { escapeText, linkHtml } from '../html.ts';
import { judgementBadgeHtml } from '../judgement-badge.ts';
import { routes } from '../urls.ts';
import type { InspectionPair } from './inspection-pairs.ts';
import { outcomeLabel } from './outcomes.ts';
import { followUpReason } from './reason.ts';

/** One row per earlier finding of the pair, in its order. */
export function followUpRowsHtml(pair: InspectionPair, themeLabel: (id: string) => string): string {
  let html = '';
  for (const f of pair.followUps) {
    const from = pair.earlier.findings.find((x) => x.id === f.from)!;
    const to = f.to ? pair.later.findings.find((x) => x.id === f.to) : undefined;
    const after = to
      ? `<br>${judgementBadgeHtml(to.judgement)} ${linkHtml(routes.finding(to.id), excerpt(to.text, 90))}`
      : '';
    html += `<tr><td>${judgementBadgeHtml(from.judgement)} ${linkHtml(routes.finding(from.id), excerpt(from.text, 120))}</td><td><strong class="follow-up__outcome" data-outcome="${f.outcome}">${escapeText(outcomeLabel(f.outcome))}</strong>${after}</td><td class="follow-up__reason">${escapeText(followUpReason(f, themeLabel))}</td></tr>`;
  }
  return html;
}
