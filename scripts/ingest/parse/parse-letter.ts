import { findDateRange, parseDate, parseDatePhrase } from './dates.ts';
import { extractLetterFindings } from './extract-findings.ts';
import { IngestError } from '../ingest-error.ts';
import type { ParsedDocument } from './parsed-types.ts';
import { blockText, type Block } from '../clean/to-blocks.ts';
import type { Person } from '../../../src/schemas/document.ts';
import { LETTER_TITLE_LINE } from '../recognise/programme-title.ts';

const CONDUCTED = /\b(?:conducted|carried out|took place|undertaken)\s+(?:on|between|from)\s+/i;
const PREVIOUS = /\b(?:previous|last)\s+(?:unannounced\s+)?inspection\b[^.]*?\b(?:in|on|held on|of)\s+((?:the\s+)?\d{1,2}[^.]*?(?:19|20)\d{2}|[A-Z][a-z]+\s+(?:19|20)\d{2})/;
const INSPECTOR_ROLE = /\s*((?:Her|His) Majesty(?:’s|'s) Inspector|HMI|(?:Divisional|Regional|Senior) Manager.*|Regional Director.*|(?:Lead|Social Care) Inspector.*)$/;

/** An Ofsted letter's text blocks → its metadata, findings and body. */
export function parseLetter(blocks: readonly Block[]): ParsedDocument {
  const texts = blocks.map(blockText);
  const dateAt = texts.findIndex((text, i) => blocks[i].type === 'text' && parseDate(text) !== undefined);
  const dearAt = texts.findIndex((text) => /^Dear\s+\S/.test(text));
  if (dateAt < 0 || dearAt < dateAt) throw new IngestError('letter date not found — expected a line such as "2 September 2009" before "Dear …"');
  const titleAt = texts.findIndex((text) => LETTER_TITLE_LINE.test(text));
  if (titleAt < 0) throw new IngestError('title line not found — expected "Annual unannounced inspection of contact, referral and assessment arrangements within <council> children\'s services"');
  const authorityName = LETTER_TITLE_LINE.exec(texts[titleAt])![1].trim();

  const conducted = texts.find((text) => CONDUCTED.test(text));
  const inspection = conducted && findDateRange(conducted.slice(CONDUCTED.exec(conducted)!.index));
  if (!inspection) {
    const at = blocks[texts.findIndex((text) => CONDUCTED.test(text))]?.line;
    throw new IngestError('inspection dates not understood — expected e.g. "conducted on 11 and 12 August 2009" or "30 November and 1 December 2009"', at);
  }
  const previousText = texts.map((text) => PREVIOUS.exec(text)?.[1]).find(Boolean);
  const signAt = texts.findIndex((text) => /^Yours (sincerely|faithfully)/i.test(text));
  if (signAt < 0) throw new IngestError('the letter has no "Yours sincerely": it looks truncated — supply the whole letter');

  const { findings, body, sections } = extractLetterFindings(blocks.slice(dateAt, signAt + 1));
  if (findings.length === 0) throw new IngestError('no findings found — expected headings such as "Strengths" or "Areas for development" with items under them');
  const copyAt = texts.findIndex((text) => /^(Copy|cc)\s*:/i.test(text));
  const after = blocks.slice(signAt + 1).map((block, i) => ({ block, text: texts[signAt + 1 + i] }));
  body.push(...after.map(({ block }) => (block.type === 'text' ? { type: 'paragraph' as const, lines: block.lines } : { type: 'paragraph' as const, lines: [blockText(block)] })));
  body[body.findIndex((node) => node.type === 'paragraph' && node.lines.join(' ') === texts[titleAt])] = { type: 'heading', text: texts[titleAt] };

  return {
    kind: 'ofsted-letter',
    title: `Annual unannounced inspection of contact, referral and assessment arrangements: ${authorityName}`,
    authorityName,
    letterDate: parseDate(texts[dateAt])!,
    inspection,
    previousInspection: (previousText && parseDatePhrase(previousText)) || null,
    inspector: parseSignatory(signAt + 1 < blocks.length ? blocks[signAt + 1] : undefined),
    recipient: parseRecipient(blocks.slice(dateAt + 1, dearAt), texts[dearAt], authorityName),
    copyTo: copyAt < 0 ? [] : splitCopyList(blocks.slice(copyAt).flatMap((b) => (b.type === 'text' ? b.lines : [blockText(b)]))),
    priorityActionsIdentified: findings.some((finding) => finding.judgement === 'priority-action'),
    findings,
    body,
    sections,
  };
}

/** "Heather Brown / Divisional Manager, Social Care Safeguarding" or "Martin Davis Her Majesty's Inspector" on one line. */
function parseSignatory(block: Block | undefined): Person {
  if (!block || block.type !== 'text') throw new IngestError('signatory not found after "Yours sincerely"');
  if (block.lines.length > 1) return { name: block.lines[0], role: block.lines.slice(1).join(', ') };
  const role = INSPECTOR_ROLE.exec(block.lines[0]);
  return role ? { name: block.lines[0].slice(0, role.index).trim(), role: role[1] } : { name: block.lines[0], role: '' };
}

/** The addressee: name up to the surname "Dear …" uses, then the role (next line, or up to the council's name). */
function parseRecipient(blocks: readonly Block[], dear: string, council: string): Person {
  const lines = blocks.flatMap((block) => (block.type === 'text' ? block.lines : [blockText(block)]));
  const surname = dear.replace(/^Dear\s+/, '').trim().split(/\s+/).at(-1) ?? '';
  const first = lines[0] ?? '';
  const end = surname ? first.indexOf(surname) : -1;
  if (end < 0) return { name: first, role: lines[1] ?? '' };
  const name = first.slice(0, end + surname.length).trim();
  const rest = first.slice(end + surname.length).trim();
  if (rest === '') return { name, role: lines[1] ?? '' };
  const councilAt = rest.indexOf(council);
  return { name, role: (councilAt > 0 ? rest.slice(0, councilAt) : rest).trim() };
}

/**
 * One entry per person. A line that does not start "Name Surname," continues
 * the previous entry; on a single line, an entry starts after an
 * organisation's last word ("… Corporation Andrew Spencer, …").
 */
export function splitCopyList(lines: readonly string[]): string[] {
  const entries: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^(Copy|cc)\s*:\s*/i, '').trim();
    if (line === '') continue;
    const parts = line.split(/(?<=\b(?:Council|Corporation|Board|Education|Families|Services|Trust|Partnership)\.?)\s+(?=(?:Cllr\.? |Councillor |Mr |Mrs |Ms |Dr )?[A-Z][a-z]+ [A-Z][A-Za-z'’-]+,)/);
    parts.forEach((part, i) => {
      const startsEntry = i > 0 || entries.length === 0 || /^(?:Cllr\.? |Councillor |Mr |Mrs |Ms |Dr )?[A-Z][a-z]+(?: [A-Z][A-Za-z'’-]+)+,/.test(part);
      if (startsEntry) entries.push(part.replace(/\.$/, ''));
      else entries[entries.length - 1] = `${entries[entries.length - 1]} ${part}`.replace(/\.$/, '');
    });
  }
  return entries;
}
