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

/** Wrap alternatives in word boundaries; lookarounds rather than \b so non-ASCII letters count as word characters. */
export function compilePatterns(patterns: readonly string[]): RegExp {
  const body = patterns.map((p) => `(?:${patternToRegexSource(p)})`).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'gi');
}
