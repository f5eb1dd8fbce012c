/**
 * Hostile letters are real seed letters with one finding changed, so they
 * parse and reach the site. Each variant also moves the inspection (and the
 * letter date) to its own month, so no two variants are the same inspection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_FILES } from '../helpers/seeds.ts';
import { MONTHS } from '../../src/lib/dates.ts';

/** A seed letter's text (UTF-8 in the repository). */
export function seedText(seed: number): string {
  return readFileSync(join(ROOT, 'seeds', SEED_FILES[seed]), 'utf8');
}

/** What to change in a seed letter. */
export interface Variant {
  /** Index into the sorted seeds (0 Leicester, 1 City of London, 2 Lincolnshire, 3 Rutland). */
  seed: number;
  /** Inspection month as `YYYY-MM`; the letter is dated the 28th of it. */
  month: string;
  /** A finding exactly as written in the seed, and its replacement (source text, may span lines). */
  finding: [from: string, to: string];
}

/** The seed letter's text with the finding and dates changed; throws if the seed no longer holds what it is asked to change. */
export function makeVariant({ seed, month, finding: [from, to] }: Variant): string {
  const text = seedText(seed);
  const [year, m] = month.split('-').map(Number);
  const name = `${MONTHS[m - 1]} ${year}`;
  const conducted = /(conducted on )\d{1,2} and \d{1,2} [A-Z][a-z]+ \d{4}/;
  const dated = /^\d{1,2} [A-Z][a-z]+ \d{4}$/m;
  for (const [what, found] of [
    ['the finding', text.includes(from)],
    ['"conducted on <dates>"', conducted.test(text)],
    ['a letter date line', dated.test(text)],
  ] as const) {
    if (!found) throw new Error(`seed ${SEED_FILES[seed]} has no ${what} to change`);
  }
  return text
    .replace(from, () => to)
    .replace(conducted, (_, prefix: string) => `${prefix}26 and 27 ${name}`)
    .replace(dated, `28 ${name}`);
}
