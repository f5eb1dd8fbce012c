/**
 * The "Before and after" section of a finding's page: what the authority's next
 * letter says about the finding, which earlier findings lead to it, and the same
 * finding in Ofsted's letter or the council's report on the same inspection.
 *
 * Written as one HTML string rather than as an Astro component because it is on
 * 6,300 of the 7,600 finding pages at N = 500, where the component's template
 * (a dozen expressions and conditionals) made each page ~0.37 ms of CPU dearer. Text is
 * escaped as Astro escapes expressions and attribute values, so the page is the
 * one the component rendered, byte for byte. Pure.
 */
import type { Finding, SourceDocument } from '../../schemas/document.ts';
import { formatMonthYearShort } from '../dates.ts';
import { escapeText as text, linkHtml as link } from '../html.ts';
import { judgementLabel } from '../judgements.ts';
import { routes } from '../urls.ts';
import type { FollowUpIndex } from './inspection-pairs.ts';
import { outcomeLabel } from './outcomes.ts';
import { followUpReason } from './reason.ts';
import type { SameInspectionLinks } from './same-inspection.ts';

/** What the section is made from. */
export interface FollowUpSources {
  followUps: FollowUpIndex;
  sameInspection: SameInspectionLinks;
  findingsById: ReadonlyMap<string, { finding: Finding; doc: SourceDocument }>;
  themeLabel: (id: string) => string;
}

/** The section's HTML, or '' when there is nothing to say. */
export function findingFollowUpHtml(
  finding: Finding,
  doc: SourceDocument,
  { followUps, sameInspection, findingsById, themeLabel }: FollowUpSources,
): string {
  const items: string[] = [];
  const next = followUps.next.get(finding.id);
  // Among the authority's own pairs (a few), not every pair of the corpus (~350): on 6,300 pages
  // that search cost ~0.5 s of a build.
  const nextDoc =
    next &&
    followUps.byAuthority.get(doc.authority.slug)?.find((p) => p.later.slug === next.laterDocument)
      ?.later;
  if (next && nextDoc) {
    const target = next.to
      ? ` → ${link(routes.finding(next.to), `${judgementLabel(findingsById.get(next.to)!.finding.judgement).toLowerCase()} ${next.to}`)}`
      : ` (${link(routes.letter(nextDoc.slug), 'the letter')})`;
    items.push(
      `<li>At the next inspection, ${text(formatMonthYearShort(nextDoc.inspection.start))}: <strong>${text(outcomeLabel(next.outcome))}</strong>${target}.<span class="muted"> ${text(followUpReason(next, themeLabel))}</span></li>`,
    );
  }
  for (const f of followUps.previous.get(finding.id) ?? []) {
    const ref = findingsById.get(f.from)!;
    items.push(
      `<li>At the previous inspection, ${text(formatMonthYearShort(ref.doc.inspection.start))}: ${link(routes.finding(ref.finding.id), `${judgementLabel(ref.finding.judgement).toLowerCase()} ${ref.finding.id}`)}, here <strong>${text(outcomeLabel(f.outcome))}</strong>.<span class="muted"> ${text(followUpReason(f, themeLabel))}</span></li>`,
    );
  }
  const letterFinding = sameInspection.toLetter.get(finding.id);
  if (letterFinding)
    items.push(
      `<li>Ofsted’s letter on the same inspection: ${link(routes.finding(letterFinding), `finding ${letterFinding}`)} (the council’s report reports it).</li>`,
    );
  const reports = sameInspection.toReports.get(finding.id) ?? [];
  if (reports.length > 0)
    items.push(
      `<li>The council’s report on this inspection reports it: ${reports.map((id, i) => `${i > 0 ? ', ' : ''}${link(routes.finding(id), `finding ${id}`)}`).join('')}.</li>`,
    );
  if (items.length === 0 && !next) return '';
  return `<section class="finding-follow-up" aria-labelledby="finding-follow-up-heading"><h2 id="finding-follow-up-heading">Before and after</h2><ul class="plain">${items.join('')}</ul><p>${link(routes.authority(doc.authority.slug), `What changed between inspections of ${doc.authority.name}`)} · ${link(routes.aboutFollowUp(), 'how links are made')}</p></section>`;
}
