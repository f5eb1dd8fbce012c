/**
 * Why the site links a finding to the next inspection, in words a reader can
 * check against the letters: the quoted sentence, or the shared themes and
 * words. Used by pages and by findings.csv/json. Pure.
 */
import type { FollowUp } from './link-inspection.ts';
import { MIN_SHARED_WORDS } from './match-findings.ts';

/** Shared themes and words: "Shared theme: Supervision. Words in common: supervision, records, actions." */
function evidence(
  f: Pick<FollowUp, 'sharedThemes' | 'sharedWords'>,
  themeLabel: (id: string) => string,
): string {
  const parts: string[] = [];
  if (f.sharedThemes.length > 0)
    parts.push(
      `Shared theme${f.sharedThemes.length > 1 ? 's' : ''}: ${f.sharedThemes.map(themeLabel).join(', ')}.`,
    );
  if (f.sharedWords.length > 0) parts.push(`Words in common: ${f.sharedWords.join(', ')}.`);
  return parts.join(' ');
}

/** The reason as one line of text. */
export function followUpReason(f: FollowUp, themeLabel: (id: string) => string): string {
  const more = evidence(f, themeLabel);
  switch (f.basis) {
    case 'finding-statement':
      return [`The next letter's finding says: “${f.quote ?? ''}”`, more].filter(Boolean).join(' ');
    case 'letter-summary':
      return `The next letter says: “${f.quote ?? ''}”`;
    case 'similar-finding':
      return `A finding of the next letter on the same matter. ${more}`;
    default:
      return `The next letter makes no statement about it and has no finding with a shared theme and at least ${MIN_SHARED_WORDS} words in common.`;
  }
}
