/**
 * One URL, as written on a page, → what it points at: a file of the built
 * site (plus fragment), another host, or something never fetched. Pure: the
 * caller decides whether the file and the fragment exist.
 */

/** Where a link points. */
export type Target =
  | {
      kind: 'internal' /** URL path without the base, decoded (`letters/x/`). */;
      path: string /** Fragment without `#`, decoded; '' when none. */;
      fragment: string;
    }
  | { kind: 'outside-base'; path: string }
  | { kind: 'foreign'; url: URL }
  | { kind: 'script-url' }
  | {
      kind: 'harmless' /** mailto:, tel:, data: — never a request to another host. */;
      scheme: string;
    };

/** How to read a link: the page it is on and the site's address. */
export interface LinkContext {
  /** URL path of the page, with base (`/sub/letters/x/`). */
  pageUrl: string;
  /** Normalised base (`/` or `/sub/`). */
  base: string;
  /** The site's own origin (`https://example.github.io`); absolute URLs to it count as internal. */
  origin: string;
}

const HARMLESS = new Set(['mailto:', 'tel:', 'data:']);

/** Resolve a URL found on a page. */
export function resolveLink(raw: string, { pageUrl, base, origin }: LinkContext): Target {
  // Browsers strip ASCII tab/newline and leading/trailing C0 controls and spaces before parsing.
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const url = new URL(cleaned, new URL(pageUrl, origin));
  if (url.protocol === 'javascript:') return { kind: 'script-url' };
  if (HARMLESS.has(url.protocol)) return { kind: 'harmless', scheme: url.protocol };
  if (url.origin !== new URL(origin).origin) return { kind: 'foreign', url };
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return { kind: 'outside-base', path };
  return {
    kind: 'internal',
    path: path.slice(base.length),
    fragment: decodeURIComponent(url.hash.slice(1)),
  };
}
