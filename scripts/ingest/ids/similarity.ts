/** Lower-case word bigrams of a text. */
function bigrams(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const gram = `${words[i]} ${words[i + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  if (words.length === 1) grams.set(words[0], 1);
  return grams;
}

/**
 * Dice coefficient over word bigrams, 0 (nothing shared) to 1 (same words in
 * the same order). Tolerates typo fixes and small rewordings, which is what
 * id matching needs.
 */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
