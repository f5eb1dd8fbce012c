/**
 * What a finding permalink page says about itself: title, description and
 * breadcrumb trail, for live findings and for retired ids (whose document may
 * have gone, so authority and month come from the document slug). Pure.
 */
import type { Authority, Finding, SourceDocument } from '../schemas/document.ts';
import type { RegistryEntry } from '../schemas/finding-ids.ts';
import { formatMonthYear, formatMonthYearShort } from './dates.ts';
import { documentShortName, excerpt, findingTitle, parseDocumentSlug } from './documents.ts';
import { judgementLabel } from './judgements.ts';
import { routes } from './urls.ts';

/** A finding with the document it belongs to. */
export interface FindingRef {
  finding: Finding;
  doc: SourceDocument;
}

/** Everything a finding permalink page needs; `ref` is absent for a retired (or orphaned) id. */
export interface FindingPermalink {
  id: string;
  /** The registry entry (last known judgement and text, status). */
  entry: RegistryEntry;
  /** The live finding, when the id is active and its document contains it. */
  ref?: FindingRef;
  /** The document the registry names, when the collection still has it. */
  doc?: SourceDocument;
  /** Of a retired id: the live findings that now hold its words (after a split or merge), in registry order. */
  successors?: FindingRef[];
}

/** Title, description and trail of a permalink page. */
export interface PermalinkDescription {
  title: string;
  description: string;
  trail: { label: string; href?: string }[];
  authority?: { name: string; slug: string; hasPage: boolean };
}

/** Describes a permalink page; `documentsByAuthority` tells which authorities have pages. */
export function describePermalink(
  link: FindingPermalink,
  authorities: readonly Authority[],
  documentsByAuthority: ReadonlyMap<string, unknown>,
): PermalinkDescription {
  const { ref, doc, entry } = link;
  const letters = { label: 'Letters', href: routes.letters() };
  if (ref) {
    const { finding } = ref;
    const whose =
      ref.doc.kind === 'council-report' ? 'as summarised in the council’s report on' : 'from';
    return {
      title: findingTitle(ref.doc, finding),
      description: `${judgementLabel(finding.judgement)} ${whose} Ofsted’s ${formatMonthYear(ref.doc.inspection.start)} inspection of contact, referral and assessment arrangements in ${ref.doc.authority.name} (${ref.doc.authority.region}): “${excerpt(finding.text, 140)}”`,
      trail: [letters, { label: documentShortName(ref.doc), href: routes.letter(ref.doc.slug) }],
      authority: { name: ref.doc.authority.name, slug: ref.doc.authority.slug, hasPage: true },
    };
  }
  const parts = parseDocumentSlug(entry.document);
  const authority = doc?.authority ?? authorities.find((a) => a.slug === parts?.authoritySlug);
  const month = doc
    ? formatMonthYearShort(doc.inspection.start)
    : parts
      ? formatMonthYearShort(parts.inspectionMonth)
      : undefined;
  const where = [authority?.name ?? entry.document, month].filter(Boolean).join(', ');
  return {
    title: `Retired: ${judgementLabel(entry.judgement)} — ${where}`,
    description: link.successors
      ? `A retired finding (${judgementLabel(entry.judgement).toLowerCase()}) from ${where}: ${entry.retiredBecause ?? 'no reason recorded'}. Its words are now in ${link.successors.map((r) => r.finding.id).join(' and ')}.`
      : `A retired finding (${judgementLabel(entry.judgement).toLowerCase()}) from ${where}: ${entry.retiredBecause ?? 'no reason recorded'}. Last known text: “${excerpt(entry.text, 120)}”`,
    trail: doc
      ? [letters, { label: documentShortName(doc), href: routes.letter(doc.slug) }]
      : [letters],
    authority: authority && {
      name: authority.name,
      slug: authority.slug,
      hasPage: documentsByAuthority.has(authority.slug),
    },
  };
}

/**
 * One permalink per registry id, retired ones included, plus any content id
 * missing from the registry (so a letter never links to a page that is not built).
 */
export function buildPermalinks(
  registry: readonly (RegistryEntry & { id: string })[],
  findings: readonly FindingRef[],
  docsBySlug: ReadonlyMap<string, SourceDocument>,
): FindingPermalink[] {
  const byId = new Map(findings.map((r) => [r.finding.id, r]));
  const entries = new Map(registry.map(({ id, ...entry }) => [id, entry]));
  const links: FindingPermalink[] = registry.map(({ id, ...entry }) => {
    const ref = entry.status === 'active' ? byId.get(id) : undefined;
    const successors = ref ? [] : liveSuccessors(id, entries, byId);
    return {
      id,
      entry,
      ref,
      doc: docsBySlug.get(entry.document),
      ...(successors.length > 0 ? { successors } : {}),
    };
  });
  const known = new Set(links.map((l) => l.id));
  // A finding missing from the registry would leave its letter's permalink broken: give it a page too.
  for (const r of findings) {
    if (known.has(r.finding.id)) continue;
    const { judgement, text } = r.finding;
    links.push({
      id: r.finding.id,
      entry: { document: r.doc.slug, judgement, text, status: 'active' },
      ref: r,
      doc: r.doc,
    });
  }
  return links;
}

/**
 * The live findings holding a retired id's words: its successors, and where a
 * successor was itself retired since, that one's successors in turn.
 */
function liveSuccessors(
  id: string,
  entries: ReadonlyMap<string, RegistryEntry>,
  byId: ReadonlyMap<string, FindingRef>,
  seen = new Set<string>(),
): FindingRef[] {
  seen.add(id);
  const found = (entries.get(id)?.successors ?? []).flatMap((next) => {
    if (seen.has(next)) return [];
    const ref = entries.get(next)?.status === 'active' ? byId.get(next) : undefined;
    if (!ref) return liveSuccessors(next, entries, byId, seen);
    seen.add(next);
    return [ref];
  });
  return found;
}

/**
 * What a permalink is cited as: its document and its words — the live finding,
 * or a retired id's last known words — or undefined when the document is gone.
 */
export function citableOf(
  link: FindingPermalink,
): { doc: SourceDocument; finding: Pick<Finding, 'id' | 'judgement' | 'text'> } | undefined {
  if (link.ref) return { doc: link.ref.doc, finding: link.ref.finding };
  return (
    link.doc && {
      doc: link.doc,
      finding: { id: link.id, judgement: link.entry.judgement, text: link.entry.text },
    }
  );
}
