/**
 * HTML written as strings, escaped exactly as Astro escapes template
 * expressions, for the few parts of pages that are on so many pages, or have so
 * many rows, that rendering them as Astro components costs more than they are
 * worth (the finding pages' "Before and after", the research views' tables).
 * A page that uses them is byte for byte the page the component rendered. Pure.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/** As Astro escapes a text expression. */
export const escapeText = (s: string): string => s.replace(/[&<>'"]/g, (c) => ENTITIES[c]!);

/** As Astro escapes an attribute value. */
export const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A link: `<a href="…">label</a>`. */
export const linkHtml = (href: string, label: string): string =>
  `<a href="${escapeAttr(href)}">${escapeText(label)}</a>`;
