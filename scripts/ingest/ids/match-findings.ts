/**
 * Which registered id each finding of a re-read document keeps, and which ids
 * now live on in other findings. The rules (word bigrams, see similarity.ts):
 *
 * - the same finding, exactly or nearly (Dice ≥ 0.5 and ≥ 80 % of the words of
 *   each in the other), keeps its id; an active id wins a tie with a retired one;
 * - an old finding whose words are now spread over two or more findings, each
 *   made (≥ 80 %) of its words, was split: it keeps no finding, and those
 *   findings are its successors;
 * - a finding that holds (≥ 80 %) the words of two or more old findings is a
 *   merge: it gets a new id, and it is their successor;
 * - otherwise an edited finding (Dice ≥ 0.5) or a grown one (≥ 80 % of the old
 *   words in it: a complete text replacing a truncated one) keeps its id.
 *
 * Only findings of the same judgement share an id (the id names the judgement);
 * successors may have any judgement. Pure.
 */
import type { Judgement } from '../../../src/schemas/document.ts';
import { bigrams, overlap, type Bigrams, type Overlap } from './similarity.ts';

/** Below this Dice coefficient a finding is a different finding, not an edited one. */
const SAME_FINDING = 0.5;
/** "All of" a text's words, with room for edits. */
const WHOLE = 0.8;
/** Fewer shared bigrams than this is coincidence (a stock phrase), never a split or merge. */
const MIN_SHARED = 3;

/** A registered finding of the document. */
export interface OldFinding {
  id: string;
  judgement: Judgement;
  text: string;
  active: boolean;
}
/** A finding as read now; `was` is its text before a correction by hand, which counts as its own. */
export interface NewFinding {
  judgement: Judgement;
  text: string;
  was?: string;
}

/** What became of the old findings. */
export interface Matching {
  /** Per new finding, the old id it keeps, or undefined for a new id. */
  kept: (string | undefined)[];
  /** Old ids found split or merged (retire them with that reason). */
  split: Set<string>;
  merged: Set<string>;
}

export function matchFindings(now: readonly NewFinding[], old: readonly OldFinding[]): Matching {
  const grams = new Map<string, Bigrams>();
  const of = (text: string): Bigrams => {
    let found = grams.get(text);
    if (!found) grams.set(text, (found = bigrams(text)));
    return found;
  };
  const table = now.map((f) => old.map((o) => overlap(of(o.text), of(f.text))));
  const kept: (string | undefined)[] = new Array(now.length).fill(undefined);
  const taken = new Set<number>();
  const blockedNew = new Set<number>();
  const claim = (eligible: (o: Overlap, i: number, j: number) => boolean): void => {
    const pairs: { i: number; j: number; score: number }[] = [];
    now.forEach((f, i) =>
      old.forEach((o, j) => {
        const ov = table[i]![j]!;
        if (
          f.judgement === o.judgement &&
          kept[i] === undefined &&
          !taken.has(j) &&
          !blockedNew.has(i) &&
          eligible(ov, i, j)
        ) {
          pairs.push({ i, j, score: f.text === o.text || f.was === o.text ? 2 : ov.dice });
        }
      }),
    );
    pairs.sort(
      (a, b) =>
        b.score - a.score ||
        Number(old[b.j]!.active) - Number(old[a.j]!.active) ||
        a.i - b.i ||
        (old[a.j]!.id < old[b.j]!.id ? -1 : 1),
    );
    for (const { i, j } of pairs) {
      if (kept[i] !== undefined || taken.has(j)) continue;
      kept[i] = old[j]!.id;
      taken.add(j);
    }
  };
  claim(
    (o, i, j) =>
      now[i]!.was === old[j]!.text ||
      (o.dice >= SAME_FINDING && o.ofOld >= WHOLE && o.ofNew >= WHOLE),
  );

  const split = new Set<string>();
  old.forEach((o, j) => {
    if (taken.has(j)) return;
    const pieces = now.filter((_, i) => isPiece(table[i]![j]!));
    if (pieces.length >= 2) {
      split.add(o.id);
      taken.add(j);
    }
  });
  const merged = new Set<string>();
  now.forEach((_, i) => {
    if (kept[i] !== undefined) return;
    const inside = old.map((_, j) => j).filter((j) => !taken.has(j) && isInside(table[i]![j]!));
    if (inside.length < 2) return;
    blockedNew.add(i);
    for (const j of inside) {
      merged.add(old[j]!.id);
      taken.add(j);
    }
  });
  claim((o) => o.dice >= SAME_FINDING || (o.ofOld >= WHOLE && o.shared >= MIN_SHARED));
  return { kept, split, merged };
}

/** The new finding is made of the old one's words but holds only part of them. */
const isPiece = (o: Overlap): boolean =>
  o.shared >= MIN_SHARED && o.ofNew >= WHOLE && o.ofOld < WHOLE;
/** The old finding's words are all in the new one, which holds more besides. */
const isInside = (o: Overlap): boolean =>
  o.shared >= MIN_SHARED && o.ofOld >= WHOLE && o.ofNew < WHOLE;

/**
 * The findings (by index) that now hold a retired finding's words: those that
 * contain it, or are made of its words. Empty when its words are gone.
 */
export function holdersOf(text: string, now: readonly NewFinding[]): number[] {
  const mine = bigrams(text);
  return now.flatMap((f, i) => {
    const o = overlap(mine, bigrams(f.text));
    return o.shared >= MIN_SHARED && (o.ofOld >= WHOLE || o.ofNew >= WHOLE) ? [i] : [];
  });
}
