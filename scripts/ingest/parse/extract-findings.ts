import type { Judgement } from '../../../src/schemas/document.ts';
import type { SectionSpan } from '../check/check-lossless.ts';
import { detectRepeat } from './detect-repeat.ts';
import { headingJudgement } from './judgement-headings.ts';
import { isSectionEnd } from './closings.ts';
import type { BodyNode, DraftFinding } from './parsed-types.ts';
import { blockText, type Block } from '../clean/to-blocks.ts';

/** The findings of a letter, its body in reading order, and where the findings lie in the source. */
export interface LetterContent {
  findings: DraftFinding[];
  body: BodyNode[];
  sections: SectionSpan[];
}

/**
 * Walk a letter's blocks: every item or paragraph under a findings heading is
 * one finding with that heading's judgement, until the next heading or a
 * closing paragraph. Everything else becomes narrative body.
 */
export function extractLetterFindings(blocks: readonly Block[]): LetterContent {
  const content: LetterContent = { findings: [], body: [], sections: [] };
  let section:
    | { judgement: Judgement; heading: string; node: Extract<BodyNode, { type: 'findings' }> }
    | undefined;
  let span: SectionSpan | undefined;
  for (const block of blocks) {
    const text = blockText(block);
    const judgement = block.type === 'item' ? undefined : headingJudgement(text);
    const isFinding =
      !judgement && section !== undefined && !(block.type === 'text' && isSectionEnd(text));
    if (span && !isFinding) span = closeSpan(span, block.line);
    if (judgement) {
      const node: BodyNode = { type: 'findings', judgement, findings: [] };
      content.body.push(
        block.type === 'heading' ? { type: 'heading', text } : { type: 'paragraph', lines: [text] },
        node,
      );
      section = { judgement, heading: text.replace(/:$/, ''), node };
    } else if (isFinding && section) {
      if (!span)
        content.sections.push((span = { start: block.line, end: undefined, findings: [] }));
      span.findings.push(content.findings.length);
      section.node.findings.push(content.findings.length);
      content.findings.push(draftFinding(section.judgement, section.heading, text, block.line));
    } else {
      section = undefined;
      pushNarrative(content.body, block);
    }
  }
  return content;
}

function closeSpan(span: SectionSpan, line: number): undefined {
  span.end = line;
  return undefined;
}

/** A finding before ids and themes. */
export function draftFinding(
  judgement: Judgement,
  heading: string,
  text: string,
  line: number,
): DraftFinding {
  return { judgement, heading, text, line, repeatsPrevious: detectRepeat(text) };
}

/** Add a non-finding block to the body, gathering consecutive items into one list. */
export function pushNarrative(body: BodyNode[], block: Block): void {
  const last = body.at(-1);
  if (block.type === 'item') {
    if (last?.type === 'list') last.items.push(block.text);
    else body.push({ type: 'list', items: [block.text] });
  } else if (block.type === 'heading') body.push({ type: 'heading', text: block.text });
  else body.push({ type: 'paragraph', lines: block.lines });
}
