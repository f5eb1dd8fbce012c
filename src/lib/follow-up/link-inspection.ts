/**
 * Links each finding of one inspection's letter to what the next letter to the
 * same authority says about the same matter, strongest evidence first:
 *   1. a later finding that itself says it was raised at the previous inspection;
 *   2. the later letter's narrative: a sentence naming what still needs work, a
 *      summary that every earlier area was addressed (it covers every area no
 *      specific finding speaks for), or one that says how many were;
 *   3. a later finding on the same matter (shared theme and content words);
 *   4. otherwise: not mentioned.
 * 1 and 2 are used only when the later letter's "previous inspection" is this
 * one (or it names none): otherwise its statements are about another visit. Pure.
 */
import type { Finding, SourceDocument } from '../../schemas/document.ts';
import { monthKey } from '../dates.ts';
import { bestMatch, compare, score, SIMILAR_STATEMENT, type Match } from './match-findings.ts';
import { isConcern, outcomeFor, type Basis, type Outcome } from './outcomes.ts';
import {
  readPreviousStatements,
  repeatSentence,
  type PreviousStatement,
} from './previous-statements.ts';

/** What the next inspection says about one earlier finding, and why this site says so. */
export interface FollowUp {
  /** Id of the earlier finding. */
  from: string;
  /** Slug of the later letter. */
  laterDocument: string;
  outcome: Outcome;
  basis: Basis;
  /** Id of the later finding the link rests on, if any. */
  to?: string;
  /** The later letter's sentence the link rests on, if any. */
  quote?: string;
  /** Theme ids both findings carry. */
  sharedThemes: string[];
  /** Content words in common, as the earlier finding writes them. */
  sharedWords: string[];
}

/** Whether the later letter's statements about "the previous inspection" are about `earlier`. */
export const statesPreviousAs = (later: SourceDocument, earlier: SourceDocument): boolean =>
  later.previousInspection === null ||
  monthKey(later.previousInspection.start) === monthKey(earlier.inspection.start);

const evidence = (m: Match<unknown>) => ({
  sharedThemes: m.sharedThemes,
  sharedWords: m.sharedWords,
});
const none = { sharedThemes: [], sharedWords: [] };

/** The follow-ups of every finding of `earlier`, in its order. `laterNarrative`: the later letter's narrative sentences. */
export function linkInspection(
  earlier: SourceDocument,
  later: SourceDocument,
  laterNarrative: readonly string[],
): FollowUp[] {
  const found = new Map<string, FollowUp>();
  const link = (e: Finding, f: Omit<FollowUp, 'from' | 'laterDocument'>) =>
    found.set(e.id, { from: e.id, laterDocument: later.slug, ...f });
  const concerns = earlier.findings.filter((f) => isConcern(f.judgement));
  const open = () => concerns.filter((e) => !found.has(e.id));

  if (statesPreviousAs(later, earlier)) {
    // 1. Later findings that say they repeat a point: each speaks for one earlier area, best-evidenced pairs first.
    const repeats = later.findings.filter((f) => f.repeatsPrevious);
    const pairs = concerns.flatMap((e) => repeats.map((r) => ({ e, m: compare(e, r) })));
    const usable = pairs
      .filter(({ m }) => m.sharedThemes.length > 0 || m.dice >= SIMILAR_STATEMENT)
      .sort((a, b) => score(b.m) - score(a.m));
    const claimed = new Set<string>();
    for (const { e, m } of usable) {
      if (found.has(e.id) || claimed.has(m.item.id)) continue;
      claimed.add(m.item.id);
      link(e, {
        outcome: outcomeFor(e.judgement, m.item.judgement),
        basis: 'finding-statement',
        to: m.item.id,
        quote: repeatSentence(m.item.text),
        ...evidence(m),
      });
    }
    // 2. The narrative's statements.
    const statements = readPreviousStatements(laterNarrative);
    for (const s of statements.filter((x) => x.kind === 'outstanding')) {
      const m = bestMatch(
        { text: s.sentence, themes: [] },
        open(),
        (c) => c.sharedWords.length >= 2 && c.dice >= SIMILAR_STATEMENT,
      );
      if (m)
        link(m.item, {
          outcome: 'raised-again',
          basis: 'letter-summary',
          quote: s.sentence,
          sharedThemes: [],
          sharedWords: compare(m.item, { text: s.sentence, themes: [] }).sharedWords,
        });
    }
    applySummary(
      statements,
      concerns,
      open(),
      (e, outcome, quote) => link(e, { outcome, basis: 'letter-summary', quote, ...none }),
      found,
    );
  }
  // 3. and 4. Whatever is left: a later finding on the same matter, or nothing.
  return earlier.findings.map((e) => {
    const known = found.get(e.id);
    if (known) return known;
    const m = bestMatch(e, later.findings);
    const rest = { from: e.id, laterDocument: later.slug };
    return m
      ? {
          ...rest,
          outcome: outcomeFor(e.judgement, m.item.judgement),
          basis: 'similar-finding',
          to: m.item.id,
          ...evidence(m),
        }
      : { ...rest, outcome: 'not-mentioned', basis: 'none', ...none };
  });
}

/** A summary covers the areas no finding spoke for: all of them, or — when it gives a number that accounts for them exactly — those left. */
function applySummary(
  statements: readonly PreviousStatement[],
  concerns: readonly Finding[],
  open: readonly Finding[],
  link: (e: Finding, outcome: Outcome, quote: string) => void,
  found: ReadonlyMap<string, FollowUp>,
): void {
  if (open.length === 0) return;
  const all = statements.find((s) => s.kind === 'all-addressed');
  if (all) {
    for (const e of open) link(e, 'now-met', all.sentence);
    return;
  }
  const some = statements.find((s) => s.kind === 'some-addressed');
  if (!some?.count) return;
  const addressed = concerns.filter((e) => found.get(e.id)?.outcome === 'now-met').length;
  const left = some.count - addressed;
  if (left === open.length) for (const e of open) link(e, 'now-met', some.sentence);
  else if (left === 0) for (const e of open) link(e, 'raised-again', some.sentence);
}
