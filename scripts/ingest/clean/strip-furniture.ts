import { compactString } from './compact-strings.ts';
import { normaliseGlyphs } from './normalise-glyphs.ts';
import { isRunningHeader, namesPattern } from './running-headers.ts';
import { ownHeaderTest, type OwnHeaders } from './own-headers.ts';

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
  /** The cells of a row of a two-column block (split at tabs or wide gaps), when the line is one. */
  cells?: string[];
}

/** A gap between columns: a tab, or three spaces or more, between two non-spaces. */
const COLUMN_GAP = /\S(?:[ ]*\t[ \t]*| {3,})\S/;

/** True when a (trimmed) line is page furniture of any document. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text !== '' && FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/** Remove stray layout tags and turn tabs into spaces. */
export function stripStrayMarkup(line: string): string {
  return line
    .replace(STRAY_TAGS, ' ')
    .replace(/\t/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/\s+$/, '');
}

const TITLE_END = /children'?s services\b/i;

/**
 * The document's lines as ingest reads them: glyphs normalised, layout tags
 * removed (even when a tag spans lines), page furniture dropped (including a
 * signature's alt text over several lines). Running headers naming `names`
 * are dropped after the line that first names the inspection (the title):
 * the first page, with the address block, has none, and there a line such as
 * "Leicester City Council" is the address. A later copy of the title line, or
 * of the whole title that page one wraps over lines, is a running header
 * too. So are, in a council report, lines repeating its header box (`own`:
 * see `ownHeaderTest`) after the title. Both the cleaner and the lossless
 * check read the source this way.
 */
export function keepLines(
  text: string,
  names: readonly string[] = [],
  own?: OwnHeaders,
): SourceLine[] {
  const key = `${names.join('\n')}\t${own ? JSON.stringify(own) : ''}`;
  if (lastCall && lastCall.text === text && lastCall.key === key) return lastCall.lines;
  if (lastRead?.text !== text) lastRead = { text, lines: readSourceLines(text) };
  const lines = keepDocumentLines(lastRead.lines, names, own);
  lastCall = { text, key, lines };
  return lines;
}

/** The last call's result: a document's lines are read several times in a row (recognise, clean, check). Callers never mutate them. */
let lastCall: { text: string; key: string; lines: SourceLine[] } | undefined;
/** The last text's lines before running headers are known: the same text is read without and with the council's names. */
let lastRead: { text: string; lines: ReadLine[] } | undefined;

/** A source line read on its own: trimmed, whether it is furniture of any document, and what is kept of it. */
interface ReadLine {
  trimmed: string;
  furniture: boolean;
  kept: SourceLine;
}

/** Every line of a text as `keepLines` needs it, whatever the council's names. */
function readSourceLines(text: string): ReadLine[] {
  const normal = normaliseGlyphs(text);
  const sourceLines = normal.split('\n');
  const untagged = normal.replace(STRAY_TAGS, (tag) => tag.replace(/[^\n]/g, ' '));
  return untagged.split('\n').map((line, index) => {
    // One byte a character where it can be: a bullet elsewhere in the text makes every line two-byte (see compact-strings.ts).
    const raw = compactString(line);
    const trimmed = raw.trim();
    // Column gaps are the source's own: a removed tag's spaces ("Workers <b>said</b>") are not a gap.
    const source = sourceLines[index].replace(STRAY_TAGS, '');
    const cells = COLUMN_GAP.test(source)
      ? source
          .split(/[ ]*\t[ \t]*| {3,}/)
          .map((c) => stripStrayMarkup(c).trim())
          .filter(Boolean)
      : undefined;
    return {
      trimmed,
      furniture: raw === '\f' || isFurnitureLine(trimmed), // '\f': a page break (see decodeText), not a paragraph break
      kept: {
        text: stripStrayMarkup(raw),
        line: index + 1,
        ...(cells && cells.length > 1 ? { cells } : {}),
      },
    };
  });
}

function keepDocumentLines(
  lines: readonly ReadLine[],
  names: readonly string[],
  own: OwnHeaders | undefined,
): SourceLine[] {
  const pattern = namesPattern(names);
  const ownHeader = ownHeaderTest(own, (rest) => isRunningHeader(rest, pattern));
  const out: SourceLine[] = [];
  let altText = 0; // lines of a signature's alt text still to skip
  let title: string | undefined;
  let joined = ''; // the title's lines so far, while it is wrapped over lines
  let whole: string | undefined; // the title wrapped over lines, joined, once its last line is read
  let protect = 0;
  let dropped = false; // furniture was just dropped: the blank lines around it are the page break's, not a paragraph's
  for (const { trimmed, furniture: always, kept } of lines) {
    const furniture =
      always ||
      (title !== undefined &&
        ((protect === 0 &&
          (trimmed === title ||
            (whole !== undefined &&
              trimmed.length >= whole.length &&
              trimmed.replace(/\s+/g, ' ') === whole) ||
            isRunningHeader(trimmed, pattern))) ||
          // No wrapped line of the title is the whole title or the meeting with its date: these need no protection.
          ownHeader?.(trimmed) === true));
    if (furniture || (trimmed === '' && (dropped || altText > 0))) {
      if (furniture && !/^a handwritten signature\b/i.test(trimmed)) {
        while (out.length > 0 && out[out.length - 1].text.trim() === '') out.pop();
        dropped = true;
      }
      if (/^a handwritten signature\b/i.test(trimmed) && !/[.)]$/.test(trimmed)) altText = 4;
      continue;
    }
    dropped = false;
    if (altText > 0) {
      // The alt text is one sentence; wrapped, it runs over several lines (with furniture or blank lines between).
      altText = /[.)]$/.test(trimmed) ? 0 : altText - 1;
      continue;
    }
    if (title === undefined && /\bunannounced inspection\b/i.test(trimmed)) {
      // The title's own wrapped lines ("City of London Council children's services") are not headers, even across a page break.
      title = trimmed;
      joined = trimmed;
      protect = TITLE_END.test(trimmed) ? 0 : 3;
    } else if (protect > 0 && trimmed !== '') {
      joined = `${joined} ${trimmed}`;
      // A later copy of the whole title on one line (page one wraps it, even inside "children's services") is a running header too.
      if (whole === undefined && TITLE_END.test(joined)) whole = joined.replace(/\s+/g, ' ');
      protect = TITLE_END.test(trimmed) ? 0 : protect - 1;
    }
    out.push(kept);
  }
  return out;
}
