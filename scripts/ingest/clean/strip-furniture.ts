import { normaliseGlyphs } from './normalise-glyphs.ts';

/**
 * Page furniture: lines that belong to the page, not to the document. They
 * are dropped entirely (not turned into blank lines) so that a sentence broken
 * around them — even mid-sentence inside a finding — reads on.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /^investors? in people$/i,
  /^(?:page\s*)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i, // "Page 2 of 4", "2 of 4", "2/4"
  /^page\s*\d{1,3}$/i,
  /^-?\s*\d{1,3}\s*-?$/, // bare page numbers, "- 2 -"
  /^\[?(?:ofsted|investors? in people|crown copyright|the ofsted)?\s*logo\]?$/i,
  /^\[?(?:ofsted|ofsted logo|image|picture)\]?$/i,
  /^raising standards,? improving lives$/i,
  /^a handwritten signature\b.*$/i, // alt text of the signature image in PDF extractions
];

/** Words a running header or footer is made of besides the council's name (never "within": the title has it). */
const HEADER_WORDS =
  /\b(?:annual|unannounced|inspections?|of|contact|referral|and|assessment|arrangements|children's|childrens|services?|ofsted|letters?|reports?|page|for|to|the|executive|board|cabinet|committee|draft|final|official|protect|restricted|unclassified|appendix|[a-z]?\d+|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

/**
 * Stray layout markup left by HTML-ish PDF extraction. Only these layout tags
 * are removed: anything else that looks like markup (`<script>`, `<Finding>`)
 * is document text and must survive literally.
 */
const STRAY_TAGS = /<\/?(?:ul|ol|li|p|br|div|span|font|b|i|u|strong|em)\b[^<>]*>/gi;

/** A kept source line: its text (markup stripped; '' for a blank line) and 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** True when a (trimmed) line is page furniture of any document. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text !== '' && FURNITURE_LINES.some((pattern) => pattern.test(text));
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
  if (text === '' || text.length > 160 || /[.;!?]$/.test(text) || /^[a-z]/.test(text) || /\b(?:and|of|to|the|for|in|by|with)$/i.test(text)) return false;
  if (names) names.lastIndex = 0;
  const named = names?.test(text) || /\bunannounced inspection\b|\bofsted\b/i.test(text);
  if (!named) return false;
  const rest = (names ? text.replace(names, ' ') : text).replace(HEADER_WORDS, ' ');
  return /^[\s\-–—:|,/()&'"]*$/.test(rest);
}

/** Remove stray layout tags and turn tabs into spaces. */
export function stripStrayMarkup(line: string): string {
  return line.replace(STRAY_TAGS, ' ').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').replace(/\s+$/, '');
}

const TITLE_END = /children'?s services\b/i;

const COUNCIL_SUFFIXES = ['City Council', 'County Council', 'Metropolitan Borough Council', 'Borough Council', 'District Council', 'Council'];

/** A pattern matching any of the council's names (case-insensitive), with the usual "… City Council" forms, or undefined without names. */
export function namesPattern(names: readonly string[]): RegExp | undefined {
  const escaped = names
    .flatMap((n) => (/\bcouncil$/i.test(n) ? [n] : [n, ...COUNCIL_SUFFIXES.map((suffix) => `${n} ${suffix}`)])).filter((n) => n.trim().length >= 3).map((n) => n.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return escaped.length ? new RegExp(`(?:the\\s+)?(?:${escaped.sort((a, b) => b.length - a.length).join('|')})(?:'s)?`, 'gi') : undefined;
}

/**
 * The document's lines as ingest reads them: glyphs normalised, layout tags
 * removed (even when a tag spans lines), page furniture dropped (including a
 * signature's alt text over several lines). Running headers naming `names`
 * are dropped after the line that first names the inspection (the title):
 * the first page, with the address block, has none, and there a line such as
 * "Leicester City Council" is the address. A later copy of the title line is
 * a running header too. Both the cleaner and the lossless check read the
 * source this way.
 */
export function keepLines(text: string, names: readonly string[] = []): SourceLine[] {
  const pattern = namesPattern(names);
  const untagged = normaliseGlyphs(text).replace(STRAY_TAGS, (tag) => tag.replace(/[^\n]/g, ' '));
  const out: SourceLine[] = [];
  let altText = 0; // lines of a signature's alt text still to skip
  let title: string | undefined;
  let protect = 0;
  let dropped = false; // furniture was just dropped: the blank lines around it are the page break's, not a paragraph's
  untagged.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    const furniture = isFurnitureLine(trimmed) || (title !== undefined && protect === 0 && (trimmed === title || isRunningHeader(trimmed, pattern)));
    if (furniture || (trimmed === '' && (dropped || altText > 0))) {
      if (furniture && !/^a handwritten signature\b/i.test(trimmed)) {
        while (out.length > 0 && out[out.length - 1].text.trim() === '') out.pop();
        dropped = true;
      }
      if (/^a handwritten signature\b/i.test(trimmed) && !/[.)]$/.test(trimmed)) altText = 4;
      return;
    }
    dropped = false;
    if (altText > 0) {
      // The alt text is one sentence; wrapped, it runs over several lines (with furniture or blank lines between).
      altText = /[.)]$/.test(trimmed) ? 0 : altText - 1;
      return;
    }
    if (title === undefined && /\bunannounced inspection\b/i.test(trimmed)) {
      // The title's own wrapped lines ("City of London Council children's services") are not headers, even across a page break.
      title = trimmed;
      protect = TITLE_END.test(trimmed) ? 0 : 3;
    } else if (protect > 0 && trimmed !== '') protect = TITLE_END.test(trimmed) ? 0 : protect - 1;
    out.push({ text: stripStrayMarkup(raw), line: index + 1 });
  });
  return out;
}
