import { NAME_PREFIXES, NAME_SUFFIXES } from '../parse/council-name-forms.ts';

/**
 * Running headers and footers: lines repeating the council's name or the
 * inspection's on every page, recognised by what is left once those are taken out.
 */

/** Words a running header or footer is made of besides the council's name (never "within": the title has it). */
const HEADER_WORDS =
  /\b(?:annual|unannounced|inspections?|of|contact|referral|and|assessment|arrangements|children's|childrens|services?|ofsted|letters?|reports?|page|for|to|the|executive|board|cabinet|committee|draft|final|official|protect|restricted|unclassified|appendix|members|[a-z]?\d+|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

/** Alternatives for a regular expression, longest first, any white space between words. */
const alternatives = (forms: readonly string[]): string =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      form
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+'),
    )
    .join('|');

/**
 * The forms of a council's formal name (council-name-forms.ts), and "City of"
 * ("City of Bradford Metropolitan District Council"), which matching leaves to
 * an authority's own variants; never a bare "City" after the name ("Bradford
 * City" is a football club).
 */
const PREFIX = alternatives([...NAME_PREFIXES, 'city of']);
const SUFFIX = alternatives(NAME_SUFFIXES.filter((suffix) => suffix !== 'city'));

/** A pattern matching any of the council's names (case-insensitive) in any formal form ("City of … Metropolitan District Council"), or undefined without names. */
export function namesPattern(names: readonly string[]): RegExp | undefined {
  const kept = names.filter((n) => n.trim().length >= 3);
  if (kept.length === 0) return undefined;
  const pattern = new RegExp(
    `(?:the\\s+)?(?:(?:${PREFIX})\\s+)?(?:${alternatives(kept)})(?:\\s+(?:${SUFFIX}))?(?:'s)?`,
    'gi',
  );
  NEEDLES.set(pattern, [
    ...new Set(names.map((n) => n.trim().toLowerCase().split(/\s+/)[0]).filter(Boolean)),
  ]);
  return pattern;
}

const NEEDLES = new WeakMap<RegExp, string[]>();

/** The first words of the names a pattern matches, lower case (see `namesPattern`). */
function needles(pattern: RegExp): string[] {
  return NEEDLES.get(pattern) ?? [];
}

/**
 * A running header or footer naming this document's council or the
 * inspection ("Leicester City Council – unannounced inspection letter",
 * "Rutland County Council children's services, June 2011"): nothing is left
 * once the council's names and header words are taken out. A line ending a
 * sentence is never one.
 */
export function isRunningHeader(line: string, names: RegExp | undefined): boolean {
  const text = line.trim();
  // Headers start with a capital and end neither a sentence nor mid-phrase; a wrapped line of prose rarely does both.
  if (
    text === '' ||
    text.length > 160 ||
    /[.;!?]$/.test(text) ||
    /^[a-z]/.test(text) ||
    /\b(?:and|of|to|the|for|in|by|with)$/i.test(text)
  )
    return false;
  const lower = text.toLowerCase();
  const inspection = lower.includes('unannounced inspection') || lower.includes('ofsted');
  // A cheap look for the council's first word before the full pattern (this runs on every line).
  if (!inspection && !(names && needles(names).some((needle) => lower.includes(needle))))
    return false;
  if (names) names.lastIndex = 0;
  const named = inspection || names?.test(text) === true;
  if (!named) return false;
  const rest = (names ? text.replace(names, ' ') : text).replace(HEADER_WORDS, ' ');
  return /^[\s\-–—:|,/()&'"]*$/.test(rest);
}
