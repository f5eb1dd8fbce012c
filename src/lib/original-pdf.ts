import { ALLOWED_LINK_HOSTS } from '../../scripts/check-links/allowed-hosts.ts';

/** The original PDF of a document as a page shows it: its address, and a link when the site may link there. */
export interface OriginalPdf {
  /** The address as recorded in `seeds/sources.csv`. */
  url: string;
  /** Where to link (with `#page=N` to open the PDF at a finding's page), or undefined when not linked. */
  href: string | undefined;
}

/**
 * A document's recorded PDF address → what to show. The site links only to
 * https addresses on the hosts of `scripts/check-links/allowed-hosts.ts`
 * (Ofsted's, for the letters); any other address is shown, not linked,
 * until its host is added there with a reason. `#page=N` is the PDF open
 * parameter every common viewer honours (RFC 8118).
 */
export function originalPdf(url: string | undefined, page?: number): OriginalPdf | undefined {
  if (!url) return undefined;
  let linkable = false;
  try {
    const parsed = new URL(url);
    linkable = parsed.protocol === 'https:' && Object.hasOwn(ALLOWED_LINK_HOSTS, parsed.hostname);
  } catch {
    linkable = false;
  }
  return {
    url,
    href: linkable ? `${url.replace(/#.*$/, '')}${page ? `#page=${page}` : ''}` : undefined,
  };
}
