/** A text's lower-case word bigrams with their counts, and how many there are. */
export interface Bigrams {
  grams: Map<string, number>;
  size: number;
}

/** Lower-case word bigrams of a text (a one-word text counts its word). */
export function bigrams(text: string): Bigrams {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const gram = `${words[i]} ${words[i + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  if (words.length === 1) grams.set(words[0]!, 1);
  return { grams, size: Math.max(0, words.length - 1) || grams.size };
}

/**
 * How much two texts share, as word bigrams: `dice` (0 nothing shared … 1 the
 * same words in the same order) tolerates typo fixes and small rewordings;
 * `ofOld` (how much of the old text is in the new one) and `ofNew` (how much
 * of the new text comes from the old one) tell a grown, split or merged
 * finding from an edited one.
 */
export interface Overlap {
  shared: number;
  dice: number;
  ofOld: number;
  ofNew: number;
}

export function overlap(old: Bigrams, now: Bigrams): Overlap {
  let shared = 0;
  const [small, large] =
    old.grams.size <= now.grams.size ? [old.grams, now.grams] : [now.grams, old.grams];
  for (const [gram, count] of small) shared += Math.min(count, large.get(gram) ?? 0);
  const total = old.size + now.size;
  return {
    shared,
    dice: total === 0 ? 0 : (2 * shared) / total,
    ofOld: old.size === 0 ? 0 : shared / old.size,
    ofNew: now.size === 0 ? 0 : shared / now.size,
  };
}

/** Dice coefficient over word bigrams of two texts (see {@link overlap}). */
export const similarity = (a: string, b: string): number => overlap(bigrams(a), bigrams(b)).dice;
