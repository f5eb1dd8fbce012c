/**
 * The one normalisation of glyphs: what ingest keeps and what the lossless
 * check compares against both pass through here, so a PDF's typography can
 * never make the two disagree. It never changes line structure (one line in,
 * one line out), so source line numbers stay right.
 *
 * - Ligatures (U+FB00–FB06) become their letters: "ﬁ" hides "fi" from every
 *   pattern and from search.
 * - Soft hyphens (U+00AD) go: they are invisible line-break hints.
 * - Non-breaking, thin and other fixed-width spaces become a plain space.
 * - Curly and low quotes and primes become straight ones, so the same letter
 *   from a PDF (curly) and from a text copy (straight) gives the same text.
 * - Non-breaking and figure hyphens become "-".
 * Zero-width and direction characters are left alone: they are the source's.
 */
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Text with glyph variants replaced by their plain equivalents (see above). Idempotent. */
export function normaliseGlyphs(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c])
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011]/g, '-');
}

/** Normalised text on one line with runs of white space as one space: where landmarks are looked for. */
export function collapseText(text: string): string {
  return normaliseGlyphs(text).replace(/\s+/g, ' ').trim();
}
