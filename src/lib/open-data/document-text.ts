/**
 * A document's kept text as plain text, as its letter page shows it: the
 * narrative of the MDX body (escapes undone, headings as lines) with each
 * finding's words, exactly as the frontmatter holds them, as a paragraph of its
 * own; paragraphs separated by a blank line, hard breaks kept as line breaks.
 * Returns where each finding lies, counted in Unicode code points as the
 * REFI-QDA standard counts positions (end exclusive, as QualCoder reads
 * `text[start:end]`). Pure.
 */
import type { Finding } from '../../schemas/document.ts';
import { plainLine } from '../follow-up/narrative.ts';

/** The text and each finding's [start, end) in code points. */
export interface DocumentText {
  text: string;
  spans: { id: string; start: number; end: number }[];
}

// A character outside the Basic Multilingual Plane is two UTF-16 units but one code point.
const codePoints = (s: string): number =>
  s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** Builds the plain text of an MDX body; throws if a <Finding> id has no finding in `findings`. */
export function documentText(body: string, findings: readonly Finding[]): DocumentText {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const paragraphs: { text: string; id?: string }[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0)
      paragraphs.push({
        text: lines
          .map((l, i) =>
            i < lines.length - 1 && l.endsWith('\\') ? `${plainLine(l)}\n` : `${plainLine(l)} `,
          )
          .join('')
          .trimEnd(),
      });
    lines = [];
  };
  let inFinding = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const open = /^<Finding\s+id="([^"]+)"/.exec(line);
    if (open) {
      flush();
      const finding = byId.get(open[1]!);
      if (!finding)
        throw new Error(
          `document text: <Finding id="${open[1]}"> has no finding in the frontmatter`,
        );
      paragraphs.push({ text: finding.text, id: finding.id });
      inFinding = !line.endsWith('/>');
      continue;
    }
    if (inFinding) {
      if (line.startsWith('</Finding>')) inFinding = false;
      continue;
    }
    if (line === '' || line.startsWith('<') || line.startsWith('{')) flush();
    else lines.push(line);
  }
  flush();
  let text = '';
  let at = 0;
  const spans: DocumentText['spans'] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) {
      text += '\n\n';
      at += 2;
    }
    const length = codePoints(p.text);
    if (p.id) spans.push({ id: p.id, start: at, end: at + length });
    text += p.text;
    at += length;
  }
  return { text: `${text}\n`, spans };
}
