/**
 * Absolute, canonical URLs for citations, feeds and data files. A citation
 * outlives the page it was copied from, so it must carry the full address:
 * the configured `site` origin plus the `base` sub-path (astro.config.mjs,
 * env vars SITE and BASE; https://docs.astro.build/en/reference/configuration-reference/#site).
 * Pure apart from `siteLocationFromEnv`, which reads Astro's build-time env.
 */
import { joinBase } from '../urls.ts';

/** Where the site is published. */
export interface SiteLocation {
  /** Origin, e.g. `https://example.github.io` (a path on it is ignored; `base` says the sub-path). */
  site: string;
  /** Sub-path the site lives under: `/`, `/front-door-findings` or `/front-door-findings/`. */
  base: string;
}

/** Full URL of a site path (`letters/x/`, `/findings/y/cite.bib`) under `base` on `site`. */
export function absoluteUrl({ site, base }: SiteLocation, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

/** Site paths (without base) of the pages and files this feature links to. */
export const citePaths = {
  /** A letter or council report page. */
  document: (slug: string) => `letters/${slug}/`,
  /** A finding's permanent page. */
  finding: (id: string) => `findings/${id}/`,
  /** A citation file next to a letter page: `cite.bib`, `cite.ris`, `cite.json`. */
  documentCite: (slug: string, ext: CiteExtension) => `letters/${slug}/cite.${ext}`,
  /** A citation file next to a finding page. */
  findingCite: (id: string, ext: CiteExtension) => `findings/${id}/cite.${ext}`,
} as const;

/** File extensions of the citation files beside each page: the three download formats and `txt`, the APA reference the "Copy citation" buttons fetch. */
export const CITE_EXTENSIONS = ['bib', 'ris', 'json', 'txt'] as const;
export type CiteExtension = (typeof CITE_EXTENSIONS)[number];

/** The formats offered as downloads for a reference manager. */
export const DOWNLOAD_EXTENSIONS = [
  'bib',
  'ris',
  'json',
] as const satisfies readonly CiteExtension[];

/**
 * The location this build publishes to. `import.meta.env.SITE` is the
 * configured `site` and `BASE_URL` the `base` (https://docs.astro.build/en/guides/environment-variables/#default-environment-variables).
 */
export function siteLocationFromEnv(): SiteLocation {
  const site = import.meta.env.SITE;
  if (!site)
    throw new Error(
      'astro.config.mjs has no `site`: citations need absolute URLs (set SITE, e.g. SITE=https://example.org)',
    );
  return { site, base: import.meta.env.BASE_URL ?? '/' };
}
