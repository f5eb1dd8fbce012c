import type { Judgement } from '../../../src/schemas/document.ts';

/**
 * Findings headings of Ofsted letters and the judgement each gives
 * (docs/reference/ucra-framework.md and the variants letters of 2009–2012 use).
 * Matched against a whole line or paragraph, case-insensitively, trailing
 * colon optional: a sentence that merely contains the words is
 * narrative.
 */
const HEADINGS: ReadonlyArray<[RegExp, Judgement]> = [
  [
    /^(areas? for priority action|priority actions?|areas? (requiring|for) (urgent|priority|immediate) action|serious concerns?)$/i,
    'priority-action',
  ],
  [/^(strengths?|areas? of strength|key strengths?|main strengths?)$/i, 'strength'],
  [
    /^(the service meets the requirements of statutory guidance in the following areas?|(areas? (where|in which) )?the service meets (the )?(statutory )?requirements|meets (the )?requirements( of statutory guidance)?)$/i,
    'meets-requirements',
  ],
  [
    /^((further |other )?areas? (for|of) (further )?(development|improvement))$/i,
    'area-for-development',
  ],
];

/** The first letters' meets-requirements heading is a sentence ending "…in particular:". */
const SATISFACTORY_SENTENCE =
  /delivered satisfactorily in accordance with national guidance,? in particular:?$/i;
const SATISFACTORY_PARAGRAPH =
  /^from the evidence gathered\b.*\bdelivered satisfactorily in accordance with national guidance,? in particular:?$/i;

/** A heading starts with a capital and ends without a full stop: "areas for development." ending a wrapped sentence is narrative. */
function closedHeading(line: string): Judgement | undefined {
  if (!/^[A-Z]/.test(line.trim()) || /\.$/.test(line.trim())) return undefined;
  const text = line.trim().replace(/\s+/g, ' ').replace(/:$/, '');
  for (const [pattern, judgement] of HEADINGS) if (pattern.test(text)) return judgement;
  return undefined;
}

/** The judgement a heading line or paragraph gives, or undefined when it is not a findings heading. */
export function headingJudgement(line: string): Judgement | undefined {
  return (
    closedHeading(line) ??
    (SATISFACTORY_SENTENCE.test(line.trim()) ? 'meets-requirements' : undefined)
  );
}

/** True when a whole line (or lines joined) is a findings heading: a closed-vocabulary heading or the whole "…in particular:" paragraph. */
export function isHeadingLine(text: string): boolean {
  return (
    closedHeading(text) !== undefined ||
    SATISFACTORY_PARAGRAPH.test(text.trim().replace(/\s+/g, ' '))
  );
}

/**
 * Headings councils give the inspection's findings in their reports, with or
 * without a section number ("4. Key findings", "3.2 Areas for improvement:").
 * "Main" or "key findings" are the positive findings, as councils use them.
 */
const COUNCIL_HEADINGS: ReadonlyArray<[RegExp, Judgement]> = [
  [
    /^(?:(?:summary of (?:the )?(?:inspection )?|main |key |inspection |positive )findings|strengths?|areas? of strength|(?:areas of )?good practice)$/i,
    'strength',
  ],
  [
    /^(?:(?:further |other )?areas? (?:for|of) (?:further )?(?:development|improvement)|areas? (?:identified|highlighted) for (?:development|improvement))$/i,
    'area-for-development',
  ],
  [
    /^(?:areas? for priority action|priority actions?|areas? requiring (?:priority|immediate) action)$/i,
    'priority-action',
  ],
  [
    /^(?:(?:areas? where )?the service meets the requirements(?: of statutory guidance)?(?: in the following areas?)?|meets requirements)$/i,
    'meets-requirements',
  ],
];

/** The judgement of a council report's findings heading (whole line, section number and colon optional), or undefined. */
export function councilHeadingJudgement(line: string): Judgement | undefined {
  if (line.length > 120) return undefined;
  const text = line
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/:$/, '');
  if (!/^[A-Z]/.test(text)) return undefined;
  for (const [pattern, judgement] of COUNCIL_HEADINGS) if (pattern.test(text)) return judgement;
  return undefined;
}
