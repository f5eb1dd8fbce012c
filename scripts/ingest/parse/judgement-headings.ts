import type { Judgement } from '../../../src/schemas/document.ts';

/**
 * Findings headings of Ofsted letters and the judgement each gives
 * (variants from docs/reference/ucra-framework.md). Matched against a whole
 * line or paragraph, case-insensitively, trailing colon optional.
 */
const HEADINGS: ReadonlyArray<[RegExp, Judgement]> = [
  [/^(areas? for priority action|serious concerns?)$/i, 'priority-action'],
  [/^strengths?$/i, 'strength'],
  [/^the service meets the requirements of statutory guidance in the following areas?$/i, 'meets-requirements'],
  [/^areas? for (development|improvement)$/i, 'area-for-development'],
];

/** The first letters' meets-requirements heading is a sentence ending "…in particular:". */
const SATISFACTORY_SENTENCE = /delivered satisfactorily in accordance with national guidance, in particular:?$/i;

/** The judgement a heading line gives, or undefined when the line is not a findings heading. */
export function headingJudgement(line: string): Judgement | undefined {
  const text = line.trim().replace(/\s+/g, ' ').replace(/[:.]$/, '');
  for (const [pattern, judgement] of HEADINGS) if (pattern.test(text)) return judgement;
  if (SATISFACTORY_SENTENCE.test(line.trim())) return 'meets-requirements';
  return undefined;
}
