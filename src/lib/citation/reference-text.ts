/**
 * A reference as plain text, for the "Copy citation" buttons (the `cite.txt`
 * file beside each page): the APA 7 reference the page shows, without its
 * markup. citeproc-js escapes text as numeric entities (`&#38;`) and marks
 * only italics, so the conversion is small and exact. Pure.
 */
import type { CslItem } from './csl.ts';
import { referenceHtml } from './formats.ts';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Markup removed, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/g, (entity, name: string) => NAMED[name] ?? entity);
}

/** The APA 7 reference of an item as one line of text. */
export const referenceText = (item: CslItem): string =>
  `${htmlToText(referenceHtml(item, 'apa'))}\n`;
