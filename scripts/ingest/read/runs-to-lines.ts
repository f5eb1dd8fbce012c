import type { Line, PdfPage, Segment, TextRun } from './pdf-types.ts';

/** Glyphs that are list bullets when they stand alone at the start of a line. */
const BULLETS = new Set([...'•▪●◦■□‣⁃∙·➢➤►▶✓✔❖◆◇–-*o']);
/** Private-use code points: Symbol and Wingdings bullets in Word exports (U+F0B7, U+F0A7, …). */
const PRIVATE_USE = /^[\uE000-\uF8FF]$/u;
/** Markers that number or letter an item: `(i)`, `(a)`, `(12)`, `1.`, `1)`, `a)`. */
const MARKER = /^(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|\d{1,2}[.)]|[a-z]\))$/;

/**
 * A page's runs → its printed lines, top to bottom: runs on one baseline,
 * ordered by x whatever order the content stream drew them in. Gaps of
 * a word space or more become one space (justified text); a gap wider
 * than three ems starts another segment (a second column).
 */
export function runsToLines(page: PdfPage): Line[] {
  const runs = [...page.runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of runs) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - run.y) <= 0.35 * Math.max(row[0].size, run.size)) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    const sorted = row.sort((a, b) => a.x - b.x);
    const size = Math.max(...sorted.map((r) => r.size));
    const groups: TextRun[][] = [];
    for (const run of sorted) {
      const group = groups.at(-1);
      const last = group?.at(-1);
      if (group && last && run.x - (last.x + last.width) <= Math.max(3 * size, 24)) group.push(run);
      else groups.push([run]);
    }
    return {
      page: page.number,
      y: sorted[0].y,
      size,
      segments: groups.map((group) => toSegment(group, size)),
    };
  });
}

/** Runs of one segment → its text, with a leading bullet glyph or item marker recognised. */
function toSegment(runs: TextRun[], size: number): Segment {
  const [first, second] = runs;
  const gap = second ? second.x - (first.x + first.width) : 0;
  const glyph = first.text.trim();
  const separate = second !== undefined && gap >= 0.3 * size;
  const bullet =
    separate &&
    glyph.length === 1 &&
    (BULLETS.has(glyph) || PRIVATE_USE.test(glyph) || first.font !== second.font);
  const marker = bullet ? '-' : separate && MARKER.test(glyph) ? glyph : undefined;
  const textRuns = marker ? runs.slice(1) : runs;
  return {
    x0: first.x,
    x1: Math.max(...runs.map((r) => r.x + r.width)),
    text: joinRuns(textRuns, size),
    ...(marker ? { marker } : {}),
    textX: textRuns[0].x,
  };
}

/** Runs → text: a gap of at least a sixth of an em is a word space; runs that touch are one word; white space collapsed. */
function joinRuns(runs: readonly TextRun[], size: number): string {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    if (text !== '' && gap >= size / 6 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = run.x + run.width;
  }
  // A soft hyphen inside a line is invisible; at its end it is where the word was broken (then a hyphen the line joiner removes).
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\u00AD$/, '-')
    .replace(/\u00AD/g, '');
}
