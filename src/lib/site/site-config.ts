/**
 * Where a build says the site lives, decided once from the environment (read
 * by astro.config.mjs). A citation is pasted into papers that outlive the
 * page, so a published build must never carry a local address: the publishing
 * paths (`npm run build:publish`, the Pages workflow, Netlify and Cloudflare
 * Pages, which set NETLIFY / CF_PAGES in their builds) refuse to build without
 * `SITE`, and any other build without it is a local preview whose pages say
 * plainly that their links are local. Pure.
 */

/** The origin of a local preview (`npm run preview` serves here). */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** The variables that decide it. */
export interface SiteEnv {
  SITE?: string;
  PUBLISH?: string;
  NETLIFY?: string;
  CF_PAGES?: string;
}

/** Whether an origin is this machine's (links that work for nobody else). */
export function isLocalSite(site: string): boolean {
  const host = new URL(site).hostname;
  return (
    host === 'localhost' ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host.endsWith('.localhost')
  );
}

/** Why the build is a publishing build, or undefined for a local one. */
function publishingReason(env: SiteEnv): string | undefined {
  if (env.PUBLISH && env.PUBLISH !== '0') return 'PUBLISH is set (npm run build:publish)';
  if (env.NETLIFY === 'true') return 'this is a Netlify build (NETLIFY=true)';
  if (env.CF_PAGES === '1') return 'this is a Cloudflare Pages build (CF_PAGES=1)';
  return undefined;
}

/**
 * The site origin for astro.config.mjs. Throws, saying how to fix it, when a
 * publishing build has no SITE, a SITE that is not an http(s) URL, or a local one.
 */
export function resolveSite(env: SiteEnv): string {
  const reason = publishingReason(env);
  const site = env.SITE?.trim();
  if (!site) {
    if (reason)
      throw new Error(
        `SITE is not set but ${reason}: a published build needs its public address for permalinks and citations — set SITE, e.g. SITE=https://findings.example.org (astro.config.mjs)`,
      );
    return LOCAL_SITE;
  }
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(
      `SITE="${site}" is not a URL: expected an origin such as https://findings.example.org (astro.config.mjs)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(
      `SITE="${site}" must be an http(s) address, e.g. https://findings.example.org (astro.config.mjs)`,
    );
  if (reason && isLocalSite(site))
    throw new Error(
      `SITE="${site}" is a local address but ${reason}: set SITE to the public address the site is published at (astro.config.mjs)`,
    );
  return site;
}
