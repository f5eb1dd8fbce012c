/**
 * Everything about the four judgements, in one place: display order, the
 * letter in finding ids, the shape that stands for each in compact views,
 * labels, meanings and the letter headings that give them (see
 * docs/reference/ucra-framework.md). Order is most serious first, so a reader
 * scanning an authority's inspections sees priority actions before strengths.
 */
import { JUDGEMENTS, type Judgement } from '../schemas/document.ts';

/** Judgements in display order. */
export const JUDGEMENT_ORDER: readonly Judgement[] = JUDGEMENTS;

interface JudgementFacts {
  /** One letter in finding ids (`leicester-2009-08-d3`); never change it, ids are permanent. */
  letter: string;
  /** A shape for compact views (the picture grid and its key), the same shapes as the badges. */
  shape: string;
  /** One finding: "Area for development". */
  label: string;
  /** A group of findings: "Areas for development". */
  plural: string;
  /** What the heading meant in the letters. */
  meaning: string;
  /** Headings in the letters that give this judgement. */
  headings: string;
}

const TEXT: Record<Judgement, JudgementFacts> = {
  'priority-action': {
    letter: 'p',
    shape: '▲',
    label: 'Area for priority action',
    plural: 'Areas for priority action',
    meaning:
      'Weaknesses the inspectors judged serious enough to need immediate action by the council.',
    headings: 'Areas for priority action; Serious concerns (first letters, June–July 2009)',
  },
  'area-for-development': {
    letter: 'd',
    shape: '◇',
    label: 'Area for development',
    plural: 'Areas for development',
    meaning:
      'Aspects of practice the council should improve; each letter says these will be specifically considered in any future inspection.',
    headings: 'Areas for development; Areas for improvement (first letters)',
  },
  strength: {
    letter: 's',
    shape: '★',
    label: 'Strength',
    plural: 'Strengths',
    meaning: 'Aspects of practice the inspectors singled out as strong.',
    headings: 'Strengths',
  },
  'meets-requirements': {
    letter: 'm',
    shape: '✓',
    label: 'Meets requirements',
    plural: 'Meets requirements',
    meaning:
      'Arrangements that met the requirements of statutory guidance (in some letters: were delivered satisfactorily in accordance with national guidance).',
    headings:
      'The service meets the requirements of statutory guidance in the following areas; “…delivered satisfactorily in accordance with national guidance, in particular:”',
  },
};

const byJudgement = <T>(pick: (facts: JudgementFacts) => T): Readonly<Record<Judgement, T>> =>
  Object.fromEntries(JUDGEMENT_ORDER.map((j) => [j, pick(TEXT[j])])) as Record<Judgement, T>;

/** One letter per judgement in finding ids: `leicester-2009-08-d3` is the third area for development. */
export const JUDGEMENT_LETTER = byJudgement((f) => f.letter);
/** Shapes for compact views (the picture grid and its key), the same shapes as the judgement badges. */
export const JUDGEMENT_SHAPE = byJudgement((f) => f.shape);

/** Singular label: "Area for development". */
export const judgementLabel = (j: Judgement): string => TEXT[j].label;
/** Plural label for a group heading: "Areas for development". */
export const judgementPlural = (j: Judgement): string => TEXT[j].plural;
/** What the judgement meant. */
export const judgementMeaning = (j: Judgement): string => TEXT[j].meaning;
/** The letter headings that give the judgement. */
export const judgementHeadings = (j: Judgement): string => TEXT[j].headings;

/** Sort comparator by display order. */
export const compareJudgements = (a: Judgement, b: Judgement): number =>
  JUDGEMENT_ORDER.indexOf(a) - JUDGEMENT_ORDER.indexOf(b);
