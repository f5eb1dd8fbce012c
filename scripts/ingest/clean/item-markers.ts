import type { SourceLine } from './strip-furniture.ts';

/** Bullet glyphs of every kind, private-use Symbol/Wingdings bullets included. */
export const BULLET_GLYPHS = '▪•●◦■□◆◇►▸‣⁃∙➢➤✓✔❖\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8';

/** A list marker: a bullet, a dash, `o` before a capital, `1.`, `1)`, `(i)`, `(a)`, `a)`, `iv.`, `b.` before a capital. */
const MARKER = `[${BULLET_GLYPHS}*–—-]|o(?=\\s+[A-Z])|\\d{1,2}[.)](?=\\s|$)|\\((?:[ivx]{1,5}|[a-z]|\\d{1,2})\\)(?=\\s|$)|[a-z]\\)(?=\\s|$)|(?:[ivx]{1,5}|[a-z])\\.(?=\\s+[A-Z])`;

/** A line that starts an item: [, marker, text]. "- (i) That …" keeps the meaningful marker (see `parseItem`). */
const ITEM_LINE = new RegExp(`^\\s*(${MARKER})\\s+(\\S.*)$`);
const LONE_MARKER = new RegExp(`^(?:${MARKER})$`);
const TRAILING_BULLET = new RegExp(`\\s([${BULLET_GLYPHS}])$`);
/** An inline bullet: at the start, or after a finished sentence ("… assessments. ▪ The diverse …"). */
const INLINE_BULLET = new RegExp(`(^|[.!?:;"')\\]])\\s*([${BULLET_GLYPHS}])\\s+`, 'g');

/** Marker and text of a line that starts a list item, or undefined. */
export const ITEM = {
  exec(line: string): [string, string, string] | undefined {
    const first = ITEM_LINE.exec(line);
    if (!first) return undefined;
    const glyph = (marker: string) => !/[a-z0-9]/i.test(marker);
    const nested = glyph(first[1]) ? ITEM_LINE.exec(first[2]) : null; // "- (i) That …", "• (a) That …"
    return nested && !glyph(nested[1])
      ? [nested[0], nested[1], nested[2]]
      : [first[0], first[1], first[2]];
  },
};

/** True when a trimmed line is nothing but a list marker. */
export function isLoneMarker(text: string): boolean {
  return LONE_MARKER.test(text.trim());
}

/**
 * A marker alone on its line, or a bullet left at the end of a line by
 * wrapping, belongs to the next line's text.
 */
export function mergeLoneMarkers(lines: readonly SourceLine[]): SourceLine[] {
  const out = lines.map((l) => ({ ...l }));
  let carry: { marker: string; line: number } | undefined;
  for (const current of out) {
    const text = current.text.trim();
    if (text === '') continue;
    if (carry) {
      current.text = `${carry.marker} ${text}`;
      current.line = Math.min(current.line, carry.line);
      carry = undefined;
    }
    if (isLoneMarker(current.text)) {
      carry = { marker: current.text.trim(), line: current.line };
      current.text = '';
      continue;
    }
    const trailing = TRAILING_BULLET.exec(current.text);
    if (trailing) {
      carry = { marker: trailing[1], line: current.line + 1 };
      current.text = current.text.slice(0, trailing.index);
    }
  }
  return out;
}

/** A line split at inline bullets: [marker, text] pairs; the first has marker '' unless the line starts with a bullet. */
export function splitInlineBullets(line: string): Array<[string, string]> {
  const parts: Array<[string, string]> = [];
  let marker = '';
  let from = 0;
  for (const match of line.matchAll(INLINE_BULLET)) {
    const end = match.index + match[1].length;
    const before = line.slice(from, end).trim();
    if (before !== '') parts.push([marker, before]);
    marker = match[2];
    from = match.index + match[0].length;
  }
  const rest = line.slice(from).trim();
  if (rest !== '' || marker === '') parts.push([marker, rest]);
  return parts;
}
