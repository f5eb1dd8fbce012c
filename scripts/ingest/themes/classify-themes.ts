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
 *
 * Weak phrases: a theme's `weak` patterns are words that often name something
 * else ("decisions", "agencies", "procedures"); they count only in a clause
 * that also has one of the theme's `cues` ("manager", "work together", "comply")
 * outside any side clause.
 *
 * Side clauses (side-clauses.ts): a match wholly inside a clause about where the
 * evidence was found, who took part or referred, when, the yardstick, what
 * followed, what is only planned, or (in a weakness) the council's remedy does
 * not count.
 */
import type { Judgement } from '../../../src/schemas/document.ts';
import type { Theme, ThemeTag } from '../../../src/schemas/theme.ts';
import { compilePatterns } from './compile-patterns.ts';
import { execAll } from './exec-all.ts';
import { sideClauses, type SideClause } from './side-clauses.ts';

export { patternToRegexSource } from './compile-patterns.ts';

/** Re-exported so ingest can import the tag type alongside the classifier. */
export type { ThemeTag };

type Span = readonly [number, number];

/** One theme's patterns compiled to regular expressions (global, so we can step past vetoed matches). */
interface CompiledTheme {
  id: string;
  match: RegExp;
  weak: RegExp | undefined;
  cues: RegExp | undefined;
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
    const maybe = (patterns: readonly string[]) =>
      patterns.length > 0 ? compilePatterns(patterns) : undefined;
    compiled = themes.map((t) => ({
      id: t.id,
      match: compilePatterns(t.match),
      weak: maybe(t.weak),
      cues: maybe(t.cues),
      excludes: t.exclude.map((p) => compilePatterns([p])),
    }));
    cache.set(themes, compiled);
  }
  return compiled;
}

const spansOf = (text: string, re: RegExp): Span[] =>
  execAll(re, text).map((m) => [m.index, m.index + m[0].length] as const);

/**
 * Clauses as spans, the reach of a cue: a sentence ends at a full stop, question or
 * exclamation mark followed by space and a capital; within it, a semicolon or colon,
 * or a comma before a conjunction ("…, and schools report…", "…, but…") starts a
 * new clause, which usually has its own subject.
 */
const CLAUSE_END = /[.!?]\s+(?=[A-Z])|[;:]\s*|,\s+(?=(?:and|but|while|whereas|although|so|or)\s)/g;
function clauses(text: string): Span[] {
  const cuts = [0, ...execAll(CLAUSE_END, text).map((m) => m.index + m[0].length), text.length];
  return cuts.slice(1).map((end, i) => [cuts[i]!, end] as const);
}

/** First match of `re` that no exclude overlaps, no side clause holds and `accept` allows. */
function firstMatch(
  text: string,
  re: RegExp,
  excluded: () => readonly Span[],
  side: readonly SideClause[],
  accept: (at: number) => boolean,
): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const vetoed =
      excluded().some(([s, e]) => s < end && start < e) ||
      side.some((c) => c.start <= start && end <= c.end);
    if (!vetoed && accept(start)) return m[0];
    // Vetoed: retry from the next character so a shorter or later alternative can still match.
    re.lastIndex = start + 1;
  }
  return undefined;
}

/**
 * Tag a finding's text with every theme whose rules match, in taxonomy order.
 * `judgement` lets remedies in weaknesses count as side clauses. `matched` is
 * the exact substring that triggered each theme (its earliest counted match,
 * strong phrases before weak ones), so pages can show "tagged because: 'chronology'".
 */
export function classifyThemes(text: string, themes: Theme[], judgement?: Judgement): ThemeTag[] {
  const tags: ThemeTag[] = [];
  const side = sideClauses(text, judgement);
  const inSide = (start: number, end: number) => side.some((c) => c.start <= start && end <= c.end);
  let clauseSpans: Span[] | undefined; // computed lazily, like each theme's excluded spans: most themes never match
  const clauseAt = (at: number) => (clauseSpans ??= clauses(text)).find(([, e]) => at < e)!;
  for (const theme of compile(themes)) {
    let spans: Span[] | undefined;
    const excluded = () => (spans ??= theme.excludes.flatMap((re) => spansOf(text, re)));
    let matched = firstMatch(text, theme.match, excluded, side, () => true);
    if (matched === undefined && theme.weak && theme.cues) {
      const cues = theme.cues;
      // A weak phrase counts when a cue stands in its clause outside any side clause
      // ("Management overview of assessments is timely" has no cue for timeliness).
      const cued = (at: number) => {
        const [start, end] = clauseAt(at);
        cues.lastIndex = start;
        for (let m = cues.exec(text); m && m.index < end; m = cues.exec(text))
          if (m.index + m[0].length <= end && !inSide(m.index, m.index + m[0].length)) return true;
        return false;
      };
      matched = firstMatch(text, theme.weak, excluded, side, cued);
    }
    if (matched !== undefined) tags.push({ theme: theme.id, matched, source: 'rule' });
  }
  return tags;
}
