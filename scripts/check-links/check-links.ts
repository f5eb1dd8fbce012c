/**
 * The link check over a built site, as a pure function of its file list and
 * parsed pages: every `href`, `src`, `srcset` and `action` resolves to a file
 * (directory URLs end in `/`, `trailingSlash: 'always'`), every fragment to an
 * id on the target page, and nothing points at another host except `<a href>`
 * to an allow-listed licence or reference site.
 */
import { pageUrl } from './page-url.ts';
import type { PageLink, PageLinks } from './extract-links.ts';
import { resolveLink, type LinkContext } from './resolve-link.ts';

/** One thing wrong, on one page. */
export interface Problem {
  /** The page, relative to the output folder (`letters/x/index.html`). */
  file: string;
  /** What is wrong, naming the element, the URL and the fix. */
  message: string;
}

/** The built site: every file path (`/`-separated, relative) and the links of each HTML page. */
export interface BuiltSite {
  files: ReadonlySet<string>;
  pages: ReadonlyMap<string, PageLinks>;
}

/** Where the site is served and which hosts `<a href>` may name. */
export interface CheckOptions {
  /** Normalised base (`/` or `/sub/`). */
  base: string;
  /** The site's origin; absolute URLs to it are checked as internal links. */
  origin: string;
  /** Host names `<a href>` may link to. */
  allowedHosts: readonly string[];
}

/** Every problem of the site, page by page in file order. */
export function checkLinks(site: BuiltSite, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  for (const [file, page] of [...site.pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const id of duplicates(page.ids))
      problems.push({
        file,
        message: `id "${id}" is used more than once — fragment links to it are ambiguous`,
      });
    const context: LinkContext = {
      pageUrl: pageUrl(file, options.base),
      base: options.base,
      origin: options.origin,
    };
    for (const link of page.links) {
      const message = checkLink(link, file, context, site, options);
      if (message) problems.push({ file, message: `${describe(link)}: ${message}` });
    }
  }
  return problems;
}

function checkLink(
  link: PageLink,
  file: string,
  context: LinkContext,
  site: BuiltSite,
  options: CheckOptions,
): string | undefined {
  if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(link.url))
    return 'relative URL on the 404 page, which is served at every missing path — use a root-relative URL';
  let target: ReturnType<typeof resolveLink>;
  try {
    target = resolveLink(link.url, context);
  } catch (error) {
    return `not a valid URL (${(error as Error).message})`;
  }
  switch (target.kind) {
    case 'script-url':
      return 'javascript: URLs are not allowed';
    case 'harmless':
      return undefined;
    case 'foreign':
      if (link.tag !== 'a' || link.attr !== 'href')
        return `loads ${target.url.href} from another host — only the site's own files may be loaded`;
      if (target.url.protocol !== 'https:')
        return 'links to another host over plain http — use https';
      return options.allowedHosts.includes(target.url.hostname)
        ? undefined
        : `links to ${target.url.hostname}, which is not on the allow-list (scripts/check-links/allowed-hosts.ts)`;
    case 'outside-base':
      return `${target.path} is outside the site's base ${options.base}`;
    case 'internal':
      return checkInternal(target.path, target.fragment, site);
  }
}

function checkInternal(path: string, fragment: string, site: BuiltSite): string | undefined {
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!site.files.has(file)) {
    if (site.files.has(`${path}/index.html`))
      return `missing trailing slash: write ${path}/ (the site uses trailingSlash: 'always')`;
    return `no file ${file} in the built site`;
  }
  if (fragment === '' || fragment.startsWith(':~:')) return undefined; // text fragments are not ids
  const target = site.pages.get(file);
  if (!target) return `#${fragment} points into ${file}, which is not an HTML page`;
  return target.ids.includes(fragment) ? undefined : `no element with id "${fragment}" in ${file}`;
}

function describe(link: PageLink): string {
  return `<${link.tag} ${link.attr}="${link.url}">`;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}
