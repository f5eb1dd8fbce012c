/**
 * Theme patterns compiled to regular expressions (syntax documented in
 * classify-themes.ts and at the top of content/themes.yaml). Pure.
 */

/**
 * A letter or digit of the findings' alphabet: ASCII and the Latin accented letters.
 * Not `\p{L}` with the `u` flag: findings are English, and V8 compiles the
 * case-insensitive Unicode class (repeated in every starred word) far more slowly,
 * which ingest pays for on every run (about a third of the tagger's cost).
 */
export const WORD_CHAR = '[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';

/** Regex source for one pattern (without boundaries); exported for tests and tooling. */
export function patternToRegexSource(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .map((word) => {
      const star = word.endsWith('*');
      // Escape regex syntax characters; `-` is literal outside a character class.
      const literal = (star ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return star ? `${literal}${WORD_CHAR}*` : literal;
    })
    .join('\\s+');
}

/**
 * Wrap alternatives in word boundaries; lookarounds rather than \b alone so non-ASCII
 * letters count as word characters. When every pattern starts with an ASCII letter
 * or digit, a leading \b (true at every place the lookbehind allows, as no finding
 * has an underscore before a word) lets V8 rule out most positions before it runs
 * the lookbehind: the expressions run about a third faster.
 */
export function compilePatterns(patterns: readonly string[]): RegExp {
  const body = patterns.map((p) => `(?:${patternToRegexSource(p)})`).join('|');
  const edge = patterns.every((p) => /^[0-9A-Za-z]/.test(p.trim())) ? '\\b' : '';
  return new RegExp(`${edge}(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'gi');
}
