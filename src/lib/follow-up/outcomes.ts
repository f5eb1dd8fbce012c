/**
 * The vocabulary of what became of a finding at the next inspection, with the
 * words pages and data files use. One home: import it, never restate it.
 */
import type { Judgement } from '../../schemas/document.ts';

/** What the next inspection says about an earlier finding. */
export const OUTCOMES = ['raised-again', 'now-met', 'declined', 'held', 'not-mentioned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the link rests on, strongest first. */
export const BASES = ['finding-statement', 'letter-summary', 'similar-finding', 'none'] as const;
export type Basis = (typeof BASES)[number];

const LABEL: Record<Outcome, string> = {
  'raised-again': 'raised again',
  'now-met': 'now met or a strength',
  declined: 'declined',
  held: 'held',
  'not-mentioned': 'not mentioned',
};

const MEANING: Record<Outcome, string> = {
  'raised-again':
    'An area for development or priority action that the next letter raises again (as an area for development or priority action).',
  'now-met':
    'An area for development or priority action that the next letter says was addressed, or that it lists as met or a strength.',
  declined:
    'A strength or met requirement that the next letter lists as an area for development or priority action.',
  held: 'A strength or met requirement that the next letter lists again as a strength or met requirement.',
  'not-mentioned':
    'The next letter says nothing this site can link to the finding: neither a statement about it nor a finding on the same matter.',
};

const BASIS_LABEL: Record<Basis, string> = {
  'finding-statement': 'a finding of the next letter says so',
  'letter-summary': 'the next letter’s summary of the previous inspection',
  'similar-finding': 'a finding of the next letter on the same matter (shared theme and words)',
  none: 'nothing found',
};

/** "raised again". */
export const outcomeLabel = (o: Outcome): string => LABEL[o];
/** One sentence for the /data/ page and the method notes. */
export const outcomeMeaning = (o: Outcome): string => MEANING[o];
/** What a basis means, for people. */
export const basisLabel = (b: Basis): string => BASIS_LABEL[b];

/** Areas for development and priority actions are the findings a council is asked to fix. */
export const isConcern = (j: Judgement): boolean =>
  j === 'priority-action' || j === 'area-for-development';

/** The outcome when an earlier finding meets a later finding of judgement `later`. */
export function outcomeFor(earlier: Judgement, later: Judgement): Outcome {
  if (isConcern(earlier)) return isConcern(later) ? 'raised-again' : 'now-met';
  return isConcern(later) ? 'declined' : 'held';
}
