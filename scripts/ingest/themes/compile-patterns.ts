/**
 * Theme patterns compiled to regular expressions (syntax documented in
 * classify-themes.ts and at the top of content/themes.yaml). Pure.
 */

export const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Regex source for one pattern (without boundaries); exported for tests and tooling. */
export function patternToRegexSource(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .map((word) => {
      const star = word.endsWith('*');
      // Escape regex syntax characters; `-` is left alone because unicode-mode
      // regexes reject `\-` outside a character class (and it is literal here anyway).
      const literal = (star ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return star ? `${literal}${WORD_CHAR}*` : literal;
    })
    .join('\\s+');
}

/** Wrap alternatives in word boundaries; lookarounds rather than \b so non-ASCII letters count as word characters. */
export function compilePatterns(patterns: readonly string[]): RegExp {
  const body = patterns.map((p) => `(?:${patternToRegexSource(p)})`).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'giu');
}
