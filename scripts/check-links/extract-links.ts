/**
 * One HTML page → the ids it defines and every URL it refers to, read with a
 * real HTML parser (node-html-parser), never with regular expressions.
 * `<noscript>` is parsed as markup (its links are real links for readers
 * without JavaScript); `<script>` and `<style>` stay raw text.
 */
import { parse } from 'node-html-parser';

/** A URL found in a page: which element and attribute held it. */
export interface PageLink {
  /** Lower-case tag name (`a`, `link`, `img`, `form`, …). */
  tag: string;
  /** `href`, `src`, `srcset` or `action`. */
  attr: LinkAttribute;
  /** The URL as written (one candidate of a srcset). */
  url: string;
}

/** The attributes that hold URLs the checker follows. */
export type LinkAttribute = 'href' | 'src' | 'srcset' | 'action';
const ATTRIBUTES: LinkAttribute[] = ['href', 'src', 'srcset', 'action'];

/** What a page offers (ids, including `<a name>`) and refers to (links). */
export interface PageLinks {
  ids: string[];
  links: PageLink[];
}

/** Read the ids and links of one page. */
export function extractLinks(html: string): PageLinks {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const ids: string[] = [];
  const links: PageLink[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    const id = element.getAttribute('id');
    if (id !== undefined) ids.push(id);
    const name = element.getAttribute('name');
    if (tag === 'a' && name !== undefined) ids.push(name);
    for (const attr of ATTRIBUTES) {
      const value = element.getAttribute(attr);
      if (value === undefined) continue;
      const urls = attr === 'srcset' ? parseSrcset(value) : [value.trim()];
      for (const url of urls) links.push({ tag, attr, url });
    }
  }
  return { ids, links };
}

/**
 * The URLs of a `srcset` ("a.png 1x, b.png 2x"), tokenised as the HTML
 * standard does, so URLs containing commas survive
 * (https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute).
 */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') return urls;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) urls.push(url.replace(/,+$/, ''));
    else {
      urls.push(url);
      rest = rest.replace(/^(?:[^,(]|\([^)]*\))*/, ''); // descriptors, up to the next comma outside parentheses
    }
  }
}
