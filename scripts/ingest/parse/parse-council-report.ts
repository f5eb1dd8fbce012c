import type { Judgement } from '../../../src/schemas/document.ts';
import { DATE_PATTERN, findDate, findDateRange, parseDate, parseDatePhrase } from './dates.ts';
import type { SectionSpan } from '../check/check-lossless.ts';
import { draftFinding, pushNarrative } from './extract-findings.ts';
import { IngestError } from '../ingest-error.ts';
import type { BodyNode, DraftFinding, ParsedDocument } from './parsed-types.ts';
import { blockText, type Block } from '../clean/to-blocks.ts';
import type { SourceLine } from '../clean/strip-furniture.ts';
import { collapseText } from '../clean/normalise-glyphs.ts';

/** Sub-items of a numbered paragraph: (i), (ii), (a), a), 1). */
const SUB_ITEM = /^(\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|[a-z]\)|\d{1,2}\))$/;
const PREVIOUS = /\b(?:last|previous)\s+(?:unannounced\s+)?inspection\b[^.]*?\b(?:in|on|of|carried out in)\s+((?:the\s+)?\d{1,2}[^.]*?(?:19|20)\d{2}|[A-Z][a-z]+\s+(?:19|20)\d{2})/;

/**
 * What a paragraph introducing a list of the council's summary says the list
 * is. "Main findings" come first because Leeds writes "no priority areas of
 * action were identified … and the main findings include the following:".
 */
function introJudgement(text: string): Judgement | undefined {
  if (!/:\s*$/.test(text)) return undefined;
  const last = text.split(/(?<=[.!?])\s+/).at(-1) ?? text;
  if (/\b(main|key|positive) findings\b|\bstrengths\b|\bpositives?\b/i.test(last)) return 'strength';
  if (/\bareas?\b[^:]*\b(development|improvement)\b/i.test(last)) return 'area-for-development';
  if (/\bpriority\b[^:]*\baction\b|\bserious concerns?\b/i.test(last) && !/\bno priority\b/i.test(last)) return 'priority-action';
  return undefined;
}

/**
 * A council committee report → metadata, the council's summary findings and
 * body. Metadata comes from source lines (`lines`, furniture gone) and the
 * collapsed text, so blank lines and wrapping change nothing; findings from
 * the blocks.
 */
export function parseCouncilReport(lines: readonly SourceLine[], blocks: readonly Block[]): ParsedDocument {
  const texts = blocks.map(blockText);
  const rows = lines.map((l) => l.text.trim()).filter((text) => text !== '');
  const full = collapseText(rows.join('\n'));
  const dateAt = rows.findIndex((text) => parseDate(text) !== undefined);
  if (dateAt < 0) throw new IngestError('report date not found — expected a line such as "9th March 2011" under the committee name');
  const inspection = findDateRange(full);
  if (!inspection) throw new IngestError('inspection dates not found — expected e.g. "took place on the 18th and 19th January 2011"');
  const originator = rows.findIndex((text) => /^(originators?|authors?|report authors?|contact officers?)\s*:/i.test(text));
  const authorLines = originator < 0 ? [] : [rows[originator].replace(/^[^:]*:\s*/, ''), ...continuation(rows, originator + 1)];

  const findings: DraftFinding[] = [];
  const body: BodyNode[] = [];
  const sections: SectionSpan[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const judgement = introJudgement(texts[i]);
    pushNarrative(body, blocks[i]);
    if (!judgement) continue;
    const heading = (texts[i].split(/(?<=[.!?])\s+/).at(-1) ?? texts[i]).replace(/:\s*$/, '');
    const node: BodyNode = { type: 'findings', judgement, findings: [] };
    body.push(node);
    const span: SectionSpan = { start: blocks[i + 1]?.line ?? 0, end: undefined, findings: [] };
    while (i + 1 < blocks.length && isSubItem(blocks[i + 1])) {
      i += 1;
      const text = texts[i];
      node.findings.push(findings.length);
      span.findings.push(findings.length);
      findings.push(draftFinding(judgement, heading, text, blocks[i].line));
    }
    span.end = blocks[i + 1]?.line;
    if (span.findings.length > 0) sections.push(span);
  }
  if (findings.length === 0) throw new IngestError('no summary of findings found — expected a paragraph ending "the main findings include the following:" followed by (i), (ii) … items');

  const letterDate = new RegExp(`letter (?:from Ofsted|of|dated)[^.\\n]*?(${DATE_PATTERN})`, 'i').exec(full)?.[1];
  const previous = PREVIOUS.exec(full)?.[1];
  return {
    kind: 'council-report',
    title: reportTitle(rows),
    authorityName: '',
    reportDate: parseDate(rows[dateAt])!,
    committee: rows[dateAt - 1] && !/^report of/i.test(rows[dateAt - 1]) ? rows[dateAt - 1] : '',
    reportOf: rows.find((text) => /^report of /i.test(text))?.replace(/^report of (the )?/i, '') ?? '',
    authors: authorLines.join(' ').split(/\s*(?:\/|;|&|\band\b)\s*/).map((name) => name.trim()).filter(Boolean),
    inspection,
    ofstedLetterDate: letterDate ? (findDate(letterDate) ?? null) : null,
    previousInspection: (previous && parseDatePhrase(previous)) || null,
    findings,
    body,
    sections,
    closed: blocks.some((block) => block.line >= (sections.at(-1)?.end ?? Infinity) && REPORT_CLOSING.test(blockText(block))),
  };
}

/** What follows a report's summary of findings when the report goes on: its implications, conclusion, recommendations or background papers. */
const REPORT_CLOSING = /^(?:[-–•]\s*)?(?:\d+(?:\.\d+)*\s+)?(?:recommendations?|conclusions?|background (?:papers|documents|information)|appendi(?:x|ces)|implications\b|legal and resource|it is recommended)/i;

/** The report's title: the first line naming the inspection, with its wrapped continuation up to "… children's services". */
function reportTitle(rows: readonly string[]): string {
  const at = rows.findIndex((text) => /unannounced inspection/i.test(text) && text.length < 200);
  if (at < 0) return 'Council report on an unannounced inspection';
  let title = rows[at];
  for (let i = at + 1; i < Math.min(rows.length, at + 3) && !/children'?s services$/i.test(title); i += 1) {
    const joined = `${title} ${rows[i]}`;
    if (!/children'?s services$/i.test(joined) && !/children'?s$/i.test(joined)) break;
    title = joined;
  }
  return title;
}

function isSubItem(block: Block): boolean {
  return block.type === 'item' && SUB_ITEM.test(block.marker);
}

/** Lines after "Originator: A /" that carry on the list of names (up to "Tel:" or a heading). */
function continuation(texts: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < texts.length && /^[A-Z][a-z]+(?: [A-Z][a-z'-]+)+\s*\/?$/.test(texts[i]) && !/^report of/i.test(texts[i]) && !/^(executive|tel\b)/i.test(texts[i]); i += 1) {
    out.push(texts[i]);
  }
  return out;
}
