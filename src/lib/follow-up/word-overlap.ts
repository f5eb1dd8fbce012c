/**
 * How much two passages say about the same matter, by their content words.
 * Letters reword a point between inspections ("supervision is not recorded"
 * becomes "records of supervision are variable"), so word order is ignored
 * (unlike the id registry's bigram match) and words are cut to a crude stem.
 * Pure.
 */

// Words every finding uses: they say nothing about which matter a finding is about.
const STOP = new Set(
  (
    'a an and are as at be been they them their say says said being but by for from has have however in into is it its not of on or that the their there these this those to was were which while with within ' +
    'all also any some more most other such than very well good effective effectively clear clearly consistently appropriate appropriately ' +
    'children child young people families family staff social workers worker work case cases service services council authority ensure ensures'
  ).split(' '),
);

/** A crude stem: enough that "recording", "records" and "recorded" meet. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  return w.replace(/(ations?|ing|ed|es|s|ly|ment|ments)$/, '').replace(/(e|i)$/, '');
}

// Every finding is compared with every finding of the next letter: tokenise each text once per build.
const memo = new Map<string, Map<string, string>>();

/** The distinct content-word stems of a text, with one surface form each (for reasons people read). */
export function contentWords(text: string): Map<string, string> {
  const known = memo.get(text);
  if (known) return known;
  const words = new Map<string, string>();
  memo.set(text, words);
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOP.has(raw) || raw.length < 3) continue;
    const s = stem(raw);
    if (!words.has(s)) words.set(s, raw);
  }
  return words;
}

/** Overlap of two texts' content words. */
export interface Overlap {
  /** Dice coefficient of the stem sets: 0 (nothing shared) to 1 (the same words). */
  dice: number;
  /** The shared words, as the first text writes them, in its order. */
  shared: string[];
}

/** Content-word overlap of two texts. */
export function wordOverlap(a: string, b: string): Overlap {
  const x = contentWords(a);
  const y = contentWords(b);
  // This runs for every pair of findings compared (millions of words per build): forEach, because a
  // for-of over the Map's entries allocates an [stem, word] pair per word (~200 MB a build at N = 500).
  const shared: string[] = [];
  x.forEach((word, s) => {
    if (y.has(s)) shared.push(word);
  });
  const total = x.size + y.size;
  return { dice: total === 0 ? 0 : (2 * shared.length) / total, shared };
}
