/**
 * Rule-based theme tagging for findings. Pure: no I/O; ingest loads
 * content/themes.yaml (via themesFileSchema) and calls classifyThemes per finding.
 *
 * Pattern syntax (kept deliberately small so a reader can see why a finding got a theme):
 * - A pattern is a phrase, matched case-insensitively on word boundaries:
 *   `CAF` matches "CAF" and "(CAF)" but not "CAFCASS".
 * - A trailing `*` on a word matches any further letters/digits (inflections):
 *   `chronolog*` matches "chronology" and "chronologies". `*` is not allowed elsewhere.
 * - Whitespace in a pattern matches any run of whitespace (spaces, line breaks).
 * - Everything else (hyphens, commas, apostrophes, dots) is literal, so list
 *   variants such as `up to date` and `up-to-date` separately.
 *
 * Excludes: a theme's `exclude` patterns veto any match of that theme's `match`
 * patterns that they overlap (share at least one character with). An exclude is
 * therefore a longer phrase that contains a match phrase but means something else,
 * e.g. exclude `analysis of local need*` stops `analys*` tagging a CAF finding as
 * assessment quality. The search then carries on, so another match of the theme
 * elsewhere in the text still counts.
 */
import type { Theme, ThemeTag } from '../../../src/schemas/theme.ts';
import { compilePatterns } from './compile-patterns.ts';

export { patternToRegexSource } from './compile-patterns.ts';

/** Re-exported so ingest can import the tag type alongside the classifier. */
export type { ThemeTag };

/** One theme's patterns compiled to regular expressions. */
interface CompiledTheme {
  id: string;
  /** All match patterns as one alternation; global so we can step past vetoed matches. */
  match: RegExp;
  /** One regex per exclude pattern, so overlapping excludes cannot hide each other. */
  excludes: RegExp[];
}

// Keyed by the themes array itself: ingest loads the taxonomy once and passes the
// same array for every finding, so each pattern is compiled once per run. Callers
// must therefore not edit a themes array in place after first use (pass a new one).
const cache = new WeakMap<readonly Theme[], CompiledTheme[]>();

function compile(themes: readonly Theme[]): CompiledTheme[] {
  let compiled = cache.get(themes);
  if (!compiled) {
    compiled = themes.map((t) => ({
      id: t.id,
      match: compilePatterns(t.match),
      excludes: t.exclude.map((p) => compilePatterns([p])),
    }));
    cache.set(themes, compiled);
  }
  return compiled;
}

/** Character spans matched by any of the exclude regexes. */
function excludedSpans(text: string, excludes: RegExp[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of excludes) {
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** First match of a compiled theme that no exclude overlaps, or undefined. */
function firstMatch(text: string, theme: CompiledTheme): string | undefined {
  const re = theme.match;
  re.lastIndex = 0;
  let spans: Array<[number, number]> | undefined; // computed lazily: most themes never match
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    spans ??= excludedSpans(text, theme.excludes);
    if (!spans.some(([s, e]) => s < end && start < e)) return m[0];
    // Vetoed: retry from the next character so a shorter or later alternative can still match.
    re.lastIndex = start + 1;
  }
  return undefined;
}

/**
 * Tag a finding's text with every theme whose rules match, in taxonomy order.
 * `matched` is the exact substring that triggered each theme (its earliest
 * non-vetoed match), so pages can show "tagged because: 'chronology'".
 */
export function classifyThemes(text: string, themes: Theme[]): ThemeTag[] {
  const tags: ThemeTag[] = [];
  for (const theme of compile(themes)) {
    const matched = firstMatch(text, theme);
    if (matched !== undefined) tags.push({ theme: theme.id, matched, source: 'rule' });
  }
  return tags;
}
