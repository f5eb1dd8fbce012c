import type { Judgement } from '../../../src/schemas/document.ts';
import type { SectionSpan } from '../check/check-lossless.ts';
import { draftFinding, pushNarrative } from './extract-findings.ts';
import { councilHeadingJudgement, headingJudgement } from './judgement-headings.ts';
import type { BodyNode, DraftFinding } from './parsed-types.ts';
import { blockText, type Block } from '../clean/to-blocks.ts';
import type { CoverBox } from './cover-box.ts';

/**
 * What a paragraph introducing a list of the council's summary says the list
 * is. "Main findings" come first because Leeds writes "no priority areas of
 * action were identified … and the main findings include the following:".
 */
function introJudgement(text: string): Judgement | undefined {
  if (!/:\s*$/.test(text)) return undefined;
  const last = text.split(/(?<=[.!?])\s+/).at(-1) ?? text;
  if (/\b(main|key|positive) findings\b|\bstrengths\b|\bpositives?\b/i.test(last))
    return 'strength';
  if (/\bareas?\b[^:]*\b(development|improvement)\b/i.test(last)) return 'area-for-development';
  if (
    /\bpriority\b[^:]*\baction\b|\bserious concerns?\b/i.test(last) &&
    !/\bno priority\b/i.test(last)
  )
    return 'priority-action';
  if (/\bmeets? the requirements\b|\bmet requirements\b/i.test(last)) return 'meets-requirements';
  return undefined;
}

/** What a block opens: a list of findings with a judgement under a heading (as written), or nothing. */
function opener(block: Block): { judgement: Judgement; heading: string } | undefined {
  const text = blockText(block);
  const whole = block.type === 'item' ? `${block.marker} ${text}` : text;
  const titled =
    (block.type === 'heading' ? headingJudgement(text) : undefined) ??
    councilHeadingJudgement(whole);
  if (titled)
    return {
      judgement: titled,
      heading: text.replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/:\s*$/, ''),
    };
  const judgement = introJudgement(text);
  // An introducing paragraph's heading is its last sentence as written (with its paragraph number).
  return (
    judgement && {
      judgement,
      heading: (text.split(/(?<=[.!?])\s+/).at(-1) ?? text).replace(/:\s*$/, ''),
    }
  );
}

/** A numbered paragraph of the report ("- 3.3 Many of these…", "5. Next steps") ends a list; any other item is a finding. */
function isFindingItem(block: Block): boolean {
  if (block.type !== 'item') return false;
  if (/^\d+(?:\.\d+)+\s/.test(block.text)) return false;
  return !(
    /^\d{1,2}[.)]$/.test(block.marker) &&
    !/[.!?]$/.test(block.text) &&
    block.text.length < 80
  );
}

/**
 * The council's summary of the findings: under each paragraph that introduces
 * a list ("… the main findings include the following:") or heading councils
 * use ("Key findings", "4.2 Areas for improvement", "Strengths"), every item
 * (bulleted, numbered, lettered) up to the next paragraph is one finding.
 * Each cover box takes its place in the body before the first block after it.
 */
export function extractReportFindings(
  blocks: readonly Block[],
  covers: readonly CoverBox[] = [],
): {
  findings: DraftFinding[];
  body: BodyNode[];
  sections: SectionSpan[];
} {
  const findings: DraftFinding[] = [];
  const body: BodyNode[] = [];
  const sections: SectionSpan[] = [];
  let cover = 0; // the next cover box to place: before the first block after it
  for (let i = 0; i < blocks.length; i += 1) {
    for (; cover < covers.length && covers[cover].start < blocks[i].line; cover += 1)
      body.push({ type: 'cover', ...covers[cover] });
    const opened = opener(blocks[i]);
    pushNarrative(body, blocks[i]);
    if (!opened) continue;
    const node: BodyNode = { type: 'findings', judgement: opened.judgement, findings: [] };
    body.push(node);
    const span: SectionSpan = { start: blocks[i + 1]?.line ?? 0, end: undefined, findings: [] };
    while (i + 1 < blocks.length && isFindingItem(blocks[i + 1]) && !opener(blocks[i + 1])) {
      i += 1;
      node.findings.push(findings.length);
      span.findings.push(findings.length);
      findings.push(
        draftFinding(opened.judgement, opened.heading, blockText(blocks[i]), blocks[i].line),
      );
    }
    span.end = blocks[i + 1]?.line;
    if (span.findings.length > 0) sections.push(span);
  }
  for (; cover < covers.length; cover += 1) body.push({ type: 'cover', ...covers[cover] });
  return { findings, body, sections };
}
