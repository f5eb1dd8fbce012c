/**
 * Feeds to follow one theme or one authority, as TheyWorkForYou users follow a
 * topic: a theme's feed has an entry for every document with a finding on the
 * theme (its summary names how many and of which judgements); an authority's
 * feed has every document about it. Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import type { SiteLocation } from '../citation/site-url.ts';
import { countByJudgement } from '../group.ts';
import { JUDGEMENT_ORDER, judgementLabel, judgementPlural } from '../judgements.ts';
import type { ThemeInfo } from '../themes.ts';
import { documentsFeed, documentSummaryOnce } from './atom.ts';

/** Site paths of the feeds (without the base). */
export const feedPaths = {
  theme: (id: string) => `themes/${id}/feed.xml`,
  authority: (slug: string) => `authorities/${slug}/feed.xml`,
};

/** A theme's feed. */
export function themeFeed(
  theme: Pick<ThemeInfo, 'id' | 'label'>,
  documents: readonly SourceDocument[],
  at: SiteLocation,
): string {
  const onTheme = (doc: SourceDocument) =>
    doc.findings.filter((f) => f.themes.some((t) => t.theme === theme.id));
  const summary = (doc: SourceDocument) => {
    const counts = countByJudgement(onTheme(doc));
    const parts = JUDGEMENT_ORDER.filter((j) => counts[j] > 0).map(
      (j) =>
        `${counts[j]} ${(counts[j] === 1 ? judgementLabel(j) : judgementPlural(j)).toLowerCase()}`,
    );
    return `On ${theme.label.toLowerCase()}: ${parts.join(', ')}. ${documentSummaryOnce(doc)}`;
  };
  return documentsFeed(
    documents.filter((d) => onTheme(d).length > 0),
    at,
    {
      path: feedPaths.theme(theme.id),
      page: `themes/${theme.id}/`,
      title: `Front Door Findings: ${theme.label}`,
      summary,
    },
  );
}

/** An authority's feed. */
export function authorityFeed(
  authority: { slug: string; name: string },
  documents: readonly SourceDocument[],
  at: SiteLocation,
): string {
  return documentsFeed(
    documents.filter((d) => d.authority.slug === authority.slug),
    at,
    {
      path: feedPaths.authority(authority.slug),
      page: `authorities/${authority.slug}/`,
      title: `Front Door Findings: ${authority.name}`,
    },
  );
}
