/**
 * Links that make the browser scroll to and highlight a finding's exact words
 * on its letter page: `#:~:text=<start>,<end>` (Text Fragments,
 * https://wicg.github.io/scroll-to-text-fragment/#syntax). Pure.
 *
 * The browser highlights from the first match of `start` on the page to the
 * first match of `end` after it, so `start` must be distinctive (at least
 * three words unless it is the whole text) and `end` must lie after it.
 * The letter page renders text with smart punctuation (straight quotes become
 * curly), so no term contains a quote mark: a quote at a term's edge is left
 * out (a word boundary sits there either way) and a word with a quote inside
 * ("children's") is never part of a term.
 */

/** Most words a term takes. */
export const TERM_WORDS = 5;
/** Fewest words a term may have, unless it runs to the edge of the text. */
export const MIN_TERM_WORDS = 3;

const QUOTES = `'"\`‘’“”`;
const OPENING = new RegExp(`^[${QUOTES}(]+`);
const CLOSING = new RegExp(`[${QUOTES})]+[.,;:!?]*$`);
/** Smart punctuation may rewrite these. */
const CHANGED_BY_TYPOGRAPHY = /['"`‘’“”]|--|\.\.\./;

/**
 * Percent-encodes a term. encodeURIComponent leaves `-` alone, but the spec
 * requires `-`, `&` and `,` encoded (a `-` at a term's edge is prefix/suffix syntax).
 */
export const encodeTerm = (term: string): string => encodeURIComponent(term).replace(/-/g, '%2D');

/**
 * The words of a term that starts at `words[at]` and reads forwards (or, with
 * `backwards`, ends there and reads backwards), up to `max` words. It stops
 * at a word typography may change, or just after a quote mark.
 */
function runFrom(words: readonly string[], at: number, max: number, backwards: boolean): string[] {
  const [outerEdge, innerEdge] = backwards ? [CLOSING, OPENING] : [OPENING, CLOSING];
  const run: string[] = [];
  for (let i = at; i >= 0 && i < words.length && run.length < max; i += backwards ? -1 : 1) {
    const raw = words[i]!;
    const outer = i === at ? raw.replace(outerEdge, '') : raw;
    const word = outer.replace(innerEdge, '');
    if (word === '' || CHANGED_BY_TYPOGRAPHY.test(word)) break;
    run.push(word);
    if (word !== outer) break;
  }
  return backwards ? run.reverse() : run;
}

/**
 * The term nearest the front (or back) of `words` with at least
 * MIN_TERM_WORDS words; failing that, the longest (nearest on a tie). Returns
 * the words and the index just past them (or of the first of them, reading backwards).
 */
function pickTerm(words: readonly string[], max: number, backwards: boolean): { run: string[]; edge: number } {
  let best = { run: [] as string[], edge: backwards ? words.length : 0 };
  for (let k = 0; k < words.length; k += 1) {
    const at = backwards ? words.length - 1 - k : k;
    const run = runFrom(words, at, max, backwards);
    const edge = backwards ? at - run.length + 1 : at + run.length;
    if (run.length >= MIN_TERM_WORDS) return { run, edge };
    if (run.length > best.run.length) best = { run, edge };
  }
  return best;
}

/** Start and end terms for a text; `end` is absent when the start term reaches the end of the text. */
export function fragmentTerms(text: string, maxWords = TERM_WORDS): { start: string; end?: string } {
  const words = text.split(/\s+/).filter(Boolean);
  const head = pickTerm(words, maxWords, false);
  if (head.run.length === 0) throw new Error(`no words of "${text.slice(0, 60)}" can be matched reliably on the page`);
  const tail = pickTerm(words.slice(head.edge), maxWords, true);
  const start = head.run.join(' ');
  return tail.run.length === 0 ? { start } : { start, end: tail.run.join(' ') };
}

/** `#:~:text=start,end`: the fragment directive highlighting a text. */
export function textFragment(text: string, maxWords = TERM_WORDS): string {
  const { start, end } = fragmentTerms(text, maxWords);
  return `#:~:text=${encodeTerm(start)}${end === undefined ? '' : `,${encodeTerm(end)}`}`;
}
