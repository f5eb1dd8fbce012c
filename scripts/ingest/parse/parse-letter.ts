import { findDate, findDateRange, parseDate, parseDatePhrase } from './dates.ts';
import { extractLetterFindings } from './extract-findings.ts';
import { IngestError } from '../ingest-error.ts';
import type { ParsedDocument } from './parsed-types.ts';
import { blockText, type Block } from '../clean/to-blocks.ts';
import type { SourceLine } from '../clean/strip-furniture.ts';
import { collapseText } from '../clean/normalise-glyphs.ts';
import { LETTER_TITLE_COUNCIL } from '../recognise/programme-title.ts';
import { splitCopyList } from './copy-list.ts';
import { isClosing } from './closings.ts';
import type { Person } from '../../../src/schemas/document.ts';

const CONDUCTED = /\b(?:conducted|carried out|took place|undertaken)\s+(?:on|between|from)\s+/i;
const PREVIOUS =
  /\b(?:previous|last)\s+(?:unannounced\s+)?inspection\b[^.]*?\b(?:in|on|held on|of)\s+((?:the\s+)?\d{1,2}[^.]*?(?:19|20)\d{2}|[A-Z][a-z]+\s+(?:19|20)\d{2})/;
const INSPECTOR_ROLE =
  /\s*((?:Her|His) Majesty's Inspector|HMI|(?:Divisional|Regional|Senior) Manager.*|Regional Director.*|(?:Lead|Social Care) Inspector.*)$/;

/**
 * An Ofsted letter → its metadata, findings and body. Metadata comes from
 * landmarks that do not depend on line breaks or blank lines: the date line
 * before "Dear …", the title and the dates sentence on the collapsed text, the
 * lines between "Yours sincerely" and "Copy:". `lines` are the kept source
 * lines (furniture gone), `blocks` the same text as blocks.
 */
export function parseLetter(
  lines: readonly SourceLine[],
  blocks: readonly Block[],
): ParsedDocument {
  const rows = lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ text: l.text.trim(), line: l.line }));
  const texts = rows.map((r) => r.text);
  const dearAt = texts.findIndex((text) => /^Dear\s+\S/.test(text));
  const dateAt =
    dearAt < 0 ? -1 : lastIndex(texts.slice(0, dearAt), (text) => parseDate(text) !== undefined);
  const letterDate =
    dateAt >= 0
      ? parseDate(texts[dateAt])
      : dearAt > 0
        ? texts.slice(0, dearAt).map(findDate).filter(Boolean).at(-1)
        : undefined;
  if (!letterDate)
    throw new IngestError(
      'letter date not found — expected a line such as "2 September 2009" before "Dear …"',
    );
  const body = collapseText(texts.slice(dearAt).join('\n'));
  const title = LETTER_TITLE_COUNCIL.exec(body);
  if (!title)
    throw new IngestError(
      'title line not found — expected "Annual unannounced inspection of contact, referral and assessment arrangements within <council> children\'s services"',
    );
  const authorityName = title[1].trim();

  const conducted = CONDUCTED.exec(body);
  const inspection = conducted && findDateRange(body.slice(conducted.index));
  if (!inspection) {
    const at = rows.find(
      (r) => CONDUCTED.test(r.text) || /\b(?:conducted|took place)\b/i.test(r.text),
    )?.line;
    throw new IngestError(
      'inspection dates not understood — expected e.g. "conducted on 11 and 12 August 2009" or "30 November and 1 December 2009"',
      at,
    );
  }
  const previousText = PREVIOUS.exec(body)?.[1];
  // Without a sign-off (a truncated text, or a missing signature page) everything after the date is read for findings.
  const found = texts.findIndex((text) => /^Yours (sincerely|faithfully)/i.test(text));
  const signAt = found < 0 ? texts.length : found;

  const dateLine = rows[Math.max(dateAt, 0)].line;
  const signLine = found < 0 ? Infinity : rows[signAt].line;
  const first = Math.max(
    0,
    lastIndex(blocks, (b) => b.line <= dateLine),
  );
  const signBlock = found < 0 ? blocks.length - 1 : blocks.findIndex((b) => b.line >= signLine);
  const {
    findings,
    body: nodes,
    sections,
  } = extractLetterFindings(blocks.slice(first, signBlock + 1));
  if (findings.length === 0)
    throw new IngestError(
      'no findings found — expected headings such as "Strengths" or "Areas for development" with items under them',
    );
  nodes.push(
    ...blocks.slice(signBlock + 1).map((block) => ({
      type: 'paragraph' as const,
      lines: block.type === 'text' ? block.lines : [blockText(block)],
    })),
  );
  const titleNode = nodes.findIndex(
    (node) =>
      node.type === 'paragraph' &&
      /^annual unannounced inspection\b/i.test(node.lines[0]) &&
      LETTER_TITLE_COUNCIL.test(collapseText(node.lines.join(' '))),
  );
  if (titleNode >= 0)
    nodes[titleNode] = {
      type: 'heading',
      text: (nodes[titleNode] as { lines: string[] }).lines.join(' '),
    };

  const copyAt =
    found < 0
      ? -1
      : texts.findIndex((text, i) => i > signAt && /^(Copy|Copies|cc)(\s+to)?\s*:/i.test(text));
  return {
    kind: 'ofsted-letter',
    title: `Annual unannounced inspection of contact, referral and assessment arrangements: ${authorityName}`,
    authorityName,
    letterDate,
    inspection,
    previousInspection: (previousText && parseDatePhrase(previousText)) || null,
    inspector:
      found < 0
        ? NOT_SIGNED
        : parseSignatory(
            texts.slice(signAt + 1, copyAt < 0 ? signAt + 4 : Math.min(copyAt, signAt + 4)),
          ),
    recipient: parseRecipient(texts.slice(dateAt + 1, dearAt), texts[dearAt], authorityName),
    copyTo: copyAt < 0 ? [] : splitCopyList(texts.slice(copyAt)),
    priorityActionsIdentified: findings.some((finding) => finding.judgement === 'priority-action'),
    findings,
    body: nodes,
    sections,
    closed: found >= 0 || closingAfterFindings(blocks, sections.at(-1)?.start ?? 0),
  };
}

/** The signatory of a letter whose text ends before the signature. */
export const NOT_SIGNED: Person = {
  name: 'Not stated (the text ends before the signature)',
  role: '',
};

/** A closing formula after the last findings section (a letter whose signature page is missing is still closed). */
function closingAfterFindings(blocks: readonly Block[], from: number): boolean {
  return blocks.some(
    (block) => block.line > from && block.type === 'text' && isClosing(blockText(block)),
  );
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i])) return i;
  return -1;
}

/** "Heather Brown / Divisional Manager, Social Care Safeguarding" or "Martin Davis Her Majesty's Inspector" on one line. */
function parseSignatory(lines: readonly string[]): Person {
  if (lines.length === 0) throw new IngestError('signatory not found after "Yours sincerely"');
  if (lines.length > 1) return { name: lines[0], role: lines.slice(1).join(', ') };
  const role = INSPECTOR_ROLE.exec(lines[0]);
  return role
    ? { name: lines[0].slice(0, role.index).trim(), role: role[1] }
    : { name: lines[0], role: '' };
}

/** The addressee: name up to the surname "Dear …" uses, then the role (next line, or up to the council's name). */
function parseRecipient(lines: readonly string[], dear: string, council: string): Person {
  const surname =
    dear
      .replace(/^Dear\s+/, '')
      .trim()
      .split(/\s+/)
      .at(-1) ?? '';
  const first = lines[0] ?? '';
  const end = surname ? first.indexOf(surname) : -1;
  if (end < 0) return { name: first, role: lines[1] ?? '' };
  const name = first.slice(0, end + surname.length).trim();
  if (first.slice(end + surname.length).trim() === '') return { name, role: lines[1] ?? '' };
  // Name, role and address on one line (perhaps wrapped): the role runs up to the council's name.
  const rest = [first.slice(end + surname.length), ...lines.slice(1)]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const councilAt = rest.indexOf(council);
  return {
    name,
    role: (councilAt > 0 ? rest.slice(0, councilAt) : first.slice(end + surname.length)).trim(),
  };
}
