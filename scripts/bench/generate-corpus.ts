/**
 * Synthetic corpus for the benchmark and ingest tests: N Ofsted UCRA letters in the seed letters'
 * plain-text format, recombined from the seeds' sentences. Pure and seeded: the same options give
 * the same bytes, and nothing here touches the file system (the CLI reads authorities.csv).
 */
import { councilName, placeName, type AuthorityRow } from './councils.ts';
import {
  addDays,
  compareYmd,
  isoDate,
  pickLetterDate,
  pickVisitStart,
  programmeIndex,
  PROGRAMME_MONTHS,
  type Ymd,
} from './dates.ts';
import { buildLetter } from './letter.ts';
import { createRng, type Rng } from './prng.ts';
import type { Judgement } from './seed-findings.ts';

export type { AuthorityRow } from './councils.ts';
export type { Judgement } from './seed-findings.ts';

/** Options for {@link generateCorpus}. */
export interface GenerateOptions {
  /** Number of letters. At most authorities × 36 (one per authority per programme month). */
  n: number;
  /** PRNG seed; any integer. */
  seed: number;
  /** Authorities to inspect (rows of content/authorities.csv). */
  authorities: readonly AuthorityRow[];
}

/** What the ingest should extract from a letter. */
export interface ExpectedLetter {
  /** The authority's name as in authorities.csv. */
  authority: string;
  /** The council's name as the letter writes it. */
  council: string;
  /** The two inspection days, ISO 8601. */
  inspectionDates: [string, string];
  /** ISO 8601. */
  letterDate: string;
  /** Number of findings under each judgement (0 when the letter has no such section). */
  findings: Record<Judgement, number>;
}

/** One generated file. */
export interface CorpusFile {
  /** File name, e.g. bench_0001.txt. */
  name: string;
  text: string;
  expected: ExpectedLetter;
}

interface Slot {
  authority: AuthorityRow;
  visit: [Ymd, Ymd];
}

/**
 * Inspection slots, one per (authority, programme month), so (authority, inspection date) pairs are
 * unique and no two letters for a council fall in the same month (a slug by month stays unique).
 * Authorities get at most one visit per programme year until every authority has one in each year,
 * as in the real programme; only larger N adds second visits within a year.
 */
function schedule(rng: Rng, authorities: readonly AuthorityRow[], n: number): Slot[] {
  const pairs = rng.shuffle(
    authorities.flatMap((authority) => [0, 1, 2].map((year) => ({ authority, year }))),
  );
  const months = pairs.map(() => rng.shuffle([...Array(12).keys()]));
  const slots: Slot[] = [];
  for (let round = 0; round < 12 && slots.length < n; round++) {
    for (const [i, pair] of pairs.entries()) {
      if (slots.length >= n) break;
      const month = pair.year * 12 + (months[i]?.[round] ?? 0);
      const start = pickVisitStart(rng, month, rng.chance(0.05));
      slots.push({ authority: pair.authority, visit: [start, addDays(start, 1)] });
    }
  }
  return slots;
}

/** The latest earlier visit to the same authority in the corpus, else (sometimes) an invented one. */
function previousVisit(rng: Rng, slot: Slot, all: readonly Slot[]): [Ymd, Ymd] | undefined {
  let best: Slot | undefined;
  for (const other of all) {
    if (other.authority !== slot.authority || compareYmd(other.visit[0], slot.visit[0]) >= 0)
      continue;
    if (!best || compareYmd(other.visit[0], best.visit[0]) > 0) best = other;
  }
  if (best) return rng.chance(0.85) ? best.visit : undefined;
  const month = programmeIndex(slot.visit[0]);
  if (month < 9 || !rng.chance(0.6)) return undefined;
  const start = pickVisitStart(rng, rng.int(Math.max(0, month - 14), month - 8), false);
  return [start, addDays(start, 1)];
}

/** Generate n synthetic letters. Throws if n exceeds the number of distinct inspection slots. */
export function generateCorpus(options: GenerateOptions): CorpusFile[] {
  const { n, seed, authorities } = options;
  if (!Number.isInteger(n) || n < 0) throw new Error(`n must be a non-negative integer, got ${n}`);
  const capacity = authorities.length * PROGRAMME_MONTHS;
  if (n > capacity)
    throw new Error(`n = ${n} exceeds ${capacity} distinct (authority, month) inspection slots`);
  const slots = schedule(createRng(seed, 0), authorities, n);
  const width = Math.max(4, String(n).length);
  return slots.map((slot, i) => {
    // One stream per letter, so a change in how one letter is laid out does not reshuffle the rest.
    const rng = createRng(seed, i + 1);
    const council = councilName(slot.authority, rng);
    const letterDate = pickLetterDate(rng, slot.visit[1]);
    const previous = previousVisit(rng, slot, slots);
    const built = buildLetter(rng, {
      council,
      place: placeName(slot.authority),
      visit: slot.visit,
      letterDate,
      previous,
    });
    return {
      name: `bench_${String(i + 1).padStart(width, '0')}.txt`,
      text: built.text,
      expected: {
        authority: slot.authority.name,
        council,
        inspectionDates: [isoDate(slot.visit[0]), isoDate(slot.visit[1])],
        letterDate: isoDate(letterDate),
        findings: built.findings,
      },
    };
  });
}
