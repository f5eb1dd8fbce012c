/**
 * Every internal URL goes through here, so the site works under a sub-path
 * (`BASE=/front-door-findings`): https://docs.astro.build/en/reference/configuration-reference/#base
 * Paths are written without the base and always end in `/` (`trailingSlash: 'always'`).
 */

/** Joins a base (`/` or `/sub/` or `/sub`) and a site path (`letters/x/`, `/letters/x/#id`). */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/** A site path with the configured base in front of it. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}

/** Element id of an authority's row on a theme page (the picture grid links to it). */
export const authorityAnchor = (slug: string): string => `authority-${slug}`;

/** Route builders: one per page kind, returning the full URL with base. */
export const routes = {
  home: () => withBase(''),
  letters: () => withBase('letters/'),
  lettersByAuthority: () => withBase('letters/by-authority/'),
  letter: (slug: string) => withBase(`letters/${slug}/`),
  finding: (id: string) => withBase(`findings/${id}/`),
  findingInLetter: (slug: string, id: string) => withBase(`letters/${slug}/#${id}`),
  authorities: () => withBase('authorities/'),
  authority: (slug: string) => withBase(`authorities/${slug}/`),
  themes: () => withBase('themes/'),
  theme: (id: string) => withBase(`themes/${id}/`),
  themeAuthority: (id: string, authoritySlug: string) =>
    withBase(`themes/${id}/#${authorityAnchor(authoritySlug)}`),
  picture: () => withBase('picture/'),
  charts: () => withBase('charts/'),
  chart: (id: string) => withBase(`charts/#${id}`),
  chartCsv: (id: string) => withBase(`charts/${id}.csv`),
  coverage: () => withBase('coverage/'),
  coverageCsv: () => withBase('coverage.csv'),
  years: () => withBase('years/'),
  year: (year: number | string) => withBase(`years/${year}/`),
  search: () => withBase('search/'),
  data: () => withBase('data/'),
  about: () => withBase('about/'),
  aboutThemes: () => withBase('about/themes/'),
  aboutFollowUp: () => withBase('about/follow-up/'),
  accessibility: () => withBase('accessibility/'),
} as const;
