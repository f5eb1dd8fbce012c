/**
 * Invented people for the synthetic letters (recipients, inspectors, copy list). Random
 * combinations of common names, so no letter is attributed to a real officer.
 */
import type { Rng } from './prng.ts';

const FIRST = [
  'Alison',
  'Andrew',
  'Anne',
  'Catherine',
  'Christine',
  'David',
  'Elaine',
  'Fiona',
  'Graham',
  'Helen',
  'Ian',
  'Janet',
  'John',
  'Julie',
  'Karen',
  'Keith',
  'Linda',
  'Margaret',
  'Mark',
  'Michael',
  'Nicola',
  'Patricia',
  'Paul',
  'Peter',
  'Rachel',
  'Richard',
  'Robert',
  'Sarah',
  'Stephen',
  'Susan',
];
const SURNAME = [
  'Ashworth',
  'Barker',
  'Bennett',
  'Bradley',
  'Carter',
  'Chapman',
  'Dawson',
  'Ellis',
  'Fletcher',
  'Gibson',
  'Hamilton',
  'Harding',
  'Holmes',
  'Hughes',
  'Jennings',
  'Kendall',
  'Lawson',
  'Marsh',
  'Newton',
  'Osborne',
  'Parker',
  'Pearson',
  'Quinn',
  'Rowley',
  'Shaw',
  'Thornton',
  'Turner',
  'Walsh',
  'Webster',
  'Whitfield',
];
// First names above are listed by the title the letters would use; keep the two lists aligned.
const FEMALE = new Set([
  'Alison',
  'Anne',
  'Catherine',
  'Christine',
  'Elaine',
  'Fiona',
  'Helen',
  'Janet',
  'Julie',
  'Karen',
  'Linda',
  'Margaret',
  'Nicola',
  'Patricia',
  'Rachel',
  'Sarah',
  'Susan',
]);

/** A person as a letter addresses them. */
export interface Person {
  first: string;
  surname: string;
  /** Mr, Ms, Mrs or Dr. */
  title: string;
}

/** A random invented person. */
export function person(rng: Rng): Person {
  const first = rng.pick(FIRST);
  const surname = rng.pick(SURNAME);
  const title = rng.chance(0.08)
    ? 'Dr'
    : FEMALE.has(first)
      ? rng.chance(0.8)
        ? 'Ms'
        : 'Mrs'
      : 'Mr';
  return { first, surname, title };
}

/** "Rachel Dickinson". */
export function fullName(p: Person): string {
  return `${p.first} ${p.surname}`;
}
