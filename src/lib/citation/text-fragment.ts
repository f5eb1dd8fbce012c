/**
 * Links that make the browser scroll to and highlight a finding's exact words
 * on its letter page: `#:~:text=<start>,<end>` (Text Fragments,
 * https://wicg.github.io/scroll-to-text-fragment/#syntax). Pure.
 *
 * The browser highlights from the first match of `start` on the page to the
 * first match of `end` after it, so the terms are the finding's first and
 * last few words, never overlapping. The letter page renders the words
 * literally (astro.config.mjs turns smart punctuation off), so the terms are
 * the source's words as they are; tests/cite/built-metadata.test.ts resolves
 * every link against the built letter page.
 */

/** How many words the start and end terms take at most. */
export const TERM_WORDS = 5;

/**
 * Percent-encodes a term. encodeURIComponent leaves `-` alone, but the spec
 * requires `-`, `&` and `,` encoded (a `-` at a term's edge is prefix/suffix syntax).
 */
export const encodeTerm = (term: string): string => encodeURIComponent(term).replace(/-/g, '%2D');

/** Start and end terms for a text; `end` is absent when the text is short enough to be one term. */
export function fragmentTerms(
  text: string,
  maxWords = TERM_WORDS,
): { start: string; end?: string } {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error('cannot link to empty text');
  const start = words.slice(0, maxWords);
  // The end term lies wholly after the start term, or the browser would find no match.
  const end = words.slice(Math.max(maxWords, words.length - maxWords));
  return end.length === 0
    ? { start: start.join(' ') }
    : { start: start.join(' '), end: end.join(' ') };
}

/** `#:~:text=start,end`: the fragment directive highlighting a text. */
export function textFragment(text: string, maxWords = TERM_WORDS): string {
  const { start, end } = fragmentTerms(text, maxWords);
  return `#:~:text=${encodeTerm(start)}${end === undefined ? '' : `,${encodeTerm(end)}`}`;
}
