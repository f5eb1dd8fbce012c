/**
 * Running headers and footers: lines repeating the council's name or the
 * inspection's on every page, recognised by what is left once those are taken out.
 */

/** Words a running header or footer is made of besides the council's name (never "within": the title has it). */
const HEADER_WORDS =
  /\b(?:annual|unannounced|inspections?|of|contact|referral|and|assessment|arrangements|children's|childrens|services?|ofsted|letters?|reports?|page|for|to|the|executive|board|cabinet|committee|draft|final|official|protect|restricted|unclassified|appendix|[a-z]?\d+|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

const COUNCIL_SUFFIXES = [
  'City Council',
  'County Council',
  'Metropolitan Borough Council',
  'Borough Council',
  'District Council',
  'Council',
];

/** A pattern matching any of the council's names (case-insensitive), with the usual "… City Council" forms, or undefined without names. */
export function namesPattern(names: readonly string[]): RegExp | undefined {
  const escaped = names
    .flatMap((n) =>
      /\bcouncil$/i.test(n) ? [n] : [n, ...COUNCIL_SUFFIXES.map((suffix) => `${n} ${suffix}`)],
    )
    .filter((n) => n.trim().length >= 3)
    .map((n) =>
      n
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+'),
    );
  if (escaped.length === 0) return undefined;
  const pattern = new RegExp(
    `(?:the\\s+)?(?:${escaped.sort((a, b) => b.length - a.length).join('|')})(?:'s)?`,
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
